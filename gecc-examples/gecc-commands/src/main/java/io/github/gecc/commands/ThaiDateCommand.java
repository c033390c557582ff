package io.github.gecc.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.json.GeccDocument;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.time.ThaiDateReading;
import io.github.gecc.time.ThaiDateStyle;
import io.github.gecc.time.ThaiDateText;
import io.github.gecc.time.ThaiDateTime;
import io.github.gecc.time.ThaiDigits;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code thai-date}: parse or format a date the way Thai official letters write it (RULES.md §8).
 *
 * <ul>
 *   <li>parse: {@code {"text":"วันศุกร์ที่ ๑๙ มกราคม ๒๕๖๗"}} → {@code {"date":"2024-01-19"}}; a
 *       time in the text adds {@code "time":"12:00"}. A range text ({@code 1 มกราคม – 28 กุมภาพันธ์
 *       2565}) gives {@code {"start":{"date":…},"end":{"date":…}}}, each end with its time if
 *       written. Words printed in front of the date add {@code "role"}: {@code DEADLINE} for {@code
 *       ภายใน}, {@code จนถึง}, {@code ได้จนถึง} ("by", inclusive), {@code PAST_EVENT} for {@code
 *       เมื่อ}, {@code LETTER_DATE} for {@code ลงวันที่}, {@code START} for {@code ตั้งแต่}, {@code
 *       BETWEEN} for {@code ระหว่าง} (RULES.md §8).
 *   <li>format: {@code {"date":"2024-01-19","style":"WEEKDAY","digits":"THAI"}} → {@code
 *       {"text":"วันศุกร์ที่ ๑๙ มกราคม ๒๕๖๗"}}; {@code style} defaults to {@code FULL}, {@code
 *       digits} to {@code THAI}; an optional {@code "time":"12:00"} adds {@code เวลา ๑๒.๐๐ น.}.
 * </ul>
 *
 * <p>A request has {@code text} or {@code date}, not both. Text that does not read as a Thai date
 * is bad input at {@code /text}, the message naming the index and the reason.
 */
final class ThaiDateCommand implements Command {

  private static final List<String> FIELDS = List.of("text", "date", "style", "digits", "time");

  @Override
  public String name() {
    return "thai-date";
  }

  @Override
  public String description() {
    return "parse or format a date the way Thai official letters write it";
  }

  @Override
  public JsonNode run(JsonNode input, CliContext context) throws GeccJsonException {
    Request request = new Request(context, input, "thai-date request", FIELDS);
    if (request.has("text") == request.has("date")) {
      throw new GeccJsonException(
          Invoker.FIELDS,
          "a thai-date request has either 'text' (a Thai date to parse) or 'date' (an ISO date to"
              + " format), "
              + (request.has("text") ? "not both" : "and has neither"),
          "",
          null);
    }
    return request.has("text") ? parse(request, context) : format(request, context);
  }

  private static JsonNode parse(Request request, CliContext context) throws GeccJsonException {
    for (String option : List.of("style", "digits", "time")) {
      if (request.has(option)) {
        throw request.error(
            option,
            "unknown field '"
                + option
                + "' in thai-date request with"
                + " 'text'; allowed fields are text");
      }
    }
    String text = request.text("text");
    if (text.isBlank()) {
      throw request.error("text", "expected a non-empty string, not the string \"" + text + "\"");
    }
    ThaiDateReading reading = request.core("text", () -> ThaiDateText.read(text));
    ObjectNode out =
        reading.range().isPresent()
            ? context.mapper().valueToTree(reading.range().get())
            : context.mapper().valueToTree(reading.date().orElseThrow());
    reading.role().ifPresent(role -> out.put("role", role.name()));
    return out;
  }

  private static JsonNode format(Request request, CliContext context) throws GeccJsonException {
    LocalDate date = request.date("date");
    ThaiDateStyle style =
        request.has("style") ? request.read("style", ThaiDateStyle.class) : ThaiDateStyle.FULL;
    ThaiDigits digits =
        request.has("digits") ? request.read("digits", ThaiDigits.class) : ThaiDigits.THAI;
    // The date read and the time as written are a Thai date-time document.
    GeccDocument time = request.has("time") ? request.fields(false, "time") : request.fields(false);
    GeccDocument dateTime = time.with("date", date.toString());
    ThaiDateTime value = dateTime.read(context.mapper(), "", ThaiDateTime.class);
    ObjectNode out = context.object();
    out.put("text", request.core("date", () -> ThaiDateText.format(value, style, digits)));
    return out;
  }
}

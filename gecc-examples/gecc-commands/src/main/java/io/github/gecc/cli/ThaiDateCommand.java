package io.github.gecc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.json.JsonObjectInput;
import io.github.gecc.json.deser.ThaiDateStyleDeserializer;
import io.github.gecc.json.deser.ThaiDateTimeDeserializer;
import io.github.gecc.json.deser.ThaiDigitsDeserializer;
import io.github.gecc.time.ThaiDateStyle;
import io.github.gecc.time.ThaiDateReading;
import io.github.gecc.time.ThaiDateText;
import io.github.gecc.time.ThaiDateTime;
import io.github.gecc.time.ThaiDigits;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code thai-date}: parse or format a date the way Thai official letters write it (RULES.md §8).
 *
 * <ul>
 *   <li>parse: {@code {"text":"วันศุกร์ที่ ๑๙ มกราคม ๒๕๖๗"}} → {@code {"date":"2024-01-19"}}; a
 *       time in the text adds {@code "time":"12:00"}. A range text ({@code 1 มกราคม – 28 กุมภาพันธ์
 *       2565}) gives {@code {"start":{"date":…},"end":{"date":…}}}, each end with its time if
 *       written.
 *   <li>format: {@code {"date":"2024-01-19","style":"WEEKDAY","digits":"THAI"}} → {@code
 *       {"text":"วันศุกร์ที่ ๑๙ มกราคม ๒๕๖๗"}}; {@code style} defaults to {@code FULL}, {@code
 *       digits} to {@code THAI}; an optional {@code "time":"12:00"} adds {@code เวลา ๑๒.๐๐ น.}.
 * </ul>
 *
 * <p>A request has {@code text} or {@code date}, not both. Text that does not read as a Thai date
 * is bad input at {@code /text}, the message naming the index and the reason.
 */
final class ThaiDateCommand implements Command {

  @Override
  public String name() {
    return "thai-date";
  }

  @Override
  public String description() {
    return "parse or format a date the way Thai official letters write it";
  }

  @Override
  public JsonNode run(JsonInput input, CliContext context) throws GeccJsonException {
    JsonObjectInput request = input.object("thai-date request");
    Optional<JsonInput> text = request.optional("text");
    Optional<JsonInput> date = request.optional("date");
    if (text.isPresent() == date.isPresent()) {
      throw input.error(
          "a thai-date request has either 'text' (a Thai date to parse) or 'date' (an ISO date to"
              + " format), "
              + (text.isPresent() ? "not both" : "and has neither"));
    }
    return text.isPresent() ? parse(request, text.get(), context) : format(request, date.get(), context);
  }

  private static JsonNode parse(JsonObjectInput request, JsonInput textInput, CliContext context)
      throws GeccJsonException {
    request.finish();
    String text = textInput.nonBlankText();
    ThaiDateReading reading = textInput.core(() -> ThaiDateText.read(text));
    return reading.range().isPresent()
        ? context.mapper().valueToTree(reading.range().get())
        : context.mapper().valueToTree(reading.date().orElseThrow());
  }

  private static JsonNode format(JsonObjectInput request, JsonInput dateInput, CliContext context)
      throws GeccJsonException {
    Optional<JsonInput> styleInput = request.optional("style");
    Optional<JsonInput> digitsInput = request.optional("digits");
    Optional<JsonInput> timeInput = request.optional("time");
    request.finish();
    LocalDate date = dateInput.date();
    ThaiDateStyle style =
        styleInput.isPresent() ? new ThaiDateStyleDeserializer().read(styleInput.get()) : ThaiDateStyle.FULL;
    ThaiDigits digits =
        digitsInput.isPresent() ? new ThaiDigitsDeserializer().read(digitsInput.get()) : ThaiDigits.THAI;
    ThaiDateTime value =
        timeInput.isPresent()
            ? ThaiDateTime.of(date, ThaiDateTimeDeserializer.time(timeInput.get()))
            : ThaiDateTime.of(date);
    ObjectNode out = context.object();
    out.put("text", dateInput.core(() -> ThaiDateText.format(value, style, digits)));
    return out;
  }
}

package io.github.gecc.json.deser;

import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.json.JsonObjectInput;
import io.github.gecc.time.ThaiDateTime;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Reads a {@link ThaiDateTime} from {@code {"date":"2024-02-28","time":"12:00"}}: {@code date} an
 * ISO date (required), {@code time} a Thai wall-clock time {@code HH:mm} (optional); no other
 * field.
 */
public final class ThaiDateTimeDeserializer extends GeccDeserializer<ThaiDateTime> {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter HOURS_MINUTES =
      DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);

  /** Creates the deserializer. */
  public ThaiDateTimeDeserializer() {
    super(ThaiDateTime.class);
  }

  /**
   * Reads a date with an optional time.
   *
   * @param input a JSON object with {@code date} and optionally {@code time}
   * @return the value
   * @throws GeccJsonException if the value is not such an object, the date is not an ISO date,
   *     the time is not {@code HH:mm}, or a field is unknown
   */
  @Override
  public ThaiDateTime read(JsonInput input) throws GeccJsonException {
    JsonObjectInput object = input.object("Thai date-time");
    LocalDate date = object.required("date").date();
    Optional<JsonInput> timeInput = object.optional("time");
    object.finish();
    if (timeInput.isEmpty()) {
      return ThaiDateTime.of(date);
    }
    LocalTime time = time(timeInput.get());
    return ThaiDateTime.of(date, time);
  }

  /**
   * Reads a time of day written {@code HH:mm}, for example {@code "08:30"}.
   *
   * @param input a JSON string
   * @return the time
   * @throws GeccJsonException if the value is not a string holding such a time
   */
  public static LocalTime time(JsonInput input) throws GeccJsonException {
    String text = input.text();
    try {
      return LocalTime.parse(text, HOURS_MINUTES);
    } catch (DateTimeParseException e) {
      throw input.error("'" + text + "' is not a time of day HH:mm such as 08:30", e);
    }
  }
}

package io.github.gecc.json.deser;

import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.json.JsonObjectInput;
import io.github.gecc.time.ThaiDateRange;
import io.github.gecc.time.ThaiDateTime;

/**
 * Reads a {@link ThaiDateRange} from {@code {"start":{…},"end":{…}}}, each end as {@link
 * ThaiDateTimeDeserializer} reads it; an end before the start is refused at the object.
 */
public final class ThaiDateRangeDeserializer extends GeccDeserializer<ThaiDateRange> {

  private static final long serialVersionUID = 1L;

  /** Reads each end; stateless, so shared. */
  private static final ThaiDateTimeDeserializer DATE_TIME = new ThaiDateTimeDeserializer();

  /** Creates the deserializer. */
  public ThaiDateRangeDeserializer() {
    super(ThaiDateRange.class);
  }

  /**
   * Reads a range.
   *
   * @param input a JSON object with {@code start} and {@code end}
   * @return the range
   * @throws GeccJsonException if a field is missing, unknown or refused, or the end is before the
   *     start
   */
  @Override
  public ThaiDateRange read(JsonInput input) throws GeccJsonException {
    JsonObjectInput object = input.object("Thai date range");
    ThaiDateTime start = DATE_TIME.read(object.required("start"));
    ThaiDateTime last = DATE_TIME.read(object.required("end"));
    object.finish();
    return input.core(() -> ThaiDateRange.of(start, last));
  }
}

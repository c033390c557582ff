package io.github.gecc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.json.JsonObjectInput;
import io.github.gecc.time.FiscalYear;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code fiscal-year}: {@code {"date":"2024-02-29"}} → {@code
 * {"fiscalYear":2567,"start":"2023-10-01","end":"2024-09-30"}}; also accepts {@code
 * {"fiscalYear":2567}} to describe a fiscal year by number.
 */
final class FiscalYearCommand implements Command {

  @Override
  public String name() {
    return "fiscal-year";
  }

  @Override
  public String description() {
    return "the Thai fiscal year of a date, or the dates of a fiscal year";
  }

  @Override
  public JsonNode run(JsonInput input, CliContext context) throws GeccJsonException {
    JsonObjectInput request = input.object("fiscal-year request");
    Optional<JsonInput> number = request.optional("fiscalYear");
    Optional<JsonInput> dateInput = request.optional("date");
    request.finish();
    FiscalYear fiscalYear;
    if (number.isPresent() && dateInput.isPresent()) {
      throw input.error("fiscal-year request takes either 'date' or 'fiscalYear', not both");
    } else if (number.isPresent()) {
      int value = number.get().integer();
      fiscalYear = number.get().core(() -> FiscalYear.of(value));
    } else {
      JsonInput at = dateInput.orElseThrow(() -> input.error("fiscal-year request needs the field 'date' (or 'fiscalYear')"));
      LocalDate date = at.date();
      fiscalYear = at.core(() -> FiscalYear.from(date));
    }
    ObjectNode out = context.object();
    out.put("fiscalYear", fiscalYear.getValue());
    out.put("start", fiscalYear.start().toString());
    out.put("end", fiscalYear.end().toString());
    out.put("firstHalfEnd", fiscalYear.firstHalf().endInclusive().toString());
    return out;
  }
}

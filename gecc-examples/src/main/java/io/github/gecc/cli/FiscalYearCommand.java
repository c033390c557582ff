package io.github.gecc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.json.JsonObjectInput;
import io.github.gecc.time.FiscalYear;
import java.time.LocalDate;

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
    FiscalYear fiscalYear;
    if (request.has("fiscalYear")) {
      JsonInput number = request.required("fiscalYear");
      request.finish();
      int value = number.integer();
      fiscalYear = number.core(() -> FiscalYear.of(value));
    } else {
      JsonInput dateInput = request.required("date");
      request.finish();
      LocalDate date = dateInput.date();
      fiscalYear = dateInput.core(() -> FiscalYear.from(date));
    }
    ObjectNode out = context.object();
    out.put("fiscalYear", fiscalYear.getValue());
    out.put("start", fiscalYear.start().toString());
    out.put("end", fiscalYear.end().toString());
    out.put("firstHalfEnd", fiscalYear.firstHalf().endInclusive().toString());
    return out;
  }
}

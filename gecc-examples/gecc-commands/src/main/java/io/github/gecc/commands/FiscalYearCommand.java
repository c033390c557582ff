package io.github.gecc.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.time.FiscalYear;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code fiscal-year}: {@code {"date":"2024-02-29"}} → {@code
 * {"fiscalYear":2567,"start":"2023-10-01","end":"2024-09-30"}}; also accepts {@code
 * {"fiscalYear":2567}} to describe a fiscal year by number.
 */
final class FiscalYearCommand implements Command {

  private static final List<String> FIELDS = List.of("fiscalYear", "date");

  @Override
  public String name() {
    return "fiscal-year";
  }

  @Override
  public String description() {
    return "the Thai fiscal year of a date, or the dates of a fiscal year";
  }

  @Override
  public JsonNode run(JsonNode input, CliContext context) throws GeccJsonException {
    Request request = new Request(context, input, "fiscal-year request", FIELDS);
    FiscalYear fiscalYear;
    if (request.has("fiscalYear") && request.has("date")) {
      throw new GeccJsonException(
          Invoker.FIELDS,
          "fiscal-year request takes either 'date' or 'fiscalYear', not both",
          "",
          null);
    } else if (request.has("fiscalYear")) {
      fiscalYear = request.read("fiscalYear", FiscalYear.class);
    } else if (request.has("date")) {
      LocalDate date = request.date("date");
      fiscalYear = request.core("date", () -> FiscalYear.from(date));
    } else {
      throw new GeccJsonException(
          Invoker.FIELDS, "fiscal-year request needs the field 'date' (or 'fiscalYear')", "", null);
    }
    ObjectNode out = context.object();
    out.put("fiscalYear", fiscalYear.getValue());
    out.put("start", fiscalYear.start().toString());
    out.put("end", fiscalYear.end().toString());
    out.put("firstHalfEnd", fiscalYear.firstHalf().endInclusive().toString());
    return out;
  }
}

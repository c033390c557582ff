package io.github.gecc.json.deser;

import io.github.gecc.certification.MaintenanceReport;
import io.github.gecc.certification.PeriodKind;
import io.github.gecc.certification.ReportingPeriod;
import io.github.gecc.certification.SatisfactionResult;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.json.JsonObjectInput;
import io.github.gecc.time.FiscalYear;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@link MaintenanceReport}: {@code {"fiscalYear":2561,"period":"H1",
 * "submittedOn":"2018-04-20","satisfaction":{"respondents":120,"score":4.6},
 * "checklist":{"M01":true}}}; {@code satisfaction} and {@code checklist} are optional.
 */
public final class MaintenanceReportDeserializer extends GeccDeserializer<MaintenanceReport> {

  private static final long serialVersionUID = 1L;

  /** Stateless, so shared by every report rather than created for each. */
  private static final FiscalYearDeserializer FISCAL_YEAR = new FiscalYearDeserializer();

  /** Creates the deserializer. */
  public MaintenanceReportDeserializer() {
    super(MaintenanceReport.class);
  }

  /**
   * Reads a report.
   *
   * @param input the report object
   * @return the report
   * @throws GeccJsonException if a field is missing, unknown, of the wrong type or refused by the
   *     core (a Common Era fiscal year, a negative score)
   */
  @Override
  public MaintenanceReport read(JsonInput input) throws GeccJsonException {
    return readReport(input);
  }

  /**
   * Reads a report, as {@link #read(JsonInput)} does, without a deserializer instance.
   *
   * @param input the report object
   * @return the report
   * @throws GeccJsonException as {@link #read(JsonInput)}
   */
  public static MaintenanceReport readReport(JsonInput input) throws GeccJsonException {
    JsonObjectInput object = input.object("maintenance report");
    ReportingPeriod period = readPeriod(object);
    LocalDate submittedOn = object.required("submittedOn").date();
    Optional<JsonInput> satisfaction = object.optional("satisfaction");
    Optional<JsonInput> checklist = object.optional("checklist");
    object.finish();
    MaintenanceReport.Builder builder = MaintenanceReport.builder();
    builder.period(period).submittedOn(submittedOn);
    if (satisfaction.isPresent()) {
      builder.satisfaction(readSatisfaction(satisfaction.get()));
    }
    if (checklist.isPresent()) {
      JsonInput answers = checklist.get();
      JsonObjectInput answerObject = answers.object("checklist");
      for (Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> field : answers.node().properties()) {
        // required(...) gives the answer's pointer lazily: built only if the answer is refused.
        JsonInput answer = answerObject.required(field.getKey());
        if (field.getKey().isBlank()) {
          throw answer.error("checklist criterion id must not be blank");
        }
        builder.putChecklist(field.getKey(), answer.bool());
      }
    }
    return input.core(builder::build);
  }

  /**
   * Reads the {@code fiscalYear} and {@code period} fields of an object.
   *
   * @param object the object holding them
   * @return the period
   * @throws GeccJsonException if a field is missing or refused
   */
  public static ReportingPeriod readPeriod(JsonObjectInput object) throws GeccJsonException {
    FiscalYear fiscalYear = FISCAL_YEAR.read(object.required("fiscalYear"));
    PeriodKind kind = object.required("period").enumValue(PeriodKind.class);
    return ReportingPeriod.of(fiscalYear, kind);
  }

  private static SatisfactionResult readSatisfaction(JsonInput input) throws GeccJsonException {
    JsonObjectInput object = input.object("satisfaction results");
    int respondents = object.required("respondents").integer();
    double score = object.required("score").number();
    object.finish();
    return input.core(() -> SatisfactionResult.of(respondents, score));
  }
}

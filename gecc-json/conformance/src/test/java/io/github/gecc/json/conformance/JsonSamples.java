package io.github.gecc.json.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import io.github.gecc.certification.Centre;
import io.github.gecc.certification.Certification;
import io.github.gecc.certification.LifecyclePolicy;
import io.github.gecc.certification.MaintenanceReport;
import io.github.gecc.certification.PeriodKind;
import io.github.gecc.certification.Portfolio;
import io.github.gecc.certification.ReportPolicy;
import io.github.gecc.certification.ReportingPeriod;
import io.github.gecc.certification.SatisfactionResult;
import io.github.gecc.certification.ValidityPolicy;
import io.github.gecc.json.GeccJson;
import io.github.gecc.rules.Assessment;
import io.github.gecc.rules.AssessmentKind;
import io.github.gecc.rules.BundledRulebooks;
import io.github.gecc.rules.Criterion;
import io.github.gecc.rules.Evaluation;
import io.github.gecc.rules.Level;
import io.github.gecc.rules.Outcome;
import io.github.gecc.rules.Requirement;
import io.github.gecc.rules.Rulebook;
import io.github.gecc.time.FiscalYear;
import io.github.gecc.time.ThaiDateRange;
import io.github.gecc.time.ThaiDateStyle;
import io.github.gecc.time.ThaiDateTime;
import io.github.gecc.time.ThaiDigits;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Valid documents of every type the adapter reads, each with the schema that describes it. */
public final class JsonSamples {

  /**
   * A valid document of a type the adapter reads.
   *
   * @param type the type
   * @param schema the schema file and fragment describing it, or null for plain enum names
   * @param json the document
   */
  public record Sample(Class<?> type, String schema, String json) {
    @Override
    public String toString() {
      return type.getSimpleName();
    }
  }

  private static List<Sample> samples;

  private JsonSamples() {}

  /** Returns the samples, one per readable type. */
  public static synchronized List<Sample> all() {
    if (samples == null) {
      samples = build();
    }
    return samples;
  }

  private static List<Sample> build() {
    ObjectMapper writer = GeccJson.mapper();
    Rulebook gecc = BundledRulebooks.gecc2560();
    Certification certification =
        Certification.builder()
            .centreId("bkk-01")
            .round(FiscalYear.of(2560))
            .certifiedOn(LocalDate.of(2017, 9, 21))
            .outcome("CERTIFIED")
            .rulebookId("GECC-2560")
            .build();
    MaintenanceReport report =
        MaintenanceReport.builder()
            .period(ReportingPeriod.of(2561, PeriodKind.H1))
            .submittedOn(LocalDate.of(2018, 4, 20))
            .satisfaction(SatisfactionResult.of(120, 87.5))
            .putChecklist("M01", true)
            .build();
    LifecyclePolicy policy =
        LifecyclePolicy.of(ValidityPolicy.FISCAL_YEARS, ReportPolicy.dueAfter(60));
    Centre centre = Centre.of("bkk-01", ImmutableList.of(certification), ImmutableList.of(report));
    Portfolio portfolio =
        Portfolio.of(
            ImmutableList.of(centre, Centre.of("cnx-02", ImmutableList.of(), ImmutableList.of())),
            policy);
    Assessment.Builder assessment = Assessment.builder(gecc, AssessmentKind.COMMITTEE);
    for (int i = 0; i < gecc.criteria().size(); i += 3) {
      assessment.answer(gecc.criteria().get(i).id(), i % 2 == 0);
    }
    Assessment answers = assessment.build();
    Evaluation evaluation = gecc.evaluate(answers);
    ThaiDateTime start = ThaiDateTime.of(LocalDate.of(2024, 1, 8), LocalTime.of(8, 30));
    ThaiDateTime end = ThaiDateTime.of(LocalDate.of(2024, 2, 29), LocalTime.of(16, 30));
    List<Object[]> values = new ArrayList<>();
    values.add(
        new Object[] {
          FiscalYear.class, FiscalYear.of(2567), "common.schema.json#/$defs/fiscalYear"
        });
    values.add(new Object[] {Certification.class, certification, "certification.schema.json"});
    values.add(new Object[] {MaintenanceReport.class, report, "maintenance-report.schema.json"});
    values.add(new Object[] {LifecyclePolicy.class, policy, "lifecycle-policy.schema.json"});
    values.add(new Object[] {Centre.class, centre, "centre.schema.json"});
    values.add(new Object[] {Portfolio.class, portfolio, "portfolio.schema.json"});
    values.add(
        new Object[] {Level.class, gecc.levels().get(0), "rulebook.schema.json#/$defs/name"});
    values.add(
        new Object[] {
          Criterion.class, gecc.criteria().get(0), "rulebook.schema.json#/$defs/criterion"
        });
    values.add(
        new Object[] {
          Requirement.class, Requirement.atLeastPoints(1), "rulebook.schema.json#/$defs/requirement"
        });
    values.add(
        new Object[] {
          Outcome.class, gecc.outcomes().get(0), "rulebook.schema.json#/$defs/outcome"
        });
    values.add(new Object[] {Rulebook.class, gecc, "rulebook.schema.json"});
    values.add(new Object[] {Assessment.class, answers, "assessment.schema.json"});
    values.add(new Object[] {Evaluation.class, evaluation, "evaluation.schema.json"});
    values.add(new Object[] {ThaiDateTime.class, end, "thai-date-time.schema.json"});
    values.add(
        new Object[] {
          ThaiDateRange.class, ThaiDateRange.of(start, end), "thai-date-range.schema.json"
        });
    values.add(
        new Object[] {
          io.github.gecc.application.RoundDefinition.class,
          io.github.gecc.application.RoundDefinition.of(
              io.github.gecc.application.Rounds.bundled().windowOf(FiscalYear.of(2567))),
          null
        });
    List<Sample> out = new ArrayList<>();
    for (Object[] value : values) {
      try {
        out.add(
            new Sample(
                (Class<?>) value[0], (String) value[2], writer.writeValueAsString(value[1])));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    out.add(new Sample(ThaiDateStyle.class, null, "\"WEEKDAY\""));
    out.add(new Sample(ThaiDigits.class, null, "\"ARABIC\""));
    return List.copyOf(out);
  }
}

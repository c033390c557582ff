package io.github.gecc.certification;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.gecc.rules.Assessment;
import io.github.gecc.rules.AssessmentKind;
import io.github.gecc.rules.BundledRulebooks;
import io.github.gecc.rules.Criterion;
import io.github.gecc.rules.Evaluation;
import io.github.gecc.rules.Level;
import io.github.gecc.rules.Outcome;
import io.github.gecc.rules.Requirement;
import io.github.gecc.rules.Rulebook;
import io.github.gecc.rules.RulebookRegistry;
import io.github.gecc.time.DateRange;
import io.github.gecc.time.FiscalYear;
import io.github.gecc.time.ThaiDateRange;
import io.github.gecc.time.ThaiDateTime;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public value type hashes by its parts (two different values of a type hash differently) and
 * names its parts in its text, which error messages and logs rely on.
 */
class ValueTextTest {

  private static final Certification C2560 =
      Certification.of("a", FiscalYear.of(2560), LocalDate.of(2017, 9, 21));
  private static final Certification C2563 =
      Certification.of("a", FiscalYear.of(2563), LocalDate.of(2020, 9, 1));
  private static final Certification C2564 =
      Certification.of("a", FiscalYear.of(2564), LocalDate.of(2021, 9, 30));

  private static Rulebook small(String id) {
    return Rulebook.builder(id, FiscalYear.of(2570))
        .addCriterion(Criterion.of("B1", Level.BASIC, 1))
        .addCriterion(Criterion.of("B2", Level.BASIC, 2))
        .addOutcome(Outcome.of("OK", Requirement.atLeastPoints(2)))
        .build();
  }

  /** A value, a different value of the same type, and a fragment the first one's text must hold. */
  static Stream<Arguments> values() {
    Rulebook gecc = BundledRulebooks.gecc2560();
    Evaluation low =
        gecc.evaluate(Assessment.ofMet(gecc, AssessmentKind.COMMITTEE, List.of("B01")));
    Evaluation high =
        gecc.evaluate(
            Assessment.ofMet(gecc, AssessmentKind.COMMITTEE, List.of("B01", "B02", "A01")));
    return Stream.of(
        Arguments.of(C2560, C2563, "2560"),
        Arguments.of(Renewal.of(C2560, C2563), Renewal.of(C2563, C2564), "2563"),
        Arguments.of(
            CertificationHistory.of("a", ImmutableList.of(C2560)),
            CertificationHistory.of("a", ImmutableList.of(C2560, C2563)),
            "2560"),
        Arguments.of(
            Centre.of("amphoe-1", ImmutableList.of(), ImmutableList.of()),
            Centre.of("amphoe-2", ImmutableList.of(), ImmutableList.of()),
            "amphoe-1"),
        Arguments.of(ValidityPolicy.fiscalYears(3), ValidityPolicy.fiscalYears(4), "FISCAL"),
        Arguments.of(ValidityPolicy.yearsFromDate(3), ValidityPolicy.yearsFromDate(5), "YEARS"),
        Arguments.of(
            ReportingPeriod.of(2561, PeriodKind.H1), ReportingPeriod.of(2561, PeriodKind.FY), "H1"),
        Arguments.of(ReportPolicy.dueAfter(30), ReportPolicy.dueAfter(60), "30"),
        Arguments.of(
            Obligation.of(ReportingPeriod.of(2561, PeriodKind.H1), LocalDate.of(2018, 4, 30)),
            Obligation.of(ReportingPeriod.of(2561, PeriodKind.FY), LocalDate.of(2018, 10, 30)),
            "2018-04-30"),
        Arguments.of(Criterion.of("B1", Level.BASIC, 1), Criterion.of("B2", Level.BASIC, 1), "B1"),
        Arguments.of(
            Outcome.of("OK", Requirement.atLeastPoints(1)),
            Outcome.of("GOOD", Requirement.atLeastPoints(1)),
            "OK"),
        Arguments.of(Requirement.atLeastPoints(1), Requirement.atLeastPoints(2), "1"),
        Arguments.of(small("SMALL-A"), small("SMALL-B"), "SMALL-A"),
        Arguments.of(RulebookRegistry.bundled(), RulebookRegistry.empty(), "GECC-2560"),
        Arguments.of(low.assessment(), high.assessment(), "GECC-2560"),
        Arguments.of(low, high, "GECC-2560"),
        Arguments.of(low.perLevel().get(Level.BASIC), high.perLevel().get(Level.ADVANCED), "BASIC"),
        Arguments.of(
            low.reasons().get(0),
            high.reasons().get(high.reasons().size() - 1),
            low.reasons().get(0).code().name()),
        Arguments.of(
            DateRange.ofClosed(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)),
            DateRange.ofClosed(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 29)),
            "2024-01-31"),
        Arguments.of(
            ThaiDateTime.of(LocalDate.of(2024, 1, 8), LocalTime.of(8, 30)),
            ThaiDateTime.of(LocalDate.of(2024, 1, 8), LocalTime.of(16, 30)),
            "08:30"),
        Arguments.of(
            ThaiDateRange.of(
                ThaiDateTime.of(LocalDate.of(2024, 1, 8)),
                ThaiDateTime.of(LocalDate.of(2024, 2, 29))),
            ThaiDateRange.of(
                ThaiDateTime.of(LocalDate.of(2024, 1, 9)),
                ThaiDateTime.of(LocalDate.of(2024, 2, 29))),
            "2024-01-08"));
  }

  @ParameterizedTest
  @MethodSource("values")
  void differentValuesHashDifferently(Object value, Object other, String fragment) {
    assertThat(value).isNotEqualTo(other);
    assertThat(value.hashCode()).isNotEqualTo(other.hashCode());
  }

  @ParameterizedTest
  @MethodSource("values")
  void theTextNamesTheValue(Object value, Object other, String fragment) {
    assertThat(value.toString()).contains(fragment);
    assertThat(other.toString()).isNotEmpty().isNotEqualTo(value.toString());
  }
}

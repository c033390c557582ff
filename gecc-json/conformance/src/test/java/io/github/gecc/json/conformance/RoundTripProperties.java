package io.github.gecc.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gecc.application.Application;
import io.github.gecc.application.ApplicationWindow;
import io.github.gecc.application.CheckResult;
import io.github.gecc.application.Organisation;
import io.github.gecc.application.RoundDefinition;
import io.github.gecc.application.Violation;
import io.github.gecc.application.Warning;
import io.github.gecc.certification.Centre;
import io.github.gecc.certification.Certification;
import io.github.gecc.certification.LifecyclePolicy;
import io.github.gecc.certification.MaintenanceReport;
import io.github.gecc.certification.Portfolio;
import io.github.gecc.certification.ValidityPolicy;
import io.github.gecc.json.internal.Codec;
import io.github.gecc.json.internal.Codecs;
import io.github.gecc.rules.Assessment;
import io.github.gecc.rules.CommitteeResult;
import io.github.gecc.rules.Criterion;
import io.github.gecc.rules.Evaluation;
import io.github.gecc.rules.Level;
import io.github.gecc.rules.Outcome;
import io.github.gecc.rules.Requirement;
import io.github.gecc.rules.Rulebook;
import io.github.gecc.rules.RulebookRegistry;
import io.github.gecc.rules.SelfAssessmentResult;
import io.github.gecc.testing.jqwik.GeccArbitraries;
import io.github.gecc.time.FiscalYear;
import io.github.gecc.time.ThaiDateRange;
import io.github.gecc.time.ThaiDateStyle;
import io.github.gecc.time.ThaiDateTime;
import io.github.gecc.time.ThaiDigits;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * Every value of every type the codec both writes and reads comes back equal from the document a
 * line writes, on every line (Jackson 2 and Jackson 3, with the library's mapper and hosts' own),
 * and every line writes the same document. The types are the codec's own list ({@link Codecs#all}),
 * so a type added there without an arbitrary here fails {@link
 * #everyTypeTheCodecReadsHasAnArbitrary}.
 */
@Tag("roundtrip")
class RoundTripProperties {

  private static final List<Line> LINES = Line.all();

  /**
   * The values written that do not read back yet, excluded from the arbitraries here and nowhere
   * else:
   *
   * <ul>
   *   <li>a self-assessment result (alone or an application's) that leaves a criterion unanswered:
   *       it is written as the list of the criteria met and reads back with that criterion not met.
   * </ul>
   *
   * <p>{@link #theValuesExcludedStillDoNotReadBack} fails once such values read back: then delete
   * the case here, and this method and that test when no case is left.
   */
  static boolean notYetReadBack(Object value) {
    if (value instanceof SelfAssessmentResult result) {
      return result.assessment().answers().size()
          < result.assessment().rulebook().criteria().size();
    }
    if (value instanceof Application application) {
      return notYetReadBack(application.selfAssessment());
    }
    return false;
  }

  /**
   * Lifecycle policies the history arbitraries can chain certifications under: validity of 1 to 10
   * years, which keeps four certifications inside {@link FiscalYear}'s range, but not {@code
   * FISCAL_YEARS_1}, whose last valid day falls before the date of a certification dated in the
   * fiscal year after its round, which {@code Certification.validity} then refuses (remove that
   * exception once the policy keeps its contract).
   */
  private static Arbitrary<LifecyclePolicy> policiesOfHistories() {
    Set<ValidityPolicy> chained = new HashSet<>();
    for (int years = 1; years <= 10; years++) {
      chained.add(ValidityPolicy.yearsFromDate(years));
      chained.add(ValidityPolicy.fiscalYears(years));
    }
    chained.remove(ValidityPolicy.fiscalYears(1));
    return GeccArbitraries.lifecyclePolicies()
        .filter(policy -> chained.contains(policy.validity()));
  }

  /**
   * An arbitrary of each type the codec reads, by the type it is read as; the values {@link
   * #notYetReadBack} included.
   */
  private static Map<Class<?>, Arbitrary<?>> arbitraries() {
    Map<Class<?>, Arbitrary<?>> values = new LinkedHashMap<>();
    values.put(FiscalYear.class, GeccArbitraries.fiscalYears());
    values.put(ThaiDateTime.class, GeccArbitraries.thaiDateTimes());
    values.put(ThaiDateRange.class, GeccArbitraries.thaiDateRanges());
    values.put(ThaiDateStyle.class, Arbitraries.of(ThaiDateStyle.class));
    values.put(ThaiDigits.class, Arbitraries.of(ThaiDigits.class));
    values.put(Level.class, GeccArbitraries.levels());
    values.put(Criterion.class, GeccArbitraries.criteria());
    values.put(Requirement.class, GeccArbitraries.requirements());
    values.put(Outcome.class, GeccArbitraries.outcomes());
    values.put(Rulebook.class, GeccArbitraries.rulebooks());
    values.put(Assessment.class, GeccArbitraries.assessments());
    values.put(
        Evaluation.class,
        GeccArbitraries.assessments()
            .map(assessment -> assessment.rulebook().evaluate(assessment)));
    values.put(Certification.class, GeccArbitraries.certifications("bkk-01"));
    values.put(MaintenanceReport.class, GeccArbitraries.maintenanceReports());
    values.put(LifecyclePolicy.class, GeccArbitraries.lifecyclePolicies());
    values.put(
        Centre.class,
        policiesOfHistories().flatMap(policy -> GeccArbitraries.centres("bkk-01", policy)));
    values.put(
        Portfolio.class,
        policiesOfHistories().flatMap(policy -> GeccArbitraries.portfolios(policy, 3)));
    values.put(ApplicationWindow.class, GeccArbitraries.applicationWindows());
    values.put(Organisation.class, GeccArbitraries.organisations());
    values.put(SelfAssessmentResult.class, GeccArbitraries.selfAssessmentResults());
    values.put(CommitteeResult.class, GeccArbitraries.committeeResults());
    values.put(Application.class, GeccArbitraries.applications());
    values.put(Violation.class, GeccArbitraries.violations());
    values.put(Warning.class, GeccArbitraries.warnings());
    values.put(CheckResult.class, GeccArbitraries.checkResults());
    values.put(RoundDefinition.class, GeccArbitraries.roundDefinitions());
    values.put(
        RoundDefinition[].class,
        GeccArbitraries.roundRegisters().map(list -> list.toArray(new RoundDefinition[0])));
    return values;
  }

  /** A value and the type it is written and read as. */
  record Written(Class<?> type, Object value) {
    @Override
    public String toString() {
      return type.getSimpleName() + " " + value;
    }
  }

  @Example
  void everyTypeTheCodecReadsHasAnArbitrary() {
    Set<Class<?>> read =
        Codecs.all(RulebookRegistry.bundled()).stream()
            .filter(Codec::readable)
            .map(Codec::type)
            .collect(Collectors.toSet());
    assertThat(arbitraries().keySet()).containsExactlyInAnyOrderElementsOf(read);
  }

  /** One value of every type in each try, so that every type is tried as often as the others. */
  @Provide
  Arbitrary<List<Written>> oneOfEachType() {
    List<Arbitrary<Written>> each = new ArrayList<>();
    arbitraries()
        .forEach(
            (type, values) ->
                each.add(
                    values
                        .filter(value -> !notYetReadBack(value))
                        .map(value -> new Written(type, value))));
    return Combinators.combine(each).as(List::copyOf);
  }

  @Property(tries = 100)
  void everyValueReadsBackEqualFromTheDocumentEveryLineWritesAlike(
      @ForAll("oneOfEachType") List<Written> values) throws Line.Refused0 {
    for (Written written : values) {
      String document = LINES.get(0).write(written.value());
      for (Line line : LINES) {
        assertThat(line.write(written.value()))
            .as("%s written on %s", written.type(), line)
            .isEqualTo(document);
        assertThat(line.read(document, written.type()))
            .as("%s read back on %s from %s", written.type().getSimpleName(), line, document)
            .isEqualTo(written.value());
      }
    }
  }

  @Property(tries = 40)
  void theValuesExcludedStillDoNotReadBack(@ForAll("excluded") Written written) {
    for (Line line : LINES) {
      String document = line.write(written.value());
      Object read;
      try {
        read = line.read(document, written.type());
      } catch (Line.Refused0 refused) {
        continue;
      }
      assertThat(read)
          .as(
              "%s reads back on %s: remove its case from" + " RoundTripProperties.notYetReadBack",
              document, line)
          .isNotEqualTo(written.value());
    }
  }

  /** Values of the types that have a case in {@link #notYetReadBack}, that case only. */
  @Provide
  Arbitrary<Written> excluded() {
    List<Arbitrary<Written>> each = new ArrayList<>();
    arbitraries()
        .forEach(
            (type, values) -> {
              if (List.of(SelfAssessmentResult.class, Application.class).contains(type)) {
                each.add(
                    values
                        .filter(RoundTripProperties::notYetReadBack)
                        .map(value -> new Written(type, value)));
              }
            });
    return Arbitraries.oneOf(each);
  }
}

package io.github.gecc.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gecc.certification.LifecyclePolicy;
import io.github.gecc.certification.PeriodKind;
import io.github.gecc.certification.ReportPolicy;
import io.github.gecc.certification.ReportingPeriod;
import io.github.gecc.certification.ValidityPolicy;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every lifecycle policy a caller can build reads back equal from the JSON each line writes
 * (RULES.md 5.11: a validity policy's name reads back as the same policy; 6.3, 6.5, 6.6).
 */
class LifecyclePolicyRoundTripProperties {

  @Provide
  Arbitrary<ValidityPolicy> validities() {
    Arbitrary<Integer> years = Arbitraries.integers().between(1, 100);
    return Arbitraries.oneOf(
        years.map(ValidityPolicy::yearsFromDate), years.map(ValidityPolicy::fiscalYears));
  }

  @Provide
  Arbitrary<ReportPolicy> reports() {
    Arbitrary<Integer> dueDays = Arbitraries.integers().between(0, ReportPolicy.MAX_DUE_AFTER_DAYS);
    Arbitrary<Double> thresholds = Arbitraries.doubles().between(0, 100).ofScale(2).injectNull(0.3);
    Arbitrary<ReportingPeriod> periods =
        Combinators.combine(
                Arbitraries.integers().between(2560, 2600), Arbitraries.of(PeriodKind.class))
            .as(ReportingPeriod::of)
            .injectNull(0.5);
    return Combinators.combine(dueDays, thresholds, periods)
        .as(
            (days, threshold, first) -> {
              ReportPolicy.Builder builder = ReportPolicy.builder().dueAfterDays(days);
              if (threshold != null) {
                builder.satisfactionThreshold(threshold);
              }
              if (first != null) {
                builder.firstOwedPeriod(first);
              }
              return builder.build();
            });
  }

  @Property(tries = 300)
  void everyPolicyReadsBackEqualOnEveryLine(
      @ForAll("validities") ValidityPolicy validity, @ForAll("reports") ReportPolicy report)
      throws Line.Refused0 {
    LifecyclePolicy policy = LifecyclePolicy.of(validity, report);
    for (Line line : Line.all()) {
      assertThat(line.read(line.write(policy), LifecyclePolicy.class))
          .as(line + ": " + line.write(policy))
          .isEqualTo(policy);
    }
  }
}

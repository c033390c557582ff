package io.github.gecc.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.gecc.RefusalException;
import io.github.gecc.time.DateRange;
import io.github.gecc.time.FiscalYear;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CentreLifecycleTest {

  private static final Certification R2560 =
      Certification.of("c", FiscalYear.of(2560), LocalDate.of(2017, 9, 21));
  private static final MaintenanceReport H1_2561 =
      MaintenanceReport.builder()
          .period(ReportingPeriod.of(2561, PeriodKind.H1))
          .submittedOn(LocalDate.of(2018, 4, 20))
          .satisfaction(SatisfactionResult.of(150, 72))
          .build();
  private static final CentreLifecycle EXAMPLE =
      CentreLifecycle.of(
          Centre.of("c", ImmutableList.of(R2560), ImmutableList.of(H1_2561)),
          LifecyclePolicy.defaults());

  private static List<String> statuses(List<ObligationState> states) {
    return states.stream().map(s -> s.period() + " " + s.status()).collect(Collectors.toList());
  }

  @Test
  void theCommandLineExample() {
    assertThat(statuses(EXAMPLE.obligations(LocalDate.of(2019, 6, 1))))
        .containsExactly(
            "FY2561 H1 ON_TIME",
            "FY2561 FY MISSING",
            "FY2562 H1 MISSING",
            "FY2562 FY NOT_YET_DUE",
            "FY2563 H1 NOT_YET_DUE");
    assertThat(EXAMPLE.isUnderCertification(LocalDate.of(2019, 6, 1))).isTrue();
  }

  @Test
  void overdueListsTheMissingOnes() {
    assertThat(statuses(EXAMPLE.overdue(LocalDate.of(2019, 6, 1))))
        .containsExactly("FY2561 FY MISSING", "FY2562 H1 MISSING");
  }

  @Test
  void fallingDueSelectsByDueDay() {
    DateRange spring2019 = DateRange.ofClosed(LocalDate.of(2019, 4, 1), LocalDate.of(2019, 4, 30));
    assertThat(statuses(EXAMPLE.fallingDue(LocalDate.of(2019, 4, 10), spring2019)))
        .containsExactly("FY2562 H1 NOT_YET_DUE");
  }

  @Test
  void expiringWithinCountsDaysToTheLastValidDay() {
    assertThat(EXAMPLE.expiringWithin(LocalDate.of(2020, 8, 21), 30)).containsExactly(R2560);
    assertThat(EXAMPLE.expiringWithin(LocalDate.of(2020, 8, 20), 30)).isEmpty();
    assertThat(EXAMPLE.expiringWithin(LocalDate.of(2020, 9, 21), 30)).isEmpty();
  }

  @Test
  void expiringWithinRefusesNegativeDays() {
    assertThatThrownBy(() -> EXAMPLE.expiringWithin(LocalDate.of(2020, 8, 21), -1))
        .isInstanceOfSatisfying(
            RefusalException.class,
            e -> {
              assertThat(e.rule()).isEqualTo("5.9");
              assertThat(e.path()).hasToString("");
            })
        .hasMessageContaining("a horizon of -1 days is negative");
  }

  @Test
  void flagsAScoreUnderTheThreshold() {
    LifecyclePolicy strict =
        LifecyclePolicy.of(
            ValidityPolicy.YEARS_FROM_DATE,
            ReportPolicy.builder().satisfactionThreshold(80).build());
    CentreLifecycle lifecycle = CentreLifecycle.of(EXAMPLE.centre(), strict);
    ObligationState first = lifecycle.obligations(LocalDate.of(2019, 6, 1)).get(0);
    assertThat(first.isBelowThreshold()).isTrue();
    assertThat(first.report()).contains(H1_2561);
    assertThat(EXAMPLE.obligations(LocalDate.of(2019, 6, 1)).get(0).isBelowThreshold()).isFalse();
  }

  @Test
  void aStateSaysWhenItsSatisfactionIsUnderTheThreshold() {
    LifecyclePolicy strict =
        LifecyclePolicy.of(
            ValidityPolicy.YEARS_FROM_DATE,
            ReportPolicy.builder().satisfactionThreshold(80).build());
    ObligationState flagged =
        CentreLifecycle.of(EXAMPLE.centre(), strict).obligations(LocalDate.of(2019, 6, 1)).get(0);
    ObligationState plain =
        CentreLifecycle.of(EXAMPLE.centre(), LifecyclePolicy.defaults())
            .obligations(LocalDate.of(2019, 6, 1))
            .get(0);
    assertThat(flagged.toString())
        .isEqualTo(
            flagged.obligation() + ": " + flagged.status() + " (satisfaction below threshold)");
    assertThat(plain.toString()).isEqualTo(plain.obligation() + ": " + plain.status());
  }

  @Test
  void refusesAReportForAPeriodNotOwed() {
    MaintenanceReport stray =
        MaintenanceReport.of(ReportingPeriod.of(2563, PeriodKind.FY), LocalDate.of(2020, 10, 5));
    Centre centre = Centre.of("c", ImmutableList.of(R2560), ImmutableList.of(stray));
    assertThatThrownBy(() -> CentreLifecycle.of(centre, LifecyclePolicy.defaults()))
        .isInstanceOfSatisfying(
            RefusalException.class,
            e -> {
              assertThat(e.rule()).isEqualTo("6.8");
              assertThat(e.path()).hasToString("reports[0].period");
            })
        .hasMessageContaining("no report is owed for FY2563 FY");
  }

  @Test
  void aReportOwedUnderOnePolicyMayBeRefusedUnderAnother() {
    MaintenanceReport h1of2563 =
        MaintenanceReport.of(ReportingPeriod.of(2563, PeriodKind.H1), LocalDate.of(2020, 4, 1));
    Centre centre = Centre.of("c", ImmutableList.of(R2560), ImmutableList.of(h1of2563));
    assertThat(CentreLifecycle.of(centre, LifecyclePolicy.defaults()).schedule().obligations())
        .hasSize(5);
    LifecyclePolicy fiscal =
        LifecyclePolicy.of(ValidityPolicy.FISCAL_YEARS, ReportPolicy.defaults());
    assertThatThrownBy(() -> CentreLifecycle.of(centre, fiscal))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no report is owed for FY2563 H1");
  }

  @Property(tries = 200)
  void aFinalStatusNeverChangesAndAMissingReportOnlyBecomesLateOrIncomplete(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 400) int step) {
    Random random = new Random(seed);
    LifecyclePolicy policy = LifecycleFixtures.policy(random);
    CentreLifecycle lifecycle =
        CentreLifecycle.of(LifecycleFixtures.centre("c", random, policy), policy);
    LocalDate day = LifecycleFixtures.date(random);
    List<ObligationState> before = lifecycle.obligations(day);
    List<ObligationState> after = lifecycle.obligations(day.plusDays(step));
    assertThat(after).hasSameSizeAs(before);
    for (int i = 0; i < before.size(); i++) {
      ReportStatus was = before.get(i).status();
      ReportStatus is = after.get(i).status();
      if (was.isFinal()) {
        assertThat(is).isEqualTo(was);
      } else if (was == ReportStatus.MISSING) {
        assertThat(is).isIn(ReportStatus.MISSING, ReportStatus.LATE, ReportStatus.INCOMPLETE);
      }
    }
  }
}

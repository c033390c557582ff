package io.github.gecc.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.gecc.RefusalException;
import io.github.gecc.application.ApplyDirective;
import io.github.gecc.application.OrganisationKind;
import io.github.gecc.time.DateRange;
import io.github.gecc.time.FiscalYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PortfolioTest {

  private static final LocalDate AS_OF = LocalDate.of(2024, 1, 15);

  private static Centre centre(
      String id, int round, String certifiedOn, MaintenanceReport... reports) {
    return Centre.of(
        id,
        ImmutableList.of(Certification.of(id, FiscalYear.of(round), LocalDate.parse(certifiedOn))),
        ImmutableList.copyOf(reports));
  }

  private static final Portfolio EXAMPLE =
      Portfolio.of(
          ImmutableList.of(
              centre(
                  "b-2564",
                  2564,
                  "2021-09-30",
                  MaintenanceReport.of(
                      ReportingPeriod.of(2565, PeriodKind.H1), LocalDate.of(2022, 4, 1))),
              centre("a-2566", 2566, "2023-08-30"),
              Centre.of("c-never", ImmutableList.of(), ImmutableList.of())),
          LifecyclePolicy.defaults());

  @Test
  void answersTheCommandLineQuestions() {
    assertThat(EXAMPLE.size()).isEqualTo(3);
    assertThat(EXAMPLE.countUnderCertification(AS_OF)).isEqualTo(2);
    assertThat(EXAMPLE.underCertification(AS_OF)).containsExactly("a-2566", "b-2564");
    assertThat(EXAMPLE.overdue(AS_OF).stream().map(r -> r.centreId() + " " + r.state().period()))
        .containsExactly("b-2564 FY2565 FY", "b-2564 FY2566 H1", "b-2564 FY2566 FY");
  }

  /** District offices, a city and a centre without a kind, certified in various rounds. */
  private static final Portfolio MIXED =
      Portfolio.of(
          ImmutableList.of(
              LifecycleFixtures.certifiedIn("amphoe-2564", 2564)
                  .withKind(OrganisationKind.DISTRICT_OFFICE),
              LifecycleFixtures.certifiedIn("amphoe-2566", 2566)
                  .withKind(OrganisationKind.DISTRICT_OFFICE),
              LifecycleFixtures.certifiedIn("amphoe-never")
                  .withKind(OrganisationKind.DISTRICT_OFFICE),
              LifecycleFixtures.certifiedIn("city-never")
                  .withKind(OrganisationKind.CITY_MUNICIPALITY),
              LifecycleFixtures.certifiedIn("no-kind-never")),
          LifecyclePolicy.defaults());

  @Test
  void dopaReachesOnlyItsDistrictOfficesNotCertifiedIn2565Or2566() {
    assertThat(MIXED.mustApply(ApplyDirective.dopaDistrictOffices2567()))
        .containsExactly("amphoe-2564", "amphoe-never");
  }

  @Test
  void theNamedTwoPreviousRoundsPolicyReachesEveryKindAndCentresWithoutOne() {
    assertThat(MIXED.mustApply(ApplyDirective.twoPreviousRounds(FiscalYear.of(2567))))
        .containsExactly("amphoe-2564", "amphoe-never", "city-never", "no-kind-never");
  }

  @Test
  void expiringOrdersByLastValidDay() {
    assertThat(EXAMPLE.expiringWithin(AS_OF, 365 * 3).stream().map(Certification::centreId))
        .containsExactly("b-2564", "a-2566");
    assertThat(EXAMPLE.expiringWithin(AS_OF, 30)).isEmpty();
  }

  @Test
  void fallingDueOrdersByDueDayThenCentre() {
    DateRange range = DateRange.ofClosed(LocalDate.of(2024, 4, 30), LocalDate.of(2024, 4, 30));
    assertThat(
            EXAMPLE.fallingDue(AS_OF, range).stream()
                .map(r -> r.centreId() + " " + r.state().status()))
        .containsExactly("a-2566 NOT_YET_DUE", "b-2564 NOT_YET_DUE");
  }

  @Test
  void datesMillionsOfYearsAwayCompareAsFarAfterEveryRealDate() {
    assertThat(EXAMPLE.countUnderCertification(LocalDate.MAX)).isZero();
    assertThat(EXAMPLE.overdue(LocalDate.MAX))
        .hasSize(EXAMPLE.countByStatus(LocalDate.MAX).get(ReportStatus.MISSING));
    assertThat(EXAMPLE.expiringWithin(LocalDate.MAX, Integer.MAX_VALUE)).isEmpty();
  }

  @Test
  void datesMillionsOfYearsBackCompareAsFarBeforeEveryRealDate() {
    assertThat(EXAMPLE.countUnderCertification(LocalDate.MIN)).isZero();
    assertThat(EXAMPLE.overdue(LocalDate.MIN)).isEmpty();
  }

  @Test
  void aDueRangeOfAllTimeHoldsEveryObligation() {
    int all = EXAMPLE.countByStatus(AS_OF).values().stream().mapToInt(Integer::intValue).sum();
    assertThat(EXAMPLE.fallingDue(AS_OF, DateRange.ofClosed(LocalDate.MIN, LocalDate.MAX)))
        .hasSize(all);
  }

  @Test
  void countsByStatus() {
    assertThat(EXAMPLE.countByStatus(AS_OF))
        .containsEntry(ReportStatus.MISSING, 3)
        .containsEntry(ReportStatus.ON_TIME, 1)
        .containsOnlyKeys(ReportStatus.values());
  }

  @Test
  void findsACentresLifecycle() {
    assertThat(EXAMPLE.lifecycle("a-2566")).isPresent();
    assertThat(EXAMPLE.lifecycle("zzz")).isEmpty();
  }

  @Test
  void refusesARepeatedCentreId() {
    Centre twice = Centre.of("a", ImmutableList.of(), ImmutableList.of());
    assertThatThrownBy(
            () -> Portfolio.of(ImmutableList.of(twice, twice), LifecyclePolicy.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("centre id 'a' appears twice");
  }

  @Test
  void refusesAReportNotOwed() {
    Centre stray =
        centre(
            "s",
            2566,
            "2023-08-30",
            MaintenanceReport.of(
                ReportingPeriod.of(2566, PeriodKind.FY), LocalDate.of(2023, 10, 1)));
    assertThatThrownBy(() -> Portfolio.of(ImmutableList.of(stray), LifecyclePolicy.defaults()))
        .isInstanceOfSatisfying(
            RefusalException.class,
            e -> {
              assertThat(e.rule()).isEqualTo("6.8");
              assertThat(e.path()).hasToString("centres[0].reports[0].period");
            })
        .hasMessageContaining("no report is owed for FY2566 FY");
  }

  @Property(tries = 100)
  void answersEqualThoseOfTheCentresOneByOne(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 40) int size,
      @ForAll @IntRange(min = 0, max = 800) int days) {
    Random random = new Random(seed);
    LifecyclePolicy policy = LifecycleFixtures.policy(random);
    List<Centre> centres = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      centres.add(
          LifecycleFixtures.centre(
              "centre-" + random.nextInt(1_000_000) + "-" + i, random, policy));
    }
    Portfolio portfolio = Portfolio.of(centres, policy);
    LocalDate asOf = LifecycleFixtures.date(random);
    DateRange dueIn = DateRange.ofClosed(asOf.minusDays(days), asOf.plusDays(days));

    List<CentreLifecycle> oneByOne =
        centres.stream()
            .sorted(Comparator.comparing(Centre::id))
            .map(c -> CentreLifecycle.of(c, policy))
            .collect(Collectors.toList());

    assertThat(portfolio.underCertification(asOf))
        .containsExactlyElementsOf(
            oneByOne.stream()
                .filter(l -> l.isUnderCertification(asOf))
                .map(l -> l.centre().id())
                .collect(Collectors.toList()));
    assertThat(portfolio.countUnderCertification(asOf))
        .isEqualTo(portfolio.underCertification(asOf).size());

    List<CentreObligation> overdue = new ArrayList<>();
    for (CentreLifecycle lifecycle : oneByOne) {
      lifecycle
          .overdue(asOf)
          .forEach(s -> overdue.add(CentreObligation.of(lifecycle.centre().id(), s)));
    }
    assertThat(portfolio.overdue(asOf)).containsExactlyElementsOf(overdue);

    List<CentreObligation> fallingDue = new ArrayList<>();
    for (CentreLifecycle lifecycle : oneByOne) {
      lifecycle
          .fallingDue(asOf, dueIn)
          .forEach(s -> fallingDue.add(CentreObligation.of(lifecycle.centre().id(), s)));
    }
    fallingDue.sort(Comparator.comparing(r -> r.state().obligation().due()));
    assertThat(portfolio.fallingDue(asOf, dueIn)).containsExactlyElementsOf(fallingDue);

    List<Certification> expiring = new ArrayList<>();
    for (CentreLifecycle lifecycle : oneByOne) {
      expiring.addAll(lifecycle.expiringWithin(asOf, days));
    }
    expiring.sort(Comparator.comparing(c -> c.validity(policy.validity()).endInclusive()));
    assertThat(portfolio.expiringWithin(asOf, days)).containsExactlyElementsOf(expiring);

    ApplyDirective directive =
        ApplyDirective.twoPreviousRounds(FiscalYear.of(2560 + random.nextInt(12)));
    assertThat(portfolio.mustApply(directive))
        .containsExactlyElementsOf(
            oneByOne.stream()
                .map(CentreLifecycle::centre)
                .filter(c -> c.mustApply(directive))
                .map(Centre::id)
                .collect(Collectors.toList()));
  }

  @Test
  void aNegativeHorizonIsRefusedEvenByAnEmptyPortfolio() {
    Portfolio empty = Portfolio.of(ImmutableList.of(), LifecyclePolicy.defaults());
    assertThatThrownBy(() -> empty.expiringWithin(AS_OF, -1))
        .isInstanceOf(RefusalException.class)
        .hasMessageContaining("horizon of -1 days");
  }

  @Test
  void aPortfolioDescribesItsCentresAndEveryObligationTheyOwe() {
    Portfolio portfolio =
        Portfolio.of(
            ImmutableList.of(
                centre("b-2564", 2564, "2021-09-30"), centre("a-2566", 2566, "2023-08-30")),
            LifecyclePolicy.defaults());
    int owed =
        portfolio.lifecycle("b-2564").orElseThrow().schedule().obligations().size()
            + portfolio.lifecycle("a-2566").orElseThrow().schedule().obligations().size();
    assertThat(portfolio.toString()).isEqualTo("Portfolio of 2 centres, " + owed + " obligations");
  }

  @Test
  void refusesTwoSpellingsOfOneCentreIdAtTheSecond() {
    Centre ascii = centre("bkk-01", 2566, "2023-08-30");
    Centre wide = centre("\uff42\uff4b\uff4b-01", 2566, "2023-08-30");
    assertThatThrownBy(
            () ->
                Portfolio.of(
                    ImmutableList.of(centre("z", 2566, "2023-08-30"), ascii, wide),
                    LifecyclePolicy.defaults()))
        .isInstanceOfSatisfying(
            RefusalException.class,
            e -> {
              assertThat(e.rule()).isEqualTo("5.10");
              assertThat(e.path()).hasToString("centres[2].id");
            })
        .hasMessageContaining(
            "centre id 'bkk-01' appears twice in the portfolio (first at centres[1])");
  }

  @Test
  void findsALifecycleByAnySpellingOfItsId() {
    Portfolio portfolio =
        Portfolio.of(
            ImmutableList.of(centre("bkk-01", 2566, "2023-08-30")), LifecyclePolicy.defaults());
    assertThat(portfolio.lifecycle("\uff42\uff4b\uff4b-01")).isPresent();
  }

  @Test
  void refusesAReportDatedBeforeItsCertificationAtTheReportsDate() {
    // Certified on 2 Oct 2563, after FY 2564 began; the centre's place is the one given.
    Centre early =
        centre(
            "b",
            2563,
            "2020-10-02",
            MaintenanceReport.of(
                ReportingPeriod.of(2564, PeriodKind.FY), LocalDate.of(2021, 10, 5)),
            MaintenanceReport.of(
                ReportingPeriod.of(2564, PeriodKind.H1), LocalDate.of(2020, 10, 1)));
    assertThatThrownBy(
            () ->
                Portfolio.of(
                    ImmutableList.of(centre("z", 2566, "2023-08-30"), early),
                    LifecyclePolicy.defaults()))
        .isInstanceOfSatisfying(
            RefusalException.class,
            e -> {
              assertThat(e.rule()).isEqualTo("6.8");
              assertThat(e.path()).hasToString("centres[1].reports[1].submittedOn");
              assertThat(e.value()).contains("2020-10-01");
              assertThat(e.thai()).contains("ลงวันที่ก่อนการรับรอง");
            })
        .hasMessageContaining("is dated before the certification it answers");
  }
}

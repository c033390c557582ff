package io.github.gecc.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.testing.EqualsTester;
import io.github.gecc.certification.Centre;
import io.github.gecc.certification.Certification;
import io.github.gecc.certification.MaintenanceReport;
import io.github.gecc.certification.Portfolio;
import io.github.gecc.certification.ReportStatus;
import io.github.gecc.json.GeccJson;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SyntheticNationTest {

  /** RULES.md §10: the ceremony dates, by round. */
  private static final Map<Integer, LocalDate> CEREMONIES =
      Map.of(
          2560, LocalDate.of(2017, 9, 21),
          2561, LocalDate.of(2018, 9, 27),
          2563, LocalDate.of(2020, 10, 2),
          2564, LocalDate.of(2021, 9, 30),
          2565, LocalDate.of(2022, 9, 28),
          2566, LocalDate.of(2023, 8, 30),
          2568, LocalDate.of(2025, 8, 29));

  @Property(tries = 30)
  void aSeedAlwaysGivesTheSameCentres(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int n) {
    assertThat(SyntheticNation.generate(n, seed)).isEqualTo(SyntheticNation.generate(n, seed));
  }

  @Property(tries = 30)
  void aCentreDoesNotDependOnHowManyAreGenerated(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int n) {
    assertThat(SyntheticNation.generate(n + 5, seed).centres().subList(0, n))
        .isEqualTo(SyntheticNation.generate(n, seed).centres());
  }

  @Property(tries = 30)
  void theCentresAreARealisticHistory(@ForAll long seed) {
    SyntheticNation nation = SyntheticNation.generate(40, seed);
    // Portfolio.of refuses reports for periods the schedule does not hold, and invalid histories.
    Portfolio portfolio = nation.portfolio();
    assertThat(portfolio.size()).isEqualTo(40);
    for (Centre centre : nation.centres()) {
      assertThat(centre.history().certifications()).isNotEmpty();
      for (Certification certification : centre.history().certifications()) {
        int round = certification.round().getValue();
        assertThat(round).isBetween(2559, 2568);
        if (CEREMONIES.containsKey(round)) {
          assertThat(certification.certifiedOn()).isEqualTo(CEREMONIES.get(round));
        } else {
          assertThat(certification.certifiedOn()).isEqualTo(LocalDate.of(round - 543, 9, 30));
        }
      }
      for (MaintenanceReport report : centre.reports()) {
        assertThat(report.submittedOn()).isBeforeOrEqualTo(SyntheticNation.AS_OF);
        assertThat(report.checklist()).hasSize(3);
      }
    }
  }

  @Test
  void idsCountUpFromC000001() {
    assertThat(SyntheticNation.generate(3, 5).centres().stream().map(Centre::id))
        .containsExactly("C000001", "C000002", "C000003");
  }

  @Test
  void reportsAreMostlyOnTimeSomeLateSomeMissing() {
    Map<ReportStatus, Integer> counts =
        SyntheticNation.generate(2000, 1).portfolio().countByStatus(SyntheticNation.AS_OF);
    int onTime = counts.get(ReportStatus.ON_TIME);
    int late = counts.get(ReportStatus.LATE);
    int missing = counts.get(ReportStatus.MISSING);
    int judged = onTime + late + missing;
    assertThat(onTime).isGreaterThan(judged * 3 / 4);
    assertThat(late).isPositive().isLessThan(judged / 5);
    assertThat(missing).isPositive().isLessThan(judged / 10);
  }

  @Test
  void everyRoundFrom2559To2568Appears() {
    assertThat(
            SyntheticNation.generate(2000, 1).centres().stream()
                .flatMap(c -> c.history().certifications().stream())
                .map(c -> c.round().getValue())
                .collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(2559, 2560, 2561, 2562, 2563, 2564, 2565, 2566, 2567, 2568);
  }

  @Test
  void theDocumentReadsBackAsThePortfolio() throws Exception {
    ObjectMapper mapper = GeccJson.mapper();
    SyntheticNation nation = SyntheticNation.generate(25, 9);
    byte[] bytes = mapper.writeValueAsBytes(nation.portfolio());
    assertThat(mapper.readValue(bytes, Portfolio.class)).isEqualTo(nation.portfolio());
    JsonNode document = mapper.readTree(mapper.writeValueAsBytes(nation.toJson(mapper)));
    assertThat(document.get("asOf").asText()).isEqualTo("2026-01-15");
    assertThat(document.get("round").asInt()).isEqualTo(2569);
    assertThat(document.get("centres")).hasSize(25);
  }

  @Test
  void noCentresIsRefused() {
    assertThatThrownBy(() -> SyntheticNation.generate(0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("number of centres 0 is outside 1..100000");
  }

  @Test
  void moreThanTheMostIsRefused() {
    assertThatThrownBy(() -> SyntheticNation.generate(100_001, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("number of centres 100001 is outside 1..100000");
  }

  @Test
  void equalityIsSeedAndCentres() {
    new EqualsTester()
        .addEqualityGroup(SyntheticNation.generate(3, 1), SyntheticNation.generate(3, 1))
        .addEqualityGroup(SyntheticNation.generate(3, 2))
        .addEqualityGroup(SyntheticNation.generate(4, 1))
        .testEquals();
  }
}

package io.github.gecc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gecc.application.Application;
import io.github.gecc.application.ApplicationChecker;
import io.github.gecc.application.ApplicationWindow;
import io.github.gecc.application.Channel;
import io.github.gecc.application.CheckResult;
import io.github.gecc.application.Organisation;
import io.github.gecc.application.OrganisationKind;
import io.github.gecc.application.SelfAssessmentResult;
import io.github.gecc.application.ViolationCode;
import io.github.gecc.application.WindowState;
import io.github.gecc.certification.Centre;
import io.github.gecc.certification.CentreLifecycle;
import io.github.gecc.certification.Certification;
import io.github.gecc.certification.LifecyclePolicy;
import io.github.gecc.certification.MaintenanceReport;
import io.github.gecc.certification.ObligationState;
import io.github.gecc.certification.PeriodKind;
import io.github.gecc.certification.Portfolio;
import io.github.gecc.certification.ReportStatus;
import io.github.gecc.certification.ReportingPeriod;
import io.github.gecc.json.GeccJson;
import io.github.gecc.rules.Assessment;
import io.github.gecc.rules.AssessmentKind;
import io.github.gecc.rules.Evaluation;
import io.github.gecc.rules.Rulebook;
import io.github.gecc.rules.RulebookRegistry;
import io.github.gecc.time.FiscalYear;
import io.github.gecc.time.ThaiDateRange;
import io.github.gecc.time.ThaiDateText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The README's "Java API tour", compiled and run: the code between the TOUR markers is the code
 * the README shows, so a change of API that breaks the README breaks this test.
 */
class ReadmeTourTest {

  @Test
  void theTourRunsAsTheReadmeSays() throws Exception {
    List<String> metIds = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      metIds.add(String.format("B%02d", i));
    }
    for (int i = 1; i <= 11; i++) {
      metIds.add(String.format("A%02d", i));
    }

    // TOUR BEGIN
    // 1. Time: rounds are Thai fiscal years, counted in the Buddhist Era.
    FiscalYear round = FiscalYear.of(2567);                        // 1 Oct 2023 .. 30 Sep 2024
    ThaiDateRange text = ThaiDateText.parseRange(
        "๘ มกราคม (เวลา ๐๘.๓๐ น.) - ๒๙ กุมภาพันธ์ (เวลา ๑๖.๓๐ น.) ๒๕๖๗");

    // 2. The rulebook of the round, and an assessment against it.
    Rulebook rulebook = RulebookRegistry.bundled().forRound(round).orElseThrow(); // GECC-2560
    Evaluation self = rulebook.evaluate(
        Assessment.ofMet(rulebook, AssessmentKind.SELF_ASSESSMENT, metIds));   // 40 basic + 11 advanced
    boolean gatePassed = self.selfAssessmentPassed();              // 62 points >= 60

    // 3. The window and the application check: every broken rule, not the first.
    ApplicationChecker checker = ApplicationChecker.bundled();
    ApplicationWindow window = checker.calendar().windowOf(round);
    WindowState state = window.stateAt(OffsetDateTime.parse("2024-02-29T16:30:00+07:00")); // OPEN
    CheckResult check = checker.check(Application.of(round,
        Organisation.of(OrganisationKind.DISTRICT_OFFICE, false),
        SelfAssessmentResult.from(self),
        Instant.parse("2024-02-29T09:45:00Z"),                     // 16:45 Bangkok: too late
        Set.of(Channel.ONLINE), Set.of()));

    // 4. The committee's decision.
    Evaluation committee = rulebook.evaluate(
        Assessment.ofMet(rulebook, AssessmentKind.COMMITTEE, metIds));
    String outcome = committee.outcome();                          // CERTIFIED

    // 5. Validity and the report calendar, as of a date: nothing reads the clock.
    Certification certification =
        Certification.of("amphoe-1", round, LocalDate.of(2024, 8, 29));
    MaintenanceReport h1 = MaintenanceReport.of(
        ReportingPeriod.of(2568, PeriodKind.H1), LocalDate.of(2025, 4, 20));
    Centre centre = Centre.of("amphoe-1", List.of(certification), List.of(h1));
    LifecyclePolicy policy = LifecyclePolicy.defaults();           // 3 years from the date, due +30 days
    List<ObligationState> duties = CentreLifecycle.of(centre, policy)
        .obligations(LocalDate.of(2025, 11, 15));                  // H1 ON_TIME, FY MISSING, ...

    // 6. The national portfolio and JSON.
    Portfolio nation = Portfolio.of(List.of(centre), policy);
    List<String> mustApply = nation.mustApply(FiscalYear.of(2569)); // [] : certified in 2567 or 2568
    ObjectMapper mapper = GeccJson.mapper();                       // strict, bounded, GeccModule
    String json = mapper.writeValueAsString(certification);
    // TOUR END

    assertThat(round.start()).isEqualTo(LocalDate.of(2023, 10, 1));
    assertThat(text.end().date()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(rulebook.id()).isEqualTo("GECC-2560");
    assertThat(self.points()).isEqualTo(62);
    assertThat(gatePassed).isTrue();
    assertThat(state).isEqualTo(WindowState.OPEN);
    assertThat(check.accepted()).isFalse();
    assertThat(check.violations()).extracting(v -> v.code()).containsExactly(ViolationCode.WINDOW_CLOSED);
    assertThat(outcome).isEqualTo("CERTIFIED");
    assertThat(certification.validity(policy.validity()).endInclusive()).isEqualTo(LocalDate.of(2027, 8, 28));
    assertThat(duties.get(0).status()).isEqualTo(ReportStatus.ON_TIME);
    assertThat(duties.get(1).status()).isEqualTo(ReportStatus.MISSING);
    assertThat(mustApply).isEmpty();
    assertThat(nation.mustApply(FiscalYear.of(2570))).containsExactly("amphoe-1");
    assertThat(mapper.readValue(json, Certification.class)).isEqualTo(certification);
  }

  @Test
  void theReadmeShowsExactlyThisCode() throws Exception {
    String source =
        Files.readString(
            Path.of("src/test/java/io/github/gecc/examples/ReadmeTourTest.java"), StandardCharsets.UTF_8);
    String tour =
        source.substring(
            source.indexOf("// TOUR BEGIN\n") + "// TOUR BEGIN\n".length(),
            source.indexOf("    // TOUR END"));
    StringBuilder unindented = new StringBuilder();
    for (String line : tour.split("\n", -1)) {
      unindented.append(line.startsWith("    ") ? line.substring(4) : line).append('\n');
    }
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String section = readme.substring(readme.indexOf("## Java API tour"));
    String block = section.substring(section.indexOf("```java\n") + "```java\n".length());
    block = block.substring(0, block.indexOf("```"));
    assertThat(block.strip()).isEqualTo(unindented.toString().strip());
  }
}

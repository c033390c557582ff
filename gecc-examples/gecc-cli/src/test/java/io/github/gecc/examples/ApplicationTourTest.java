package io.github.gecc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ApplicationTourTest {

  private final Map<String, String> steps =
      ApplicationTour.steps().stream().collect(Collectors.toMap(DemoStep::topic, DemoStep::text));

  @Test
  void theThaiWordingIsTheBundledWindow() {
    assertThat(steps.get("The application window"))
        .contains("round 2567, from 2024-01-08T08:30+07:00 to 2024-02-29T16:30+07:00 inclusive")
        .contains("exactly the window the library bundles");
  }

  @Test
  void theSakonNakhonDeadlineBinds() {
    assertThat(steps.get("Reports down the chain"))
        .contains("reports to SAKON_NAKHON that it applied, by 2024-02-27T23:59:59.999999999+07:00")
        .contains("Sakon Nakhon สน 0018.1/ว 1532, 26 Jan 2567 (item ๓)")
        .contains("PROVINCE to DOPA by 2024-02-28T12:00+07:00")
        .contains("No report ever refuses an application");
  }

  @Test
  void theSelfAssessmentPassesTheGate() {
    assertThat(steps.get("Self-assessment"))
        .contains("62 of 80 points, enough to pass the gate of 60");
  }

  @Test
  void aLateTryIsRefusedAndAnOnTimeOneAccepted() {
    assertThat(steps.get("A late try"))
        .contains("refused. WINDOW_CLOSED")
        .contains("DOPA มท 0305.1/ว 1660, 18 Jan 2567");
    assertThat(steps.get("An on-time try")).contains("accepted, no rule broken");
  }

  @Test
  void theOnlineStepsEndInCertification() {
    assertThat(steps.get("The steps of an online round"))
        .contains("3. it applies through GECC Online inside the window — done")
        .contains("outcome CERTIFIED: certified.");
  }
}

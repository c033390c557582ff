package io.github.gecc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DatesTourTest {

  private final Map<String, String> steps =
      DatesTour.steps().stream().collect(Collectors.toMap(DemoStep::topic, DemoStep::text));

  @Test
  void seedDatesAreReadWithTheirFiscalYears() {
    assertThat(steps.get("Reading the circulars' dates"))
        .contains("\"๒๖ มกราคม ๒๕๖๗\" is 2024-01-26 (fiscal year 2567)")
        .contains("\"31 ม.ค. 60\" is 2017-01-31 (fiscal year 2560)")
        .contains("is 2024-02-28 at 12:00 (fiscal year 2567)")
        .contains("\"๑ ต.ค. ๒๕๖๐\" is 2017-10-01 (fiscal year 2561)");
  }

  @Test
  void theWindowIsReadAsARange() {
    assertThat(steps.get("A window written as a range"))
        .contains(
            "2024-01-08 at 08:30 (fiscal year 2567) to 2024-02-29 at 16:30 (fiscal year 2567), 53 days");
  }

  @Test
  void datesAreWrittenInEveryStyle() {
    assertThat(steps.get("Writing dates back"))
        .contains("๑๙ มกราคม ๒๕๖๗, ๑๙ ม.ค. ๒๕๖๗, วันศุกร์ที่ ๑๙ มกราคม ๒๕๖๗")
        .contains("19 มกราคม 2567");
  }

  @Test
  void theSeedsImpossibleDateIsRefused() {
    assertThat(steps.get("Dates that do not exist")).contains("there is no day 36 in พฤษภาคม 2565");
  }

  @Test
  void fiscalYearStepIsKept() {
    assertThat(steps.get("Fiscal years")).contains("2023-10-01 to 2024-09-30");
  }
}

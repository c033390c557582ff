package io.github.gecc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.gecc.certification.Certification;
import io.github.gecc.certification.LifecyclePolicy;
import io.github.gecc.certification.Obligation;
import io.github.gecc.certification.ReportSchedule;
import io.github.gecc.time.FiscalYear;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LifecycleTourTest {

  private static final Certification DEMO =
      Certification.of("demo-centre", FiscalYear.of(2560), LocalDate.of(2017, 9, 21));

  @Test
  void validityStepStatesTheComputedLastValidDay() {
    ImmutableList<DemoStep> steps = LifecycleTour.steps();
    assertThat(steps).extracting(DemoStep::topic).containsExactly("Validity", "Report calendar");
    assertThat(steps.get(0).text())
        .contains(DEMO.validity(LifecyclePolicy.defaults().validity()).endInclusive().toString())
        .contains("VALID");
  }

  @Test
  void calendarStepListsEveryObligationWithItsDueDay() {
    String calendar = LifecycleTour.steps().get(1).text();
    for (Obligation obligation :
        ReportSchedule.of(DEMO, LifecyclePolicy.defaults()).obligations()) {
      assertThat(calendar)
          .contains(obligation.period() + " (" + obligation.range() + ") due " + obligation.due());
    }
    assertThat(calendar).contains("ON_TIME").contains("MISSING").contains("NOT_YET_DUE");
  }

  @Test
  void theDemoEndsWithTheLifecycle() {
    ImmutableList<DemoStep> all = Demo.steps();
    assertThat(all.subList(all.size() - 2, all.size())).isEqualTo(LifecycleTour.steps());
  }
}

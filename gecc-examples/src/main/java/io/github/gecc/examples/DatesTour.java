package io.github.gecc.examples;

import com.google.common.collect.ImmutableList;
import io.github.gecc.time.FiscalYear;
import java.time.LocalDate;

/** The demo's part on fiscal years and the dates of the circulars. */
final class DatesTour {

  private DatesTour() {}

  static ImmutableList<DemoStep> steps() {
    FiscalYear fy2567 = FiscalYear.from(LocalDate.of(2024, 2, 29));
    return ImmutableList.of(
        new DemoStep(
            "Fiscal years",
            "GECC rounds are named by Thai fiscal year, counted in the Buddhist Era (CE + 543). "
                + "The round-2567 window closed on 29 February 2024, which lies in fiscal year "
                + fy2567.getValue()
                + ", running "
                + fy2567.start()
                + " to "
                + fy2567.end()
                + "."));
  }
}

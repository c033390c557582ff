package io.github.gecc.certification;

import io.github.gecc.time.DateRange;
import io.github.gecc.time.FiscalYear;
import java.util.Objects;

/**
 * The two kinds of maintenance-report period (RULES.md §6, FACT: every 6 months, October–March, and
 * every 12 months, the fiscal year).
 *
 * <p>Within a fiscal year {@link #H1} comes before {@link #FY}, because it ends first. This enum is
 * immutable and thread-safe.
 */
public enum PeriodKind {
  /** The first half of the fiscal year, 1 October – 31 March. */
  H1,
  /** The whole fiscal year, 1 October – 30 September. */
  FY;

  /**
   * Returns the dates this kind of period covers in a fiscal year.
   *
   * @param fiscalYear the fiscal year, not null
   * @return 1 October – 31 March for {@link #H1}, 1 October – 30 September for {@link #FY}
   * @throws NullPointerException if {@code fiscalYear} is null
   */
  public DateRange range(FiscalYear fiscalYear) {
    Objects.requireNonNull(fiscalYear, "fiscalYear");
    return this == H1 ? fiscalYear.firstHalf() : fiscalYear.range();
  }
}

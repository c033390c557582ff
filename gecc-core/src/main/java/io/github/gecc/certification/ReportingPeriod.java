package io.github.gecc.certification;

import io.github.gecc.time.DateRange;
import io.github.gecc.time.FiscalYear;
import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * One maintenance-report period: a kind ({@code H1} or {@code FY}) of one fiscal year, for example
 * {@code FY2561 H1} = 1 October 2017 – 31 March 2018 (RULES.md §6, FACT).
 *
 * <p>Periods are ordered by fiscal year, then {@code H1} before {@code FY}: the order in which they
 * end. Instances are immutable and thread-safe; {@link #of} returns the one instance of each
 * period, made when the class loads, as {@link FiscalYear#of} does: compare periods with {@link
 * #equals}, never by identity.
 */
@Value.Immutable
public abstract class ReportingPeriod implements Comparable<ReportingPeriod> {

  /** Every period of the supported fiscal years, H1 then FY of each, made once. */
  private static final class Periods {
    static final ReportingPeriod[] ALL =
        new ReportingPeriod[2 * (FiscalYear.MAX_VALUE - FiscalYear.MIN_VALUE + 1)];

    static {
      for (int i = 0; i < ALL.length; i++) {
        ALL[i] =
            ImmutableReportingPeriod.of(
                FiscalYear.of(FiscalYear.MIN_VALUE + i / 2), PeriodKind.values()[i % 2]);
      }
    }
  }

  ReportingPeriod() {}

  /**
   * Returns the period of a kind in a fiscal year.
   *
   * @param fiscalYear the fiscal year, not null
   * @param kind the kind of period, not null
   * @return the period
   * @throws NullPointerException if an argument is null
   */
  public static ReportingPeriod of(FiscalYear fiscalYear, PeriodKind kind) {
    Objects.requireNonNull(fiscalYear, "fiscalYear");
    Objects.requireNonNull(kind, "kind");
    return Periods.ALL[2 * (fiscalYear.getValue() - FiscalYear.MIN_VALUE) + kind.ordinal()];
  }

  /**
   * Returns the period of a kind in a fiscal year given by its Buddhist Era number.
   *
   * @param fiscalYear a BE fiscal year, {@value FiscalYear#MIN_VALUE}..{@value
   *     FiscalYear#MAX_VALUE}
   * @param kind the kind of period, not null
   * @return the period
   * @throws java.time.DateTimeException if the fiscal year is out of range (a Common Era year gets
   *     a hint to add 543)
   * @throws NullPointerException if {@code kind} is null
   */
  public static ReportingPeriod of(int fiscalYear, PeriodKind kind) {
    Objects.requireNonNull(kind, "kind");
    return of(FiscalYear.of(fiscalYear), kind);
  }

  /**
   * Returns the fiscal year of the period.
   *
   * @return the fiscal year
   */
  @Value.Parameter
  public abstract FiscalYear fiscalYear();

  /**
   * Returns the kind of the period.
   *
   * @return {@code H1} or {@code FY}
   */
  @Value.Parameter
  public abstract PeriodKind kind();

  /**
   * Returns the dates the period covers.
   *
   * @return the closed range, 1 October – 31 March or 1 October – 30 September
   */
  public DateRange range() {
    return kind().range(fiscalYear());
  }

  /**
   * Returns the last day of the period.
   *
   * @return 31 March or 30 September
   */
  public LocalDate end() {
    return kind() == PeriodKind.H1 ? fiscalYear().firstHalf().endInclusive() : fiscalYear().end();
  }

  /**
   * Returns the periods in order: the next one ends after this one.
   *
   * @return {@code FY} of the same year after {@code H1}, {@code H1} of the next year after {@code
   *     FY}
   * @throws java.time.DateTimeException if this is the last supported fiscal year's {@code FY}
   */
  public ReportingPeriod next() {
    return kind() == PeriodKind.H1
        ? of(fiscalYear(), PeriodKind.FY)
        : of(fiscalYear().next(), PeriodKind.H1);
  }

  /**
   * Orders by fiscal year, then {@code H1} before {@code FY}.
   *
   * @param other another period, not null
   * @return negative, zero or positive as this period ends before, with or after the other
   */
  @Override
  public int compareTo(ReportingPeriod other) {
    int byYear = fiscalYear().compareTo(other.fiscalYear());
    return byYear != 0 ? byYear : kind().compareTo(other.kind());
  }

  /**
   * Returns the period as {@code FY2561 H1}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return fiscalYear() + " " + kind();
  }
}

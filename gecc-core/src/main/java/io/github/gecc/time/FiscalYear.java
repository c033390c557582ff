package io.github.gecc.time;

import io.github.gecc.RefusalException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/**
 * A Thai government fiscal year (ปีงบประมาณ), named by its Buddhist Era number.
 *
 * <p>RULES.md §4 (FACT): a fiscal year runs from 1 October to 30 September and is named by the BE
 * year in which it ends (BE = CE + 543), so FY 2567 is 1 October 2023 – 30 September 2024. GECC
 * rounds are named by fiscal year. Its first half, 1 October – 31 March, is the six-month reporting
 * period of RULES.md §6.
 *
 * <p>DECISION: the library accepts fiscal years {@value #MIN_VALUE}..{@value #MAX_VALUE} (CE
 * 1956/57 – 2256/57), which holds every GECC round (since 2559) with a wide margin (RULES.md 4.11).
 * A number in 1957..2257 is refused with a hint that it looks like a Common Era year ({@code 2024 →
 * 2567}): the hint is given only when the converted number is itself accepted.
 *
 * <p>This class is immutable and thread-safe. Each fiscal year of the range exists once, made with
 * its dates when the class loads, as {@link Integer#valueOf} keeps small integers: compare fiscal
 * years with {@link #equals}, never by identity.
 */
public final class FiscalYear implements Comparable<FiscalYear> {

  /** The smallest fiscal year the library accepts, BE 2500. */
  public static final int MIN_VALUE = 2500;

  /** The largest fiscal year the library accepts, BE 2800. */
  public static final int MAX_VALUE = 2800;

  /** The difference between a Buddhist Era and a Common Era year number. */
  public static final int BE_OFFSET = 543;

  private static final String FISCAL_YEAR = "fiscal year";
  private static final String FISCAL_YEAR_THAI = "ปีงบประมาณ";

  private static final FiscalYear[] YEARS = new FiscalYear[MAX_VALUE - MIN_VALUE + 1];

  static {
    for (int i = 0; i < YEARS.length; i++) {
      YEARS[i] = new FiscalYear(MIN_VALUE + i);
    }
  }

  private final int value;
  private final DateRange range;
  private final DateRange firstHalf;

  private FiscalYear(int value) {
    this.value = value;
    LocalDate start = LocalDate.of(value - BE_OFFSET - 1, Month.OCTOBER, 1);
    this.range = DateRange.ofClosed(start, LocalDate.of(value - BE_OFFSET, Month.SEPTEMBER, 30));
    this.firstHalf = DateRange.ofClosed(start, LocalDate.of(value - BE_OFFSET, Month.MARCH, 31));
  }

  /**
   * Returns the fiscal year with the given Buddhist Era number.
   *
   * @param beYear the BE number of the year in which the fiscal year ends, {@value #MIN_VALUE}..
   *     {@value #MAX_VALUE}
   * @return the fiscal year
   * @throws RefusalException (rule 4.11) if {@code beYear} is outside the range; the message
   *     suggests the BE number (CE + 543) when that number is in the range (see {@link
   *     BuddhistEra})
   */
  public static FiscalYear of(int beYear) {
    BuddhistEra.checkYear(beYear, FISCAL_YEAR, FISCAL_YEAR_THAI);
    return YEARS[beYear - MIN_VALUE];
  }

  /**
   * Returns the fiscal year that contains a date.
   *
   * @param date a date in the supported range, not null
   * @return the fiscal year from 1 October before or on {@code date} to the next 30 September
   * @throws RefusalException (rule 4.11) if the date's fiscal year is outside the supported range
   * @throws NullPointerException if {@code date} is null
   */
  public static FiscalYear from(LocalDate date) {
    Objects.requireNonNull(date, "date");
    int ceEndYear =
        date.getMonthValue() >= Month.OCTOBER.getValue() ? date.getYear() + 1 : date.getYear();
    int be =
        BuddhistEra.checkComputedYear(
            (long) ceEndYear + BE_OFFSET,
            FISCAL_YEAR,
            FISCAL_YEAR_THAI,
            "the date " + date,
            "วันที่ " + date);
    return YEARS[be - MIN_VALUE];
  }

  /**
   * Returns the fiscal year that contains an instant, read on the Bangkok calendar.
   *
   * @param instant any instant in the supported range, not null
   * @return the fiscal year of the instant's date in {@code Asia/Bangkok}
   * @throws RefusalException (rule 4.11) if the fiscal year is outside the supported range
   * @throws NullPointerException if {@code instant} is null
   */
  public static FiscalYear from(Instant instant) {
    return from(ThaiTime.dateOf(instant));
  }

  /**
   * Returns the current fiscal year according to a clock, read in Bangkok.
   *
   * @param clock the clock to read, not null
   * @return the fiscal year of the clock's instant
   * @throws RefusalException (rule 4.11) if the fiscal year is outside the supported range
   * @throws NullPointerException if {@code clock} is null
   */
  public static FiscalYear now(Clock clock) {
    return from(clock.instant());
  }

  /**
   * Parses a fiscal year written as its BE number, optionally prefixed {@code FY}: {@code 2567} or
   * {@code FY2567}.
   *
   * @param text the text to parse, not null
   * @return the fiscal year
   * @throws RefusalException (rule 4.11) if the text is not a number, or the number is out of range
   * @throws NullPointerException if {@code text} is null
   */
  public static FiscalYear parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    String digits = s.startsWith("FY") ? s.substring(2).trim() : s;
    if (digits.isEmpty()
        || digits.length() > 6
        || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw RefusalException.of(
          BuddhistEra.YEAR_RANGE,
          s,
          "fiscal year text '" + s + "' is not a Buddhist Era year such as 2567 or FY2567",
          "ข้อความปีงบประมาณ '" + s + "' ไม่ใช่ปีพุทธศักราช เช่น 2567 หรือ FY2567");
    }
    return of(Integer.parseInt(digits));
  }

  /**
   * Returns the Buddhist Era number of this fiscal year.
   *
   * @return the number, {@value #MIN_VALUE}..{@value #MAX_VALUE}
   */
  public int getValue() {
    return value;
  }

  /**
   * Returns the first day, 1 October of the previous Common Era year.
   *
   * @return the start date, inclusive
   */
  public LocalDate start() {
    return range.startInclusive();
  }

  /**
   * Returns the last day, 30 September.
   *
   * @return the end date, inclusive
   */
  public LocalDate end() {
    return range.endInclusive();
  }

  /**
   * Returns the whole fiscal year as a closed date range.
   *
   * @return 1 October .. 30 September
   */
  public DateRange range() {
    return range;
  }

  /**
   * Returns the first half of the fiscal year, the six-month reporting period of RULES.md §6.
   *
   * @return 1 October .. 31 March
   */
  public DateRange firstHalf() {
    return firstHalf;
  }

  /**
   * Tells whether a date falls in this fiscal year.
   *
   * @param date a date, not null
   * @return true if {@code start() <= date <= end()}
   * @throws NullPointerException if {@code date} is null
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /**
   * Tells whether an instant falls in this fiscal year on the Bangkok calendar.
   *
   * @param instant an instant, not null
   * @return true if the instant's Bangkok date is in this fiscal year
   * @throws NullPointerException if {@code instant} is null
   */
  public boolean contains(Instant instant) {
    return contains(ThaiTime.dateOf(instant));
  }

  /**
   * Returns the fiscal year a number of years later (or earlier, when negative).
   *
   * @param years the number of years to add, may be negative
   * @return the shifted fiscal year
   * @throws RefusalException (rule 4.11) if the result is outside the supported range
   */
  public FiscalYear plusYears(long years) {
    long target = years > 0 && value > Long.MAX_VALUE - years ? Long.MAX_VALUE : value + years;
    return YEARS[
        BuddhistEra.checkComputedYear(
                target,
                FISCAL_YEAR,
                FISCAL_YEAR_THAI,
                value + " plus " + years + " years",
                value + " บวก " + years + " ปี")
            - MIN_VALUE];
  }

  /**
   * Returns the next fiscal year.
   *
   * @return this plus one year
   * @throws RefusalException (rule 4.11) if this is the last supported year
   */
  public FiscalYear next() {
    return plusYears(1);
  }

  /**
   * Returns the previous fiscal year.
   *
   * @return this minus one year
   * @throws RefusalException (rule 4.11) if this is the first supported year
   */
  public FiscalYear previous() {
    return plusYears(-1);
  }

  /**
   * Tells whether this fiscal year comes before another.
   *
   * @param other another fiscal year, not null
   * @return true if this is earlier
   */
  public boolean isBefore(FiscalYear other) {
    return value < other.value;
  }

  /**
   * Tells whether this fiscal year comes after another.
   *
   * @param other another fiscal year, not null
   * @return true if this is later
   */
  public boolean isAfter(FiscalYear other) {
    return value > other.value;
  }

  /**
   * Compares by BE number.
   *
   * @param other another fiscal year, not null
   * @return negative, zero or positive as this is earlier, the same or later
   */
  @Override
  public int compareTo(FiscalYear other) {
    return Integer.compare(value, other.value);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof FiscalYear && ((FiscalYear) obj).value == value;
  }

  @Override
  public int hashCode() {
    return value;
  }

  /**
   * Returns the fiscal year as {@code FY2567}, which {@link #parse} reads back.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return "FY" + value;
  }
}

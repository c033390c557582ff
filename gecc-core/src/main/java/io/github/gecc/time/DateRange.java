package io.github.gecc.time;

import io.github.gecc.RefusalException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A closed range of calendar dates, {@code startInclusive..endInclusive}: a fiscal year, a
 * reporting period, a certification's validity.
 *
 * <p>Both ends are included because the domain speaks that way ("valid until 20 September 2020"
 * means the 20th is still valid). The range holds at least one day.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <p>Used for fiscal years and their halves (RULES.md §4, §6) and for validity (§5).
 */
public final class DateRange {

  /** The row of a period that ends before it starts, RULES.md 4.20. */
  static final String BACKWARDS = "4.20";

  private final LocalDate startInclusive;
  private final LocalDate endInclusive;

  private DateRange(LocalDate startInclusive, LocalDate endInclusive) {
    this.startInclusive = startInclusive;
    this.endInclusive = endInclusive;
  }

  /**
   * Returns the range from one date to another, both included.
   *
   * @param startInclusive the first day, not null
   * @param endInclusive the last day, not null, not before {@code startInclusive}
   * @return the range
   * @throws RefusalException (rule 4.20) if {@code endInclusive} is before {@code startInclusive}
   * @throws NullPointerException if either date is null
   */
  public static DateRange ofClosed(LocalDate startInclusive, LocalDate endInclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endInclusive, "endInclusive");
    if (endInclusive.isBefore(startInclusive)) {
      throw RefusalException.of(
          BACKWARDS,
          endInclusive,
          "date range end " + endInclusive + " is before its start " + startInclusive,
          "วันสิ้นสุด " + endInclusive + " อยู่ก่อนวันเริ่มต้น " + startInclusive);
    }
    return new DateRange(startInclusive, endInclusive);
  }

  /**
   * Returns the first day.
   *
   * @return the start, included
   */
  public LocalDate startInclusive() {
    return startInclusive;
  }

  /**
   * Returns the last day.
   *
   * @return the end, included
   */
  public LocalDate endInclusive() {
    return endInclusive;
  }

  /**
   * Returns the number of days in the range, at least 1.
   *
   * @return the length in days, both ends counted
   */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(startInclusive, endInclusive) + 1;
  }

  /**
   * Tells whether a date lies in the range.
   *
   * @param date a date, not null
   * @return true if {@code startInclusive <= date <= endInclusive}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(startInclusive) && !date.isAfter(endInclusive);
  }

  /**
   * Tells whether this range holds every day of another.
   *
   * @param other another range, not null
   * @return true if {@code other} lies wholly inside this range
   */
  public boolean encloses(DateRange other) {
    return !other.startInclusive.isBefore(startInclusive)
        && !other.endInclusive.isAfter(endInclusive);
  }

  /**
   * Tells whether this range and another share at least one day.
   *
   * @param other another range, not null
   * @return true if they overlap
   */
  public boolean overlaps(DateRange other) {
    return !other.startInclusive.isAfter(endInclusive)
        && !other.endInclusive.isBefore(startInclusive);
  }

  /**
   * Tells whether one range starts the day after the other ends, with no gap and no overlap.
   *
   * @param other another range, not null
   * @return true if the ranges abut
   */
  public boolean abuts(DateRange other) {
    return endInclusive.plusDays(1).equals(other.startInclusive)
        || other.endInclusive.plusDays(1).equals(startInclusive);
  }

  /**
   * Returns the days both ranges hold.
   *
   * @param other another range, not null
   * @return the common days, or empty if the ranges do not overlap
   */
  public Optional<DateRange> intersection(DateRange other) {
    if (!overlaps(other)) {
      return Optional.empty();
    }
    LocalDate start =
        startInclusive.isAfter(other.startInclusive) ? startInclusive : other.startInclusive;
    LocalDate end = endInclusive.isBefore(other.endInclusive) ? endInclusive : other.endInclusive;
    return Optional.of(new DateRange(start, end));
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof DateRange)) {
      return false;
    }
    DateRange other = (DateRange) obj;
    return startInclusive.equals(other.startInclusive) && endInclusive.equals(other.endInclusive);
  }

  @Override
  public int hashCode() {
    return startInclusive.hashCode() * 31 + endInclusive.hashCode();
  }

  /**
   * Returns the range as {@code 2023-10-01..2024-09-30}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return startInclusive + ".." + endInclusive;
  }
}

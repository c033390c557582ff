package io.github.gecc.time;

import io.github.gecc.RefusalException;
import java.util.Objects;

/**
 * Two dates of a Thai official letter that bound a period, each with an optional time: {@code ๘
 * มกราคม (เวลา ๐๘.๓๐ น.) - ๒๙ กุมภาพันธ์ (เวลา ๑๖.๓๐ น.) ๒๕๖๗} (RULES.md §8, FACT), as {@link
 * ThaiDateText#parseRange} reads it.
 *
 * <p>Both ends are as written; what a missing time means (start or end of the day) is the caller's
 * rule, for example RULES.md §4's DECISION for application windows. The end is never before the
 * start; when both fall on one day and both have times, the end time is not before the start time.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ThaiDateRange {

  private final ThaiDateTime start;
  private final ThaiDateTime end;

  private ThaiDateRange(ThaiDateTime start, ThaiDateTime end) {
    this.start = start;
    this.end = end;
  }

  /**
   * Returns the range between two dates.
   *
   * @param start the first end, not null
   * @param end the last end, not null, not before {@code start}
   * @return the range
   * @throws RefusalException (rule 4.20) if {@code end} is before {@code start}
   * @throws NullPointerException if either argument is null
   */
  public static ThaiDateRange of(ThaiDateTime start, ThaiDateTime end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (start.isAfter(end)) {
      throw RefusalException.of(
          DateRange.BACKWARDS,
          end,
          "range end " + end + " is before its start " + start + "; a range must not run backwards",
          "วันสิ้นสุด " + end + " อยู่ก่อนวันเริ่มต้น " + start + " ช่วงวันที่ต้องไม่ย้อนหลัง");
    }
    return new ThaiDateRange(start, end);
  }

  /**
   * Returns the first end.
   *
   * @return the start, with its time if given
   */
  public ThaiDateTime start() {
    return start;
  }

  /**
   * Returns the last end.
   *
   * @return the end, with its time if given
   */
  public ThaiDateTime end() {
    return end;
  }

  /**
   * Returns the calendar days of the range, times left out.
   *
   * @return the closed range from the start date to the end date
   */
  public DateRange dates() {
    return DateRange.ofClosed(start.date(), end.date());
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof ThaiDateRange)) {
      return false;
    }
    ThaiDateRange other = (ThaiDateRange) obj;
    return start.equals(other.start) && end.equals(other.end);
  }

  @Override
  public int hashCode() {
    return start.hashCode() * 31 + end.hashCode();
  }

  /**
   * Returns the range as {@code 2024-01-08T08:30/2024-02-29T16:30} (ISO-8601 interval style).
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return start + "/" + end;
  }
}

package io.github.gecc.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Thai official time: the time zone every GECC date and deadline is read in.
 *
 * <p>RULES.md §4 (FACT): the circulars' times are Thai time, {@code Asia/Bangkok}, UTC+7, with
 * no daylight saving. DECISION: a local date-time given without an offset is Bangkok time.
 *
 * <p>This class only holds constants and pure conversions; it is thread-safe.
 */
public final class ThaiTime {

  /** The zone of Thai official time, {@code Asia/Bangkok}. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");

  /** The fixed offset of Thai time, UTC+07:00. */
  public static final ZoneOffset OFFSET = ZoneOffset.ofHours(7);

  private ThaiTime() {}

  /**
   * Reads a local date-time as Bangkok time.
   *
   * @param dateTime a wall-clock time in Thailand, not null
   * @return the instant it denotes
   * @throws NullPointerException if {@code dateTime} is null
   */
  public static Instant toInstant(LocalDateTime dateTime) {
    return dateTime.atZone(ZONE).toInstant();
  }

  /**
   * Returns the Bangkok calendar date of an instant.
   *
   * @param instant any instant, not null
   * @return the date on a Thai wall calendar at that instant
   * @throws NullPointerException if {@code instant} is null
   */
  public static LocalDate dateOf(Instant instant) {
    return LocalDate.ofInstant(instant, ZONE);
  }

  /**
   * Shows an instant the way the library prints it, at {@code +07:00}.
   *
   * @param instant any instant, not null
   * @return the same instant at Bangkok's offset
   * @throws NullPointerException if {@code instant} is null
   */
  public static OffsetDateTime atBangkok(Instant instant) {
    return instant.atOffset(OFFSET);
  }

  /**
   * Returns the first instant of a Bangkok calendar day.
   *
   * @param date a date, not null
   * @return 00:00 of that day in Bangkok
   * @throws NullPointerException if {@code date} is null
   */
  public static Instant startOfDay(LocalDate date) {
    return date.atStartOfDay(ZONE).toInstant();
  }

  /**
   * Returns the last instant of a Bangkok calendar day, one nanosecond before the next day
   * starts.
   *
   * @param date a date, not null
   * @return the end of that day in Bangkok
   * @throws NullPointerException if {@code date} is null
   */
  public static Instant endOfDay(LocalDate date) {
    return startOfDay(date.plusDays(1)).minusNanos(1);
  }
}

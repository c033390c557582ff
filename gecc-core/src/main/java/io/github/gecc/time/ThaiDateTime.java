package io.github.gecc.time;

import io.github.gecc.RefusalException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A date as a Thai official letter writes it, with the time of day when the letter gives one:
 * {@code วันพุธที่ ๒๘ กุมภาพันธ์ ๒๕๖๗ เวลา ๑๒.๐๐ น.} is 2024-02-28 at 12:00 (RULES.md §8, FACT).
 * The time, when present, is Thai time ({@link ThaiTime}, RULES.md §4).
 *
 * <p>The time has minute precision, as the letters write it ({@code ๐๘.๓๐ น.}); seconds and
 * nanoseconds are refused.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ThaiDateTime {

  private final LocalDate date;
  private final @Nullable LocalTime time;

  private ThaiDateTime(LocalDate date, @Nullable LocalTime time) {
    this.date = date;
    this.time = time;
  }

  /**
   * Returns a date with no time of day.
   *
   * @param date the date, not null
   * @return the value
   * @throws NullPointerException if {@code date} is null
   */
  public static ThaiDateTime of(LocalDate date) {
    return new ThaiDateTime(Objects.requireNonNull(date, "date"), null);
  }

  /**
   * Returns a date with a time of day.
   *
   * @param date the date, not null
   * @param time the Thai wall-clock time, not null, whole minutes
   * @return the value
   * @throws RefusalException (rule 4.19) if {@code time} has seconds or nanoseconds
   * @throws NullPointerException if either argument is null
   */
  public static ThaiDateTime of(LocalDate date, LocalTime time) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(time, "time");
    if (time.getSecond() != 0 || time.getNano() != 0) {
      throw RefusalException.of(
          "4.19",
          time,
          "time " + time + " has seconds; Thai official dates give times in whole minutes",
          "เวลา " + time + " มีวินาที วันเวลาในหนังสือราชการระบุเวลาเป็นนาทีเต็ม");
    }
    return new ThaiDateTime(date, time);
  }

  /**
   * Returns the date.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the time of day, if the text gave one.
   *
   * @return the Thai wall-clock time, or empty
   */
  public Optional<LocalTime> time() {
    return Optional.ofNullable(time);
  }

  /**
   * Returns the date at its time, or at a given time when it has none.
   *
   * @param whenAbsent the time to use when there is none, not null (for example {@link
   *     LocalTime#MIDNIGHT} for an opening, {@link LocalTime#MAX} for a closing)
   * @return the local date-time, Thai time
   * @throws NullPointerException if {@code whenAbsent} is null
   */
  public LocalDateTime atTimeOr(LocalTime whenAbsent) {
    Objects.requireNonNull(whenAbsent, "whenAbsent");
    return date.atTime(time == null ? whenAbsent : time);
  }

  /**
   * Tells whether this value is known to come after another: a later date, or the same date and
   * both times given with this one later.
   *
   * @param other another value, not null
   * @return true if this is certainly later
   */
  public boolean isAfter(ThaiDateTime other) {
    return date.isAfter(other.date)
        || (date.equals(other.date)
            && time != null
            && other.time != null
            && time.isAfter(other.time));
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof ThaiDateTime)) {
      return false;
    }
    ThaiDateTime other = (ThaiDateTime) obj;
    return date.equals(other.date) && Objects.equals(time, other.time);
  }

  @Override
  public int hashCode() {
    return date.hashCode() * 31 + Objects.hashCode(time);
  }

  /**
   * Returns the value in ISO form: {@code 2024-01-19}, or {@code 2024-02-28T12:00} with a time.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return time == null ? date.toString() : date + "T" + time;
  }
}

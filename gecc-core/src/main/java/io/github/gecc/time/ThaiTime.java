package io.github.gecc.time;

import io.github.gecc.RefusalException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Thai official time: the time zone every GECC date and deadline is read in.
 *
 * <p>RULES.md §4 (FACT): the circulars' times are Thai time, {@code Asia/Bangkok}, UTC+7, with no
 * daylight saving. DECISION: a local date-time given without an offset is Bangkok time.
 *
 * <p>ISO-8601 text is read here once for every adapter: dates and date-times are Common Era (a year
 * that looks Buddhist Era is refused with its conversion, {@link BuddhistEra#checkCommonEraText}),
 * and a date-time without an offset is Bangkok time.
 *
 * <p>This class only holds constants and pure conversions; it is thread-safe.
 */
public final class ThaiTime {

  /** The zone of Thai official time, {@code Asia/Bangkok}. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");

  /** The row of ISO-8601 date and date-time text, RULES.md 4.19. */
  private static final String ISO_TEXT = "4.19";

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
   * Returns the last instant of a Bangkok calendar day, one nanosecond before the next day starts.
   *
   * @param date a date, not null
   * @return the end of that day in Bangkok
   * @throws NullPointerException if {@code date} is null
   */
  public static Instant endOfDay(LocalDate date) {
    return startOfDay(date.plusDays(1)).minusNanos(1);
  }

  /**
   * Reads an ISO-8601 calendar date, {@code YYYY-MM-DD}, written in the Common Era.
   *
   * @param text the text, for example {@code 2024-02-29}; not null
   * @return the date
   * @throws RefusalException (rule 4.19) if the text is not a valid ISO date, naming it and why, or
   *     (rule 4.12) if its year looks Buddhist Era, naming the Common Era year
   * @throws NullPointerException if {@code text} is null
   */
  public static LocalDate parseIsoDate(CharSequence text) {
    BuddhistEra.checkCommonEraText(text);
    String s = text.toString();
    checkFourDigitYear(s);
    try {
      if (s.length() == 10
          && s.charAt(4) == '-'
          && s.charAt(7) == '-'
          && digits(s, 0, 4) >= 0
          && digits(s, 5, 7) >= 0
          && digits(s, 8, 10) >= 0) {
        return LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
      }
      return LocalDate.parse(s);
    } catch (DateTimeException e) {
      throw RefusalException.of(
          ISO_TEXT,
          s,
          "'" + s + "' is not a valid ISO date YYYY-MM-DD: " + rootMessage(e),
          "'" + s + "' ไม่ใช่วันที่แบบ ISO ที่ถูกต้อง (ปปปป-ดด-วว ปีคริสต์ศักราช เช่น 2024-02-29)");
    }
  }

  /**
   * Reads an ISO-8601 date-time written in the Common Era, with an offset, or without one as
   * Bangkok time (RULES.md §4, DECISION).
   *
   * @param text the text, for example {@code 2024-02-29T16:30:00+07:00} or {@code
   *     2024-02-29T16:30}; not null
   * @return the instant
   * @throws RefusalException (rule 4.19) if the text is not an ISO date-time, naming it and why, or
   *     (rule 4.12) if its year looks Buddhist Era, naming the Common Era year
   * @throws NullPointerException if {@code text} is null
   */
  public static Instant parseIsoInstant(CharSequence text) {
    BuddhistEra.checkCommonEraText(text);
    String s = text.toString();
    checkFourDigitYear(s);
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException withOffset) {
      try {
        return toInstant(LocalDateTime.parse(s));
      } catch (DateTimeParseException local) {
        throw RefusalException.of(
            ISO_TEXT,
            s,
            "'"
                + s
                + "' is not an ISO-8601 date-time such as"
                + " 2024-02-29T16:30:00+07:00: "
                + rootMessage(withOffset),
            "'" + s + "' ไม่ใช่วันเวลาแบบ ISO-8601 เช่น 2024-02-29T16:30:00+07:00");
      }
    }
  }

  /**
   * Refuses a year written with a sign ({@code +10000-01-01}, {@code -0001-01-01}): ISO text here
   * has a four-digit year, so every date read stays far inside the range java.time computes in.
   */
  private static void checkFourDigitYear(String s) {
    if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
      throw RefusalException.of(
          ISO_TEXT,
          s,
          "'"
              + s
              + "' writes its year with a sign; ISO dates here have a four-digit Common Era"
              + " year, 0000..9999",
          "'"
              + s
              + "' เขียนปีโดยมีเครื่องหมายนำหน้า วันที่แบบ ISO ต้องมีปีคริสต์ศักราชสี่หลัก"
              + " 0000..9999");
    }
  }

  /** The number the ASCII digits at {@code from..to} spell, or -1 if any is not a digit. */
  static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      value = c < '0' || c > '9' || value < 0 ? -1 : value * 10 + c - '0';
    }
    return value;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage());
  }
}

package io.github.gecc.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * The rules for telling Buddhist Era (BE) and Common Era (CE) years apart where a clerk may write
 * one for the other (RULES.md §4, DECISION).
 *
 * <ul>
 *   <li>A fiscal year, a round or a Thai date's year is a BE year in {@value
 *       FiscalYear#MIN_VALUE}..{@value FiscalYear#MAX_VALUE}; a number that looks like a CE year
 *       is refused with the conversion (CE + 543).
 *   <li>An ISO date or date-time is Common Era: one whose year is in {@value
 *       FiscalYear#MIN_VALUE}..{@value FiscalYear#MAX_VALUE}, the years the library reads as BE,
 *       is refused with the conversion (BE − 543), for example {@code 2560-06-01} → {@code
 *       2017-06-01}.
 *   <li>A conversion is suggested only when the converted value is itself accepted.
 * </ul>
 *
 * <p>This class is immutable and thread-safe (it has no state).
 */
public final class BuddhistEra {

  private BuddhistEra() {}

  /**
   * Tells whether a year written in an ISO date looks like a Buddhist Era year.
   *
   * @param isoYear the year as written
   * @return true if it is in {@value FiscalYear#MIN_VALUE}..{@value FiscalYear#MAX_VALUE}
   */
  public static boolean looksBuddhist(int isoYear) {
    return isoYear >= FiscalYear.MIN_VALUE && isoYear <= FiscalYear.MAX_VALUE;
  }

  /**
   * Checks that an ISO date, or the date part of an ISO date-time, is written in the Common Era.
   *
   * @param isoText the text as given, for example {@code 2560-06-01} or {@code
   *     2560-06-01T10:00:00+07:00}; not null. Text that does not start with a four-digit year and
   *     {@code -} is left to the ISO parser.
   * @throws DateTimeParseException (index 0) if the year looks Buddhist Era; the message gives the
   *     text converted to the Common Era when the converted date exists
   * @throws NullPointerException if {@code isoText} is null
   */
  public static void checkCommonEraText(CharSequence isoText) {
    Objects.requireNonNull(isoText, "isoText");
    String text = isoText.toString();
    int year = text.length() < 5 || text.charAt(4) != '-' ? -1 : ThaiTime.digits(text, 0, 4);
    if (!looksBuddhist(year)) {
      return;
    }
    int ce = year - FiscalYear.BE_OFFSET;
    StringBuilder message =
        new StringBuilder("'")
            .append(text)
            .append("' has the year ")
            .append(year)
            .append(", which looks like a Buddhist Era year; ISO dates are Common Era (CE = BE - ")
            .append(FiscalYear.BE_OFFSET)
            .append(" = ")
            .append(ce)
            .append(')');
    int month = text.length() >= 10 && text.charAt(7) == '-' ? ThaiTime.digits(text, 5, 7) : -1;
    int day = month < 0 ? -1 : ThaiTime.digits(text, 8, 10);
    if (day >= 0) {
      try {
        LocalDate.of(ce, month, day);
        message.append(": did you mean ").append(String.format("%04d", ce)).append(text.substring(4)).append('?');
      } catch (DateTimeException noSuchDay) {
        // the converted date does not exist: no suggestion
      }
    }
    throw new DateTimeParseException(message.toString(), text, 0);
  }

  /**
   * Checks a Buddhist Era year and explains how to convert a Common Era one. The suggestion (CE +
   * 543) is given only when the converted number is itself accepted.
   */
  static int checkYear(int beYear, String what) {
    Objects.requireNonNull(what, "what");
    if (beYear < FiscalYear.MIN_VALUE || beYear > FiscalYear.MAX_VALUE) {
      StringBuilder message =
          new StringBuilder()
              .append(what)
              .append(' ')
              .append(beYear)
              .append(" is outside ")
              .append(FiscalYear.MIN_VALUE)
              .append("..")
              .append(FiscalYear.MAX_VALUE)
              .append("; ")
              .append(what)
              .append("s are Buddhist Era years (BE = CE + ")
              .append(FiscalYear.BE_OFFSET)
              .append(')');
      long converted = (long) beYear + FiscalYear.BE_OFFSET;
      if (converted >= FiscalYear.MIN_VALUE && converted <= FiscalYear.MAX_VALUE) {
        message
            .append(": ")
            .append(beYear)
            .append(" looks like a Common Era year, did you mean ")
            .append(converted)
            .append('?');
      }
      throw new DateTimeException(message.toString());
    }
    return beYear;
  }
}

package io.github.gecc.time;

import io.github.gecc.RefusalException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The rules for telling Buddhist Era (BE) and Common Era (CE) years apart where a clerk may write
 * one for the other (RULES.md §4, DECISION).
 *
 * <ul>
 *   <li>A fiscal year, a round or a Thai date's year is a BE year in {@value
 *       FiscalYear#MIN_VALUE}..{@value FiscalYear#MAX_VALUE}; a number that looks like a CE year is
 *       refused with the conversion (CE + 543).
 *   <li>An ISO date or date-time is Common Era: one whose year is in {@value
 *       FiscalYear#MIN_VALUE}..{@value FiscalYear#MAX_VALUE}, the years the library reads as BE, is
 *       refused with the conversion (BE − 543), for example {@code 2560-06-01} → {@code
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
   * @throws RefusalException (rule 4.12) if the year looks Buddhist Era; the message gives the text
   *     converted to the Common Era when the converted date exists
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
    String suggestion = null;
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
        suggestion = String.format("%04d", ce) + text.substring(4);
        message.append(": did you mean ").append(suggestion).append('?');
      } catch (DateTimeException noSuchDay) {
        // the converted date does not exist: no suggestion
      }
    }
    String thai =
        "'"
            + text
            + "' มีปี "
            + year
            + " ซึ่งดูเหมือนปีพุทธศักราช วันที่แบบ ISO เป็นปีคริสต์ศักราช"
            + " (ค.ศ. = พ.ศ. - "
            + FiscalYear.BE_OFFSET
            + " = "
            + ce
            + ")"
            + (suggestion == null ? "" : " หมายถึง " + suggestion + " หรือไม่");
    throw RefusalException.of("4.12", text, message.toString(), thai);
  }

  /**
   * Checks a Buddhist Era year and explains how to convert a Common Era one (RULES.md 4.11): the
   * one check of the range {@value FiscalYear#MIN_VALUE}..{@value FiscalYear#MAX_VALUE} and its one
   * message. The suggestion (CE + 543) is given only when the converted number is itself accepted,
   * that is for {@value #HINT_MIN}..{@value #HINT_MAX}.
   *
   * @param beYear the year as given
   * @param what what the year is, in English ("fiscal year"), for the message
   * @param thaiWhat the same in Thai ("ปีงบประมาณ")
   * @return {@code beYear}, when in range
   * @throws RefusalException (rule 4.11) if {@code beYear} is outside the range
   */
  static int checkYear(long beYear, String what, String thaiWhat) {
    if (beYear >= FiscalYear.MIN_VALUE && beYear <= FiscalYear.MAX_VALUE) {
      return (int) beYear;
    }
    throw outOfRange(beYear, what, thaiWhat, "", "", beYear >= HINT_MIN && beYear <= HINT_MAX);
  }

  /**
   * Checks a Buddhist Era year computed from another value (a date's fiscal year, a sum), where a
   * Common Era reading is no mistake to point out: the same range and message as {@link
   * #checkYear}, naming the value it came from, without a suggestion.
   *
   * @param source the value the year came from, in English ("the date 1900-01-01")
   * @param thaiSource the same in Thai ("วันที่ 1900-01-01")
   * @throws RefusalException (rule 4.11) if {@code beYear} is outside the range
   */
  static int checkComputedYear(
      long beYear, String what, String thaiWhat, String source, String thaiSource) {
    if (beYear >= FiscalYear.MIN_VALUE && beYear <= FiscalYear.MAX_VALUE) {
      return (int) beYear;
    }
    throw outOfRange(beYear, what, thaiWhat, " of " + source, " ของ" + thaiSource, false);
  }

  /** The smallest number read as a Common Era year to suggest converting: 2500 − 543. */
  static final int HINT_MIN = FiscalYear.MIN_VALUE - FiscalYear.BE_OFFSET;

  /** The largest number read as a Common Era year to suggest converting: 2800 − 543. */
  static final int HINT_MAX = FiscalYear.MAX_VALUE - FiscalYear.BE_OFFSET;

  /**
   * The one message of the range: "{@code <what> <year>[ of <source>] is outside 2500..2800;
   * <what>s are Buddhist Era years (BE = CE + 543)}", with the suggestion when asked for.
   */
  private static RefusalException outOfRange(
      long beYear,
      String what,
      String thaiWhat,
      String source,
      String thaiSource,
      boolean suggest) {
    String range = FiscalYear.MIN_VALUE + ".." + FiscalYear.MAX_VALUE;
    StringBuilder english =
        new StringBuilder()
            .append(what)
            .append(' ')
            .append(beYear)
            .append(source)
            .append(" is outside ")
            .append(range)
            .append("; ")
            .append(what)
            .append("s are Buddhist Era years (BE = CE + ")
            .append(FiscalYear.BE_OFFSET)
            .append(')');
    StringBuilder thai =
        new StringBuilder()
            .append(thaiWhat)
            .append(' ')
            .append(beYear)
            .append(thaiSource)
            .append(" อยู่นอกช่วง ")
            .append(range)
            .append(" ")
            .append(thaiWhat)
            .append("เป็นปีพุทธศักราช (พ.ศ. = ค.ศ. + ")
            .append(FiscalYear.BE_OFFSET)
            .append(')');
    if (suggest) {
      long converted = beYear + FiscalYear.BE_OFFSET;
      english
          .append(": ")
          .append(beYear)
          .append(" looks like a Common Era year, did you mean ")
          .append(converted)
          .append('?');
      thai.append(" ")
          .append(beYear)
          .append(" ดูเหมือนปีคริสต์ศักราช หมายถึง ")
          .append(converted)
          .append(" หรือไม่");
    }
    return RefusalException.of(YEAR_RANGE, beYear, english.toString(), thai.toString());
  }

  /** The row of the Buddhist Era range, RULES.md 4.11. */
  static final String YEAR_RANGE = "4.11";
}

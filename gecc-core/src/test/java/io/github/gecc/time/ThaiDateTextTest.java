package io.github.gecc.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.github.gecc.RefusalException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ThaiDateTextTest {

  // ------------------------------------------------------------------ the circulars

  /**
   * Every single date printed in the circulars (RULES.md §8), with the circular it comes from and
   * the date it means. The texts are copied as printed, including their spacing.
   */
  static Stream<Arguments> circularDates() {
    return Stream.of(
        Arguments.of("DLA มท 0810.7/ว, Dec 2564", "ลงวันที่ 23 ธันวาคม 2564", "2021-12-23", null),
        Arguments.of("DLA มท 0810.7/ว, Dec 2564", "วันที่ 31 มกราคม 2565", "2022-01-31", null),
        Arguments.of("DOPA มท 0305.1/ว 1660, 18 Jan 2567", "๒๖ มกราคม ๒๕๖๗", "2024-01-26", null),
        Arguments.of(
            "DOPA มท 0305.1/ว 1660, 18 Jan 2567", "ลงวันที่ ๒๗ พฤศจิกายน ๒๕๖๖", "2023-11-27", null),
        Arguments.of(
            "DOPA มท 0305.1/ว 1660, 18 Jan 2567", "ลงวันที่ ๑๘ มกราคม ๒๕๖๗", "2024-01-18", null),
        Arguments.of(
            "DOPA มท 0305.1/ว 1660, 18 Jan 2567",
            "วันอังคารที่ ๒๗ กุมภาพันธ์ ๒๕๖๗",
            "2024-02-27",
            null),
        Arguments.of(
            "DOPA มท 0305.1/ว 1660, 18 Jan 2567", "วันที่ ๑๘ ม.ค. ๒๕๖๗", "2024-01-18", null),
        Arguments.of("DOPA มท 0305.1/ว 1660, 18 Jan 2567", "๑๘ มกราคม ๒๕๖๗", "2024-01-18", null),
        Arguments.of(
            "DOPA มท 0305.1/ว 1660, 18 Jan 2567", "ลงวันที่ ๒๑ พฤศจิกายน ๒๕๖๖", "2023-11-21", null),
        Arguments.of(
            "DOPA มท 0305.1/ว 1660, 18 Jan 2567", "วันศุกร์ที่ ๑๙ มกราคม ๒๕๖๗", "2024-01-19", null),
        Arguments.of(
            "DOPA มท 0305.1/ว 1660, 18 Jan 2567",
            "วันพุธที่ ๒๘ กุมภาพันธ์ ๒๕๖๗ เวลา ๑๒.๐๐ น.",
            "2024-02-28",
            "12:00"),
        Arguments.of(
            "BMA กท 0303/1156, 15 Jun 2565", "วันที่ ๑๕ มิถุนายน ๒๕๖๕", "2022-06-15", null),
        Arguments.of("BMA กท 0303/1156, 15 Jun 2565", "วันที่ ๓ พฤษภาคม ๒๕๖๕", "2022-05-03", null),
        Arguments.of(
            "BMA กท 0303/1156, 15 Jun 2565", "ลงวันที่ ๓๑ พฤษภาคม ๒๕๖๕", "2022-05-31", null),
        Arguments.of("BMA กท 0303/1156, 15 Jun 2565", "7 มิ.ย. 2565", "2022-06-07", null),
        Arguments.of("BMA กท 0303/1156, 15 Jun 2565", "วันที่ 8 มิ.ย. 2565", "2022-06-08", null),
        Arguments.of("DLA นท 0812/694, round 2560", "วันที่ ๑๕ ธันวาคม ๒๕๖๔", "2021-12-15", null),
        Arguments.of("DLA นท 0812/694, round 2560", "วันที่ ๓๑ มกราคม ๒๕๖๐", "2017-01-31", null),
        Arguments.of("DLA นท 0812/694, round 2560", "วันที่ 31 ม.ค. 60", "2017-01-31", null),
        Arguments.of("MOI มท 0218/ว 5992, 20 Oct 2560", "๙ พฤศจิกายน ๒๕๖๐", "2017-11-09", null),
        Arguments.of(
            "MOI มท 0218/ว 5992, 20 Oct 2560", "ลงวันที่ ๒๐ ตุลาคม ๒๕๖๐", "2017-10-20", null),
        Arguments.of(
            "MOI มท 0218/ว 5992, 20 Oct 2560", "วันที่ ๑ กันยายน ๒๕๕๘", "2015-09-01", null),
        Arguments.of("MOI มท 0218/ว 5992, 20 Oct 2560", "๓๑ ต.ค. ๒๕๖๐", "2017-10-31", null),
        Arguments.of("MOI มท 0218/ว 5992, 20 Oct 2560", "30 ต.ค. 2560", "2017-10-30", null),
        Arguments.of("MOI มท 0218/ว 5992, 20 Oct 2560", "วันที่ 27 ต.ค. 2560", "2017-10-27", null),
        Arguments.of("MOI มท 0218/ว 5992, 20 Oct 2560", "๒๑ ตุลาคม ๒๕๖๐", "2017-10-21", null),
        Arguments.of("MOI มท 0218/ว 5992, 20 Oct 2560", "๑ ต.ค. ๒๕๖๐", "2017-10-01", null));
  }

  @ParameterizedTest(name = "[{0}] {1} = {2} {3}")
  @MethodSource("circularDates")
  void everyCircularDateParsesToItsDate(String circular, String text, String date, String time) {
    ThaiDateTime parsed = ThaiDateText.parse(text);

    assertThat(parsed.date()).isEqualTo(LocalDate.parse(date));
    assertThat(parsed.time().map(LocalTime::toString).orElse(null)).isEqualTo(time);
  }

  /** Every range printed in the circulars, with its ends. */
  static Stream<Arguments> circularRanges() {
    return Stream.of(
        Arguments.of(
            "000", "ตั้งแต่วันที่ 1 มกราคม –  28 กุมภาพันธ์ 2565", "2022-01-01", "2022-02-28"),
        Arguments.of(
            "DLA มท 0810.7/ว, Dec 2564",
            "วันที่ 1 มกราคม – 28 กุมภาพันธ์ 2565",
            "2022-01-01",
            "2022-02-28"),
        Arguments.of(
            "001",
            "๘ มกราคม (เวลา ๐๘.๓๐ น.) - ๒๙ กุมภาพันธ์ (เวลา ๑๖.๓๐ น.) ๒๕๖๗",
            "2024-01-08T08:30",
            "2024-02-29T16:30"),
        Arguments.of(
            "001",
            "ระหว่างวันที่ ๘ มกราคม (เวลา ๐๘.๓๐ น.) - ๒๙ กุมภาพันธ์ (เวลา ๑๖.๓๐ น.) ๒๕๖๗",
            "2024-01-08T08:30",
            "2024-02-29T16:30"),
        Arguments.of(
            "003",
            "๑๕ ธันวาคม ๒๕๖๔ ระหว่างเวลา ๑๐.๐๐ – ๑๒.๐๐ น.",
            "2021-12-15T10:00",
            "2021-12-15T12:00"));
  }

  @ParameterizedTest(name = "[{0}] {1} = {2}/{3}")
  @MethodSource("circularRanges")
  void everyCircularRangeParsesToItsEnds(String circular, String text, String start, String end) {
    ThaiDateRange range = ThaiDateText.parseRange(text);

    assertThat(range.start().toString()).isEqualTo(start);
    assertThat(range.end().toString()).isEqualTo(end);
  }

  /** Every date-like text in the circulars that is not a date, with the reason it is refused. */
  static Stream<Arguments> circularDefects() {
    return Stream.of(
        // DLA มท 0810.7/ว, Dec 2564 a form whose day was left blank
        Arguments.of("DLA มท 0810.7/ว, Dec 2564", "(วัน   ธันวาคม 2564", 7, "the day is missing"),
        // DOPA มท 0305.1/ว 1660, 18 Jan 2567 a cited letter whose day was never filled in
        Arguments.of(
            "DOPA มท 0305.1/ว 1660, 18 Jan 2567", "ลงวันที่ มกราคม ๒๕๖๗", 9, "the day is missing"),
        // BMA กท 0303/1156, 15 Jun 2565 a cited letter of "36" May 2565 (RULES.md §9)
        Arguments.of(
            "BMA กท 0303/1156, 15 Jun 2565",
            "๓๖ พฤษภาคม ๒๕๖๕",
            0,
            "there is no day 36 in พฤษภาคม 2565"),
        // BMA กท 0303/1156, 15 Jun 2565 a stamp garbled beyond reading
        Arguments.of("BMA กท 0303/1156, 15 Jun 2565", "09.ค.ย.", 2, "unknown month name '.ค.ย.'"),
        // BMA กท 0303/1156, 15 Jun 2565 a stamp without a year
        Arguments.of("BMA กท 0303/1156, 15 Jun 2565", "21 ก.ย.", 7, "the year is missing"),
        // BMA กท 0303/1156, 15 Jun 2565 a span of months, not of dates
        Arguments.of(
            "BMA กท 0303/1156, 15 Jun 2565", "(ตุลาคม - มีนาคม)", 1, "the day is missing"));
  }

  @ParameterizedTest(name = "[{0}] {1}: {3}")
  @MethodSource("circularDefects")
  void everyCircularDefectIsRefusedWithItsReason(
      String circular, String text, int index, String reason) {
    assertThatThrownBy(() -> ThaiDateText.parse(text))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessageContaining(reason)
        .hasMessageContaining(text)
        .hasMessageContaining("at index " + index)
        .satisfies(e -> assertThat(((DateTimeParseException) e).getErrorIndex()).isEqualTo(index))
        .satisfies(e -> assertThat(((DateTimeParseException) e).getParsedString()).isEqualTo(text));
  }

  // ------------------------------------------------------------------ format

  @Nested
  class Format {

    private final LocalDate friday = LocalDate.of(2024, 1, 19);

    @Test
    void fullInThaiDigits() {
      assertThat(ThaiDateText.format(friday, ThaiDateStyle.FULL, ThaiDigits.THAI))
          .isEqualTo("๑๙ มกราคม ๒๕๖๗");
    }

    @Test
    void abbreviatedInThaiDigits() {
      assertThat(ThaiDateText.format(friday, ThaiDateStyle.ABBREVIATED, ThaiDigits.THAI))
          .isEqualTo("๑๙ ม.ค. ๒๕๖๗");
    }

    @Test
    void weekdayInThaiDigits() {
      assertThat(ThaiDateText.format(friday, ThaiDateStyle.WEEKDAY, ThaiDigits.THAI))
          .isEqualTo("วันศุกร์ที่ ๑๙ มกราคม ๒๕๖๗");
    }

    @Test
    void fullInArabicDigits() {
      assertThat(ThaiDateText.format(friday, ThaiDateStyle.FULL, ThaiDigits.ARABIC))
          .isEqualTo("19 มกราคม 2567");
    }

    @Test
    void singleDigitDayHasNoLeadingZero() {
      assertThat(
              ThaiDateText.format(
                  LocalDate.of(2024, 1, 8), ThaiDateStyle.ABBREVIATED, ThaiDigits.THAI))
          .isEqualTo("๘ ม.ค. ๒๕๖๗");
    }

    @Test
    void dateWithTimeAddsTheTimeInTheSameDigits() {
      ThaiDateTime deadline = ThaiDateTime.of(LocalDate.of(2024, 2, 28), LocalTime.of(12, 0));

      assertThat(ThaiDateText.format(deadline, ThaiDateStyle.WEEKDAY, ThaiDigits.THAI))
          .isEqualTo("วันพุธที่ ๒๘ กุมภาพันธ์ ๒๕๖๗ เวลา ๑๒.๐๐ น.");
    }

    @ParameterizedTest
    @MethodSource("io.github.gecc.time.ThaiDateTextTest#boundaries")
    void firstAndLastSupportedDatesReadBackInEveryStyle(
        LocalDate date, ThaiDateStyle style, ThaiDigits digits) {
      assertThat(ThaiDateText.parseDate(ThaiDateText.format(date, style, digits))).isEqualTo(date);
    }

    @Test
    void dateBeforeTheSupportedRangeIsRefused() {
      assertThatThrownBy(
              () ->
                  ThaiDateText.format(
                      ThaiDateText.MIN_DATE.minusDays(1), ThaiDateStyle.FULL, ThaiDigits.THAI))
          .isInstanceOf(RefusalException.class)
          .hasMessageContaining("year 2499 of the date 1956-12-31 is outside 2500..2800");
    }

    @Test
    void dateAfterTheSupportedRangeIsRefused() {
      assertThatThrownBy(
              () ->
                  ThaiDateText.format(
                      ThaiDateText.MAX_DATE.plusDays(1), ThaiDateStyle.FULL, ThaiDigits.ARABIC))
          .isInstanceOf(RefusalException.class)
          .hasMessageContaining("year 2801 of the date 2258-01-01 is outside");
    }
  }

  // ------------------------------------------------------------------ parse: forms accepted

  @Nested
  class Parse {

    @Test
    void arabicDigitsAndFullMonth() {
      assertThat(ThaiDateText.parseDate("19 มกราคม 2567")).isEqualTo(LocalDate.of(2024, 1, 19));
    }

    @Test
    void buddhistEraPrefixBeforeTheYear() {
      assertThat(ThaiDateText.parseDate("๑ ต.ค. พ.ศ. ๒๕๖๖")).isEqualTo(LocalDate.of(2023, 10, 1));
    }

    @Test
    void twoDigitYearIsInThe2500s() {
      assertThat(ThaiDateText.parseDate("๑ ม.ค. ๐๐")).isEqualTo(LocalDate.of(1957, 1, 1));
    }

    @Test
    void noSpacesAtAll() {
      assertThat(ThaiDateText.parseDate("วันศุกร์ที่๑๙มกราคม๒๕๖๗"))
          .isEqualTo(LocalDate.of(2024, 1, 19));
    }

    @Test
    void noBreakAndZeroWidthSpacesAndTabs() {
      assertThat(ThaiDateText.parseDate(" \t๑๙\u00A0มกราคม\u200B๒๕๖๗ \n"))
          .isEqualTo(LocalDate.of(2024, 1, 19));
    }

    @Test
    void weekdayWithoutTheWordThi() {
      assertThat(ThaiDateText.parseDate("วันศุกร์ ๑๙ มกราคม ๒๕๖๗"))
          .isEqualTo(LocalDate.of(2024, 1, 19));
    }

    @Test
    void wholeTextInParentheses() {
      assertThat(ThaiDateText.parseDate("(๑๙ มกราคม ๒๕๖๗)")).isEqualTo(LocalDate.of(2024, 1, 19));
    }

    @Test
    void timeWithColonAndWithoutSuffix() {
      assertThat(ThaiDateText.parse("19 ม.ค. 2567 8:05").time()).contains(LocalTime.of(8, 5));
    }

    @Test
    void timeInParenthesesBeforeTheYear() {
      assertThat(ThaiDateText.parse("๒๙ กุมภาพันธ์ (เวลา ๑๖.๓๐ น.) ๒๕๖๗"))
          .isEqualTo(ThaiDateTime.of(LocalDate.of(2024, 2, 29), LocalTime.of(16, 30)));
    }

    @Test
    void weekdayWithASpaceBeforeThi() {
      assertThat(ThaiDateText.parseDate("วันศุกร์ ที่ ๑๙ มกราคม ๒๕๖๗"))
          .isEqualTo(LocalDate.of(2024, 1, 19));
    }

    @Test
    void spacesInsideAndBeforeTheParentheses() {
      assertThat(ThaiDateText.parseDate("  ( ๑๙ มกราคม ๒๕๖๗ )"))
          .isEqualTo(LocalDate.of(2024, 1, 19));
    }

    @Test
    void twoDigitHourWithoutWelaOrNo() {
      assertThat(ThaiDateText.parse("๑๙ มกราคม ๒๕๖๗ ๐๘.๓๐").time()).contains(LocalTime.of(8, 30));
    }

    @Test
    void timeInHoursWordNalika() {
      assertThat(ThaiDateText.parse("๑๕ ธันวาคม ๒๕๖๔ เวลา ๐๙.๓๐ นาฬิกา").time())
          .contains(LocalTime.of(9, 30));
    }

    @Test
    void spacesInsideTheTimesParentheses() {
      assertThat(ThaiDateText.parse("๒๙ กุมภาพันธ์ ( เวลา ๑๖.๓๐ น. ) ๒๕๖๗").time())
          .contains(LocalTime.of(16, 30));
    }

    @Test
    void noTimeGivesNoTime() {
      assertThat(ThaiDateText.parse("๑๙ มกราคม ๒๕๖๗").time()).isEmpty();
    }
  }

  // ------------------------------------------------------------------ parse: refusals

  @Nested
  class ParseRefusals {

    @Test
    void dayTheMonthDoesNotHave() {
      assertThatThrownBy(() -> ThaiDateText.parse("๓๑ เมษายน ๒๕๖๗"))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessageContaining("there is no day 31 in เมษายน 2567, which has 30 days");
    }

    @Test
    void leapDayInACommonYear() {
      assertThatThrownBy(() -> ThaiDateText.parse("29 ก.พ. 2566"))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessageContaining("there is no day 29 in กุมภาพันธ์ 2566, which has 28 days");
    }

    @Test
    void dayZero() {
      assertThatThrownBy(() -> ThaiDateText.parse("0 มกราคม 2567"))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessageContaining("there is no day 0 in มกราคม 2567");
    }

    @Test
    void dayOfThreeDigits() {
      assertThatThrownBy(() -> ThaiDateText.parse("๑๒๓ มกราคม ๒๕๖๗"))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessageContaining("the day '๑๒๓' has more than two digits");
    }

    @Test
    void weekdayThatContradictsTheDate() {
      assertThatThrownBy(() -> ThaiDateText.parse("วันพฤหัสบดีที่ ๑๙ มกราคม ๒๕๖๗"))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessageContaining("at index 0")
          .hasMessageContaining(
              "the weekday วันพฤหัสบดี contradicts the date: 2024-01-19 is a วันศุกร์ (Friday)");
    }

    @Test
    void unknownMonthName() {
      assertThatThrownBy(() -> ThaiDateText.parse("๑๙ มกรา ๒๕๖๗"))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessageContaining("at index 3")
          .hasMessageContaining("unknown month name 'มกรา'");
    }

    @Test
    void missingMonth() {
      assertThatThrownBy(() -> ThaiDateText.parse("๑๙"))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessageContaining("the month is missing");
    }

    @Test
    void unknownMonthNameIsQuotedUpToTwentyCharacters() {
      String word = "ก".repeat(30);

      assertThatThrownBy(() -> ThaiDateText.parse("๑๙ " + word))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessageContaining("unknown month name '" + "ก".repeat(20) + "';");
    }

    @Test
    void missingYearAfterATime() {
      assertThatThrownBy(() -> ThaiDateText.parse("๑๙ มกราคม เวลา ๐๘.๓๐ น."))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessageContaining("at index 23")
          .hasMessageContaining("the year is missing");
    }

    @Test
    void numberWithADotButNoMinuteAfterTheYear() {
      assertThatThrownBy(() -> ThaiDateText.parse("1 มกราคม 2567 12."))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessageContaining("at index 14")
          .hasMessageContaining("unexpected '1' after the date");
    }

    @Test
    void missingMonthBetweenDayAndYear() {
      assertThatThrownBy(() -> ThaiDateText.parse("๑๙ ๒๕๖๗"))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessageContaining("at index 3")
          .hasMessageContaining("the month is missing after the day");
    }

    @Test
    void missingYear() {
      assertThatThrownBy(() -> ThaiDateText.parse("๑๙ มกราคม"))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessageContaining("at index 9")
          .hasMessageContaining("the year is missing");
    }

    @Test
    void commonEraYearGetsAHint() {
      assertThatThrownBy(() -> ThaiDateText.parse("19 มกราคม 2024"))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessageContaining("2024 looks like a Common Era year, did you mean 2567?");
    }

    @Test
    void yearAfterTheSupportedRange() {
      assertThatThrownBy(() -> ThaiDateText.parse("1 มกราคม 2801"))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessageContaining("year 2801 is outside 2500..2800");
    }

    @Test
    void yearOfThreeDigits() {
      assertThatThrownBy(() -> ThaiDateText.parse("1 มกราคม 567"))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessageContaining("the year '567' must have four digits");
    }

    @Test
    void buddhistEraPrefixWithoutYear() {
      assertThatThrownBy(() -> ThaiDateText.parse("1 มกราคม พ.ศ."))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessageContaining("expected a Buddhist Era year after พ.ศ.");
    }

    @Test
    void hourThatDoesNotExist() {
      assertThatThrownBy(() -> ThaiDateText.parse("1 มกราคม 2567 เวลา 24.00 น."))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessageContaining("there is no time 24.00");
    }

    @Test
    void minuteOfOneDigit() {
      assertThatThrownBy(() -> ThaiDateText.parse("1 มกราคม 2567 เวลา 8.3 น."))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessageContaining("expected a minute of two digits");
    }

    @Test
    void unclosedTimeParenthesis() {
      assertThatThrownBy(() -> ThaiDateText.parse("1 มกราคม (เวลา 08.30 น. 2567"))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessageContaining("expected ')' to close the time");
    }

    @Test
    void unclosedTextParenthesis() {
      assertThatThrownBy(() -> ThaiDateText.parse("(1 มกราคม 2567"))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessageContaining("expected ')' to close the '('");
    }

    @Test
    void trailingText() {
      assertThatThrownBy(() -> ThaiDateText.parse("๑๙ มกราคม ๒๕๖๗ (สิ่งที่ส่งมาด้วย ๕)"))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessageContaining("at index 15")
          .hasMessageContaining("unexpected '(สิ่งที่ส่งมาด้วย' after the date");
    }

    @Test
    void rangeGivenToParse() {
      assertThatThrownBy(() -> ThaiDateText.parse("1 มกราคม 2565 - 28 กุมภาพันธ์ 2565"))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessageContaining("is a range of two dates");
    }

    @Test
    void emptyText() {
      assertThatThrownBy(() -> ThaiDateText.parse("  "))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessageContaining("expected a day of the month (1 to 31), found the end of the text");
    }

    @Test
    void nullArgumentsAreRefused() {
      new NullPointerTester()
          .setDefault(LocalDate.class, LocalDate.of(2024, 1, 19))
          .setDefault(ThaiDateTime.class, ThaiDateTime.of(LocalDate.of(2024, 1, 19)))
          .testAllPublicStaticMethods(ThaiDateText.class);
    }

    @Test
    void nullText() {
      assertThatThrownBy(() -> ThaiDateText.parse(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("text");
    }
  }

  // ------------------------------------------------------------------ ranges

  @Nested
  class ParseRange {

    @Test
    void separatorThueng() {
      ThaiDateRange range = ThaiDateText.parseRange("๑ ต.ค. ๒๕๖๖ ถึงวันที่ ๓๑ มี.ค. ๒๕๖๗");

      assertThat(range.dates()).isEqualTo(FiscalYear.of(2567).firstHalf());
    }

    @Test
    void firstDateWithItsOwnYear() {
      ThaiDateRange range = ThaiDateText.parseRange("1 ธ.ค. 2566 - 31 ม.ค. 2567");

      assertThat(range.start().date()).isEqualTo(LocalDate.of(2023, 12, 1));
    }

    @Test
    void timeOnlyOnTheEnd() {
      ThaiDateRange range = ThaiDateText.parseRange("8 มกราคม - 29 กุมภาพันธ์ 2567 เวลา 16.30 น.");

      assertThat(range.start().time()).isEmpty();
      assertThat(range.end().time()).contains(LocalTime.of(16, 30));
    }

    @Test
    void sharedMonthAndYear() {
      ThaiDateRange range = ThaiDateText.parseRange("วันที่ ๘ - ๑๐ มกราคม ๒๕๖๗");

      assertThat(range.dates())
          .isEqualTo(DateRange.ofClosed(LocalDate.of(2024, 1, 8), LocalDate.of(2024, 1, 10)));
    }

    @Test
    void sharedMonthWithoutTheDayInIt() {
      assertThatThrownBy(() -> ThaiDateText.parseRange("๓๐ - ๓๑ กุมภาพันธ์ ๒๕๖๗"))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessageContaining("at index 0")
          .hasMessageContaining("there is no day 30 in กุมภาพันธ์ 2567");
    }

    @Test
    void dayWithoutMonthInASingleDate() {
      assertThatThrownBy(() -> ThaiDateText.parse("๘ - ๑๐ มกราคม ๒๕๖๗"))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessageContaining("the month is missing after the day");
    }

    @Test
    void unknownMonthNameInTheFirstDate() {
      assertThatThrownBy(() -> ThaiDateText.parseRange("๘ มกรา - ๑๐ มกราคม ๒๕๖๗"))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessageContaining("unknown month name 'มกรา'");
    }

    @Test
    void timeOnlyEndWithoutTheFirstDatesYear() {
      assertThatThrownBy(() -> ThaiDateText.parseRange("๑๕ ธันวาคม เวลา ๑๐.๐๐ – ๑๒.๐๐ น."))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessageContaining("the year is missing");
    }

    @Test
    void wholeRangeInParenthesesWithSpaces() {
      ThaiDateRange range = ThaiDateText.parseRange("( ระหว่างวันที่ 1 มกราคม - 2 มกราคม 2567 )");

      assertThat(range.dates().lengthInDays()).isEqualTo(2);
    }

    @Test
    void unclosedParenthesisAroundARange() {
      assertThatThrownBy(() -> ThaiDateText.parseRange("(1 มกราคม - 2 มกราคม 2567"))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessageContaining("expected ')' to close the '('");
    }

    @Test
    void textAfterARange() {
      assertThatThrownBy(() -> ThaiDateText.parseRange("1 มกราคม - 2 มกราคม 2567 นั้น"))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessageContaining("unexpected 'นั้น' after the date");
    }

    @Test
    void sharedYearThatMakesTheRangeRunBackwards() {
      assertThatThrownBy(() -> ThaiDateText.parseRange("1 ธันวาคม - 31 มกราคม 2567"))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessageContaining("the range ends on 2024-01-31, before it starts on 2024-12-01")
          .hasMessageContaining("write its year");
    }

    @Test
    void endBeforeStart() {
      assertThatThrownBy(() -> ThaiDateText.parseRange("2 มกราคม 2567 - 1 มกราคม 2567"))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessageContaining("the range ends on 2024-01-01, before it starts on 2024-01-02");
    }

    @Test
    void secondDateWithoutYear() {
      assertThatThrownBy(() -> ThaiDateText.parseRange("1 มกราคม 2567 - 2 มกราคม"))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessageContaining("the year is missing");
    }

    @Test
    void noSeparator() {
      assertThatThrownBy(() -> ThaiDateText.parseRange("1 มกราคม 2567"))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessageContaining("expected a range separator");
    }

    @Test
    void dayTheMonthDoesNotHaveInTheFirstDate() {
      assertThatThrownBy(() -> ThaiDateText.parseRange("30 กุมภาพันธ์ - 1 มีนาคม 2567"))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessageContaining("at index 0")
          .hasMessageContaining("there is no day 30 in กุมภาพันธ์ 2567");
    }

    @Test
    void readSaysWhetherItFoundARangeOrADate() {
      assertThat(ThaiDateText.read("1 มกราคม – 28 กุมภาพันธ์ 2565").range()).isPresent();
      assertThat(ThaiDateText.read("๑๙ มกราคม ๒๕๖๗").date())
          .hasValue(ThaiDateTime.of(java.time.LocalDate.of(2024, 1, 19)));
      assertThat(ThaiDateText.read("ตั้งแต่วันที่ 1 มกราคม – 28 กุมภาพันธ์ 2565").range())
          .isPresent();
      assertThat(ThaiDateText.read("1 ธ.ค. 2566 - 31 ม.ค. 2567").range()).isPresent();
      assertThatThrownBy(() -> ThaiDateText.read("๘ มกรา - ๑๐ มกราคม ๒๕๖๗"))
          .isInstanceOf(java.time.format.DateTimeParseException.class);
    }

    @Test
    void readsAToneMarkTypedBeforeItsVowel() {
      // ท่ี: tone mark (U+0E48) typed before sara ii (U+0E35); ต้ัง: before mai han-akat
      assertThat(ThaiDateText.parseDate("วันศุกร์ท\u0E48\u0E35 ๑๙ มกราคม ๒๕๖๗"))
          .isEqualTo(java.time.LocalDate.of(2024, 1, 19));
      assertThat(
              ThaiDateText.parseRange("ต\u0E49\u0E31งแต่วันที่ 1 มกราคม – 28 กุมภาพันธ์ 2565")
                  .start()
                  .date())
          .isEqualTo(java.time.LocalDate.of(2022, 1, 1));
    }

    @Test
    void aRefusedTextNamesTheCharacterAndItsIndex() {
      assertThatThrownBy(() -> ThaiDateText.parse("๑๙ มกราคมX ๒๕๖๗"))
          .isInstanceOf(java.time.format.DateTimeParseException.class)
          .hasMessageContaining("character 'X', U+0058 LATIN CAPITAL LETTER X, at index");
    }
  }

  // ------------------------------------------------------------------ for all dates

  static Stream<Arguments> boundaries() {
    return Stream.of(ThaiDateText.MIN_DATE, ThaiDateText.MAX_DATE)
        .flatMap(
            date ->
                Stream.of(ThaiDateStyle.values())
                    .flatMap(
                        style ->
                            Stream.of(ThaiDigits.values())
                                .map(digits -> Arguments.of(date, style, digits))));
  }

  @Provide
  Arbitrary<LocalDate> supportedDates() {
    return Dates.dates().between(ThaiDateText.MIN_DATE, ThaiDateText.MAX_DATE);
  }

  @Property
  void formatThenParseGivesTheSameDate(
      @ForAll("supportedDates") LocalDate date,
      @ForAll ThaiDateStyle style,
      @ForAll ThaiDigits digits) {
    assertThat(ThaiDateText.parse(ThaiDateText.format(date, style, digits)))
        .isEqualTo(ThaiDateTime.of(date));
  }

  @Property
  void formatThenParseKeepsTheTime(
      @ForAll("supportedDates") LocalDate date,
      @ForAll @IntRange(min = 0, max = 23) int hour,
      @ForAll @IntRange(min = 0, max = 59) int minute,
      @ForAll ThaiDateStyle style,
      @ForAll ThaiDigits digits) {
    ThaiDateTime value = ThaiDateTime.of(date, LocalTime.of(hour, minute));

    assertThat(ThaiDateText.parse(ThaiDateText.format(value, style, digits))).isEqualTo(value);
  }

  @Property
  void twoDigitYearMeansTheSameDateAsTheFourDigitYearIn2500s(
      @ForAll("datesIn2500s") LocalDate date, @ForAll ThaiDigits digits) {
    String full = ThaiDateText.format(date, ThaiDateStyle.ABBREVIATED, digits);
    String twoDigits = full.substring(0, full.length() - 4) + full.substring(full.length() - 2);

    assertThat(ThaiDateText.parseDate(twoDigits)).isEqualTo(date);
  }

  @Provide
  Arbitrary<LocalDate> datesIn2500s() {
    return Dates.dates().between(ThaiDateText.MIN_DATE, LocalDate.of(2599 - 543, 12, 31));
  }

  @Property
  void weekdayOtherThanTheDatesIsRefused(
      @ForAll("supportedDates") LocalDate date, @ForAll @IntRange(min = 1, max = 6) int shift) {
    DayOfWeek wrong = date.getDayOfWeek().plus(shift);
    String text =
        wrong.getDisplayName(java.time.format.TextStyle.FULL, ThaiDateText.THAI)
            + "ที่ "
            + ThaiDateText.format(date, ThaiDateStyle.FULL, ThaiDigits.THAI);

    assertThatThrownBy(() -> ThaiDateText.parse(text))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessageContaining("contradicts the date");
  }

  @Property
  void sharedYearRangeReadsBothDatesInTheEndsYear(
      @ForAll("rangesInOneYear") LocalDate[] ends, @ForAll ThaiDigits digits) {
    String end = ThaiDateText.format(ends[1], ThaiDateStyle.FULL, digits);
    String startWithoutYear = ThaiDateText.format(ends[0], ThaiDateStyle.ABBREVIATED, digits);
    startWithoutYear = startWithoutYear.substring(0, startWithoutYear.length() - 5);

    ThaiDateRange range = ThaiDateText.parseRange(startWithoutYear + " – " + end);

    assertThat(range.dates()).isEqualTo(DateRange.ofClosed(ends[0], ends[1]));
  }

  @Provide
  Arbitrary<LocalDate[]> rangesInOneYear() {
    return Combinators.combine(
            supportedDates(),
            Arbitraries.integers().between(0, 364),
            Arbitraries.integers().between(0, 364))
        .as(
            (date, a, b) -> {
              LocalDate first = date.withDayOfYear(1);
              LocalDate x = first.plusDays(Math.min(a, b));
              LocalDate y = first.plusDays(Math.max(a, b));
              return new LocalDate[] {x, y};
            });
  }
}

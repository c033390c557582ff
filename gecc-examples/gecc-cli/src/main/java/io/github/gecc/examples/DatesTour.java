package io.github.gecc.examples;

import com.google.common.collect.ImmutableList;
import io.github.gecc.time.FiscalYear;
import io.github.gecc.time.ThaiDateRange;
import io.github.gecc.time.ThaiDateStyle;
import io.github.gecc.time.ThaiDateText;
import io.github.gecc.time.ThaiDateTime;
import io.github.gecc.time.ThaiDigits;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;

/** The demo's part on fiscal years and the dates of the circulars. */
final class DatesTour {

  /** Dates exactly as the circulars print them (RULES.md §8). */
  private static final ImmutableList<String> SEED_DATES =
      ImmutableList.of(
          "๒๖ มกราคม ๒๕๖๗",
          "31 ม.ค. 60",
          "วันพุธที่ ๒๘ กุมภาพันธ์ ๒๕๖๗ เวลา ๑๒.๐๐ น.",
          "๑ ต.ค. ๒๕๖๐");

  /** The round-2567 application window as circular DOPA มท 0305.1/ว 1660, 18 Jan 2567 prints it. */
  private static final String WINDOW_2567 =
      "๘ มกราคม (เวลา ๐๘.๓๐ น.) - ๒๙ กุมภาพันธ์ (เวลา ๑๖.๓๐ น.) ๒๕๖๗";

  /** A defect in circular BMA กท 0303/1156, 15 Jun 2565: a letter dated the 36th of May. */
  private static final String NO_SUCH_DAY = "๓๖ พฤษภาคม ๒๕๖๕";

  private DatesTour() {}

  static ImmutableList<DemoStep> steps() {
    FiscalYear fy2567 = FiscalYear.from(LocalDate.of(2024, 2, 29));
    ThaiDateRange window = ThaiDateText.parseRange(WINDOW_2567);
    LocalDate friday = LocalDate.of(2024, 1, 19);
    return ImmutableList.of(
        new DemoStep(
            "Fiscal years",
            "GECC rounds are named by Thai fiscal year, counted in the Buddhist Era (CE + 543). "
                + "The round-2567 window closed on 29 February 2024, which lies in fiscal year "
                + fy2567.getValue()
                + ", running "
                + fy2567.start()
                + " to "
                + fy2567.end()
                + "."),
        new DemoStep(
            "Reading the circulars' dates",
            "The circulars write dates in the Buddhist Era, mostly with Thai digits, sometimes"
                + " abbreviated or with a two-digit year. Read by the library: "
                + SEED_DATES.stream().map(DatesTour::describe).collect(Collectors.joining("; "))
                + "."),
        new DemoStep(
            "A window written as a range",
            "Circular DOPA มท 0305.1/ว 1660, 18 Jan 2567 gives the round-2567 window as \""
                + WINDOW_2567
                + "\": both dates share the year written once at the end. It reads as "
                + describe(window.start())
                + " to "
                + describe(window.end())
                + ", "
                + window.dates().lengthInDays()
                + " days."),
        new DemoStep(
            "Writing dates back",
            "The same date in the three styles: "
                + ThaiDateText.format(friday, ThaiDateStyle.FULL, ThaiDigits.THAI)
                + ", "
                + ThaiDateText.format(friday, ThaiDateStyle.ABBREVIATED, ThaiDigits.THAI)
                + ", "
                + ThaiDateText.format(friday, ThaiDateStyle.WEEKDAY, ThaiDigits.THAI)
                + "; or with Arabic digits: "
                + ThaiDateText.format(friday, ThaiDateStyle.FULL, ThaiDigits.ARABIC)
                + "."),
        new DemoStep(
            "Dates that do not exist",
            "Circular BMA กท 0303/1156, 15 Jun 2565 cites a letter of \""
                + NO_SUCH_DAY
                + "\". The library refuses it rather than guess: "
                + refusal(NO_SUCH_DAY)));
  }

  private static String describe(String text) {
    return "\"" + text + "\" is " + describe(ThaiDateText.parse(text));
  }

  private static String describe(ThaiDateTime value) {
    return value.date()
        + value.time().map(t -> " at " + t).orElse("")
        + " (fiscal year "
        + FiscalYear.from(value.date()).getValue()
        + ")";
  }

  private static String refusal(String text) {
    try {
      return "it read as " + ThaiDateText.parse(text) + ".";
    } catch (DateTimeParseException e) {
      return e.getMessage() + ".";
    }
  }
}

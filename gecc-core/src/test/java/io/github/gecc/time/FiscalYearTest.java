package io.github.gecc.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.gecc.RefusalException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FiscalYearTest {

  // --- of ---

  @Test
  void ofKeepsTheBuddhistEraNumber() {
    assertThat(FiscalYear.of(2567).getValue()).isEqualTo(2567);
  }

  @Test
  void ofAcceptsTheEndsOfTheRange() {
    assertThat(FiscalYear.of(FiscalYear.MIN_VALUE).getValue()).isEqualTo(2500);
    assertThat(FiscalYear.of(FiscalYear.MAX_VALUE).getValue()).isEqualTo(2800);
  }

  @Test
  void ofRefusesACommonEraYearWithTheConversion() {
    assertThatThrownBy(() -> FiscalYear.of(2024))
        .isInstanceOf(RefusalException.class)
        .hasMessageContaining("fiscal year 2024 is outside 2500..2800")
        .hasMessageContaining("did you mean 2567?");
  }

  @Test
  void ofRefusesAYearBelowTheRangeWithoutAHintWhenItIsNoCommonEraYear() {
    assertThatThrownBy(() -> FiscalYear.of(2499))
        .isInstanceOf(RefusalException.class)
        .hasMessageContaining("2499 is outside 2500..2800")
        .hasMessageNotContaining("did you mean");
  }

  @Test
  void ofRefusesAYearAboveTheRange() {
    assertThatThrownBy(() -> FiscalYear.of(2801))
        .isInstanceOf(RefusalException.class)
        .hasMessageContaining("2801 is outside 2500..2800");
  }

  @Test
  void checkYearNamesWhatWasChecked() {
    assertThatThrownBy(() -> BuddhistEra.checkYear(2017, "round", "รอบ"))
        .isInstanceOfSatisfying(
            RefusalException.class,
            e -> {
              assertThat(e.rule()).isEqualTo("4.11");
              assertThat(e.value()).hasValue("2017");
              assertThat(e.thai()).startsWith("รอบ 2017 อยู่นอกช่วง 2500..2800").contains("2560");
            })
        .hasMessageStartingWith("round 2017 is outside")
        .hasMessageContaining("did you mean 2560?");
    assertThat(BuddhistEra.checkYear(2560, "round", "รอบ")).isEqualTo(2560);
  }

  @Test
  void theCommonEraHintSuggestsOnlyAcceptedYears() {
    assertThatThrownBy(() -> FiscalYear.of(1957)).hasMessageContaining("did you mean 2500?");
    assertThatThrownBy(() -> FiscalYear.of(2257)).hasMessageContaining("did you mean 2800?");
    assertThatThrownBy(() -> FiscalYear.of(2299)).hasMessageNotContaining("did you mean");
    assertThatThrownBy(() -> FiscalYear.of(1800)).hasMessageNotContaining("did you mean");
    assertThatThrownBy(() -> FiscalYear.of(1956)).hasMessageNotContaining("did you mean");
    assertThatThrownBy(() -> FiscalYear.of(2258)).hasMessageNotContaining("did you mean");
  }

  @net.jqwik.api.Property
  void aSuggestedYearIsAlwaysAccepted(
      @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = -10_000, max = 10_000)
          int year) {
    try {
      FiscalYear.of(year);
    } catch (RefusalException e) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("did you mean (-?\\d+)\\?").matcher(e.getMessage());
      if (m.find()) {
        assertThat(FiscalYear.of(Integer.parseInt(m.group(1))).getValue()).isEqualTo(year + 543);
      }
    }
  }

  // --- start, end, halves ---

  @Test
  void fiscalYear2567RunsOctober2023ToSeptember2024() {
    FiscalYear fy = FiscalYear.of(2567);
    assertThat(fy.start()).isEqualTo(LocalDate.of(2023, 10, 1));
    assertThat(fy.end()).isEqualTo(LocalDate.of(2024, 9, 30));
    assertThat(fy.range()).isEqualTo(DateRange.ofClosed(fy.start(), fy.end()));
  }

  @Test
  void firstHalfRunsOctoberToMarch() {
    DateRange h1 = FiscalYear.of(2567).firstHalf();
    assertThat(h1.startInclusive()).isEqualTo(LocalDate.of(2023, 10, 1));
    assertThat(h1.endInclusive()).isEqualTo(LocalDate.of(2024, 3, 31));
  }

  // --- from ---

  static Stream<Arguments> datesAndTheirFiscalYears() {
    return Stream.of(
        Arguments.of(LocalDate.of(2024, 2, 29), 2567),
        Arguments.of(LocalDate.of(2023, 10, 1), 2567),
        Arguments.of(LocalDate.of(2023, 9, 30), 2566),
        Arguments.of(LocalDate.of(2024, 9, 30), 2567),
        Arguments.of(LocalDate.of(2024, 10, 1), 2568),
        Arguments.of(LocalDate.of(2017, 1, 31), 2560),
        Arguments.of(LocalDate.of(2022, 1, 1), 2565));
  }

  @ParameterizedTest
  @MethodSource("datesAndTheirFiscalYears")
  void fromDateNamesTheYearInWhichTheFiscalYearEnds(LocalDate date, int expected) {
    assertThat(FiscalYear.from(date).getValue()).isEqualTo(expected);
  }

  @Test
  void fromDateRefusesADateOutsideTheSupportedRange() {
    assertThatThrownBy(() -> FiscalYear.from(LocalDate.of(1900, 1, 1)))
        .isInstanceOf(RefusalException.class)
        .hasMessageContaining("fiscal year 2443 of the date 1900-01-01 is outside 2500..2800");
  }

  @Test
  void fromDateAcceptsTheFirstAndLastSupportedDays() {
    assertThat(FiscalYear.from(LocalDate.of(1956, 10, 1)).getValue()).isEqualTo(2500);
    assertThat(FiscalYear.from(LocalDate.of(2257, 9, 30)).getValue()).isEqualTo(2800);
  }

  @Test
  void fromDateRefusesTheDaysJustOutside() {
    assertThatThrownBy(() -> FiscalYear.from(LocalDate.of(1956, 9, 30)))
        .isInstanceOf(RefusalException.class)
        .hasMessageContaining("fiscal year 2499");
    assertThatThrownBy(() -> FiscalYear.from(LocalDate.of(2257, 10, 1)))
        .isInstanceOf(RefusalException.class)
        .hasMessageContaining("fiscal year 2801");
  }

  @Test
  void containsAnInstantReadsTheBangkokCalendar() {
    FiscalYear fy = FiscalYear.of(2567);
    assertThat(fy.contains(Instant.parse("2024-09-30T16:59:59Z"))).isTrue();
    assertThat(fy.contains(Instant.parse("2024-09-30T17:00:00Z"))).isFalse();
  }

  @Test
  void fromInstantReadsTheBangkokCalendar() {
    // 30 Sep 2024 17:00 UTC is already 1 Oct 2024 00:00 in Bangkok.
    assertThat(FiscalYear.from(Instant.parse("2024-09-30T17:00:00Z")).getValue()).isEqualTo(2568);
    assertThat(FiscalYear.from(Instant.parse("2024-09-30T16:59:59Z")).getValue()).isEqualTo(2567);
  }

  @Test
  void nowReadsTheGivenClock() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneOffset.UTC);
    assertThat(FiscalYear.now(clock)).isEqualTo(FiscalYear.of(2570));
  }

  // --- parse and toString ---

  @Test
  void parseReadsTheNumberWithOrWithoutPrefix() {
    assertThat(FiscalYear.parse("2567")).isEqualTo(FiscalYear.of(2567));
    assertThat(FiscalYear.parse("FY2567")).isEqualTo(FiscalYear.of(2567));
  }

  @Test
  void parseRefusesText() {
    assertThatThrownBy(() -> FiscalYear.parse("twenty"))
        .isInstanceOf(RefusalException.class)
        .hasMessageContaining("'twenty' is not a Buddhist Era year");
  }

  @Test
  void parseRefusesACommonEraYear() {
    assertThatThrownBy(() -> FiscalYear.parse("2024"))
        .isInstanceOf(RefusalException.class)
        .hasMessageContaining("did you mean 2567?");
  }

  @Test
  void parseRefusesMoreThanSixDigits() {
    assertThat(FiscalYear.parse("002567")).isEqualTo(FiscalYear.of(2567));
    assertThatThrownBy(() -> FiscalYear.parse("0002567"))
        .isInstanceOf(RefusalException.class)
        .hasMessageContaining("'0002567' is not a Buddhist Era year");
  }

  @Test
  void toStringIsReadBackByParse() {
    assertThat(FiscalYear.of(2567).toString()).isEqualTo("FY2567");
  }

  // --- navigation and order ---

  @Test
  void nextAndPreviousStepOneYear() {
    assertThat(FiscalYear.of(2567).next()).isEqualTo(FiscalYear.of(2568));
    assertThat(FiscalYear.of(2567).previous()).isEqualTo(FiscalYear.of(2566));
  }

  @Test
  void nextRefusesToLeaveTheRange() {
    assertThatThrownBy(() -> FiscalYear.of(FiscalYear.MAX_VALUE).next())
        .isInstanceOf(RefusalException.class)
        .hasMessageContaining("fiscal year 2801 of 2800 plus 1 years is outside 2500..2800");
  }

  @Test
  void orderFollowsTheNumber() {
    FiscalYear a = FiscalYear.of(2565);
    FiscalYear b = FiscalYear.of(2567);
    assertThat(a.isBefore(b)).isTrue();
    assertThat(b.isAfter(a)).isTrue();
    assertThat(a.compareTo(b)).isNegative();
    assertThat(a.isAfter(a)).isFalse();
    assertThat(a.isBefore(a)).isFalse();
    assertThat(b.isBefore(a)).isFalse();
  }

  // --- value semantics ---

  @Test
  void equalsAndHashCodeFollowTheNumber() {
    new EqualsTester()
        .addEqualityGroup(FiscalYear.of(2567), FiscalYear.parse("FY2567"))
        .addEqualityGroup(FiscalYear.of(2568))
        .testEquals();
  }

  @Test
  void hashCodesSpreadAcrossYears() {
    assertThat(FiscalYear.of(2567).hashCode()).isNotEqualTo(FiscalYear.of(2568).hashCode());
  }

  @Test
  void publicMethodsRefuseNull() {
    new NullPointerTester().testAllPublicStaticMethods(FiscalYear.class);
    new NullPointerTester().testAllPublicInstanceMethods(FiscalYear.of(2567));
  }

  // --- properties ---

  /** Dates whose fiscal year has a supported previous and next year. */
  @Provide
  Arbitrary<LocalDate> supportedDates() {
    return Arbitraries.longs()
        .between(LocalDate.of(1957, 10, 1).toEpochDay(), LocalDate.of(2256, 9, 30).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Property
  void aDatesFiscalYearContainsIt(@ForAll("supportedDates") LocalDate date) {
    FiscalYear fy = FiscalYear.from(date);
    assertThat(fy.contains(date)).isTrue();
    assertThat(fy.previous().contains(date)).isFalse();
    assertThat(fy.next().contains(date)).isFalse();
  }

  @Property
  void fiscalYearsTileTimeWithNoGap(@ForAll @IntRange(min = 2500, max = 2799) int value) {
    FiscalYear fy = FiscalYear.of(value);
    assertThat(fy.next().start()).isEqualTo(fy.end().plusDays(1));
    assertThat(fy.range().abuts(fy.next().range())).isTrue();
    assertThat(fy.range().lengthInDays()).isBetween(365L, 366L);
  }

  @Property
  void everyFiscalYearExistsOnceWithItsOwnDates(
      @ForAll @IntRange(min = 2500, max = 2800) int value) {
    FiscalYear fy = FiscalYear.of(value);
    assertThat(FiscalYear.from(fy.start())).isSameAs(fy).isSameAs(FiscalYear.from(fy.end()));
    assertThat(fy.start()).isEqualTo(LocalDate.of(value - 544, 10, 1));
    assertThat(fy.end()).isEqualTo(LocalDate.of(value - 543, 9, 30));
    assertThat(fy.firstHalf())
        .isEqualTo(DateRange.ofClosed(fy.start(), LocalDate.of(value - 543, 3, 31)));
  }

  @Property
  void parseReadsBackToString(@ForAll @IntRange(min = 2500, max = 2800) int value) {
    FiscalYear fy = FiscalYear.of(value);
    assertThat(FiscalYear.parse(fy.toString())).isEqualTo(fy);
    assertThat(FiscalYear.parse(Integer.toString(value))).isEqualTo(fy);
  }

  @Property
  void instantsAgreeWithTheirBangkokDate(@ForAll("supportedDates") LocalDate date) {
    Instant firstInstant = ThaiTime.startOfDay(date);
    Instant lastInstant = ThaiTime.endOfDay(date);
    assertThat(FiscalYear.from(firstInstant)).isEqualTo(FiscalYear.from(date));
    assertThat(FiscalYear.from(lastInstant)).isEqualTo(FiscalYear.from(date));
  }
}

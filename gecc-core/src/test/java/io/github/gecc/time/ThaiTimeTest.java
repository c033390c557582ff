package io.github.gecc.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gecc.RefusalException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.api.Test;

class ThaiTimeTest {

  @Test
  void localDateTimeIsBangkokTime() {
    assertThat(ThaiTime.toInstant(LocalDateTime.of(2024, 2, 29, 16, 30)))
        .isEqualTo(Instant.parse("2024-02-29T09:30:00Z"));
  }

  @Test
  void dateOfReadsTheBangkokCalendar() {
    assertThat(ThaiTime.dateOf(Instant.parse("2024-02-29T17:00:00Z")))
        .isEqualTo(LocalDate.of(2024, 3, 1));
  }

  @Test
  void atBangkokUsesPlusSeven() {
    assertThat(ThaiTime.atBangkok(Instant.parse("2024-01-08T01:30:00Z")).toString())
        .isEqualTo("2024-01-08T08:30+07:00");
  }

  @Test
  void aDayRunsFromMidnightToTheLastNanosecond() {
    LocalDate day = LocalDate.of(2017, 1, 31);
    assertThat(ThaiTime.startOfDay(day)).isEqualTo(Instant.parse("2017-01-30T17:00:00Z"));
    assertThat(ThaiTime.endOfDay(day)).isEqualTo(Instant.parse("2017-01-31T16:59:59.999999999Z"));
  }

  @Property
  void everyCommonEraDateReadsBackFromItsIsoText(
      @ForAll @DateRange(min = "1900-01-01", max = "2299-12-31") LocalDate date) {
    assertThat(ThaiTime.parseIsoDate(date.toString())).isEqualTo(date);
  }

  @Property
  void everyInstantSinceThaiStandardTimeReadsBackFromItsBangkokText(
      @ForAll long seconds, @ForAll int nanos) {
    // From 1 April 1920, when Thailand took UTC+7, to the 23rd century.
    Instant instant =
        Instant.ofEpochSecond(
            Math.floorMod(seconds, 10_000_000_000L) - 1_570_000_000L,
            Math.floorMod(nanos, 1_000_000_000));
    String withOffset = ThaiTime.atBangkok(instant).toString();
    String local = ThaiTime.atBangkok(instant).toLocalDateTime().toString();
    assertThat(ThaiTime.parseIsoInstant(withOffset)).isEqualTo(instant);
    assertThat(ThaiTime.parseIsoInstant(local)).isEqualTo(instant);
  }

  @Test
  void isoInstantWithAnotherOffsetKeepsThatOffset() {
    assertThat(ThaiTime.parseIsoInstant("2024-02-29T16:30:00Z"))
        .isEqualTo(Instant.parse("2024-02-29T16:30:00Z"));
  }

  @Test
  void isoDateRefusesADayThatDoesNotExistNamingTheTextAndTheReason() {
    assertThatThrownBy(() -> ThaiTime.parseIsoDate("2024-02-30"))
        .isInstanceOf(RefusalException.class)
        .hasMessage("'2024-02-30' is not a valid ISO date YYYY-MM-DD: Invalid date 'FEBRUARY 30'");
    assertThatThrownBy(() -> ThaiTime.parseIsoDate("2024-2-3"))
        .hasMessageStartingWith("'2024-2-3' is not a valid ISO date YYYY-MM-DD: ");
  }

  @Test
  void isoTextWithABuddhistEraYearIsRefusedWithItsCommonEraDate() {
    assertThatThrownBy(() -> ThaiTime.parseIsoDate("2567-02-29"))
        .isInstanceOf(RefusalException.class)
        .hasMessageContaining("did you mean 2024-02-29?");
    assertThatThrownBy(() -> ThaiTime.parseIsoInstant("2567-02-29T16:30:00+07:00"))
        .isInstanceOf(RefusalException.class)
        .hasMessageContaining("did you mean 2024-02-29T16:30:00+07:00?");
  }

  @Test
  void isoInstantRefusesTextThatIsNoDateTimeNamingAnExample() {
    assertThatThrownBy(() -> ThaiTime.parseIsoInstant("2024-02-29 16:30"))
        .isInstanceOf(RefusalException.class)
        .hasMessageStartingWith(
            "'2024-02-29 16:30' is not an ISO-8601 date-time such as"
                + " 2024-02-29T16:30:00+07:00: ");
  }

  @Property
  void isoDateReadingAgreesWithTheJdkOnEveryDigitPattern(
      @ForAll @IntRange(max = 2499) int year,
      @ForAll @IntRange(max = 13) int month,
      @ForAll @IntRange(max = 32) int day) {
    String text = String.format("%04d-%02d-%02d", year, month, day);
    LocalDate expected;
    try {
      expected = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      assertThatThrownBy(() -> ThaiTime.parseIsoDate(text))
          .isInstanceOf(RefusalException.class)
          .hasMessageStartingWith("'" + text + "'");
      return;
    }
    assertThat(ThaiTime.parseIsoDate(text)).isEqualTo(expected);
  }
}

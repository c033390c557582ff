package io.github.gecc.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
}

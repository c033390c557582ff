package io.github.gecc.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.gecc.RefusalException;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ThaiDateRangeTest {

  private static final ThaiDateTime OPENS =
      ThaiDateTime.of(LocalDate.of(2024, 1, 8), LocalTime.of(8, 30));
  private static final ThaiDateTime CLOSES =
      ThaiDateTime.of(LocalDate.of(2024, 2, 29), LocalTime.of(16, 30));

  @Test
  void endsAndDates() {
    ThaiDateRange range = ThaiDateRange.of(OPENS, CLOSES);

    assertThat(range.start()).isEqualTo(OPENS);
    assertThat(range.end()).isEqualTo(CLOSES);
    assertThat(range.dates())
        .isEqualTo(DateRange.ofClosed(LocalDate.of(2024, 1, 8), LocalDate.of(2024, 2, 29)));
    assertThat(range).hasToString("2024-01-08T08:30/2024-02-29T16:30");
  }

  @Test
  void oneDayRangeWithoutTimes() {
    ThaiDateTime day = ThaiDateTime.of(LocalDate.of(2024, 1, 8));

    assertThat(ThaiDateRange.of(day, day).dates().lengthInDays()).isEqualTo(1);
  }

  @Test
  void endDateBeforeStartDateIsRefused() {
    assertThatThrownBy(() -> ThaiDateRange.of(CLOSES, OPENS))
        .isInstanceOf(RefusalException.class)
        .hasMessageContaining("range end 2024-01-08T08:30 is before its start 2024-02-29T16:30");
  }

  @Test
  void endTimeBeforeStartTimeOnOneDayIsRefused() {
    LocalDate day = LocalDate.of(2021, 12, 15);

    assertThatThrownBy(
            () ->
                ThaiDateRange.of(
                    ThaiDateTime.of(day, LocalTime.NOON),
                    ThaiDateTime.of(day, LocalTime.of(10, 0))))
        .isInstanceOf(RefusalException.class)
        .hasMessageContaining("is before its start 2021-12-15T12:00");
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(ThaiDateRange.of(OPENS, CLOSES), ThaiDateRange.of(OPENS, CLOSES))
        .addEqualityGroup(ThaiDateRange.of(OPENS, OPENS))
        .addEqualityGroup(ThaiDateRange.of(CLOSES, CLOSES))
        .testEquals();
  }

  @Test
  void differentValuesHaveDifferentHashCodes() {
    assertThat(ThaiDateRange.of(OPENS, CLOSES).hashCode())
        .isNotEqualTo(ThaiDateRange.of(OPENS, OPENS).hashCode());
  }

  @Test
  void nullArgumentsAreRefused() {
    new NullPointerTester()
        .setDefault(ThaiDateTime.class, OPENS)
        .testAllPublicStaticMethods(ThaiDateRange.class);
  }
}

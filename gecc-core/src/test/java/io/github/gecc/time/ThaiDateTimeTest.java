package io.github.gecc.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.gecc.RefusalException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ThaiDateTimeTest {

  private static final LocalDate DAY = LocalDate.of(2024, 2, 28);

  @Test
  void dateAlone() {
    ThaiDateTime value = ThaiDateTime.of(DAY);

    assertThat(value.date()).isEqualTo(DAY);
    assertThat(value.time()).isEmpty();
    assertThat(value).hasToString("2024-02-28");
  }

  @Test
  void dateWithTime() {
    ThaiDateTime value = ThaiDateTime.of(DAY, LocalTime.NOON);

    assertThat(value.time()).contains(LocalTime.NOON);
    assertThat(value).hasToString("2024-02-28T12:00");
  }

  @Test
  void timeWithSecondsIsRefused() {
    assertThatThrownBy(() -> ThaiDateTime.of(DAY, LocalTime.of(12, 0, 1)))
        .isInstanceOf(RefusalException.class)
        .hasMessageContaining("time 12:00:01 has seconds");
  }

  @Test
  void atTimeOrUsesTheGivenTimeOnlyWhenThereIsNone() {
    assertThat(ThaiDateTime.of(DAY).atTimeOr(LocalTime.MIDNIGHT))
        .isEqualTo(LocalDateTime.of(2024, 2, 28, 0, 0));
    assertThat(ThaiDateTime.of(DAY, LocalTime.NOON).atTimeOr(LocalTime.MIDNIGHT))
        .isEqualTo(LocalDateTime.of(2024, 2, 28, 12, 0));
  }

  @Test
  void isAfterByDateThenByTimeWhenBothHaveOne() {
    ThaiDateTime noon = ThaiDateTime.of(DAY, LocalTime.NOON);
    ThaiDateTime morning = ThaiDateTime.of(DAY, LocalTime.of(8, 30));

    assertThat(noon.isAfter(morning)).isTrue();
    assertThat(morning.isAfter(noon)).isFalse();
    assertThat(noon.isAfter(ThaiDateTime.of(DAY))).isFalse();
    assertThat(ThaiDateTime.of(DAY.plusDays(1)).isAfter(noon)).isTrue();
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(ThaiDateTime.of(DAY), ThaiDateTime.of(LocalDate.of(2024, 2, 28)))
        .addEqualityGroup(
            ThaiDateTime.of(DAY, LocalTime.NOON), ThaiDateTime.of(DAY, LocalTime.of(12, 0)))
        .addEqualityGroup(ThaiDateTime.of(DAY.plusDays(1)))
        .testEquals();
  }

  @Test
  void differentValuesHaveDifferentHashCodes() {
    assertThat(ThaiDateTime.of(DAY).hashCode())
        .isNotEqualTo(ThaiDateTime.of(DAY, LocalTime.NOON).hashCode());
  }

  @Test
  void nullArgumentsAreRefused() {
    new NullPointerTester()
        .setDefault(LocalDate.class, DAY)
        .setDefault(LocalTime.class, LocalTime.NOON)
        .testAllPublicStaticMethods(ThaiDateTime.class);
    new NullPointerTester()
        .setDefault(LocalTime.class, LocalTime.NOON)
        .setDefault(ThaiDateTime.class, ThaiDateTime.of(DAY))
        .testAllPublicInstanceMethods(ThaiDateTime.of(DAY));
  }
}

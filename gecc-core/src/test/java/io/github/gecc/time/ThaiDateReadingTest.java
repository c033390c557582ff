package io.github.gecc.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ThaiDateReadingTest {

  @Test
  void readingsAreEqualWhenTheyHoldTheSameDateOrRange() {
    new EqualsTester()
        .addEqualityGroup(ThaiDateText.read("๑๙ มกราคม ๒๕๖๗"), ThaiDateText.read("19 ม.ค. 2567"))
        .addEqualityGroup(ThaiDateText.read("๒๐ มกราคม ๒๕๖๗"))
        .addEqualityGroup(
            ThaiDateText.read("1 ธ.ค. 2566 - 31 ม.ค. 2567"), ThaiDateText.read("1 ธันวาคม 2566 - 31 มกราคม 2567"))
        .addEqualityGroup(ThaiDateText.read("1 ธ.ค. 2566 - 30 ม.ค. 2567"))
        .addEqualityGroup(ThaiDateText.read("2 ธ.ค. 2566 - 31 ม.ค. 2567"))
        .testEquals();
  }

  @Test
  void readingsOfDifferentDatesHashDifferently() {
    assertThat(ThaiDateText.read("๑๙ มกราคม ๒๕๖๗").hashCode())
        .isNotEqualTo(ThaiDateText.read("๒๐ มกราคม ๒๕๖๗").hashCode());
    assertThat(ThaiDateText.read("1 ธ.ค. 2566 - 31 ม.ค. 2567").hashCode())
        .isNotEqualTo(ThaiDateText.read("1 ธ.ค. 2566 - 30 ม.ค. 2567").hashCode());
  }

  @Test
  void readingPrintsWhatItHolds() {
    ThaiDateReading date = ThaiDateText.read("๑๙ มกราคม ๒๕๖๗");
    assertThat(date).hasToString(ThaiDateTime.of(LocalDate.of(2024, 1, 19)).toString()).hasToString("2024-01-19");
    ThaiDateReading range = ThaiDateText.read("1 ธ.ค. 2566 - 31 ม.ค. 2567");
    assertThat(range).hasToString(range.range().orElseThrow().toString()).hasToString("2023-12-01/2024-01-31");
    assertThat(range.date()).isEmpty();
    assertThat(date.range()).isEmpty();
  }
}

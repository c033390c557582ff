package io.github.gecc.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ThaiDateReadingTest {

  @Test
  void readingsAreEqualWhenTheyHoldTheSameDateOrRange() {
    new EqualsTester()
        .addEqualityGroup(ThaiDateText.read("๑๙ มกราคม ๒๕๖๗"), ThaiDateText.read("19 ม.ค. 2567"))
        .addEqualityGroup(ThaiDateText.read("๒๐ มกราคม ๒๕๖๗"))
        .addEqualityGroup(
            ThaiDateText.read("1 ธ.ค. 2566 - 31 ม.ค. 2567"),
            ThaiDateText.read("1 ธันวาคม 2566 - 31 มกราคม 2567"))
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
    assertThat(date)
        .hasToString(ThaiDateTime.of(LocalDate.of(2024, 1, 19)).toString())
        .hasToString("2024-01-19");
    ThaiDateReading range = ThaiDateText.read("1 ธ.ค. 2566 - 31 ม.ค. 2567");
    assertThat(range)
        .hasToString(range.range().orElseThrow().toString())
        .hasToString("2023-12-01/2024-01-31");
    assertThat(range.date()).isEmpty();
    assertThat(date.range()).isEmpty();
  }

  @Test
  void readingsDifferingOnlyInTheirRoleAreNotEqual() {
    new EqualsTester()
        .addEqualityGroup(
            ThaiDateText.read("ภายในวันที่ ๑๙ มกราคม ๒๕๖๗"),
            ThaiDateText.read("จนถึงวันที่ 19 ม.ค. 2567"))
        .addEqualityGroup(ThaiDateText.read("เมื่อวันที่ ๑๙ มกราคม ๒๕๖๗"))
        .addEqualityGroup(ThaiDateText.read("๑๙ มกราคม ๒๕๖๗"))
        .testEquals();
    assertThat(ThaiDateText.read("ภายในวันที่ ๑๙ มกราคม ๒๕๖๗").hashCode())
        .isNotEqualTo(ThaiDateText.read("เมื่อวันที่ ๑๙ มกราคม ๒๕๖๗").hashCode());
    assertThat(ThaiDateText.read("ภายในวันที่ ๑๙ มกราคม ๒๕๖๗")).hasToString("DEADLINE 2024-01-19");
  }

  static Stream<Arguments> sentencesAsPrinted() {
    return Stream.of(
        Arguments.of(
            "DOPA มท 0305.1/ว 1660, 18 Jan 2567 (item ๒)",
            "ภายในวันศุกร์ที่ ๑๙ มกราคม ๒๕๖๗",
            DateRole.DEADLINE,
            LocalDate.of(2024, 1, 19),
            null),
        Arguments.of(
            "DOPA มท 0305.1/ว 1660, 18 Jan 2567 (item ๔)",
            "ภายในวันพุธที่ ๒๘ กุมภาพันธ์ ๒๕๖๗ เวลา ๑๒.๐๐ น.",
            DateRole.DEADLINE,
            LocalDate.of(2024, 2, 28),
            LocalTime.of(12, 0)),
        Arguments.of(
            "สน 0018.1/ว 1532, 26 Jan 2567 (item ๓)",
            "ภายในวันอังคารที่ ๒๗ กุมภาพันธ์ ๒๕๖๗",
            DateRole.DEADLINE,
            LocalDate.of(2024, 2, 27),
            null),
        Arguments.of(
            "DLA มท 0810.7/ว, Dec 2564",
            "ภายในวันที่ 31 มกราคม 2565",
            DateRole.DEADLINE,
            LocalDate.of(2022, 1, 31),
            null),
        Arguments.of(
            "DLA นท 0812/694, round 2560",
            "ภายในวันที่ 31 ม.ค. 60",
            DateRole.DEADLINE,
            LocalDate.of(2017, 1, 31),
            null),
        Arguments.of(
            "DLA นท 0812/694, round 2560",
            "ได้จนถึงวันที่ ๓๑ มกราคม ๒๕๖๐",
            DateRole.DEADLINE,
            LocalDate.of(2017, 1, 31),
            null),
        Arguments.of(
            "DLA นท 0812/694, round 2560",
            "จนถึงวันที่ ๓๑ มกราคม ๒๕๖๐",
            DateRole.DEADLINE,
            LocalDate.of(2017, 1, 31),
            null),
        Arguments.of(
            "BMA กท 0303/1156, 15 Jun 2565",
            "เมื่อวันที่ ๓ พฤษภาคม ๒๕๖๕",
            DateRole.PAST_EVENT,
            LocalDate.of(2022, 5, 3),
            null),
        Arguments.of(
            "BMA กท 0303/1156, 15 Jun 2565",
            "ลงวันที่ ๓๑ พฤษภาคม ๒๕๖๕",
            DateRole.LETTER_DATE,
            LocalDate.of(2022, 5, 31),
            null),
        Arguments.of(
            "RULES.md §8",
            "ตั้งแต่วันที่ ๑ มกราคม ๒๕๖๕",
            DateRole.START,
            LocalDate.of(2022, 1, 1),
            null));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("sentencesAsPrinted")
  void leadingWordsSayWhatTheDateIs(
      String circular, String text, DateRole role, LocalDate date, LocalTime time) {
    ThaiDateReading reading = ThaiDateText.read(text);
    assertThat(reading.role()).contains(role);
    assertThat(reading.date().orElseThrow().date()).isEqualTo(date);
    assertThat(reading.date().orElseThrow().time()).isEqualTo(java.util.Optional.ofNullable(time));
    assertThat(ThaiDateText.parseDate(text)).isEqualTo(date);
  }

  @Test
  void aDateWithoutLeadingWordsHasNoRole() {
    assertThat(ThaiDateText.read("วันศุกร์ที่ ๑๙ มกราคม ๒๕๖๗").role()).isEmpty();
    assertThat(ThaiDateText.read("1 ธ.ค. 2566 - 31 ม.ค. 2567").role()).isEmpty();
  }

  @Test
  void rangesSayWhetherTheyStartFromOrLieBetween() {
    assertThat(
            ThaiDateText.read(
                    "ระหว่างวันที่ ๘ มกราคม (เวลา ๐๘.๓๐ น.) - ๒๙ กุมภาพันธ์ (เวลา ๑๖.๓๐ น.) ๒๕๖๗")
                .role())
        .contains(DateRole.BETWEEN);
    assertThat(ThaiDateText.read("ตั้งแต่วันที่ 1 มกราคม –  28 กุมภาพันธ์ 2565").role())
        .contains(DateRole.START);
    assertThat(ThaiDateText.read("เมื่อวันที่ ๑ - ๒ กันยายน ๒๕๕๘").role())
        .contains(DateRole.PAST_EVENT);
  }

  @Test
  void aDeadlineIsOneDayNotARange() {
    assertThatThrownBy(() -> ThaiDateText.read("ภายในวันที่ ๑ - ๒ กุมภาพันธ์ ๒๕๖๗"))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessageContaining(
            "'ภายใน' (a deadline, \"by\") is followed by one date, not a range of two");
  }

  @Test
  void aLetterDateIsOneDayNotARange() {
    assertThatThrownBy(() -> ThaiDateText.read("ลงวันที่ ๑ - ๒ กุมภาพันธ์ ๒๕๖๗"))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessageContaining("(the date of a letter) is followed by one date");
  }

  @Test
  void betweenNeedsTwoDates() {
    assertThatThrownBy(() -> ThaiDateText.read("ระหว่างวันที่ ๑ กุมภาพันธ์ ๒๕๖๗"))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessageContaining("at index 0: 'ระหว่าง' (between) introduces a range of two dates");
  }

  @Test
  void everyRoleIsDescribedInThai() {
    for (DateRole role : DateRole.values()) {
      assertThat(role.thai()).isNotBlank().doesNotContainPattern("[A-Za-z]");
      assertThat(role.words()).isNotBlank().doesNotContainPattern("[A-Za-z]");
    }
    assertThat(DateRole.DEADLINE.words()).contains("ภายใน").contains("ได้จนถึง");
  }
}

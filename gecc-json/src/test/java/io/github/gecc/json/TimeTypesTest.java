package io.github.gecc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gecc.time.ThaiDateRange;
import io.github.gecc.time.ThaiDateStyle;
import io.github.gecc.time.ThaiDateTime;
import io.github.gecc.time.ThaiDigits;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.Dates;
import org.junit.jupiter.api.Test;

class TimeTypesTest {

  private final ObjectMapper mapper = GeccJson.mapper();

  private static final ThaiDateTime DEADLINE =
      ThaiDateTime.of(LocalDate.of(2024, 2, 28), LocalTime.of(12, 0));

  // ---------------------------------------------------------------- ThaiDateTime

  @Test
  void dateTimeIsWrittenWithDateAndTime() throws Exception {
    assertThat(mapper.writeValueAsString(DEADLINE)).isEqualTo("{\"date\":\"2024-02-28\",\"time\":\"12:00\"}");
  }

  @Test
  void dateWithoutTimeHasNoTimeField() throws Exception {
    assertThat(mapper.writeValueAsString(ThaiDateTime.of(LocalDate.of(2024, 1, 19))))
        .isEqualTo("{\"date\":\"2024-01-19\"}");
  }

  @Test
  void dateTimeIsRead() throws Exception {
    assertThat(mapper.readValue("{\"date\":\"2024-02-28\",\"time\":\"12:00\"}", ThaiDateTime.class))
        .isEqualTo(DEADLINE);
  }

  @Test
  void impossibleDateIsRefusedAtItsField() {
    assertThatThrownBy(() -> mapper.readValue("{\"date\":\"2023-02-29\"}", ThaiDateTime.class))
        .isInstanceOfSatisfying(GeccJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/date"))
        .hasMessageContaining("'2023-02-29' is not a valid ISO date");
  }

  @Test
  void timeWithSecondsIsRefusedAtItsField() {
    assertThatThrownBy(() -> mapper.readValue("{\"date\":\"2024-02-28\",\"time\":\"12:00:30\"}", ThaiDateTime.class))
        .isInstanceOfSatisfying(GeccJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/time"))
        .hasMessageContaining("'12:00:30' is not a time of day HH:mm");
  }

  @Test
  void hourThatDoesNotExistIsRefused() {
    assertThatThrownBy(() -> mapper.readValue("{\"date\":\"2024-02-28\",\"time\":\"24:00\"}", ThaiDateTime.class))
        .isInstanceOf(GeccJsonException.class)
        .hasMessageContaining("'24:00' is not a time of day");
  }

  @Test
  void unknownFieldIsRefused() {
    assertThatThrownBy(() -> mapper.readValue("{\"date\":\"2024-02-28\",\"weekday\":\"FRIDAY\"}", ThaiDateTime.class))
        .isInstanceOfSatisfying(GeccJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/weekday"))
        .hasMessageContaining("unknown field 'weekday'");
  }

  @Test
  void missingDateIsRefused() {
    assertThatThrownBy(() -> mapper.readValue("{\"time\":\"12:00\"}", ThaiDateTime.class))
        .isInstanceOfSatisfying(GeccJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/date"))
        .hasMessageContaining("needs the field 'date'");
  }

  // ---------------------------------------------------------------- ThaiDateRange

  @Test
  void rangeIsWrittenAsStartAndEnd() throws Exception {
    ThaiDateRange window =
        ThaiDateRange.of(ThaiDateTime.of(LocalDate.of(2024, 1, 8), LocalTime.of(8, 30)), DEADLINE);

    assertThat(mapper.writeValueAsString(window))
        .isEqualTo(
            "{\"start\":{\"date\":\"2024-01-08\",\"time\":\"08:30\"},"
                + "\"end\":{\"date\":\"2024-02-28\",\"time\":\"12:00\"}}");
  }

  @Test
  void rangeEndingBeforeItsStartIsRefusedAtTheRange() {
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"windows\":[{\"start\":{\"date\":\"2024-03-01\"},\"end\":{\"date\":\"2024-02-29\"}}]}",
                    new TypeReference<Map<String, List<ThaiDateRange>>>() {}))
        .isInstanceOfSatisfying(GeccJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/windows/0"))
        .hasMessageContaining("range end 2024-02-29 is before its start 2024-03-01");
  }

  @Test
  void rangeEndIsRefusedAtItsOwnPointer() {
    assertThatThrownBy(
            () -> mapper.readValue("{\"start\":{\"date\":\"2024-03-01\"},\"end\":{\"date\":\"1 มีนาคม\"}}", ThaiDateRange.class))
        .isInstanceOfSatisfying(GeccJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/end/date"))
        .hasMessageContaining("'1 มีนาคม' is not a valid ISO date");
  }

  @Test
  void rangesInAListAreWrittenOneAfterTheOther() throws Exception {
    ThaiDateRange day = ThaiDateRange.of(ThaiDateTime.of(LocalDate.of(2024, 1, 8)), ThaiDateTime.of(LocalDate.of(2024, 1, 8)));

    assertThat(mapper.writeValueAsString(List.of(day, day)))
        .isEqualTo(
            "[{\"start\":{\"date\":\"2024-01-08\"},\"end\":{\"date\":\"2024-01-08\"}},"
                + "{\"start\":{\"date\":\"2024-01-08\"},\"end\":{\"date\":\"2024-01-08\"}}]");
  }

  @Test
  void unknownFieldInARangeIsRefused() {
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"start\":{\"date\":\"2024-03-01\"},\"end\":{\"date\":\"2024-03-02\"},\"year\":2567}",
                    ThaiDateRange.class))
        .isInstanceOfSatisfying(GeccJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/year"))
        .hasMessageContaining("unknown field 'year' in Thai date range");
  }

  // ---------------------------------------------------------------- enums

  @Test
  void styleIsReadByItsName() throws Exception {
    assertThat(mapper.readValue("\"ABBREVIATED\"", ThaiDateStyle.class)).isEqualTo(ThaiDateStyle.ABBREVIATED);
  }

  @Test
  void styleInLowerCaseIsRefusedWithTheNames() {
    assertThatThrownBy(() -> mapper.readValue("\"weekday\"", ThaiDateStyle.class))
        .isInstanceOf(GeccJsonException.class)
        .hasMessageContaining("'weekday' is not one of FULL, ABBREVIATED, WEEKDAY");
  }

  @Test
  void digitsAreReadByTheirName() throws Exception {
    assertThat(mapper.readValue("\"ARABIC\"", ThaiDigits.class)).isEqualTo(ThaiDigits.ARABIC);
  }

  @Test
  void unknownDigitsAreRefusedWithTheNames() {
    assertThatThrownBy(() -> mapper.readValue("\"LATIN\"", ThaiDigits.class))
        .isInstanceOf(GeccJsonException.class)
        .hasMessageContaining("'LATIN' is not one of THAI, ARABIC");
  }

  // ---------------------------------------------------------------- round trips

  @Provide
  Arbitrary<ThaiDateTime> dateTimes() {
    Arbitrary<LocalDate> dates = Dates.dates().between(LocalDate.of(1957, 1, 1), LocalDate.of(2257, 12, 31));
    Arbitrary<LocalTime> times =
        Combinators.combine(Arbitraries.integers().between(0, 23), Arbitraries.integers().between(0, 59))
            .as(LocalTime::of);
    return Combinators.combine(dates, times.injectNull(0.3))
        .as((date, time) -> time == null ? ThaiDateTime.of(date) : ThaiDateTime.of(date, time));
  }

  @Property(tries = 200)
  void dateTimeRoundTrips(@ForAll("dateTimes") ThaiDateTime value) throws Exception {
    assertThat(mapper.readValue(mapper.writeValueAsString(value), ThaiDateTime.class)).isEqualTo(value);
  }

  @Property(tries = 200)
  void rangeRoundTrips(@ForAll("dateTimes") ThaiDateTime a, @ForAll("dateTimes") ThaiDateTime b)
      throws Exception {
    ThaiDateRange range = b.isAfter(a) ? ThaiDateRange.of(a, b) : ThaiDateRange.of(b, a);

    assertThat(mapper.readValue(mapper.writeValueAsString(range), ThaiDateRange.class)).isEqualTo(range);
  }

  @Property(tries = 20)
  void enumsRoundTrip(@ForAll ThaiDateStyle style, @ForAll ThaiDigits digits) throws Exception {
    assertThat(mapper.readValue(mapper.writeValueAsString(style), ThaiDateStyle.class)).isEqualTo(style);
    assertThat(mapper.readValue(mapper.writeValueAsString(digits), ThaiDigits.class)).isEqualTo(digits);
  }
}

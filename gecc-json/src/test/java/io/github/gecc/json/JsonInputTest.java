package io.github.gecc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class JsonInputTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonInput in(String json) throws Exception {
    JsonNode node = MAPPER.readTree(json);
    return JsonInput.root(node);
  }

  private static JsonInput field(String json, String name) throws Exception {
    return in(json).object("request").required(name);
  }

  // --- text ---

  @Test
  void textReadsAString() throws Exception {
    assertThat(field("{\"a\":\"x\"}", "a").text()).isEqualTo("x");
  }

  @Test
  void textRefusesANumber() {
    assertThatThrownBy(() -> field("{\"a\":1}", "a").text())
        .isInstanceOfSatisfying(GeccJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/a"))
        .hasMessageContaining("expected a string, not the number 1");
  }

  @Test
  void nonBlankTextRefusesBlank() {
    assertThatThrownBy(() -> field("{\"a\":\"  \"}", "a").nonBlankText())
        .isInstanceOf(GeccJsonException.class)
        .hasMessageContaining("expected a non-empty string");
  }

  // --- numbers and booleans ---

  @Test
  void integerReadsAWholeNumber() throws Exception {
    assertThat(field("{\"a\":2567}", "a").integer()).isEqualTo(2567);
  }

  @Test
  void integerRefusesAFraction() {
    assertThatThrownBy(() -> field("{\"a\":2567.5}", "a").integer())
        .isInstanceOf(GeccJsonException.class)
        .hasMessageContaining("expected a whole number, not the number 2567.5");
  }

  @Test
  void integerRefusesANumberBeyondInt() {
    assertThatThrownBy(() -> field("{\"a\":99999999999}", "a").integer())
        .isInstanceOf(GeccJsonException.class)
        .hasMessageContaining("expected a whole number");
  }

  @Test
  void integerRefusesAQuotedNumber() {
    assertThatThrownBy(() -> field("{\"a\":\"2567\"}", "a").integer())
        .isInstanceOf(GeccJsonException.class)
        .hasMessageContaining("not the string \"2567\"");
  }

  @Test
  void numberReadsAFraction() throws Exception {
    assertThat(field("{\"a\":4.5}", "a").number()).isEqualTo(4.5);
  }

  @Test
  void numberRefusesABoolean() {
    assertThatThrownBy(() -> field("{\"a\":true}", "a").number())
        .isInstanceOf(GeccJsonException.class)
        .hasMessageContaining("expected a number, not true");
  }

  @Test
  void boolReadsTrue() throws Exception {
    assertThat(field("{\"a\":true}", "a").bool()).isTrue();
  }

  @Test
  void boolRefusesAString() {
    assertThatThrownBy(() -> field("{\"a\":\"false\"}", "a").bool())
        .isInstanceOf(GeccJsonException.class)
        .hasMessageContaining("expected true or false");
  }

  // --- dates and instants ---

  @Test
  void dateReadsIso() throws Exception {
    assertThat(field("{\"d\":\"2024-02-29\"}", "d").date()).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Property(tries = 300)
  void dateAgreesWithLocalDateParse(
      @ForAll @IntRange(min = 0, max = 9999) int year,
      @ForAll @IntRange(min = 0, max = 13) int month,
      @ForAll @IntRange(min = 0, max = 32) int day)
      throws Exception {
    String text = String.format("%04d-%02d-%02d", year, month, day);
    JsonInput input = field("{\"d\":\"" + text + "\"}", "d");
    if (io.github.gecc.time.BuddhistEra.looksBuddhist(year)) {
      assertThatThrownBy(input::date)
          .isInstanceOfSatisfying(GeccJsonException.class, g -> assertThat(g.pointer()).isEqualTo("/d"))
          .hasMessageContaining("looks like a Buddhist Era year");
      return;
    }
    LocalDate expected;
    try {
      expected = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      Throwable root = e.getCause() == null ? e : e.getCause();
      assertThatThrownBy(input::date)
          .isInstanceOfSatisfying(GeccJsonException.class, g -> assertThat(g.pointer()).isEqualTo("/d"))
          .hasMessageContaining("'" + text + "' is not a valid ISO date YYYY-MM-DD: " + root.getMessage());
      return;
    }
    assertThat(input.date()).isEqualTo(expected);
  }

  @Test
  void dateRefusesAnImpossibleDay() {
    assertThatThrownBy(() -> field("{\"d\":\"2022-05-36\"}", "d").date())
        .isInstanceOfSatisfying(GeccJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/d"))
        .hasMessageContaining("'2022-05-36' is not a valid ISO date");
  }

  @Test
  void instantReadsAnOffset() throws Exception {
    assertThat(field("{\"t\":\"2024-02-29T16:30:00+07:00\"}", "t").instant())
        .isEqualTo(Instant.parse("2024-02-29T09:30:00Z"));
  }

  @Test
  void instantReadsALocalDateTimeAsBangkokTime() throws Exception {
    assertThat(field("{\"t\":\"2024-02-29T16:30:00\"}", "t").instant())
        .isEqualTo(Instant.parse("2024-02-29T09:30:00Z"));
  }

  @Test
  void instantRefusesADate() {
    assertThatThrownBy(() -> field("{\"t\":\"2024-02-29\"}", "t").instant())
        .isInstanceOf(GeccJsonException.class)
        .hasMessageContaining("'2024-02-29' is not an ISO-8601 date-time");
  }

  // --- enums ---

  @Test
  void enumValueReadsTheExactName() throws Exception {
    assertThat(field("{\"e\":\"FRIDAY\"}", "e").enumValue(DayOfWeek.class)).isEqualTo(DayOfWeek.FRIDAY);
  }

  @Test
  void enumValueRefusesAnotherSpellingAndListsTheNames() {
    assertThatThrownBy(() -> field("{\"e\":\"friday\"}", "e").enumValue(DayOfWeek.class))
        .isInstanceOf(GeccJsonException.class)
        .hasMessageContaining("'friday' is not one of MONDAY, TUESDAY");
  }

  // --- arrays ---

  @Test
  void elementsCarryTheirIndex() throws Exception {
    assertThat(field("{\"l\":[1,2,3]}", "l").elements().get(2).pointer().toString()).isEqualTo("/l/2");
  }

  @Test
  void listRefusesAnObject() {
    assertThatThrownBy(() -> field("{\"l\":{}}", "l").list(JsonInput::integer))
        .isInstanceOf(GeccJsonException.class)
        .hasMessageContaining("expected a JSON array, not an object");
  }

  @Test
  void listNamesTheBadElement() {
    assertThatThrownBy(() -> field("{\"l\":[1,\"2\"]}", "l").list(JsonInput::integer))
        .isInstanceOfSatisfying(GeccJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/l/1"));
  }

  // --- objects ---

  @Test
  void objectRefusesAnArray() {
    assertThatThrownBy(() -> in("[]").object("rulebook"))
        .isInstanceOf(GeccJsonException.class)
        .hasMessageContaining("rulebook must be a JSON object, not an array");
  }

  @Test
  void requiredRefusesAMissingField() {
    assertThatThrownBy(() -> in("{}").object("request").required("date"))
        .isInstanceOfSatisfying(GeccJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/date"))
        .hasMessageContaining("request needs the field 'date'");
  }

  @Test
  void requiredRefusesNull() {
    assertThatThrownBy(() -> in("{\"date\":null}").object("request").required("date"))
        .isInstanceOf(GeccJsonException.class)
        .hasMessageContaining("needs the field 'date', not null");
  }

  @Test
  void optionalTreatsNullAsAbsent() throws Exception {
    JsonObjectInput object = in("{\"at\":null}").object("request");
    assertThat(object.optional("at")).isEmpty();
    assertThat(object.has("other")).isFalse();
  }

  @Test
  void finishRefusesAnUnknownFieldAndListsTheKnownOnes() throws Exception {
    JsonObjectInput object = in("{\"round\":2567,\"rond\":1}").object("window request");
    object.required("round");
    object.optional("at");
    assertThatThrownBy(object::finish)
        .isInstanceOfSatisfying(GeccJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/rond"))
        .hasMessageContaining("unknown field 'rond' in window request; allowed fields are at, round");
  }

  @Test
  void pointersEscapeSpecialCharacters() throws Exception {
    assertThat(in("{\"a/b\":1}").object("x").required("a/b").pointer().toString()).isEqualTo("/a~1b");
  }

  // --- core ---

  @Test
  void coreTurnsARefusalIntoAnAdapterErrorWithItsCause() throws Exception {
    JsonInput input = field("{\"n\":1}", "n");
    IllegalArgumentException refusal = new IllegalArgumentException("points must be positive");
    assertThatThrownBy(() -> input.core(() -> {
          throw refusal;
        }))
        .isInstanceOfSatisfying(GeccJsonException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/n");
          assertThat(e.getCause()).isSameAs(refusal);
          assertThat(e.getOriginalMessage()).isEqualTo("points must be positive");
        });
  }
}

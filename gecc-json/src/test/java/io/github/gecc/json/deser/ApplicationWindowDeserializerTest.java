package io.github.gecc.json.deser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableSet;
import io.github.gecc.application.ApplicationCalendar;
import io.github.gecc.application.ApplicationWindow;
import io.github.gecc.application.Channel;
import io.github.gecc.application.DocumentFormat;
import io.github.gecc.json.GeccJson;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.time.FiscalYear;
import io.github.gecc.time.ThaiTime;
import java.time.Instant;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApplicationWindowDeserializerTest {

  private static final ObjectMapper MAPPER = GeccJson.mapper();

  private static ApplicationWindow read(String json) throws Exception {
    return MAPPER.readValue(json, ApplicationWindow.class);
  }

  @Test
  void writes2567AsTheContractPrintsIt() throws Exception {
    JsonNode node = MAPPER.valueToTree(ApplicationCalendar.bundled().windowOf(FiscalYear.of(2567)));
    assertThat(node.get("round").intValue()).isEqualTo(2567);
    assertThat(node.get("opensAt").textValue()).isEqualTo("2024-01-08T08:30:00+07:00");
    assertThat(node.get("closesAt").textValue()).isEqualTo("2024-02-29T16:30:00+07:00");
    assertThat(node.get("channels").toString()).isEqualTo("[\"ONLINE\"]");
    assertThat(node.get("documents").toString()).isEqualTo("[]");
  }

  @Test
  void writesAnUnknownOpeningAsNullAndAWholeDayClosingAsItsLastInstant() throws Exception {
    JsonNode node = MAPPER.valueToTree(ApplicationCalendar.bundled().windowOf(FiscalYear.of(2560)));
    assertThat(node.get("opensAt").isNull()).isTrue();
    assertThat(node.get("closesAt").textValue()).isEqualTo("2017-01-31T23:59:59.999999999+07:00");
    assertThat(node.get("channels").toString()).isEqualTo("[\"POST_OR_IN_PERSON\",\"EMAIL\"]");
    assertThat(node.get("documents").toString()).isEqualTo("[\"WORD\",\"PDF\"]");
  }

  @ParameterizedTest
  @ValueSource(ints = {2560, 2564, 2565, 2567})
  void bundledWindowsRoundTrip(int round) throws Exception {
    ApplicationWindow window = ApplicationCalendar.bundled().windowOf(FiscalYear.of(round));
    assertThat(read(MAPPER.writeValueAsString(window))).isEqualTo(window);
  }

  @Test
  void readsALocalDateTimeAsBangkokTime() throws Exception {
    ApplicationWindow window = read(
        "{\"round\":2568,\"opensAt\":\"2025-01-06T08:30:00\",\"closesAt\":\"2025-02-28T16:30\","
            + "\"channels\":[\"ONLINE\"],\"source\":\"host\"}");
    assertThat(window.opensAt()).contains(Instant.parse("2025-01-06T01:30:00Z"));
    assertThat(window.documents()).isEmpty();
  }

  @Test
  void anUnknownChannelIsRefusedWithTheAllowedList() {
    assertThatThrownBy(() -> read(
            "{\"round\":2567,\"closesAt\":\"2024-02-29T16:30:00+07:00\",\"channels\":[\"FAX\"],\"source\":\"s\"}"))
        .isInstanceOf(GeccJsonException.class)
        .hasMessageContaining("'FAX' is not one of ONLINE, POST_OR_IN_PERSON, EMAIL")
        .satisfies(e -> assertThat(((GeccJsonException) e).pointer()).isEqualTo("/channels/0"));
  }

  @Test
  void aRepeatedChannelIsRefused() {
    assertThatThrownBy(() -> read(
            "{\"round\":2567,\"closesAt\":\"2024-02-29T16:30:00+07:00\",\"channels\":[\"ONLINE\",\"ONLINE\"],\"source\":\"s\"}"))
        .isInstanceOf(GeccJsonException.class)
        .hasMessageContaining("'ONLINE' is repeated");
  }

  @Test
  void aClosingOutsideTheRoundIsRefusedAtTheWindow() {
    assertThatThrownBy(() -> read(
            "{\"round\":2566,\"closesAt\":\"2024-02-29T16:30:00+07:00\",\"channels\":[\"ONLINE\"],\"source\":\"s\"}"))
        .isInstanceOf(GeccJsonException.class)
        .hasMessageContaining("is not in round 2566")
        .satisfies(e -> assertThat(((GeccJsonException) e).pointer()).isEqualTo(""));
  }

  @Test
  void aCommonEraRoundIsRefusedWithTheHint() {
    assertThatThrownBy(() -> read(
            "{\"round\":2024,\"closesAt\":\"2024-02-29T16:30:00+07:00\",\"channels\":[\"ONLINE\"],\"source\":\"s\"}"))
        .isInstanceOf(GeccJsonException.class)
        .hasMessageContaining("did you mean 2567")
        .satisfies(e -> assertThat(((GeccJsonException) e).pointer()).isEqualTo("/round"));
  }

  @Test
  void anUnknownFieldIsRefused() {
    assertThatThrownBy(() -> read(
            "{\"round\":2567,\"closesAt\":\"2024-02-29T16:30:00+07:00\",\"channels\":[\"ONLINE\"],\"source\":\"s\",\"open\":true}"))
        .isInstanceOf(GeccJsonException.class)
        .hasMessageContaining("unknown field 'open'");
  }

  @Property(tries = 200)
  void everyWindowRoundTrips(@ForAll("windows") ApplicationWindow window) throws Exception {
    assertThat(read(MAPPER.writeValueAsString(window))).isEqualTo(window);
  }

  @Provide
  Arbitrary<ApplicationWindow> windows() {
    return Combinators.combine(
            Arbitraries.integers().between(2559, 2700),
            Arbitraries.longs().between(0, 365L * 86_400 * 1_000_000_000L - 1),
            Arbitraries.longs().between(0, 120L * 86_400 * 1_000_000_000L),
            Arbitraries.of(true, false),
            Arbitraries.subsetOf(Channel.values()).filter(s -> !s.isEmpty()),
            Arbitraries.subsetOf(DocumentFormat.values()))
        .as((round, close, length, known, channels, documents) -> {
          FiscalYear fy = FiscalYear.of(round);
          Instant closes = ThaiTime.startOfDay(fy.start()).plusNanos(close);
          return ApplicationWindow.of(fy, known ? Optional.of(closes.minusNanos(length)) : Optional.empty(),
              closes, ImmutableSet.copyOf(channels), ImmutableSet.copyOf(documents), "generated");
        });
  }
}

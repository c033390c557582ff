package io.github.gecc.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableSet;
import io.github.gecc.application.ApplicationWindow;
import io.github.gecc.application.Channel;
import io.github.gecc.application.DeadlinePurpose;
import io.github.gecc.application.DocumentFormat;
import io.github.gecc.application.OrganisationKind;
import io.github.gecc.application.ReportingDeadline;
import io.github.gecc.application.RoundDefinition;
import io.github.gecc.application.Rounds;
import io.github.gecc.json.GeccDocument;
import io.github.gecc.json.GeccJson;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.time.FiscalYear;
import io.github.gecc.time.ThaiTime;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RoundsOptionTest {

  private static final ObjectMapper MAPPER = GeccJson.mapper();

  /** A fictional round 2570 given as the circular would write it. */
  static final String THAI_2570 =
      "{\"round\":2570,\"thaiText\":\"๗ มกราคม (เวลา ๐๘.๓๐ น.) - ๒๖ กุมภาพันธ์ (เวลา ๑๖.๓๐ น.) ๒๕๗๐\","
          + "\"channels\":[\"ONLINE\"],\"source\":\"FICTIONAL test data, not a circular\"}";

  /** The same window with instants. */
  static final String ISO_2570 =
      "{\"round\":2570,\"opensAt\":\"2027-01-07T08:30:00+07:00\",\"closesAt\":\"2027-02-26T16:30:00+07:00\","
          + "\"channels\":[\"ONLINE\"],\"documents\":[],\"source\":\"FICTIONAL test data, not a circular\"}";

  private static Rounds merge(String register) throws Exception {
    return RoundsOption.readInto(
        MAPPER,
        GeccDocument.parse(MAPPER, register.getBytes(StandardCharsets.UTF_8)),
        "",
        Rounds.bundled());
  }

  private static GeccJsonException refusal(String register) {
    return (GeccJsonException)
        org.assertj.core.api.Assertions.catchThrowable(() -> merge(register));
  }

  @Test
  void readsAThaiTextWindowAsTheSameWindowAsItsInstants() throws Exception {
    assertThat(MAPPER.readValue(THAI_2570, RoundDefinition.class))
        .isEqualTo(MAPPER.readValue(ISO_2570, RoundDefinition.class));
    assertThat(MAPPER.readValue(THAI_2570, RoundDefinition.class).window().opensAt())
        .contains(ThaiTime.toInstant(LocalDateTime.of(2027, 1, 7, 8, 30)));
  }

  @Test
  void readsKindsRulebookDeadlinesAndReplaces() throws Exception {
    RoundDefinition read =
        MAPPER.readValue(
            ISO_2570.replace(
                "\"documents\":[]",
                "\"documents\":[\"PDF\"],\"eligibleKinds\":[\"DISTRICT_OFFICE\"],\"rulebook\":\"GECC-2560\","
                    + "\"deadlines\":[{\"setBy\":\"DOPA\",\"purpose\":\"APPLICATION_REPORT\",\"due\":\"2027-02-24\","
                    + "\"task\":\"report\"}],\"replaces\":false"),
            RoundDefinition.class);
    assertThat(read.window().documents()).containsExactly(DocumentFormat.PDF);
    assertThat(read.eligibleKinds()).contains(ImmutableSet.of(OrganisationKind.DISTRICT_OFFICE));
    assertThat(read.rulebook()).contains("GECC-2560");
    ReportingDeadline deadline = read.deadlines().get(0);
    assertThat(deadline.due()).isEqualTo(ThaiTime.endOfDay(java.time.LocalDate.of(2027, 2, 24)));
    assertThat(deadline.purpose()).isEqualTo(DeadlinePurpose.APPLICATION_REPORT);
    assertThat(deadline.source()).isEqualTo("FICTIONAL test data, not a circular");
  }

  @Test
  void readsWholeDaysFromTheFirstToTheLastInstant() throws Exception {
    RoundDefinition read =
        MAPPER.readValue(
            ISO_2570
                .replace("2027-01-07T08:30:00+07:00", "2027-01-07")
                .replace("2027-02-26T16:30:00+07:00", "2027-02-26"),
            RoundDefinition.class);
    assertThat(read.window().opensAt())
        .contains(ThaiTime.startOfDay(java.time.LocalDate.of(2027, 1, 7)));
    assertThat(read.window().closesAt())
        .isEqualTo(ThaiTime.endOfDay(java.time.LocalDate.of(2027, 2, 26)));
  }

  @Test
  void readsARegisterInOrder() throws Exception {
    RoundDefinition[] register =
        MAPPER.readValue(
            "[" + ISO_2570.replace("2570", "2571").replace("2027", "2028") + "," + THAI_2570 + "]",
            RoundDefinition[].class);
    assertThat(register).extracting(d -> d.round().getValue()).containsExactly(2571, 2570);
  }

  @Test
  void mergesARegisterOverTheBundledRounds() throws Exception {
    Rounds rounds = merge("[" + THAI_2570 + "]");
    assertThat(rounds.rounds()).contains(FiscalYear.of(2567), FiscalYear.of(2570));
  }

  @Test
  void refusesARoundListedTwiceAtItsSecondListing() {
    GeccJsonException e = refusal("[" + THAI_2570 + "," + ISO_2570 + "]");
    assertThat(e.pointer()).isEqualTo("/1/round");
    assertThat(e.getOriginalMessage()).contains("round 2570 is listed twice");
  }

  @Test
  void refusesAnUnknownRulebookAtItsField() {
    GeccJsonException e =
        refusal("[" + ISO_2570.replace("\"documents\":[]", "\"rulebook\":\"GECC-2570\"") + "]");
    assertThat(e.pointer()).isEqualTo("/0/rulebook");
    assertThat(e.getOriginalMessage()).contains("GECC-2570").contains("not registered");
  }

  @Test
  void refusesAnUnknownChannelAtItsElement() {
    GeccJsonException e =
        refusal("[" + ISO_2570.replace("[\"ONLINE\"]", "[\"ONLINE\",\"FAX\"]") + "]");
    assertThat(e.pointer()).isEqualTo("/0/channels/1");
    assertThat(e.getOriginalMessage()).contains("'FAX' is not one of");
  }

  @Test
  void refusesAnUnknownDocumentFormat() {
    assertThat(
            refusal("[" + ISO_2570.replace("\"documents\":[]", "\"documents\":[\"DOCX\"]") + "]")
                .pointer())
        .isEqualTo("/0/documents/0");
  }

  @Test
  void refusesAnUnknownKind() {
    assertThat(
            refusal(
                    "["
                        + ISO_2570.replace("\"documents\":[]", "\"eligibleKinds\":[\"HOSPITAL\"]")
                        + "]")
                .pointer())
        .isEqualTo("/0/eligibleKinds/0");
  }

  @Test
  void refusesAnEmptyListOfKinds() {
    GeccJsonException e =
        refusal("[" + ISO_2570.replace("\"documents\":[]", "\"eligibleKinds\":[]") + "]");
    assertThat(e.pointer()).isEqualTo("/0/eligibleKinds");
    assertThat(e.getOriginalMessage()).contains("admits no organisation");
  }

  @Test
  void refusesAWindowInTheWrongFiscalYear() {
    GeccJsonException e = refusal("[" + ISO_2570.replace("2027-02-26", "2027-10-26") + "]");
    assertThat(e.pointer()).isEqualTo("/0/closesAt");
    assertThat(e.getOriginalMessage()).contains("is not in round 2570");
  }

  @Test
  void refusesAWindowThatOpensAfterItCloses() {
    GeccJsonException e = refusal("[" + ISO_2570.replace("2027-01-07", "2027-02-27") + "]");
    assertThat(e.pointer()).isEqualTo("/0/opensAt");
    assertThat(e.getOriginalMessage()).contains("is after its closing");
  }

  @Test
  void refusesAnOpeningMoreThanThreeMonthsBeforeTheFiscalYear() {
    GeccJsonException e = refusal("[" + ISO_2570.replace("2027-01-07", "2026-06-30") + "]");
    assertThat(e.pointer()).isEqualTo("/0/opensAt");
    assertThat(e.getOriginalMessage()).contains("more than 3 months before round 2570");
  }

  @Test
  void refusesAThaiTextOfAnotherRound() {
    GeccJsonException e =
        refusal("[" + THAI_2570.replace("\"round\":2570", "\"round\":2569") + "]");
    assertThat(e.pointer()).isEqualTo("/0/thaiText");
    assertThat(e.getOriginalMessage()).contains("in round 2570, not in round 2569");
  }

  @Test
  void refusesAThaiTextThatIsNoDateRange() {
    GeccJsonException e = refusal("[" + THAI_2570.replace("๒๖ กุมภาพันธ์", "๓๖ กุมภาพันธ์") + "]");
    assertThat(e.pointer()).isEqualTo("/0/thaiText");
  }

  @Test
  void refusesThaiTextBesideInstants() {
    GeccJsonException e =
        refusal(
            "["
                + THAI_2570.replace(
                    "\"channels\"", "\"closesAt\":\"2027-02-26T16:30:00+07:00\",\"channels\"")
                + "]");
    assertThat(e.pointer()).isEqualTo("/0/closesAt");
    assertThat(e.getOriginalMessage()).contains("not both");
  }

  @Test
  void refusesARoundWithoutItsWindow() {
    GeccJsonException e =
        refusal("[{\"round\":2570,\"channels\":[\"ONLINE\"],\"source\":\"FICTIONAL\"}]");
    assertThat(e.pointer()).isEqualTo("/0/closesAt");
    assertThat(e.getOriginalMessage()).contains("'closesAt' or 'thaiText'");
  }

  @Test
  void refusesARoundWithoutSource() {
    assertThat(
            refusal(
                    "["
                        + ISO_2570.replace(
                            ",\"source\":\"FICTIONAL test data, not a circular\"", "")
                        + "]")
                .pointer())
        .isEqualTo("/0/source");
  }

  @Test
  void refusesAnUnknownField() {
    assertThat(
            refusal("[" + ISO_2570.replace("\"documents\"", "\"document\"") + "]")
                .getOriginalMessage())
        .contains("unknown field 'document'");
  }

  @Test
  void refusesARestated2567ThatDiffers() {
    String restated =
        "[{\"round\":2567,\"opensAt\":\"2024-01-08T08:30:00+07:00\",\"closesAt\":\"2024-02-29T16:00:00+07:00\","
            + "\"channels\":[\"ONLINE\"],\"source\":\"DOPA มท 0305.1/ว 1660, 18 Jan 2567\"}]";
    GeccJsonException e = refusal(restated);
    assertThat(e.pointer()).isEqualTo("/0");
    assertThat(e.getOriginalMessage())
        .contains("round 2567 is already defined")
        .contains("replaces");
  }

  @Test
  void acceptsARestated2567ThatIsIdentical() throws Exception {
    String restated =
        "[{\"round\":2567,\"thaiText\":\"๘ มกราคม (เวลา ๐๘.๓๐ น.) - ๒๙ กุมภาพันธ์ (เวลา ๑๖.๓๐ น.) ๒๕๖๗\","
            + "\"channels\":[\"ONLINE\"],\"source\":\"DOPA มท 0305.1/ว 1660, 18 Jan 2567\"}]";
    assertThat(merge(restated)).isEqualTo(Rounds.bundled());
  }

  @Test
  void refusesANullRegister() {
    assertThatThrownBy(() -> MAPPER.readValue("null", RoundDefinition[].class))
        .isInstanceOf(GeccJsonException.class);
  }

  @Property
  void aWrittenRoundReadsBackAsTheSameRound(@ForAll("definitions") RoundDefinition definition)
      throws Exception {
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(definition), RoundDefinition.class))
        .isEqualTo(definition);
  }

  @Provide
  Arbitrary<RoundDefinition> definitions() {
    return Combinators.combine(
            Arbitraries.integers().between(2560, 2700),
            Arbitraries.longs().between(0, 364L * 86_400 * 1_000_000_000L),
            Arbitraries.longs().between(0, 90L * 86_400 * 1_000_000_000L),
            Arbitraries.of(true, false),
            Arbitraries.subsetOf(Channel.values()).filter(s -> !s.isEmpty()),
            Arbitraries.subsetOf(DocumentFormat.values()),
            Arbitraries.subsetOf(OrganisationKind.values()),
            Arbitraries.of(true, false))
        .as(
            (round, close, length, known, channels, documents, kinds, withDeadline) -> {
              FiscalYear fy = FiscalYear.of(round);
              Instant closes = ThaiTime.startOfDay(fy.start()).plusNanos(close);
              ApplicationWindow window =
                  known
                      ? ApplicationWindow.of(
                          fy,
                          closes.minusNanos(length),
                          closes,
                          ImmutableSet.copyOf(channels),
                          ImmutableSet.copyOf(documents),
                          "FICTIONAL generated round")
                      : ApplicationWindow.ofClosing(
                          fy,
                          closes,
                          ImmutableSet.copyOf(channels),
                          ImmutableSet.copyOf(documents),
                          "FICTIONAL generated round");
              RoundDefinition.Draft draft = RoundDefinition.builder(window);
              if (!kinds.isEmpty()) {
                draft.eligibleKinds(kinds);
              }
              if (withDeadline) {
                draft
                    .rulebook("GECC-2560")
                    .deadlines(
                        java.util.List.of(
                            ReportingDeadline.of(
                                fy,
                                "DOPA",
                                DeadlinePurpose.ACCOUNT_REPORT,
                                closes.minusSeconds(86_400),
                                "report the accounts",
                                "FICTIONAL")));
              }
              return draft.build();
            });
  }
}

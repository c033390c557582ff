package io.github.gecc.json.deser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableSet;
import io.github.gecc.application.Application;
import io.github.gecc.application.Channel;
import io.github.gecc.application.DocumentFormat;
import io.github.gecc.application.Organisation;
import io.github.gecc.application.OrganisationKind;
import io.github.gecc.application.SelfAssessmentResult;
import io.github.gecc.json.GeccJson;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.time.FiscalYear;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ApplicationDeserializerTest {

  private static final ObjectMapper MAPPER = GeccJson.mapper();

  private static final String SELF = "{\"rulebook\":\"GECC-2560\",\"met\":[\"B01\",\"A01\"]}";

  private static SelfAssessmentResult met(java.util.List<String> ids) {
    return SelfAssessmentResult.of(
        io.github.gecc.rules.Assessment.ofMet(
            io.github.gecc.rules.BundledRulebooks.gecc2560(), io.github.gecc.rules.AssessmentKind.SELF_ASSESSMENT, ids));
  }

  @Test
  void readsTheApplication() throws Exception {
    Application app = MAPPER.readValue(
        "{\"round\":2567,\"organisation\":{\"kind\":\"DISTRICT_OFFICE\",\"informationOnly\":false},"
            + "\"selfAssessment\":" + SELF + ",\"submittedAt\":\"2024-02-01T10:00:00+07:00\","
            + "\"channels\":[\"ONLINE\"],\"documents\":[]}",
        Application.class);
    assertThat(app.round()).isEqualTo(FiscalYear.of(2567));
    assertThat(app.organisation()).isEqualTo(Organisation.of(OrganisationKind.DISTRICT_OFFICE, false));
    assertThat(app.selfAssessment()).isEqualTo(met(java.util.List.of("B01", "A01")));
    assertThat(app.submittedAt()).isEqualTo(Instant.parse("2024-02-01T03:00:00Z"));
    assertThat(app.channels()).containsExactly(Channel.ONLINE);
  }

  @Test
  void absentChannelsAndDocumentsAreEmpty() throws Exception {
    Application app = MAPPER.readValue(
        "{\"round\":2567,\"organisation\":{\"kind\":\"STATE_ENTERPRISE\"},"
            + "\"selfAssessment\":" + SELF + ",\"submittedAt\":\"2024-02-01T10:00:00\"}",
        Application.class);
    assertThat(app.channels()).isEmpty();
    assertThat(app.documents()).isEmpty();
    assertThat(app.organisation().informationOnly()).isFalse();
  }

  @Test
  void anUnknownKindIsRefusedWithTheAllowedList() {
    assertThatThrownBy(() -> MAPPER.readValue(
            "{\"round\":2567,\"organisation\":{\"kind\":\"HOSPITAL\"},\"selfAssessment\":" + SELF
                + ",\"submittedAt\":\"2024-02-01T10:00:00+07:00\"}",
            Application.class))
        .isInstanceOf(GeccJsonException.class)
        .hasMessageContaining("'HOSPITAL' is not one of CITY_MUNICIPALITY")
        .hasMessageContaining("STATE_ENTERPRISE")
        .satisfies(e -> assertThat(((GeccJsonException) e).pointer()).isEqualTo("/organisation/kind"));
  }

  @Test
  void anUnknownDocumentIsRefused() {
    assertThatThrownBy(() -> MAPPER.readValue(
            "{\"round\":2567,\"organisation\":{\"kind\":\"DISTRICT_OFFICE\"},\"selfAssessment\":" + SELF
                + ",\"submittedAt\":\"2024-02-01T10:00:00+07:00\",\"documents\":[\"PDF\",\"EXCEL\"]}",
            Application.class))
        .isInstanceOf(GeccJsonException.class)
        .hasMessageContaining("'EXCEL' is not one of WORD, PDF")
        .satisfies(e -> assertThat(((GeccJsonException) e).pointer()).isEqualTo("/documents/1"));
  }

  @Test
  void readsTheMetFormThroughTheRulebook() throws Exception {
    StringBuilder met = new StringBuilder();
    for (int i = 1; i <= 36; i++) {
      met.append(met.length() == 0 ? "" : ",").append(String.format("\"B%02d\"", i));
    }
    for (int i = 1; i <= 12; i++) {
      met.append(String.format(",\"A%02d\"", i));
    }
    SelfAssessmentResult result = MAPPER.readValue(
        "{\"rulebook\":\"GECC-2560\",\"met\":[" + met + "]}", SelfAssessmentResult.class);
    assertThat(result.points()).isEqualTo(60);
    assertThat(result.reachesGate()).isTrue();
    assertThat(result.mayApply()).isFalse();
  }

  @Test
  void aPointsOnlySummaryIsRefusedAskingForTheCriteriaMet() {
    assertThatThrownBy(() -> MAPPER.readValue(
            "{\"rulebook\":\"GECC-2560\",\"points\":64,\"gate\":60,\"maxPoints\":80}", SelfAssessmentResult.class))
        .isInstanceOf(GeccJsonException.class)
        .hasMessageContaining("list the criteria met")
        .satisfies(e -> assertThat(((GeccJsonException) e).pointer()).isEqualTo("/points"));
  }

  @Test
  void anInlineRulebookRedefiningARegisteredIdIsRefused() {
    String lenient = io.github.gecc.json.ser.RulebookSerializer.toTree(io.github.gecc.rules.BundledRulebooks.gecc2560())
        .put("selfAssessmentGate", 0).toString();
    assertThatThrownBy(() -> MAPPER.readValue(
            "{\"rulebook\":" + lenient + ",\"met\":[\"B01\"]}", SelfAssessmentResult.class))
        .isInstanceOf(GeccJsonException.class)
        .hasMessageContaining("registered with other content")
        .satisfies(e -> assertThat(((GeccJsonException) e).pointer()).isEqualTo("/rulebook/id"));
  }

  @Test
  void anUnknownCriterionInTheMetFormIsRefusedAtItsIndex() {
    assertThatThrownBy(() -> MAPPER.readValue(
            "{\"round\":2567,\"organisation\":{\"kind\":\"DISTRICT_OFFICE\"},\"selfAssessment\":"
                + "{\"rulebook\":\"GECC-2560\",\"met\":[\"B01\",\"B99\"]}"
                + ",\"submittedAt\":\"2024-02-01T10:00:00+07:00\"}",
            Application.class))
        .isInstanceOf(GeccJsonException.class)
        .hasMessageContaining("B99")
        .satisfies(e -> assertThat(((GeccJsonException) e).pointer()).isEqualTo("/selfAssessment/met/1"));
  }

  @Property(tries = 200)
  void everyApplicationRoundTrips(@ForAll("applications") Application application) throws Exception {
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(application), Application.class)).isEqualTo(application);
  }

  @Provide
  Arbitrary<Application> applications() {
    Arbitrary<Organisation> organisations = Combinators.combine(
            Arbitraries.of(OrganisationKind.class),
            Arbitraries.of(true, false),
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).optional(),
            Arbitraries.strings().withCharRange('ก', 'ฮ').ofMinLength(1).ofMaxLength(8).optional())
        .as(Organisation::of);
    return Combinators.combine(
            Arbitraries.integers().between(2559, 2700),
            organisations,
            Arbitraries.subsetOf(io.github.gecc.rules.BundledRulebooks.gecc2560().criteria().stream()
                .map(io.github.gecc.rules.Criterion::id).toArray(String[]::new)),
            Arbitraries.longs().between(1_400_000_000L, 2_000_000_000L),
            Arbitraries.subsetOf(Channel.values()),
            Arbitraries.subsetOf(DocumentFormat.values()))
        .as((round, org, ids, seconds, channels, documents) -> Application.of(
            FiscalYear.of(round), org, met(java.util.List.copyOf(ids)),
            Instant.ofEpochSecond(seconds), ImmutableSet.copyOf(channels), ImmutableSet.copyOf(documents)));
  }
}

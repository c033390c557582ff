package io.github.gecc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gecc.json.ser.RulebookSerializer;
import io.github.gecc.rules.AssessmentKind;
import io.github.gecc.rules.BundledRulebooks;
import io.github.gecc.rules.Rulebook;
import io.github.gecc.rules.RulebookRegistry;
import org.junit.jupiter.api.Test;

class MetListRequestTest {

  private final ObjectMapper mapper = GeccJson.mapper();

  private MetListRequest read(String json) throws Exception {
    return MetListRequest.read(JsonInput.root(mapper.readTree(json)), RulebookRegistry.bundled(), AssessmentKind.SELF_ASSESSMENT);
  }

  private GeccJsonException refusal(String json) {
    Throwable t = catchThrowable(() -> read(json));
    assertThat(t).isInstanceOf(GeccJsonException.class);
    return (GeccJsonException) t;
  }

  @Test
  void read_byBundledId() throws Exception {
    MetListRequest r = read("{\"rulebook\":\"GECC-2560\",\"met\":[\"B01\",\"B02\",\"A01\"]}");
    assertThat(r.rulebook()).isEqualTo(BundledRulebooks.gecc2560());
    assertThat(r.assessment().metIds()).containsExactly("B01", "B02", "A01");
    assertThat(r.assessment().answers()).hasSize(60);
    assertThat(r.assessment().kind()).isEqualTo(AssessmentKind.SELF_ASSESSMENT);
    assertThat(r.rulebook().evaluate(r.assessment()).points()).isEqualTo(4);
  }

  @Test
  void read_aWholeRulebook() throws Exception {
    Rulebook gecc = BundledRulebooks.gecc2560();
    String json = "{\"rulebook\":" + RulebookSerializer.toTree(gecc) + ",\"met\":[]}";
    assertThat(read(json).rulebook()).isEqualTo(gecc);
  }

  @Test
  void read_refusesAnUnknownCriterion() {
    GeccJsonException e = refusal("{\"rulebook\":\"GECC-2560\",\"met\":[\"B01\",\"B02\",\"A01\",\"A21\"]}");
    assertThat(e.pointer()).isEqualTo("/met/3");
    assertThat(e.getOriginalMessage())
        .isEqualTo("criterion 'A21' is not in rulebook GECC-2560, whose criteria are BASIC B01..B40, ADVANCED A01..A20");
  }

  @Test
  void read_refusesARepeatedCriterion() {
    GeccJsonException e = refusal("{\"rulebook\":\"GECC-2560\",\"met\":[\"B01\",\"A01\",\"B01\"]}");
    assertThat(e.pointer()).isEqualTo("/met/2");
    assertThat(e.getOriginalMessage()).contains("criterion 'B01' is listed twice (first at /met/0)");
  }

  @Test
  void read_refusesAnUnknownRulebook() {
    GeccJsonException e = refusal("{\"rulebook\":\"GECC-2567\",\"met\":[]}");
    assertThat(e.pointer()).isEqualTo("/rulebook");
    assertThat(e.getOriginalMessage()).contains("unknown rulebook 'GECC-2567'; known rulebooks are GECC-2560");
  }

  @Test
  void read_refusesARulebookGivenAsANumber() {
    GeccJsonException e = refusal("{\"rulebook\":2560,\"met\":[]}");
    assertThat(e.pointer()).isEqualTo("/rulebook");
    assertThat(e.getOriginalMessage()).contains("not the number 2560");
  }

  @Test
  void read_refusesAnUnknownField() {
    GeccJsonException e = refusal("{\"rulebook\":\"GECC-2560\",\"met\":[],\"kind\":\"COMMITTEE\"}");
    assertThat(e.pointer()).isEqualTo("/kind");
    assertThat(e.getOriginalMessage()).contains("unknown field 'kind'");
  }

  @Test
  void read_refusesANonStringId() {
    GeccJsonException e = refusal("{\"rulebook\":\"GECC-2560\",\"met\":[\"B01\",1]}");
    assertThat(e.pointer()).isEqualTo("/met/1");
    assertThat(e.getOriginalMessage()).contains("expected a string, not the number 1");
  }

  @Test
  void read_refusesAMissingMet() {
    GeccJsonException e = refusal("{\"rulebook\":\"GECC-2560\"}");
    assertThat(e.pointer()).isEqualTo("/met");
    assertThat(e.getOriginalMessage()).contains("needs the field 'met'");
  }

  @Test
  void read_refusesABrokenInlineRulebook() {
    String broken = RulebookSerializer.toTree(BundledRulebooks.gecc2560()).toString().replace("\"A20\"", "\"A19\"");
    GeccJsonException e = refusal("{\"rulebook\":" + broken + ",\"met\":[]}");
    assertThat(e.pointer()).isEqualTo("/rulebook/criteria/59/id");
    assertThat(e.getOriginalMessage()).contains("criterion id A19 appears twice");
  }

  // --- the published evaluate-request schema says what the reader says

  private static java.util.List<String> schemaErrors(String json) throws java.io.IOException {
    return RulebookDeserializerTest.schemaErrors("evaluate-request.schema.json", json);
  }

  @Test
  void schema_acceptsTheContractExample() throws Exception {
    assertThat(schemaErrors("{\"rulebook\":\"GECC-2560\",\"met\":[\"B01\",\"B02\",\"A01\"]}")).isEmpty();
    assertThat(schemaErrors("{\"round\":2567,\"met\":[],\"kind\":\"COMMITTEE\",\"whatIf\":[\"B01\"]}")).isEmpty();
  }

  @Test
  void schema_refusesARepeatedId() throws Exception {
    assertThat(schemaErrors("{\"rulebook\":\"GECC-2560\",\"met\":[\"B01\",\"B01\"]}")).contains("/met");
  }

  @Test
  void schema_refusesANonStringId() throws Exception {
    assertThat(schemaErrors("{\"rulebook\":\"GECC-2560\",\"met\":[\"B01\",1]}")).contains("/met/1");
  }

  @Test
  void schema_refusesAMissingMet() throws Exception {
    assertThat(schemaErrors("{\"rulebook\":\"GECC-2560\"}")).isNotEmpty();
  }

  @Test
  void schema_refusesBothRulebookAndRound() throws Exception {
    assertThat(schemaErrors("{\"rulebook\":\"GECC-2560\",\"round\":2567,\"met\":[]}")).isNotEmpty();
  }

  @Test
  void schema_refusesARulebookGivenAsANumber() throws Exception {
    assertThat(schemaErrors("{\"rulebook\":2560,\"met\":[]}")).contains("/rulebook");
  }
}

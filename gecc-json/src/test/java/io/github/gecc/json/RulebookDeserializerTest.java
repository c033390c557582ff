package io.github.gecc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.json.deser.RulebookDeserializer;
import io.github.gecc.json.ser.RulebookSerializer;
import io.github.gecc.rules.BundledRulebooks;
import io.github.gecc.rules.Rulebook;
import org.junit.jupiter.api.Test;

/** Refusals of broken rulebook documents: each names the rule and the pointer. */
class RulebookDeserializerTest {

  private final ObjectMapper mapper = GeccJson.mapper();

  private static final String SMALL =
      "{\"id\":\"SMALL\",\"firstRound\":2570,\"selfAssessmentGate\":2,"
          + "\"criteria\":[{\"id\":\"B1\",\"level\":\"BASIC\",\"points\":1},{\"id\":\"A1\",\"level\":\"ADVANCED\",\"points\":2}],"
          + "\"outcomes\":[{\"name\":\"OK\",\"requirements\":[{\"kind\":\"ALL_OF_LEVEL\",\"level\":\"BASIC\"}]}]}";

  private GeccJsonException refusal(String json) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> read(json));
    assertThat(t).isInstanceOf(GeccJsonException.class);
    return (GeccJsonException) t;
  }

  private Rulebook read(String json) throws Exception {
    return new RulebookDeserializer().read(JsonInput.root(mapper.readTree(json)));
  }

  @Test
  void read_aSmallRulebook() throws Exception {
    Rulebook r = read(SMALL);
    assertThat(r.id()).isEqualTo("SMALL");
    assertThat(r.maxPoints()).isEqualTo(3);
    assertThat(r.notReachedOutcome()).isEqualTo("NOT_CERTIFIED");
  }

  @Test
  void read_refusesDuplicateCriterionIds() {
    ObjectNode tree = RulebookSerializer.toTree(BundledRulebooks.gecc2560());
    ((ObjectNode) tree.get("criteria").get(41)).put("id", "B07");
    GeccJsonException e = refusal(tree.toString());
    assertThat(e.pointer()).isEqualTo("/criteria/41/id");
    assertThat(e.getOriginalMessage()).contains("criterion id B07 appears twice in rulebook GECC-2560 (first at /criteria/6)");
  }

  @Test
  void read_refusesAnUnsatisfiableOutcome() {
    GeccJsonException e =
        refusal(SMALL.replace("{\"kind\":\"ALL_OF_LEVEL\",\"level\":\"BASIC\"}", "{\"kind\":\"AT_LEAST_COUNT\",\"level\":\"ADVANCED\",\"minimum\":2}"));
    assertThat(e.pointer()).isEmpty();
    assertThat(e.getOriginalMessage()).contains("outcome OK cannot be reached: it requires 'at least 2 ADVANCED'");
    assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void read_refusesAnOutcomeOnAnUnknownLevel() {
    GeccJsonException e = refusal(SMALL.replace("\"level\":\"BASIC\"}]", "\"level\":\"EXCELLENT\"}]"));
    assertThat(e.getOriginalMessage()).contains("no criterion of the catalogue has level EXCELLENT");
  }

  @Test
  void read_refusesAGateAboveTheMaximum() {
    GeccJsonException e = refusal(SMALL.replace("\"selfAssessmentGate\":2", "\"selfAssessmentGate\":4"));
    assertThat(e.pointer()).isEqualTo("/selfAssessmentGate");
    assertThat(e.getOriginalMessage()).contains("self-assessment gate 4 of rulebook SMALL is outside 0..3");
  }

  @Test
  void read_refusesADuplicateOutcome() {
    GeccJsonException e =
        refusal(SMALL.replace("]}]}", "]},{\"name\":\"OK\",\"requirements\":[{\"kind\":\"AT_LEAST_POINTS\",\"minimum\":1}]}]}"));
    assertThat(e.pointer()).isEqualTo("/outcomes/1/name");
    assertThat(e.getOriginalMessage()).contains("outcome OK appears twice");
  }

  @Test
  void read_refusesZeroPoints() {
    GeccJsonException e = refusal(SMALL.replace("\"points\":2", "\"points\":0"));
    assertThat(e.pointer()).isEqualTo("/criteria/1/points");
    assertThat(e.getOriginalMessage()).contains("criterion A1 has 0 points; points must be positive");
  }

  @Test
  void read_refusesAMalformedCriterionId() {
    GeccJsonException e = refusal(SMALL.replace("\"B1\"", "\"B 1\""));
    assertThat(e.pointer()).isEqualTo("/criteria/0/id");
    assertThat(e.getOriginalMessage()).contains("criterion id 'B 1'");
  }

  @Test
  void read_refusesAnUnknownField() {
    GeccJsonException e = refusal(SMALL.replace("{\"id\":\"SMALL\"", "{\"id\":\"SMALL\",\"comment\":\"x\""));
    assertThat(e.pointer()).isEqualTo("/comment");
    assertThat(e.getOriginalMessage()).contains("unknown field 'comment' in rulebook");
  }

  @Test
  void read_refusesAnUnknownRequirementKind() {
    GeccJsonException e = refusal(SMALL.replace("ALL_OF_LEVEL", "ALL_OF"));
    assertThat(e.pointer()).isEqualTo("/outcomes/0/requirements/0/kind");
    assertThat(e.getOriginalMessage()).contains("'ALL_OF' is not one of ALL_OF_LEVEL, AT_LEAST_COUNT, AT_LEAST_POINTS");
  }

  @Test
  void read_refusesARepeatedRequirement() {
    GeccJsonException e =
        refusal(SMALL.replace("{\"kind\":\"ALL_OF_LEVEL\",\"level\":\"BASIC\"}", "{\"kind\":\"ALL_OF_LEVEL\",\"level\":\"BASIC\"},{\"kind\":\"ALL_OF_LEVEL\",\"level\":\"BASIC\"}"));
    assertThat(e.pointer()).isEqualTo("/outcomes/0/requirements/1");
    assertThat(e.getOriginalMessage()).contains("repeats the requirement 'all BASIC'");
  }

  @Test
  void read_refusesACommonEraFirstRound() {
    GeccJsonException e = refusal(SMALL.replace("2570", "2027"));
    assertThat(e.pointer()).isEqualTo("/firstRound");
    assertThat(e.getOriginalMessage()).contains("did you mean 2570?");
  }

  @Test
  void read_refusesAnUnknownGroup() {
    GeccJsonException e = refusal(SMALL.replace("\"points\":1}", "\"points\":1,\"group\":\"SAFETY\"}"));
    assertThat(e.pointer()).isEqualTo("/criteria/0/group");
    assertThat(e.getOriginalMessage()).contains("'SAFETY' is not one of PHYSICAL, QUALITY, RESULTS");
  }

  @Test
  void mapper_refusesABrokenRulebookWithItsPointer() {
    assertThatThrownBy(() -> mapper.readValue("{\"rulebook\":" + SMALL.replace("\"A1\"", "\"B1\"") + "}", Holder.class))
        .isInstanceOf(GeccJsonException.class)
        .hasMessageContaining("criterion id B1 appears twice")
        .hasMessageContaining("(at /rulebook/criteria/1/id)");
  }

  /** Validates a document against a published schema; returns the instance locations of the errors. */
  static java.util.List<String> schemaErrors(String schemaName, String json) throws java.io.IOException {
    ObjectMapper plain = new ObjectMapper();
    try (java.io.InputStream in = RulebookDeserializerTest.class.getResourceAsStream("/io/github/gecc/json/schema/" + schemaName)) {
      com.networknt.schema.Schema schema =
          com.networknt.schema.SchemaRegistry.withDefaultDialect(
                  com.networknt.schema.SpecificationVersion.DRAFT_2020_12,
                  builder -> builder
                      .schemaRegistryConfig(
                          com.networknt.schema.SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                      .schemaIdResolvers(
                          r -> r.mapPrefix("https://gecc.github.io/schema/", "classpath:io/github/gecc/json/schema/")))
              .getSchema(plain.readTree(in));
      return schema.validate(plain.readTree(json)).stream()
          .map(e -> e.getInstanceLocation().toString())
          .collect(java.util.stream.Collectors.toList());
    }
  }

  // --- the published schema says what the reader says

  @Test
  void schema_acceptsGecc2560AndTheSmallRulebook() throws Exception {
    assertThat(schemaErrors("rulebook.schema.json", RulebookSerializer.toTree(BundledRulebooks.gecc2560()).toString())).isEmpty();
    assertThat(schemaErrors("rulebook.schema.json", SMALL)).isEmpty();
  }

  @Test
  void schema_refusesZeroPoints() throws Exception {
    assertThat(schemaErrors("rulebook.schema.json", SMALL.replace("\"points\":2", "\"points\":0"))).contains("/criteria/1/points");
  }

  @Test
  void schema_refusesAnUnknownField() throws Exception {
    assertThat(schemaErrors("rulebook.schema.json", SMALL.replace("{\"id\":\"SMALL\"", "{\"id\":\"SMALL\",\"comment\":\"x\""))).isNotEmpty();
  }

  @Test
  void schema_refusesAnUnknownRequirementKind() throws Exception {
    assertThat(schemaErrors("rulebook.schema.json", SMALL.replace("ALL_OF_LEVEL", "ALL_OF"))).isNotEmpty();
  }

  @Test
  void schema_refusesACommonEraFirstRound() throws Exception {
    assertThat(schemaErrors("rulebook.schema.json", SMALL.replace("2570", "2027"))).contains("/firstRound");
  }

  /** A document holding a rulebook, to check pointers inside a larger document. */
  static final class Holder {
    public Rulebook rulebook;
  }
}

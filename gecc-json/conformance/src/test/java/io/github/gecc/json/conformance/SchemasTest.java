package io.github.gecc.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The published schemas are valid draft 2020-12 and say what the readers say. */
// Jupiter reads its own tag, jqwik its own: both, so that excluding "schema" excludes the property
// too.
@Tag("schema")
@net.jqwik.api.Tag("schema")
class SchemasTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * The base the tests load the schemas under; their relative $ids follow whatever base is used.
   */
  static final String BASE = "https://gecc.github.io/schema/";

  /** Every published schema. */
  static final List<String> NAMES =
      List.of(
          "common",
          "fiscal-year-request",
          "thai-date-request",
          "evaluate-request",
          "window-request",
          "check-application-request",
          "certification-request",
          "portfolio-request",
          "rulebook",
          "assessment",
          "evaluation",
          "certification",
          "maintenance-report",
          "lifecycle-policy",
          "centre",
          "portfolio",
          "obligation",
          "obligation-state",
          "report-schedule",
          "thai-date-time",
          "thai-date-range",
          "round-register",
          "progress-request",
          "progress-response",
          "deadlines-request",
          "deadlines-response",
          "check-applications-request",
          "check-applications-response",
          "calendar-request",
          "calendar-response");

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder
                  .schemaRegistryConfig(
                      SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                  .schemaIdResolvers(
                      r -> r.mapPrefix(BASE, "classpath:io/github/gecc/json/schema/")));

  /**
   * Loads a published schema by file name and optional fragment, for example {@code
   * fiscal-year-request.schema.json} or {@code rulebook.schema.json#/$defs/criterion}; references
   * between the schemas resolve to the copies shipped in gecc-json's resources.
   */
  static synchronized Schema schema(String name) {
    try (InputStream in =
        SchemasTest.class.getResourceAsStream(
            "/io/github/gecc/json/schema/" + name.replaceAll("#.*", ""))) {
      if (in == null) {
        throw new IllegalArgumentException("no schema " + name);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Schema schema = REGISTRY.getSchema(SchemaLocation.of(BASE + name));
    schema.initializeValidators();
    return schema;
  }

  static List<Error> validate(String schemaName, String json) throws IOException {
    return schema(schemaName).validate(MAPPER.readTree(json));
  }

  @Test
  void fiscalYearRequestAcceptsADate() throws IOException {
    assertThat(validate("fiscal-year-request.schema.json", "{\"date\":\"2024-02-29\"}")).isEmpty();
  }

  @Test
  void fiscalYearRequestAcceptsAFiscalYear() throws IOException {
    assertThat(validate("fiscal-year-request.schema.json", "{\"fiscalYear\":2567}")).isEmpty();
  }

  @Test
  void fiscalYearRequestRefusesACommonEraYear() throws IOException {
    assertThat(validate("fiscal-year-request.schema.json", "{\"fiscalYear\":2024}"))
        .extracting(e -> e.getInstanceLocation().toString())
        .contains("/fiscalYear");
  }

  @Test
  void fiscalYearRequestRefusesAnImpossibleDate() throws IOException {
    assertThat(validate("fiscal-year-request.schema.json", "{\"date\":\"2022-05-36\"}"))
        .isNotEmpty();
  }

  @Test
  void fiscalYearRequestRefusesAnUnknownField() throws IOException {
    assertThat(validate("fiscal-year-request.schema.json", "{\"date\":\"2024-02-29\",\"x\":1}"))
        .isNotEmpty();
  }

  @Test
  void fiscalYearRequestRefusesBoth() throws IOException {
    assertThat(
            validate(
                "fiscal-year-request.schema.json", "{\"date\":\"2024-02-29\",\"fiscalYear\":2567}"))
        .isNotEmpty();
  }

  // --- every schema

  @ParameterizedTest
  @MethodSource("names")
  void everySchemaIsDraft202012WithItsFileNameAsItsRelativeId(String name) throws IOException {
    try (InputStream in =
        SchemasTest.class.getResourceAsStream(
            "/io/github/gecc/json/schema/" + name + ".schema.json")) {
      JsonNode node = MAPPER.readTree(in);
      assertThat(node.get("$schema").asText())
          .isEqualTo("https://json-schema.org/draft/2020-12/schema");
      // Relative, so that the references between schemas resolve wherever the schemas are
      // served from (a service's /v1/schemas/, a host's own URL, the class path).
      assertThat(node.get("$id").asText()).isEqualTo(name + ".schema.json");
      assertThat(node.get("description").asText()).isNotBlank();
    }
    assertThat(schema(name + ".schema.json")).isNotNull();
  }

  static Stream<String> names() {
    return NAMES.stream();
  }

  // --- every sample document of the adapter validates, and the adapter writes only valid documents

  @ParameterizedTest
  @MethodSource("io.github.gecc.json.conformance.JsonSamples#all")
  void everySampleDocumentIsValid(JsonSamples.Sample sample) throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(sample.schema() != null);
    assertThat(schema(sample.schema()).validate(MAPPER.readTree(sample.json()))).isEmpty();
  }

  /**
   * Schema and reader agree: on documents broken in every way {@link JsonMutator}-style fuzzing
   * breaks them (values swapped for every type, nulls, extreme dates, unknown and missing fields),
   * whatever the reader accepts the schema accepts. The other direction holds only for shape: each
   * schema's description names the rules only the reader checks (for example a certification date
   * that must fit its round).
   */
  @Property(tries = 600)
  void whatTheReaderAcceptsTheSchemaAccepts(@ForAll("sampleIndex") int index, @ForAll Random random)
      throws IOException {
    JsonSamples.Sample sample = JsonSamples.all().get(index);
    byte[] broken = JsonMutator.mutate(sample.json(), random);
    JsonNode tree;
    try {
      tree = MAPPER.readTree(broken);
    } catch (IOException e) {
      return; // not JSON at all: the schema has nothing to say
    }
    if (tree == null || tree.isMissingNode()) {
      return;
    }
    boolean readerAccepts = Readers.accept(broken, sample.type());
    if (readerAccepts) {
      assertThat(schema(sample.schema()).validate(tree))
          .as(new String(broken, java.nio.charset.StandardCharsets.UTF_8))
          .isEmpty();
    }
  }

  /**
   * The same agreement, exhaustively: every value of every sample replaced by every hostile value.
   */
  @ParameterizedTest
  @MethodSource("io.github.gecc.json.conformance.JsonSamples#all")
  void everyHostileValueTheReaderAcceptsTheSchemaAccepts(JsonSamples.Sample sample)
      throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        sample.schema() != null && sample.json().length() < 2500);
    Schema schema = schema(sample.schema());
    int refusedByBoth = 0;
    for (String variant : JsonMutator.substitutions(sample.json())) {
      boolean readerAccepts =
          Readers.accept(variant.getBytes(java.nio.charset.StandardCharsets.UTF_8), sample.type());
      List<Error> errors = schema.validate(MAPPER.readTree(variant));
      if (readerAccepts) {
        assertThat(errors).as(variant).isEmpty();
      } else if (!errors.isEmpty()) {
        refusedByBoth++;
      }
    }
    assertThat(refusedByBoth).isPositive();
  }

  @Provide
  Arbitrary<Integer> sampleIndex() {
    return Arbitraries.integers()
        .between(0, JsonSamples.all().size() - 1)
        .filter(i -> JsonSamples.all().get(i).schema() != null);
  }

  // --- the cli.md examples

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "fiscal-year-request.schema.json|{\"date\":\"2024-02-29\"}",
        "thai-date-request.schema.json|{\"text\":\"วันศุกร์ที่ ๑๙ มกราคม ๒๕๖๗\"}",
        "thai-date-request.schema.json|{\"date\":\"2024-01-19\",\"style\":\"WEEKDAY\",\"digits\":\"THAI\"}",
        "evaluate-request.schema.json|{\"rulebook\":\"GECC-2560\",\"met\":[\"B01\",\"B02\",\"A01\"]}",
        "window-request.schema.json|{\"round\":2567,\"at\":\"2024-02-29T16:30:00+07:00\"}",
        "certification-request.schema.json|{\"round\":2560,\"certifiedOn\":\"2017-09-21\",\"asOf\":\"2019-06-01\",\"validity\":\"YEARS_FROM_DATE\",\"reports\":[{\"fiscalYear\":2561,\"period\":\"H1\",\"submittedOn\":\"2018-04-20\"}]}",
        "check-application-request.schema.json|{\"round\":2567,\"organisation\":{\"kind\":\"DISTRICT_OFFICE\",\"informationOnly\":false},\"selfAssessment\":{\"rulebook\":\"GECC-2560\",\"met\":[\"B01\"]},\"submittedAt\":\"2024-02-01T10:00:00+07:00\",\"channels\":[\"ONLINE\"],\"documents\":[]}",
        "portfolio-request.schema.json|{\"asOf\":\"2024-01-15\",\"round\":2567,\"centres\":[{\"id\":\"a\",\"certifications\":[{\"round\":2564,\"certifiedOn\":\"2021-09-30\"}],\"reports\":[]}]}"
      })
  void everyCliExampleIsValid(String schemaName, String json) throws IOException {
    assertThat(validate(schemaName, json)).isEmpty();
  }

  @Test
  void thaiDateRequestRefusesAStyleWhenParsing() throws IOException {
    assertThat(
            validate(
                "thai-date-request.schema.json",
                "{\"text\":\"๑๙ มกราคม ๒๕๖๗\",\"style\":\"FULL\"}"))
        .isNotEmpty();
  }

  @Test
  void portfolioRequestRefusesDueFromWithoutDueTo() throws IOException {
    assertThat(
            validate(
                "portfolio-request.schema.json",
                "{\"asOf\":\"2024-01-15\",\"dueFrom\":\"2024-01-01\",\"centres\":[]}"))
        .isNotEmpty();
  }

  @Test
  void certificationRequestRefusesAnUnknownValidity() throws IOException {
    assertThat(
            validate(
                "certification-request.schema.json",
                "{\"round\":2560,\"certifiedOn\":\"2017-09-21\",\"validity\":\"FOREVER\"}"))
        .extracting(e -> e.getInstanceLocation().toString())
        .contains("/validity");
  }

  @Test
  void anExtendedYearDateIsADateForTheSchemaAsForTheReader() throws IOException {
    assertThat(
            validate("portfolio-request.schema.json", "{\"asOf\":\"+10000-01-01\",\"centres\":[]}"))
        .isEmpty();
  }

  @Test
  void windowRequestRefusesADateTimeWithoutATime() throws IOException {
    assertThat(validate("window-request.schema.json", "{\"round\":2567,\"at\":\"2024-02-29\"}"))
        .isNotEmpty();
  }
}

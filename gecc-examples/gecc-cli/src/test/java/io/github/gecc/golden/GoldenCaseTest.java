package io.github.gecc.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden case's input against the published request schema of its command (shipped in
 * gecc-json): a case the tool accepts (status 0) is a valid document. A case the tool refuses may
 * still be schema-valid where the reader checks a rule the schema cannot (the schema's description
 * names those).
 */
class GoldenCaseTest {

  private static final String BASE = "https://gecc.github.io/schema/";

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder
                  .schemaRegistryConfig(
                      SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                  .schemaIdResolvers(
                      r -> r.mapPrefix(BASE, "classpath:io/github/gecc/json/schema/")));

  static Schema requestSchema(String command) {
    return REGISTRY.getSchema(SchemaLocation.of(BASE + command + "-request.schema.json"));
  }

  static Stream<GoldenCase> accepted() {
    return GoldenCasesTest.loadAll().stream()
        .filter(c -> c.expectedStatus() == 0 && !c.input().isMissingNode());
  }

  @ParameterizedTest
  @MethodSource("accepted")
  void everyAcceptedGoldenInputIsValidAgainstItsCommandsSchema(GoldenCase c) {
    List<Error> errors = requestSchema(c.command()).validate(c.input());
    assertThat(errors).as(c.name() + ": " + c.input()).isEmpty();
  }

  @Test
  void thereAreAcceptedCasesOfEveryCommandWithASchema() {
    assertThat(accepted().map(GoldenCase::command).distinct())
        .contains(
            "fiscal-year",
            "thai-date",
            "evaluate",
            "window",
            "check-application",
            "certification",
            "portfolio");
  }

  @Test
  void aCaseWithAnUnknownFieldIsInvalid() {
    GoldenCase c = accepted().filter(g -> g.input().isObject()).findFirst().orElseThrow();
    com.fasterxml.jackson.databind.node.ObjectNode broken = c.input().deepCopy();
    broken.put("unexpectedField", 1);
    assertThat(requestSchema(c.command()).validate(broken)).isNotEmpty();
  }
}

package io.github.gecc.json.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The published schemas are valid draft 2020-12 and say what the readers say. */
class SchemasTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Loads a published schema by file name, for example {@code fiscal-year-request.schema.json}. */
  static Schema schema(String name) {
    try (InputStream in = SchemasTest.class.getResourceAsStream("/io/github/gecc/json/schema/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no schema " + name);
      }
      JsonNode node = MAPPER.readTree(in);
      SchemaRegistry registry =
          SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_2020_12,
              builder -> builder.schemaRegistryConfig(
                  SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
      return registry.getSchema(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    assertThat(validate("fiscal-year-request.schema.json", "{\"date\":\"2022-05-36\"}")).isNotEmpty();
  }

  @Test
  void fiscalYearRequestRefusesAnUnknownField() throws IOException {
    assertThat(validate("fiscal-year-request.schema.json", "{\"date\":\"2024-02-29\",\"x\":1}")).isNotEmpty();
  }

  @Test
  void fiscalYearRequestRefusesBoth() throws IOException {
    assertThat(validate("fiscal-year-request.schema.json", "{\"date\":\"2024-02-29\",\"fiscalYear\":2567}"))
        .isNotEmpty();
  }
}

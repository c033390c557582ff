package io.github.gecc.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The window and check-application request schemas say what the readers say. */
@Tag("schema")
class ApplicationSchemasTest {

  private static final String WINDOW = "window-request.schema.json";
  private static final String CHECK = "check-application-request.schema.json";

  private static final String APPLICATION =
      "{\"round\":2567,\"organisation\":{\"kind\":\"DISTRICT_OFFICE\",\"informationOnly\":false},"
          + "\"selfAssessment\":{\"rulebook\":\"GECC-2560\",\"met\":[\"B01\"]},"
          + "\"submittedAt\":\"2024-02-01T10:00:00+07:00\",\"channels\":[\"ONLINE\"],\"documents\":[]}";

  @Test
  void windowRequestAcceptsTheContractExample() throws IOException {
    assertThat(
            SchemasTest.validate(WINDOW, "{\"round\":2567,\"at\":\"2024-02-29T16:30:00+07:00\"}"))
        .isEmpty();
  }

  @Test
  void windowRequestAcceptsALocalDateTime() throws IOException {
    assertThat(SchemasTest.validate(WINDOW, "{\"round\":2567,\"at\":\"2024-02-29T16:30\"}"))
        .isEmpty();
  }

  @Test
  void windowRequestRefusesACommonEraRound() throws IOException {
    assertThat(SchemasTest.validate(WINDOW, "{\"round\":2024}"))
        .extracting(e -> e.getInstanceLocation().toString())
        .contains("/round");
  }

  @Test
  void windowRequestRefusesADateWithoutTime() throws IOException {
    assertThat(SchemasTest.validate(WINDOW, "{\"round\":2567,\"at\":\"2024-02-29\"}")).isNotEmpty();
  }

  @Test
  void checkRequestAcceptsTheContractExample() throws IOException {
    assertThat(SchemasTest.validate(CHECK, APPLICATION)).isEmpty();
  }

  @Test
  void checkRequestRefusesThePointsOnlySummary() throws IOException {
    assertThat(
            SchemasTest.validate(
                CHECK,
                APPLICATION.replace(
                    "{\"rulebook\":\"GECC-2560\",\"met\":[\"B01\"]}",
                    "{\"rulebook\":\"GECC-2560\",\"points\":64,\"gate\":60,\"maxPoints\":80}")))
        .isNotEmpty();
  }

  @Test
  void checkRequestRefusesAnUnknownKind() throws IOException {
    assertThat(SchemasTest.validate(CHECK, APPLICATION.replace("DISTRICT_OFFICE", "HOSPITAL")))
        .extracting(e -> e.getInstanceLocation().toString())
        .contains("/organisation/kind");
  }

  @Test
  void checkRequestRefusesAnUnknownChannel() throws IOException {
    assertThat(SchemasTest.validate(CHECK, APPLICATION.replace("[\"ONLINE\"]", "[\"FAX\"]")))
        .extracting(e -> e.getInstanceLocation().toString())
        .contains("/channels/0");
  }

  @Test
  void checkRequestRefusesAMissingSubmission() throws IOException {
    assertThat(
            SchemasTest.validate(
                CHECK, APPLICATION.replace(",\"submittedAt\":\"2024-02-01T10:00:00+07:00\"", "")))
        .isNotEmpty();
  }
}

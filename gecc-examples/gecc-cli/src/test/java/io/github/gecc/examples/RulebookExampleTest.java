package io.github.gecc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gecc.json.GeccJson;
import io.github.gecc.rules.Rulebook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The rulebook example a host starts from: the file and the JSON reference show the same one. */
class RulebookExampleTest {

  private static final Path FILE =
      DocumentationTest.ROOT.resolve("gecc-examples/docs/examples/rulebook.json");

  private static final Path PAGE = DocumentationTest.ROOT.resolve("gecc-json/docs/json.md");

  @Test
  void theExampleFileLoadsAsARulebookWithEveryField() throws Exception {
    byte[] json = Files.readAllBytes(FILE);
    Rulebook rulebook = GeccJson.read(GeccJson.mapper(), json, Rulebook.class);
    assertThat(rulebook.id()).isEqualTo("EXAMPLE-2570");
    JsonNode tree = GeccJson.mapper().readTree(json);
    assertThat(tree.fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder(
            "id",
            "firstRound",
            "source",
            "selfAssessmentGate",
            "applicationRequirements",
            "criteria",
            "outcomes",
            "notReachedOutcome");
  }

  @Test
  void theJsonReferenceShowsTheSameRulebookAsTheFile() throws IOException {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    String open = "RULEBOOK =\n      \"\"\"\n";
    int start = page.indexOf(open) + open.length();
    String block = page.substring(start, page.indexOf("      \"\"\";", start));
    assertThat(start).isGreaterThan(open.length());
    assertThat(GeccJson.mapper().readTree(block.replaceAll("(?m)^      ", "")))
        .isEqualTo(GeccJson.mapper().readTree(Files.readAllBytes(FILE)));
  }
}

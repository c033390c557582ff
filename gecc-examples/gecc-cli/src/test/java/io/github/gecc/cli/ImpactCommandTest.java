package io.github.gecc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.base.Splitter;
import io.github.gecc.commands.Command;
import io.github.gecc.commands.Invoker;
import io.github.gecc.examples.SyntheticNation;
import io.github.gecc.json.GeccJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** {@code impact}: its counts equal a naive re-run of both rulebooks through {@code evaluate}. */
class ImpactCommandTest {

  private static final ObjectMapper MAPPER = GeccJson.mapper();
  private static final String THREE_LEVELS = "../docs/examples/rulebook-three-levels.json";

  /** A synthetic population: the self-assessments of a synthetic nation's centres. */
  static String population(int subjects, long seed) {
    return SyntheticNation.generate(subjects, seed).assessments();
  }

  @Test
  void countsEqualANaiveReRunOfBothRulebooks() throws Exception {
    String population = population(2_000, 7);
    CliRunner.Result result =
        CliRunner.runArgs(population, "impact", "--a", "GECC-2560", "--b", THREE_LEVELS);
    assertThat(result.status()).isZero();
    JsonNode summary = MAPPER.readTree(result.stderr()).get("summary");

    JsonNode threeLevels = MAPPER.readTree(Files.readString(Path.of(THREE_LEVELS)));
    Invoker invoker = new Invoker(MAPPER, CliRunner.CLOCK);
    Command evaluate = invoker.commands().get("evaluate");
    Map<String, Long> naive = new TreeMap<>();
    long changed = 0;
    for (String line : Splitter.on('\n').omitEmptyStrings().split(population)) {
      JsonNode subject = MAPPER.readTree(line);
      var underA = MAPPER.createObjectNode().put("rulebook", "GECC-2560");
      underA.set("met", subject.get("met"));
      var underB = MAPPER.createObjectNode().set("rulebook", threeLevels);
      ((com.fasterxml.jackson.databind.node.ObjectNode) underB).set("met", subject.get("met"));
      String from = invoker.answer(evaluate, underA).output().get("outcome").asText();
      String to = invoker.answer(evaluate, underB).output().get("outcome").asText();
      if (!from.equals(to)) {
        changed++;
        naive.merge(from + " -> " + to, 1L, Long::sum);
      }
    }
    Map<String, Long> counted = new TreeMap<>();
    for (JsonNode transition : summary.get("transitions")) {
      counted.put(
          transition.get("from").asText() + " -> " + transition.get("to").asText(),
          transition.get("count").asLong());
      long byCause = 0;
      for (JsonNode cause : transition.get("causes")) {
        byCause += cause.get("count").asLong();
      }
      assertThat(byCause).isEqualTo(transition.get("count").asLong());
    }
    assertThat(summary.get("subjects").asLong()).isEqualTo(2_000);
    assertThat(summary.get("refused").asLong()).isZero();
    assertThat(summary.get("changed").asLong()).isEqualTo(changed).isPositive();
    assertThat(counted).isEqualTo(naive);
    assertThat(result.stdout().lines().count()).isEqualTo(changed);
  }

  @Test
  void aSubjectARulebookRefusesGetsItsOwnErrorLineAndTheRestGoOn() throws Exception {
    String population = "{\"id\":\"x\",\"met\":[\"E01\"]}\n" + population(3, 1);
    CliRunner.Result result =
        CliRunner.runArgs(population, "impact", "--a", "GECC-2560", "--b", THREE_LEVELS);
    assertThat(result.status()).isZero();
    JsonNode first = MAPPER.readTree(result.stdout().lines().findFirst().orElseThrow());
    assertThat(first.get("id").asText()).isEqualTo("x");
    assertThat(first.path("error").path("path").asText()).isEqualTo("/met/0");
    assertThat(first.path("error").path("rule").asText()).isEqualTo("3.20");
    JsonNode summary = MAPPER.readTree(result.stderr()).get("summary");
    assertThat(summary.get("subjects").asLong()).isEqualTo(4);
    assertThat(summary.get("refused").asLong()).isEqualTo(1);
  }

  @Test
  void refusesAnUnknownRulebookWithExitTwo() {
    CliRunner.Result result =
        CliRunner.runArgs("", "impact", "--a", "GECC-2560", "--b", "NO-SUCH-RULEBOOK");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.error().path("error").path("message").asText()).contains("NO-SUCH-RULEBOOK");
  }

  @Test
  void theSummaryTableCountsTheSameTransitions() {
    String population = population(200, 3);
    CliRunner.Result table =
        CliRunner.runArgs(
            population, "impact", "--a", "GECC-2560", "--b", THREE_LEVELS, "--output", "summary");
    assertThat(table.status()).isZero();
    assertThat(table.stdout())
        .startsWith("rulebook A GECC-2560, rulebook B FICTIONAL-THREE-LEVELS:" + " 200 subjects, ");
  }
}

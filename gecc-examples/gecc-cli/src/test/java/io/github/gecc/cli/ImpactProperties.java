package io.github.gecc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.commands.Command;
import io.github.gecc.commands.Invoker;
import io.github.gecc.json.GeccJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * For all populations, {@code impact}'s counts equal a naive re-run of the command that answers one
 * subject under each configuration: {@code evaluate} for assessments under two rulebooks, {@code
 * portfolio} for the centres of a synthetic nation under two lifecycle policies.
 */
class ImpactProperties {

  private static final ObjectMapper MAPPER = GeccJson.mapper();
  private static final String THREE_LEVELS = "../docs/examples/rulebook-three-levels.json";

  /**
   * An assessment: the first {@code basic} BASIC and {@code advanced} ADVANCED criteria, a kind.
   */
  record Subject(int basic, int advanced, boolean committee) {
    ObjectNode json(int index) {
      ObjectNode subject = MAPPER.createObjectNode().put("id", "s" + index);
      ArrayNode met = subject.putArray("met");
      for (int b = 1; b <= basic; b++) {
        met.add(String.format("B%02d", b));
      }
      for (int a = 1; a <= advanced; a++) {
        met.add(String.format("A%02d", a));
      }
      if (committee) {
        subject.put("kind", "COMMITTEE");
      }
      return subject;
    }
  }

  @Provide
  Arbitrary<Subject> subjects() {
    return Combinators.combine(
            Arbitraries.integers().between(25, 40),
            Arbitraries.integers().between(0, 20),
            Arbitraries.of(false, true))
        .as(Subject::new);
  }

  /** The transitions of a summary, "from -> to" to count, each checked against its causes. */
  private static Map<String, Long> transitions(JsonNode summary) {
    Map<String, Long> counted = new TreeMap<>();
    for (JsonNode transition : summary.get("transitions")) {
      long byCause = 0;
      for (JsonNode cause : transition.get("causes")) {
        byCause += cause.get("count").asLong();
      }
      assertThat(byCause).isEqualTo(transition.get("count").asLong());
      counted.put(
          transition.get("from").asText() + " -> " + transition.get("to").asText(),
          transition.get("count").asLong());
    }
    return counted;
  }

  @Property(tries = 30)
  void assessmentCountsEqualANaiveReRunOfEvaluate(
      @ForAll @Size(max = 60) List<@From("subjects") Subject> population) throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < population.size(); i++) {
      lines.append(population.get(i).json(i)).append('\n');
    }
    CliRunner.Result result =
        CliRunner.runArgs(lines.toString(), "impact", "--a", "GECC-2560", "--b", THREE_LEVELS);
    assertThat(result.status()).isZero();
    JsonNode summary = MAPPER.readTree(result.stderr()).get("summary");

    JsonNode threeLevels = MAPPER.readTree(Files.readString(Path.of(THREE_LEVELS)));
    Invoker invoker = new Invoker(MAPPER, CliRunner.CLOCK);
    Command evaluate = invoker.commands().get("evaluate");
    Map<String, Long> naive = new TreeMap<>();
    for (int i = 0; i < population.size(); i++) {
      ObjectNode subject = population.get(i).json(i);
      subject.remove("id");
      ObjectNode underA = subject.deepCopy().put("rulebook", "GECC-2560");
      ObjectNode underB = subject.deepCopy();
      underB.set("rulebook", threeLevels);
      String from = invoker.answer(evaluate, underA).output().get("outcome").asText();
      String to = invoker.answer(evaluate, underB).output().get("outcome").asText();
      if (!from.equals(to)) {
        naive.merge(from + " -> " + to, 1L, Long::sum);
      }
    }
    assertThat(transitions(summary)).isEqualTo(naive);
    assertThat(summary.get("subjects").asLong()).isEqualTo(population.size());
    assertThat(summary.get("changed").asLong())
        .isEqualTo(naive.values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(result.stdout().lines().count());
  }

  @Property(tries = 8)
  void portfolioCountsEqualANaiveReRunOfPortfolio(
      @ForAll @IntRange(min = 1, max = 1000) int seed,
      @ForAll @IntRange(min = 1, max = 60) int dueDays)
      throws IOException {
    JsonNode nation =
        MAPPER.readTree(
            CliRunner.runArgs("", "generate", "--centres", "40", "--seed", String.valueOf(seed))
                .stdout());
    Path policyA = Files.createTempFile("policy-a", ".json");
    Path policyB = Files.createTempFile("policy-b", ".json");
    try {
      Files.writeString(policyA, "{\"validity\":\"YEARS_FROM_DATE\"}");
      Files.writeString(policyB, "{\"validity\":\"YEARS_FROM_DATE\",\"dueDays\":" + dueDays + "}");
      CliRunner.Result result =
          CliRunner.runArgs(
              nation.toString(),
              "impact",
              "--population",
              "portfolio",
              "--a",
              policyA.toString(),
              "--b",
              policyB.toString());
      assertThat(result.status()).as(result.stderr()).isZero();
      JsonNode summary = MAPPER.readTree(result.stderr()).get("summary");

      Invoker invoker = new Invoker(MAPPER, CliRunner.CLOCK);
      Command portfolio = invoker.commands().get("portfolio");
      long changedOverdue = 0;
      for (JsonNode centre : nation.get("centres")) {
        List<String> overdue = new java.util.ArrayList<>();
        for (Path policy : List.of(policyA, policyB)) {
          ObjectNode request = MAPPER.createObjectNode().put("asOf", nation.get("asOf").asText());
          request.setAll((ObjectNode) MAPPER.readTree(policy.toFile()));
          request.putArray("centres").add(centre);
          List<String> periods = new java.util.ArrayList<>();
          invoker
              .answer(portfolio, request)
              .output()
              .get("overdue")
              .forEach(row -> periods.add(row.get("fiscalYear") + "," + row.get("period")));
          overdue.add(periods.toString());
        }
        if (!overdue.get(0).equals(overdue.get(1))) {
          changedOverdue++;
        }
      }
      // A centre whose overdue reports change is among the changed; the due days change no
      // validity, so every change keeps its headline.
      long changedMissing =
          result
              .stdout()
              .lines()
              .filter(line -> line.matches(".*\"only[AB]\":\\[[^]]*MISSING.*"))
              .count();
      assertThat(changedMissing).isEqualTo(changedOverdue);
      assertThat(summary.get("refused").asLong()).isZero();
      for (JsonNode transition : summary.get("transitions")) {
        assertThat(transition.get("from")).isEqualTo(transition.get("to"));
      }
    } finally {
      Files.deleteIfExists(policyA);
      Files.deleteIfExists(policyB);
    }
  }
}

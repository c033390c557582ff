package io.github.gecc.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.gecc.commands.CommandDocuments;
import io.github.gecc.testing.golden.GoldenCaseTests;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every golden decision case under {@code src/test/resources/golden/} in-process, through the
 * test-support artifact's {@link GoldenCaseTests}, the runner a user's suite uses.
 */
class GoldenCasesTest {

  /** The folder of cases. */
  static final Path CASES = Path.of("src/test/resources/golden");

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), io.github.gecc.time.ThaiTime.ZONE);

  /** Runs a case's command in-process, as every user of the engine does. */
  static final CommandRunner RUNNER = CommandDocuments.runner(CLOCK);

  static List<GoldenCase> loadAll() {
    return GoldenCases.load(CASES);
  }

  /** Rows whose rule the project's own cases must keep checking, one or more per section. */
  static final List<String> REQUIRED =
      List.of(
          "2.5", "2.8", "3.2", "3.3", "3.7", "3.15", "4.1", "4.10", "4.12", "5.3", "6.2", "8.1",
          "8.2");

  @TestFactory
  Stream<DynamicNode> goldenCases() {
    return GoldenCaseTests.from(CASES, RUNNER, REQUIRED);
  }

  @Test
  void everyRowACaseCitesIsARowOfTheRulesReference() {
    GoldenCoverage coverage = GoldenCoverage.of(loadAll(), c -> null);
    for (GoldenCase c : loadAll()) {
      for (String cited : c.citedRules()) {
        assertThat(coverage.rules().containsKey(cited) || coverage.sections().containsKey(cited))
            .as(c + " cites " + cited)
            .isTrue();
      }
    }
  }

  @Test
  void thereAreCasesToRun() {
    assertThat(loadAll()).hasSizeGreaterThanOrEqualTo(60);
  }

  @Test
  void everyCaseHoldsInOneRun() {
    GoldenRun run = GoldenRun.run(loadAll(), RUNNER);
    assertThat(run.summary().get("failures")).isEmpty();
    assertThat(run.allPassed()).isTrue();
  }

  @Test
  void aCaseWhoseExpectedValueIsChangedFails() {
    for (GoldenCase original : loadAll()) {
      if (!original.expectedOutput().isObject() || original.expectedOutput().isEmpty()) {
        continue;
      }
      ObjectNode changed = (ObjectNode) original.expectedOutput();
      String field = changed.fieldNames().next();
      changed.set(
          field, changed.get(field).isNumber() ? IntNode.valueOf(-1) : TextNode.valueOf("changed"));
      assertThat(original.withExpectedOutput(changed).check(RUNNER))
          .as(original.name())
          .isNotEmpty();
    }
  }

  @Test
  void aCaseExpectingAnotherStatusFails() {
    for (GoldenCase original : loadAll()) {
      GoldenCase broken = original.withExpectedStatus(original.expectedStatus() == 0 ? 2 : 0);
      assertThat(broken.check(RUNNER)).as(original.name()).isNotEmpty();
    }
  }
}

package io.github.gecc.testing.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gecc.commands.CommandDocuments;
import io.github.gecc.golden.CommandRunner;
import io.github.gecc.golden.GoldenCaseException;
import io.github.gecc.time.ThaiTime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** The golden-case factory: names, a folder without cases, and the coverage test. */
class GoldenCaseTestsTest {

  private static final CommandRunner RUNNER =
      CommandDocuments.runner(Clock.fixed(Instant.parse("2024-01-15T03:00:00Z"), ThaiTime.ZONE));

  private static final String CASE =
      "{\"name\":\"29 Feb 2024 is in fiscal year 2567\",\"rule\":\"RULES.md §4.1 FACT\",\"policy\":\"example\","
          + "\"command\":\"fiscal-year\",\"input\":{\"date\":\"2024-02-29\"},"
          + "\"expect\":{\"status\":0,\"output\":{\"fiscalYear\":2567}}}";

  @TempDir Path folder;

  private Path cases(String... cases) throws IOException {
    Files.writeString(
        folder.resolve("cases.json"),
        "{\"cases\":[" + String.join(",", cases) + "]}",
        StandardCharsets.UTF_8);
    return folder;
  }

  /**
   * Runs every test of the stream in order, as JUnit does, and returns the names of those that
   * failed.
   */
  private static List<String> run(Stream<DynamicNode> nodes) {
    return nodes
        .flatMap(GoldenCaseTestsTest::tests)
        .filter(
            test -> {
              try {
                test.getExecutable().execute();
                return false;
              } catch (Throwable failure) {
                return true;
              }
            })
        .map(DynamicTest::getDisplayName)
        .collect(Collectors.toList());
  }

  private static Stream<DynamicTest> tests(DynamicNode node) {
    if (node instanceof DynamicContainer container) {
      return container.getChildren().flatMap(GoldenCaseTestsTest::tests);
    }
    return Stream.of((DynamicTest) node);
  }

  @Test
  void aFolderWithoutCasesFailsInsteadOfPassingWithNoTest() {
    assertThatThrownBy(() -> GoldenCaseTests.from(folder, RUNNER))
        .isInstanceOf(GoldenCaseException.class)
        .hasMessageContaining("holds no golden case");
  }

  @Test
  void eachTestIsNamedByItsCaseAndTheCoverageTestComesLast() throws IOException {
    List<DynamicNode> nodes = GoldenCaseTests.from(cases(CASE), RUNNER).toList();
    assertThat(nodes)
        .extracting(DynamicNode::getDisplayName)
        .containsExactly("cases.json", "RULES.md coverage");
    assertThat(tests(nodes.get(0)).map(DynamicNode::getDisplayName))
        .singleElement()
        .asString()
        .startsWith("29 Feb 2024 is in fiscal year 2567 [RULES.md §4.1 FACT");
  }

  @Test
  void theCoverageTestFailsWhenARequiredRuleHasNoCase() throws IOException {
    assertThat(run(GoldenCaseTests.from(cases(CASE), RUNNER, List.of("4.1", "§4")))).isEmpty();
    assertThat(run(GoldenCaseTests.from(folder, RUNNER, List.of("4.1", "3.2"))))
        .containsExactly("RULES.md coverage");
  }

  @Test
  void theCoverageTestCountsTheCodesOfTheAnswers() throws IOException {
    Stream<DynamicNode> nodes =
        GoldenCaseTests.from(
            cases(
                "{\"name\":\"below the gate\",\"rule\":\"RULES.md §3.3 FACT\",\"policy\":\"example\","
                    + "\"command\":\"evaluate\",\"input\":{\"rulebook\":\"GECC-2560\",\"met\":[\"B01\"]},"
                    + "\"expect\":{\"status\":0}}"),
            RUNNER,
            List.of("SELF_ASSESSMENT_BELOW_GATE", "LEVEL_NOT_ALL_MET"));
    List<String> failed = run(nodes);
    assertThat(failed).isEmpty();
  }

  @Test
  void aRequiredEntryThatIsNoRuleIsRefusedAtOnce() throws IOException {
    Path dir = cases(CASE);
    assertThatThrownBy(() -> GoldenCaseTests.from(dir, RUNNER, List.of("NOT_A_CODE")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'NOT_A_CODE'");
  }

  @Test
  void aFailingCaseFailsWithTheMismatch() throws IOException {
    Stream<DynamicNode> nodes = GoldenCaseTests.from(cases(CASE.replace("2567}", "2566}")), RUNNER);
    DynamicTest test = tests(nodes.findFirst().orElseThrow()).findFirst().orElseThrow();
    assertThatThrownBy(() -> test.getExecutable().execute())
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("/fiscalYear: expected 2566 but was 2567");
  }
}

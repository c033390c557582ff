package io.github.gecc.testing.golden;

import io.github.gecc.cli.CommandDocuments;
import io.github.gecc.golden.CommandRunner;
import io.github.gecc.golden.GoldenCase;
import io.github.gecc.golden.GoldenCases;
import io.github.gecc.time.ThaiTime;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * A folder of golden-case files as JUnit 5 dynamic tests, one container per file and one test per
 * case, for a {@code @TestFactory}:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> goldenCases() {
 *   return GoldenCaseTests.from(Path.of("src/test/resources/golden"));
 * }
 * }</pre>
 *
 * <p>A case that does not hold fails with one line per mismatch, each naming the JSON Pointer of
 * the field; a file that cannot be read fails the factory with the file and the pointer of the
 * case at fault.
 */
public final class GoldenCaseTests {

  private GoldenCaseTests() {}

  /**
   * Reads every case file under {@code folder} and returns one dynamic test per case, each run
   * in-process by the library's own commands ({@link CommandDocuments#runner}), "now" being the
   * system clock in Bangkok time.
   *
   * @param folder the folder of {@code *.json} case files, subfolders included
   * @return one container per file, in path order, holding one test per case
   * @throws io.github.gecc.golden.GoldenCaseException if a file cannot be read as cases
   */
  public static Stream<DynamicNode> from(Path folder) {
    return from(folder, CommandDocuments.runner(Clock.system(ThaiTime.ZONE)));
  }

  /**
   * Reads every case file under {@code folder} and returns one dynamic test per case.
   *
   * @param folder the folder of {@code *.json} case files, subfolders included
   * @param runner runs each case's command in-process
   * @return one container per file, in path order, holding one test per case
   * @throws io.github.gecc.golden.GoldenCaseException if a file cannot be read as cases
   */
  public static Stream<DynamicNode> from(Path folder, CommandRunner runner) {
    Map<String, List<GoldenCase>> byFile = new LinkedHashMap<>();
    for (GoldenCase c : GoldenCases.load(folder)) {
      byFile.computeIfAbsent(c.file(), f -> new java.util.ArrayList<>()).add(c);
    }
    return byFile.entrySet().stream()
        .map(
            file ->
                DynamicContainer.dynamicContainer(
                    file.getKey(), file.getValue().stream().map(c -> test(c, runner))));
  }

  private static DynamicTest test(GoldenCase c, CommandRunner runner) {
    return DynamicTest.dynamicTest(
        c.displayName(),
        () -> {
          List<String> failures = c.check(runner);
          if (!failures.isEmpty()) {
            throw new AssertionFailedError(
                c.file() + ": case '" + c.name() + "' does not hold:\n  " + String.join("\n  ", failures));
          }
        });
  }
}

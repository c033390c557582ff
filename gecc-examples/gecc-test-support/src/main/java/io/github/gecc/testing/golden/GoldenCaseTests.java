package io.github.gecc.testing.golden;

import io.github.gecc.commands.CommandDocuments;
import io.github.gecc.golden.CommandResult;
import io.github.gecc.golden.CommandRunner;
import io.github.gecc.golden.GoldenCase;
import io.github.gecc.golden.GoldenCaseException;
import io.github.gecc.golden.GoldenCases;
import io.github.gecc.golden.GoldenCoverage;
import io.github.gecc.time.ThaiTime;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
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
 * the field; a file that cannot be read, or a folder that holds no case at all, fails the factory
 * with the file and the pointer of the case at fault (a suite never passes by running nothing).
 * After the cases, one more test, {@code RULES.md coverage}, prints which rows of RULES.md the
 * cases cite and which violation, warning and reason codes their answers hold; given required rules
 * ({@link #from(Path, CommandRunner, Collection)}), it fails when one has no case.
 *
 * <p>The cases run the library's commands: {@code gecc-commands} must be on the test class path
 * (this artifact declares it optional; see the package documentation).
 */
public final class GoldenCaseTests {

  private GoldenCaseTests() {}

  /**
   * Reads every case file under {@code folder} and returns one dynamic test per case, each run
   * in-process by the library's own commands ({@link CommandDocuments#runner}), "now" being the
   * system clock in Bangkok time, then the coverage test.
   *
   * @param folder the folder of {@code *.json} case files, subfolders included
   * @return one container per file, in path order, holding one test per case, then the coverage
   * @throws GoldenCaseException if a file cannot be read as cases, or the folder holds none
   */
  public static Stream<DynamicNode> from(Path folder) {
    return from(folder, CommandDocuments.runner(Clock.system(ThaiTime.ZONE)));
  }

  /**
   * Reads every case file under {@code folder} and returns one dynamic test per case, then the
   * coverage test.
   *
   * @param folder the folder of {@code *.json} case files, subfolders included
   * @param runner runs each case's command in-process
   * @return one container per file, in path order, holding one test per case, then the coverage
   * @throws GoldenCaseException if a file cannot be read as cases, or the folder holds none
   */
  public static Stream<DynamicNode> from(Path folder, CommandRunner runner) {
    return from(folder, runner, List.of());
  }

  /**
   * Reads every case file under {@code folder} and returns one dynamic test per case, then the
   * coverage test, which fails when one of the required rules or codes has no case.
   *
   * @param folder the folder of {@code *.json} case files, subfolders included
   * @param runner runs each case's command in-process
   * @param required rows of RULES.md ({@code 3.2}), sections ({@code §3}) and violation, warning or
   *     reason codes that some case must check; may be empty
   * @return one container per file, in path order, holding one test per case, then the coverage
   * @throws GoldenCaseException if a file cannot be read as cases, or the folder holds none
   * @throws IllegalArgumentException if a required entry is no row, section or code
   */
  public static Stream<DynamicNode> from(
      Path folder, CommandRunner runner, Collection<String> required) {
    List<String> requiredRules = List.copyOf(required);
    GoldenCoverage.of(List.of(), c -> null).withoutCase(requiredRules);
    List<GoldenCase> cases = GoldenCases.load(folder);
    if (cases.isEmpty()) {
      throw new GoldenCaseException(
          folder.toAbsolutePath().toString(),
          "",
          "holds no golden case; expected *.json files of {\"cases\":[…]} (is the path relative to"
              + " the folder the tests run in?)",
          null);
    }
    Map<String, List<GoldenCase>> byFile = new LinkedHashMap<>();
    for (GoldenCase c : cases) {
      byFile.computeIfAbsent(c.file(), f -> new ArrayList<>()).add(c);
    }
    Map<GoldenCase, CommandResult> answers = Collections.synchronizedMap(new IdentityHashMap<>());
    Stream<DynamicNode> tests =
        byFile.entrySet().stream()
            .map(
                file ->
                    DynamicContainer.dynamicContainer(
                        file.getKey(),
                        file.getValue().stream().map(c -> test(c, runner, answers))));
    return Stream.concat(tests, Stream.of(coverage(cases, answers, requiredRules)));
  }

  private static DynamicTest test(
      GoldenCase c, CommandRunner runner, Map<GoldenCase, CommandResult> answers) {
    return DynamicTest.dynamicTest(
        c.displayName(),
        () -> {
          CommandResult answer = c.run(runner);
          answers.put(c, answer);
          List<String> failures = c.check(answer);
          if (!failures.isEmpty()) {
            throw new AssertionFailedError(
                c.file()
                    + ": case '"
                    + c.name()
                    + "' does not hold:\n  "
                    + String.join("\n  ", failures));
          }
        });
  }

  private static DynamicTest coverage(
      List<GoldenCase> cases, Map<GoldenCase, CommandResult> answers, List<String> required) {
    return DynamicTest.dynamicTest(
        "RULES.md coverage",
        () -> {
          GoldenCoverage coverage;
          synchronized (answers) {
            coverage = GoldenCoverage.of(cases, answers::get);
          }
          System.out.println(coverage.summaryLine() + ": " + coverage.toJson());
          List<String> withoutCase = coverage.withoutCase(required);
          if (!withoutCase.isEmpty()) {
            throw new AssertionFailedError(
                "no golden case checks "
                    + String.join(", ", withoutCase)
                    + "; "
                    + coverage.summaryLine());
          }
        });
  }
}

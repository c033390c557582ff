package io.github.gecc.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.commands.Answer;
import io.github.gecc.commands.CommandDocuments;
import io.github.gecc.golden.GoldenCase;
import io.github.gecc.golden.GoldenCaseException;
import io.github.gecc.golden.GoldenCases;
import io.github.gecc.golden.GoldenCoverage;
import io.github.gecc.golden.GoldenRun;
import io.github.gecc.json.GeccJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code test DIR [--junit-xml FILE] [--require-coverage LIST]}: runs every golden-case file under
 * DIR, each case's command in-process, and compares the expected subset (the engine of {@code
 * io.github.gecc.golden}).
 *
 * <p>Prints on standard output {@code {"cases":N,"passed":P,"failed":F,"summary":"N cases: P
 * passed, F failed","failures":[{"file","name","rule","problems":[…]}],"coverage":{…}}} (see {@code
 * GoldenCoverage}); with {@code --junit-xml FILE} also writes a JUnit XML report there; with {@code
 * --require-coverage LIST} fails when a listed row, section or code has no case. Exits 0 when every
 * case holds, 1 when a case fails (with {@code {"error":{"message":"F of N cases failed"}}} on
 * standard error) or a required rule has no case, 2 when DIR is not a folder of case files, holds
 * no case, a case is malformed, LIST names an unknown rule or the report cannot be written.
 */
final class TestCommand {

  /** The command's name. */
  static final String NAME = "test";

  /** The one-line description for the usage text. */
  static final String DESCRIPTION = "run the golden-case files under DIR; exit 1 if a case fails";

  /** The usage line. */
  private static final String USAGE = "test DIR [--junit-xml FILE] [--require-coverage LIST]";

  /** The help text. */
  static final String HELP =
      """
      usage: java -jar gecc.jar test DIR [--junit-xml FILE] [--require-coverage LIST]
      Runs every golden-case file (*.json, {"cases":[…]}) under DIR, each case's command
      in-process, and compares the expected subset of its output or error. Prints a summary
      {"cases","passed","failed","summary","failures":[…],"coverage":{…}}: coverage counts,
      for each row of RULES.md, the cases whose "rule" cites it (§3.2), and for each violation,
      warning and reason code, the cases whose answer holds it. --junit-xml FILE also writes a
      JUnit XML report (the coverage as properties). --require-coverage LIST, comma-separated
      rows (3.2), sections (§3) and codes, fails the run when one of them has no case.
      Exit status 0 when every case holds, 1 when a case fails or a required rule has no case,
      2 when DIR holds no case, a case file is malformed or LIST names an unknown rule.\
      """;

  private TestCommand() {}

  /**
   * Runs {@code test} with the arguments after its name.
   *
   * @param args {@code DIR [--junit-xml FILE]}
   * @param stdout standard output
   * @param stderr standard error
   * @param clock the clock the cases' commands read "now" from
   * @return 0 all cases hold, 1 a case failed, 2 bad input
   */
  static int run(String[] args, PrintStream stdout, PrintStream stderr, Clock clock) {
    ObjectMapper mapper = GeccJson.mapper();
    String dir = null;
    String report = null;
    String required = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      if (option.equals("--junit-xml") || option.equals("--require-coverage")) {
        String value;
        if (arg.contains("=")) {
          value = arg.substring(arg.indexOf('=') + 1);
        } else if (i + 1 < args.length) {
          value = args[++i];
        } else {
          return error(
              stderr,
              mapper,
              2,
              Answer.USAGE,
              "option " + option + " has no value; usage: " + USAGE,
              null);
        }
        if (value.isEmpty()) {
          return error(
              stderr,
              mapper,
              2,
              Answer.USAGE,
              "option " + option + " has an empty value; usage: " + USAGE,
              null);
        }
        if ((option.equals("--junit-xml") ? report : required) != null) {
          return error(
              stderr, mapper, 2, Answer.USAGE, "option " + option + " is given twice", null);
        }
        if (option.equals("--junit-xml")) {
          report = value;
        } else {
          required = value;
        }
      } else if (arg.startsWith("--")) {
        return error(
            stderr, mapper, 2, Answer.USAGE, "unknown option '" + arg + "'; usage: " + USAGE, null);
      } else if (dir == null) {
        dir = arg;
      } else {
        return error(
            stderr,
            mapper,
            2,
            Answer.USAGE,
            "too many arguments: '" + arg + "'; usage: " + USAGE,
            null);
      }
    }
    if (dir == null) {
      return error(
          stderr,
          mapper,
          2,
          Answer.USAGE,
          "test needs a folder of case files; usage: " + USAGE,
          null);
    }
    List<String> requiredRules =
        required == null ? List.of() : List.of(required.trim().split("\\s*,\\s*"));
    Optional<String> unknown = GoldenCoverage.refusalOf(requiredRules);
    if (unknown.isPresent()) {
      return error(
          stderr, mapper, 2, Answer.USAGE, "option --require-coverage: " + unknown.get(), null);
    }
    List<GoldenCase> cases;
    try {
      cases = GoldenCases.load(Path.of(dir));
    } catch (GoldenCaseException e) {
      return error(stderr, mapper, 2, e.rule(), String.valueOf(e.getMessage()), e.pointer());
    } catch (UncheckedIOException e) {
      return error(
          stderr,
          mapper,
          2,
          Answer.USAGE,
          "could not read the cases under '" + dir + "': " + e.getCause(),
          null);
    }
    if (cases.isEmpty()) {
      return error(
          stderr,
          mapper,
          2,
          Answer.USAGE,
          "no case under '" + dir + "'; expected *.json files of {\"cases\":[…]}",
          null);
    }
    GoldenRun run = GoldenRun.run(cases, CommandDocuments.runner(clock));
    if (report != null) {
      Path file = Path.of(report).toAbsolutePath();
      try {
        // The report's folder is made as a build tool makes its reports' (target/ after clean).
        Files.createDirectories(file.getParent());
      } catch (IOException e) {
        return error(
            stderr,
            mapper,
            2,
            Answer.USAGE,
            "could not make the folder of the JUnit XML"
                + " report '"
                + report
                + "': "
                + e.getMessage(),
            null);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        run.writeJUnitXml(out);
      } catch (IOException | RuntimeException e) {
        return error(
            stderr,
            mapper,
            2,
            Answer.USAGE,
            "could not write the JUnit XML report '" + report + "': " + e.getMessage(),
            null);
      }
    }
    try {
      stdout.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(run.summary()));
    } catch (IOException e) {
      return error(stderr, mapper, 1, null, "could not print the summary: " + e.getMessage(), null);
    }
    stdout.flush();
    if (!run.allPassed()) {
      return error(
          stderr, mapper, 1, null, run.failed() + " of " + run.total() + " cases failed", null);
    }
    List<String> withoutCase = run.coverage().withoutCase(requiredRules);
    if (!withoutCase.isEmpty()) {
      return error(
          stderr,
          mapper,
          1,
          null,
          "no case checks " + String.join(", ", withoutCase) + " (required by --require-coverage)",
          null);
    }
    return 0;
  }

  private static int error(
      PrintStream stderr,
      ObjectMapper mapper,
      int status,
      @Nullable String rule,
      String message,
      @Nullable String path) {
    ObjectNode error = mapper.createObjectNode();
    ObjectNode body = error.putObject("error");
    body.put("message", message);
    if (path != null && !path.isEmpty()) {
      body.put("path", path);
    }
    if (rule != null) {
      body.put("rule", rule);
    }
    stderr.println(error);
    return status;
  }
}

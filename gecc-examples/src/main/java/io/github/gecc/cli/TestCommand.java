package io.github.gecc.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.golden.GoldenCase;
import io.github.gecc.golden.GoldenCaseException;
import io.github.gecc.golden.GoldenCases;
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
import org.jspecify.annotations.Nullable;

/**
 * {@code test DIR [--junit-xml FILE]}: runs every golden-case file under DIR, each case's command
 * in-process, and compares the expected subset (the engine of {@code io.github.gecc.golden}).
 *
 * <p>Prints on standard output {@code {"cases":N,"passed":P,"failed":F,"summary":"N cases: P
 * passed, F failed","failures":[{"file","name","rule","problems":[…]}]}}; with {@code
 * --junit-xml FILE} also writes a JUnit XML report there. Exits 0 when every case holds, 1 when a
 * case fails (with {@code {"error":{"message":"F of N cases failed"}}} on standard error), 2 when
 * DIR is not a folder of case files, holds no case, a case lacks a required field or the report
 * cannot be written.
 */
final class TestCommand {

  /** The command's name. */
  static final String NAME = "test";

  /** The one-line description for the usage text. */
  static final String DESCRIPTION = "run the golden-case files under DIR; exit 1 if a case fails";

  /** The help text. */
  static final String HELP =
      """
      usage: java -jar gecc.jar test DIR [--junit-xml FILE]
      Runs every golden-case file (*.json, {"cases":[…]}) under DIR, each case's command
      in-process, and compares the expected subset of its output or error. Prints a summary
      {"cases","passed","failed","summary","failures":[…]}; --junit-xml FILE also writes a
      JUnit XML report. Exit status 0 when every case holds, 1 when a case fails, 2 when DIR
      holds no case or a case file is malformed.\
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
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--junit-xml") || arg.startsWith("--junit-xml=")) {
        if (report != null) {
          return error(stderr, mapper, 2, "option --junit-xml is given twice", null);
        }
        if (arg.contains("=")) {
          report = arg.substring(arg.indexOf('=') + 1);
        } else if (i + 1 < args.length) {
          report = args[++i];
        } else {
          return error(stderr, mapper, 2, "option --junit-xml has no value; usage: test DIR [--junit-xml FILE]", null);
        }
        if (report.isEmpty()) {
          return error(stderr, mapper, 2, "option --junit-xml has an empty FILE", null);
        }
      } else if (arg.startsWith("--")) {
        return error(stderr, mapper, 2, "unknown option '" + arg + "'; usage: test DIR [--junit-xml FILE]", null);
      } else if (dir == null) {
        dir = arg;
      } else {
        return error(stderr, mapper, 2, "too many arguments: '" + arg + "'; usage: test DIR [--junit-xml FILE]", null);
      }
    }
    if (dir == null) {
      return error(stderr, mapper, 2, "test needs a folder of case files; usage: test DIR [--junit-xml FILE]", null);
    }
    List<GoldenCase> cases;
    try {
      cases = GoldenCases.load(Path.of(dir));
    } catch (GoldenCaseException e) {
      return error(stderr, mapper, 2, String.valueOf(e.getMessage()), e.pointer());
    } catch (UncheckedIOException e) {
      return error(stderr, mapper, 2, "could not read the cases under '" + dir + "': " + e.getCause(), null);
    }
    if (cases.isEmpty()) {
      return error(stderr, mapper, 2, "no case under '" + dir + "'; expected *.json files of {\"cases\":[…]}", null);
    }
    GoldenRun run = GoldenRun.run(cases, CommandDocuments.runner(clock));
    if (report != null) {
      try (OutputStream out = Files.newOutputStream(Path.of(report))) {
        run.writeJUnitXml(out);
      } catch (IOException | RuntimeException e) {
        return error(stderr, mapper, 2, "could not write the JUnit XML report '" + report + "': " + e.getMessage(), null);
      }
    }
    try {
      stdout.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(run.summary()));
    } catch (IOException e) {
      return error(stderr, mapper, 1, "could not print the summary: " + e.getMessage(), null);
    }
    stdout.flush();
    if (!run.allPassed()) {
      return error(stderr, mapper, 1, run.failed() + " of " + run.total() + " cases failed", null);
    }
    return 0;
  }

  private static int error(
      PrintStream stderr, ObjectMapper mapper, int status, String message, @Nullable String path) {
    ObjectNode error = mapper.createObjectNode();
    ObjectNode body = error.putObject("error");
    body.put("message", message);
    if (path != null && !path.isEmpty()) {
      body.put("path", path);
    }
    stderr.println(error);
    return status;
  }
}

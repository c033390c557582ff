package io.github.gecc.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One golden case: a command, its input and the expected exit status with either a subset of the
 * output or the error's path, message and rule code. Immutable; the JSON it holds is copied in and
 * out.
 */
public final class GoldenCase {

  /** A citation of a RULES.md section ({@code §3}) or row ({@code §3.2}). */
  private static final Pattern CITATION = Pattern.compile("§(\\d+)(?:\\.(\\d+))?(?!\\d)");

  private final String file;
  private final String name;
  private final String rule;
  private final String citation;
  private final String command;
  private final JsonNode input;
  private final int status;
  private final JsonNode output;
  private final @Nullable String errorPath;
  private final @Nullable String errorMessageContains;
  private final @Nullable String errorRule;

  private GoldenCase(
      String file,
      String name,
      String rule,
      String citation,
      String command,
      JsonNode input,
      int status,
      JsonNode output,
      @Nullable String errorPath,
      @Nullable String errorMessageContains,
      @Nullable String errorRule) {
    this.file = Objects.requireNonNull(file, "file");
    this.name = Objects.requireNonNull(name, "name");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.citation = Objects.requireNonNull(citation, "citation");
    this.command = Objects.requireNonNull(command, "command");
    this.input = input.deepCopy();
    this.status = status;
    this.output = output.deepCopy();
    this.errorPath = errorPath;
    this.errorMessageContains = errorMessageContains;
    this.errorRule = errorRule;
  }

  /**
   * Reads one case of a case file. Every field is checked: an unknown or misspelled field, a value
   * of the wrong JSON type or a repeated key is refused with its pointer.
   *
   * @param file the file, relative to the folder of cases, for messages
   * @param pointer the JSON Pointer of the case in the file, e.g. {@code /cases/0}
   * @param node the case
   * @return the case
   * @throws GoldenCaseException if a field is unknown or not of its type, or a required field
   *     ({@code name}, {@code rule}, {@code command}, {@code expect.status}, and {@code source} or
   *     {@code policy}) is missing
   */
  public static GoldenCase read(String file, String pointer, JsonNode node) {
    if (!node.isObject()) {
      throw new GoldenCaseException(file, pointer, "a case is a JSON object, not " + node, null);
    }
    CaseDocuments.Case written = CaseDocuments.read(file, pointer, node, CaseDocuments.Case.class);
    String name = text(file, pointer, "name", written.name());
    String rule = text(file, pointer, "rule", written.rule());
    String command = text(file, pointer, "command", written.command());
    String citation;
    if (written.source() != null) {
      citation = "source " + text(file, pointer, "source", written.source());
    } else if (written.policy() != null) {
      citation = "policy " + text(file, pointer, "policy", written.policy());
    } else {
      throw new GoldenCaseException(
          file,
          pointer,
          "case '" + name + "' cites neither a \"source\" (a circular) nor a \"policy\"",
          null);
    }
    CaseDocuments.Expect expect = written.expect();
    if (expect == null) {
      throw new GoldenCaseException(
          file,
          pointer + "/expect",
          "case '"
              + name
              + "' needs \"expect\": {\"status\":0,\"output\":{…}} or {\"status\":2,\"error\":{…}}",
          null);
    }
    if (expect.status() == null) {
      throw new GoldenCaseException(
          file,
          pointer + "/expect/status",
          "case '" + name + "' needs an integer expect.status (0, 1 or 2)",
          null);
    }
    CaseDocuments.ExpectedError error = expect.error();
    return new GoldenCase(
        file,
        name,
        rule,
        citation,
        command,
        written.input() == null ? MissingNode.getInstance() : written.input(),
        expect.status(),
        expect.output() == null ? MissingNode.getInstance() : expect.output(),
        error == null ? null : error.path(),
        error == null ? null : error.messageContains(),
        error == null ? null : ruleCode(file, pointer, error.rule()));
  }

  /** A row of RULES.md such as {@code 11.3}: the code an error names. */
  private static final Pattern RULE_CODE = Pattern.compile("[1-9][0-9]*\\.[1-9][0-9]*");

  private static @Nullable String ruleCode(String file, String pointer, @Nullable String rule) {
    if (rule != null && !RULE_CODE.matcher(rule).matches()) {
      throw new GoldenCaseException(
          file,
          pointer + "/expect/error/rule",
          "expect.error.rule is the code of a row of RULES.md such as \"11.3\", not \""
              + rule
              + "\"",
          null);
    }
    return rule;
  }

  private static String text(String file, String pointer, String field, String value) {
    if (value == null || value.isBlank()) {
      throw new GoldenCaseException(
          file, pointer + "/" + field, "a case needs a non-empty string \"" + field + "\"", null);
    }
    return value;
  }

  /**
   * Runs the case and lists what does not match.
   *
   * @param runner runs the case's command
   * @return one line per mismatch, each naming the JSON Pointer; empty when the case holds
   */
  public ImmutableList<String> check(CommandRunner runner) {
    return check(run(runner));
  }

  /**
   * Runs the case's command on a copy of its input, without comparing.
   *
   * @param runner runs the case's command
   * @return what the command answered
   */
  public CommandResult run(CommandRunner runner) {
    return runner.run(command, input.deepCopy());
  }

  /**
   * Compares what the case's command answered with what the case expects.
   *
   * @param actual the answer, from {@link #run}
   * @return one line per mismatch, each naming the JSON Pointer; empty when the case holds
   */
  public ImmutableList<String> check(CommandResult actual) {
    List<String> failures = new ArrayList<>();
    if (actual.status() != status) {
      failures.add(
          "status "
              + actual.status()
              + " instead of "
              + status
              + (actual.status() == 0
                  ? "; output: " + actual.output()
                  : "; error: " + actual.error()));
      return ImmutableList.copyOf(failures);
    }
    if (!output.isMissingNode()) {
      failures.addAll(JsonSubset.mismatches(output, actual.output()));
    }
    JsonNode error = actual.error();
    if (errorPath != null && !errorPath.equals(error.path("path").asText(null))) {
      failures.add("error path " + error.path("path") + " instead of \"" + errorPath + "\"");
    }
    if (errorMessageContains != null
        && !error.path("message").asText("").contains(errorMessageContains)) {
      failures.add(
          "error message " + error.path("message") + " lacks \"" + errorMessageContains + "\"");
    }
    if (errorRule != null && !errorRule.equals(error.path("rule").asText(null))) {
      failures.add("error rule " + error.path("rule") + " instead of \"" + errorRule + "\"");
    }
    return ImmutableList.copyOf(failures);
  }

  /**
   * Returns this case expecting another output subset, to prove that a changed expectation fails.
   *
   * @param expected the output subset expected instead
   * @return the changed case
   */
  public GoldenCase withExpectedOutput(JsonNode expected) {
    return new GoldenCase(
        file,
        name,
        rule,
        citation,
        command,
        input,
        status,
        expected,
        errorPath,
        errorMessageContains,
        errorRule);
  }

  /**
   * Returns this case expecting another exit status.
   *
   * @param expected the status expected instead
   * @return the changed case
   */
  public GoldenCase withExpectedStatus(int expected) {
    return new GoldenCase(
        file,
        name,
        rule,
        citation,
        command,
        input,
        expected,
        output,
        errorPath,
        errorMessageContains,
        errorRule);
  }

  /**
   * Returns the code of the rule the case's error is expected to name.
   *
   * @return a row of RULES.md such as {@code 11.3}, or empty when the case expects no rule
   */
  public Optional<String> expectedRule() {
    return Optional.ofNullable(errorRule);
  }

  /**
   * Returns the file the case was read from.
   *
   * @return the file, relative to the folder of cases
   */
  public String file() {
    return file;
  }

  /**
   * Returns the case's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the rule the case checks.
   *
   * @return for example {@code RULES.md §4 FACT …}
   */
  public String rule() {
    return rule;
  }

  /**
   * Returns the rows and sections of RULES.md the case's {@link #rule} cites: each {@code §N.M}
   * names row N.M, each {@code §N} not followed by a row number names section N.
   *
   * @return the cited rows ({@code 3.2}) and sections ({@code §3}), in the order written, each once
   */
  public ImmutableList<String> citedRules() {
    LinkedHashSet<String> cited = new LinkedHashSet<>();
    Matcher m = CITATION.matcher(rule);
    while (m.find()) {
      cited.add(m.group(2) == null ? "§" + m.group(1) : m.group(1) + "." + m.group(2));
    }
    return ImmutableList.copyOf(cited);
  }

  /**
   * Returns what the case cites.
   *
   * @return {@code source …} (an official circular) or {@code policy …}
   */
  public String citation() {
    return citation;
  }

  /**
   * Returns the command the case runs.
   *
   * @return the command's name
   */
  public String command() {
    return command;
  }

  /**
   * Returns a copy of the input document.
   *
   * @return the input, a missing node when the case gives none
   */
  public JsonNode input() {
    return input.deepCopy();
  }

  /**
   * Returns the exit status expected.
   *
   * @return 0, 1 or 2
   */
  public int expectedStatus() {
    return status;
  }

  /**
   * Returns a copy of the expected output subset.
   *
   * @return the subset, a missing node when the case expects none
   */
  public JsonNode expectedOutput() {
    return output.deepCopy();
  }

  /**
   * Returns the name shown by a test runner: the name, the rule and the citation.
   *
   * @return the display name
   */
  public String displayName() {
    return name + " [" + rule + "; " + citation + "]";
  }

  @Override
  public String toString() {
    return file + ": " + name;
  }
}

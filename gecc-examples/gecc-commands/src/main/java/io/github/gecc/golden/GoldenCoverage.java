package io.github.gecc.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.gecc.application.ViolationCode;
import io.github.gecc.application.WarningCode;
import io.github.gecc.rules.ReasonCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which rules a list of golden cases checked: for each row of RULES.md, how many cases cite it in
 * their {@code rule} ({@code §3.2}); for each section, how many cite the section or one of its
 * rows; and for each violation, warning and reason code, how many cases got an answer holding it (a
 * {@code "code"} field of the output or the error). Immutable and thread-safe.
 */
public final class GoldenCoverage {

  /** Where the rules reference ships beside this class. */
  private static final String RULES_RESOURCE = "RULES.md";

  /** A row of a RULES.md table: {@code | 3.2 | …}. */
  private static final Pattern ROW = Pattern.compile("^\\|\\s*(\\d+)\\.(\\d+)\\s*\\|");

  /** The rows of RULES.md, in order, read once. */
  private static final ImmutableList<String> ROWS = readRows();

  private final ImmutableMap<String, Integer> rules;
  private final ImmutableMap<String, Integer> sections;
  private final ImmutableMap<String, Integer> violations;
  private final ImmutableMap<String, Integer> warnings;
  private final ImmutableMap<String, Integer> reasons;

  private GoldenCoverage(
      ImmutableMap<String, Integer> rules,
      ImmutableMap<String, Integer> sections,
      ImmutableMap<String, Integer> violations,
      ImmutableMap<String, Integer> warnings,
      ImmutableMap<String, Integer> reasons) {
    this.rules = rules;
    this.sections = sections;
    this.violations = violations;
    this.warnings = warnings;
    this.reasons = reasons;
  }

  /**
   * Counts what the cases checked.
   *
   * @param cases the cases, not null
   * @param answerOf what each case's command answered, or null for a case that did not run
   * @return the coverage
   */
  public static GoldenCoverage of(
      List<GoldenCase> cases, Function<GoldenCase, CommandResult> answerOf) {
    Map<String, Integer> rules = zeros(ROWS);
    Map<String, Integer> sections = new LinkedHashMap<>();
    for (String row : ROWS) {
      sections.put(sectionOf(row), 0);
    }
    Map<String, Integer> violations = zeros(names(ViolationCode.values()));
    Map<String, Integer> warnings = zeros(names(WarningCode.values()));
    Map<String, Integer> reasons = zeros(names(ReasonCode.values()));
    for (GoldenCase c : cases) {
      Set<String> sectionsCited = new HashSet<>();
      for (String cited : c.citedRules()) {
        rules.computeIfPresent(cited, (row, n) -> n + 1);
        sectionsCited.add(cited.startsWith("§") ? cited : sectionOf(cited));
      }
      sectionsCited.forEach(section -> sections.computeIfPresent(section, (s, n) -> n + 1));
      CommandResult answer = answerOf.apply(c);
      if (answer != null) {
        Set<String> codes = new HashSet<>();
        collectCodes(answer.output(), codes);
        collectCodes(answer.error(), codes);
        for (String code : codes) {
          violations.computeIfPresent(code, (k, n) -> n + 1);
          warnings.computeIfPresent(code, (k, n) -> n + 1);
          reasons.computeIfPresent(code, (k, n) -> n + 1);
        }
      }
    }
    return new GoldenCoverage(
        ImmutableMap.copyOf(rules),
        ImmutableMap.copyOf(sections),
        ImmutableMap.copyOf(violations),
        ImmutableMap.copyOf(warnings),
        ImmutableMap.copyOf(reasons));
  }

  /**
   * Returns, for each row of RULES.md, how many cases cite it.
   *
   * @return row ({@code 3.2}) to number of cases, in the order of RULES.md
   */
  public ImmutableMap<String, Integer> rules() {
    return rules;
  }

  /**
   * Returns, for each section of RULES.md, how many cases cite it or one of its rows.
   *
   * @return section ({@code §3}) to number of cases, in order
   */
  public ImmutableMap<String, Integer> sections() {
    return sections;
  }

  /**
   * Returns, for each violation code, how many cases got an answer holding it.
   *
   * @return code to number of cases, in declaration order
   */
  public ImmutableMap<String, Integer> violations() {
    return violations;
  }

  /**
   * Returns, for each warning code, how many cases got an answer holding it.
   *
   * @return code to number of cases, in declaration order
   */
  public ImmutableMap<String, Integer> warnings() {
    return warnings;
  }

  /**
   * Returns, for each reason code of an evaluation, how many cases got an answer holding it.
   *
   * @return code to number of cases, in declaration order
   */
  public ImmutableMap<String, Integer> reasons() {
    return reasons;
  }

  /**
   * Returns those of the required rules and codes that no case checked.
   *
   * @param required rows ({@code 3.2}), sections ({@code §3}) and violation, warning or reason
   *     codes, not null
   * @return those with no case, in the order given; empty when every one has a case
   * @throws IllegalArgumentException if an entry is neither a row nor a section of RULES.md nor a
   *     code, naming it
   */
  public ImmutableList<String> withoutCase(Collection<String> required) {
    refusalOf(required)
        .ifPresent(
            message -> {
              throw new IllegalArgumentException(message);
            });
    ImmutableList.Builder<String> missing = ImmutableList.builder();
    for (String entry : required) {
      if (Objects.equals(countOf(entry), 0)) {
        missing.add(entry);
      }
    }
    return missing.build();
  }

  /**
   * Returns why a list of required rules and codes cannot be checked, before any case runs: the
   * first entry that is neither a row nor a section of RULES.md nor a violation, warning or reason
   * code.
   *
   * @param required rows ({@code 3.2}), sections ({@code §3}) and codes, not null
   * @return the message naming the first unknown entry; empty when every entry is known
   */
  public static Optional<String> refusalOf(Collection<String> required) {
    GoldenCoverage none = of(List.of(), c -> null);
    for (String entry : required) {
      if (none.countOf(entry) == null) {
        return Optional.of(
            "'"
                + entry
                + "' is neither a row of RULES.md (for example 3.2), a section (§3) nor a"
                + " violation, warning or reason code (for example SELF_ASSESSMENT_BELOW_THRESHOLD)");
      }
    }
    return Optional.empty();
  }

  private @Nullable Integer countOf(String entry) {
    for (Map<String, Integer> counts : List.of(rules, sections, violations, warnings, reasons)) {
      Integer count = counts.get(entry);
      if (count != null) {
        return count;
      }
    }
    return null;
  }

  /**
   * Returns the one-line summary, e.g. {@code RULES.md: 12 of 97 rows cited; codes: 5 of 40 met}.
   *
   * @return the summary
   */
  public String summaryLine() {
    int codes = violations.size() + warnings.size() + reasons.size();
    long codesMet = covered(violations) + covered(warnings) + covered(reasons);
    return "RULES.md: "
        + covered(rules)
        + " of "
        + rules.size()
        + " rows cited; codes: "
        + codesMet
        + " of "
        + codes
        + " met";
  }

  /**
   * Returns the coverage as JSON: {@code summary} (the line), then for rules, violations, warnings
   * and reasons the counts of those checked by at least one case and the list of those checked by
   * none ({@code rulesWithoutCase}, …).
   *
   * @return the document
   */
  public ObjectNode toJson() {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("summary", summaryLine());
    put(out, "rules", rules);
    put(out, "violations", violations);
    put(out, "warnings", warnings);
    put(out, "reasons", reasons);
    return out;
  }

  /**
   * Returns the coverage as name-value pairs for a JUnit XML {@code properties} element: {@code
   * coverage.rule.3.2}, {@code coverage.section.§3}, {@code coverage.violation.CODE}, {@code
   * coverage.warning.CODE} and {@code coverage.reason.CODE}, each the number of cases, zeros
   * included.
   *
   * @return the properties, in order
   */
  public ImmutableMap<String, String> properties() {
    ImmutableMap.Builder<String, String> properties = ImmutableMap.builder();
    properties.put("coverage", summaryLine());
    rules.forEach((k, n) -> properties.put("coverage.rule." + k, n.toString()));
    sections.forEach((k, n) -> properties.put("coverage.section." + k, n.toString()));
    violations.forEach((k, n) -> properties.put("coverage.violation." + k, n.toString()));
    warnings.forEach((k, n) -> properties.put("coverage.warning." + k, n.toString()));
    reasons.forEach((k, n) -> properties.put("coverage.reason." + k, n.toString()));
    return properties.buildOrThrow();
  }

  private static void put(ObjectNode out, String name, Map<String, Integer> counts) {
    ObjectNode checked = out.putObject(name);
    ArrayNode without = out.putArray(name + "WithoutCase");
    counts.forEach(
        (key, n) -> {
          if (n > 0) {
            checked.put(key, n);
          } else {
            without.add(key);
          }
        });
  }

  private static long covered(Map<String, Integer> counts) {
    return counts.values().stream().filter(n -> n > 0).count();
  }

  private static void collectCodes(JsonNode node, Set<String> codes) {
    if (node.isObject()) {
      JsonNode code = node.get("code");
      if (code != null && code.isTextual()) {
        codes.add(code.asText());
      }
    }
    for (JsonNode child : node) {
      collectCodes(child, codes);
    }
  }

  private static String sectionOf(String row) {
    return "§" + row.substring(0, row.indexOf('.'));
  }

  private static Map<String, Integer> zeros(List<String> keys) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    keys.forEach(key -> counts.put(key, 0));
    return counts;
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  private static ImmutableList<String> readRows() {
    try (InputStream in = GoldenCoverage.class.getResourceAsStream(RULES_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "RULES.md is missing beside " + GoldenCoverage.class.getName());
      }
      ImmutableList.Builder<String> rows = ImmutableList.builder();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
        Matcher row = ROW.matcher(line);
        if (row.find()) {
          rows.add(row.group(1) + "." + row.group(2));
        }
      }
      return rows.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

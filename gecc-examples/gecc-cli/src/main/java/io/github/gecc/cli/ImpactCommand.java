package io.github.gecc.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.commands.Answer;
import io.github.gecc.commands.Invoker;
import io.github.gecc.commands.Request;
import io.github.gecc.json.GeccJson;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.rules.Assessment;
import io.github.gecc.rules.AssessmentKind;
import io.github.gecc.rules.Evaluation;
import io.github.gecc.rules.Reason;
import io.github.gecc.rules.Rulebook;
import io.github.gecc.rules.RulebookRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code impact --a RULEBOOK --b RULEBOOK [--output ndjson|summary] [FILE]}: the impact of a new
 * rulebook over a population. Reads newline-delimited assessments, one subject a line, {@code
 * {"id":…,"met":["B01",…],"kind":"SELF_ASSESSMENT"}}, evaluates each under rulebook A and under
 * rulebook B ({@link Rulebook#evaluate}, the one implementation of the rules), and reports the
 * subjects whose outcome changes, from what to what, grouped by cause: the reasons of the two
 * evaluations that differ (a requirement met under one rulebook and not under the other).
 *
 * <p>It streams: one line is held at a time, and the summary holds a count per transition and
 * cause, so a national population runs in bounded memory.
 */
final class ImpactCommand {

  /** The command's name. */
  static final String NAME = "impact";

  /** The one-line description for the usage text. */
  static final String DESCRIPTION =
      "which subjects of a population change outcome under a new rulebook, and why";

  /** The help text. */
  static final String HELP =
      """
      usage: java -jar gecc.jar impact --a RULEBOOK --b RULEBOOK [--output ndjson|summary] [FILE]
      Reads newline-delimited assessments (UTF-8) from FILE or standard input, one subject a line:
        {"id":"c1","met":["B01","B02","A01"]}            ("kind":"COMMITTEE" optional)
      evaluates each under rulebook A and rulebook B (a bundled id such as GECC-2560, or the
      path of a rulebook JSON file) and writes, with --output ndjson (the default), one line per
      subject whose outcome changes:
        {"id":"c1","from":"CERTIFIED","to":"NOT_CERTIFIED","causes":{"onlyA":[…],"onlyB":[…]}}
      (causes: the reasons, CODE(outcome,level), that one evaluation gives and the other not),
      a line {"id":…,"error":{"message","path"}} per subject refused, and a summary on standard
      error: {"summary":{"subjects","changed","refused","transitions":[{"from","to","count",
      "causes":[{"onlyA","onlyB","count"}]}]}}. --output summary prints the summary as a table
      instead. It streams: memory does not grow with the population. See docs/receipts.md.\
      """;

  private static final List<String> FIELDS = List.of("id", "met", "kind");

  private ImpactCommand() {}

  /**
   * Runs the command.
   *
   * @return the exit status: 0 once every line is answered, 2 for bad options, 1 when reading
   *     fails midway
   */
  static int run(
      String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr, ObjectMapper mapper)
      throws IOException {
    Map<String, String> options = new TreeMap<>();
    List<String> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--a") || arg.equals("--b") || arg.equals("--output")) {
        if (i + 1 == args.length) {
          return Main.print(stderr, mapper, Answer.badInput("option " + arg + " has no value", null));
        }
        if (options.put(arg, args[++i]) != null) {
          return Main.print(stderr, mapper, Answer.badInput("option " + arg + " is given twice", null));
        }
      } else if (arg.startsWith("--")) {
        return Main.print(stderr, mapper, Answer.badInput("unknown option " + arg
            + "; impact takes --a, --b and --output", null));
      } else {
        files.add(arg);
      }
    }
    if (files.size() > 1) {
      return Main.print(stderr, mapper, Answer.badInput("too many arguments " + files
          + "; usage: impact --a RULEBOOK --b RULEBOOK [--output ndjson|summary] [FILE]", null));
    }
    String output = options.getOrDefault("--output", "ndjson");
    if (!output.equals("ndjson") && !output.equals("summary")) {
      return Main.print(stderr, mapper, Answer.badInput("option --output is ndjson or summary,"
          + " not '" + output + "'", null));
    }
    Rulebook a;
    Rulebook b;
    try {
      a = rulebook(mapper, options, "--a");
      b = rulebook(mapper, options, "--b");
    } catch (GeccJsonException e) {
      return Main.print(stderr, mapper, Invoker.refusal(e));
    }
    InputStream in = stdin;
    if (files.size() == 1 && !files.get(0).equals("-")) {
      try {
        in = Files.newInputStream(Path.of(files.get(0)));
      } catch (NoSuchFileException e) {
        return Main.print(stderr, mapper, Answer.badInput("no such file: " + files.get(0), null));
      }
    }
    Impact impact = new Impact(mapper, a, b);
    boolean lines = output.equals("ndjson");
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        ObjectNode result = impact.compare(line);
        if (result != null && lines) {
          stdout.println(mapper.writeValueAsString(result));
        }
      }
    }
    if (lines) {
      stdout.flush();
      ObjectNode summary = mapper.createObjectNode();
      summary.set("summary", impact.summary());
      stderr.println(mapper.writeValueAsString(summary));
      stderr.flush();
    } else {
      stdout.print(impact.table());
      stdout.flush();
    }
    return Main.OK;
  }

  private static Rulebook rulebook(ObjectMapper mapper, Map<String, String> options, String option)
      throws GeccJsonException {
    String value = options.get(option);
    if (value == null) {
      throw new GeccJsonException("impact needs " + option + " RULEBOOK: a bundled id such as"
          + " GECC-2560 or the path of a rulebook JSON file", "");
    }
    Optional<Rulebook> bundled = RulebookRegistry.bundled().byId(value);
    if (bundled.isPresent()) {
      return bundled.get();
    }
    Path path = Path.of(value);
    if (!Files.isRegularFile(path)) {
      throw new GeccJsonException("option " + option + ": '" + value + "' is neither a bundled"
          + " rulebook id (" + RulebookRegistry.bundled().all().stream().map(Rulebook::id)
              .toList() + ") nor a rulebook file", "");
    }
    try {
      return GeccJson.read(mapper, Files.readAllBytes(path), Rulebook.class);
    } catch (GeccJsonException e) {
      throw new GeccJsonException("option " + option + " (" + value + "): " + e.getOriginalMessage(),
          e.pointer(), e);
    } catch (JsonProcessingException e) {
      throw new GeccJsonException("option " + option + " (" + value + "): "
          + e.getOriginalMessage(), "", e);
    } catch (IOException e) {
      throw new GeccJsonException("option " + option + ": cannot read " + value + ": " + e, "", e);
    }
  }

  /**
   * The comparison of two rulebooks over a stream of subjects: each subject evaluated under both,
   * the changes counted per transition and cause. Not thread-safe: one stream at a time.
   */
  static final class Impact {
    private final ObjectMapper mapper;
    private final Rulebook a;
    private final Rulebook b;
    private long subjects;
    private long changed;
    private long refused;
    /** Count per "from", "to", then cause (the canonical text of {onlyA, onlyB}). */
    private final Map<String, Map<String, Map<String, Long>>> transitions = new TreeMap<>();

    Impact(ObjectMapper mapper, Rulebook a, Rulebook b) {
      this.mapper = mapper;
      this.a = a;
      this.b = b;
    }

    /**
     * Compares one line: its change line, its error line, or null when its outcome is the same
     * under both rulebooks.
     */
    @org.jspecify.annotations.Nullable ObjectNode compare(String line) {
      subjects++;
      JsonNode id = NullNode.getInstance();
      try {
        JsonNode subject = mapper.readTree(line);
        if (subject.isObject() && subject.has("id")) {
          id = subject.get("id");
        }
        Request request = new Request(mapper, subject, "impact line", FIELDS);
        AssessmentKind kind = request.has("kind")
            ? request.enumValue("kind", AssessmentKind.class) : AssessmentKind.SELF_ASSESSMENT;
        List<String> met = new ArrayList<>();
        JsonNode array = subject.path("met");
        if (!array.isArray()) {
          throw request.error("met", "expected an array of criterion ids, not "
              + Request.describe(array));
        }
        for (int i = 0; i < array.size(); i++) {
          if (!array.get(i).isTextual()) {
            throw new GeccJsonException("expected a criterion id, not "
                + Request.describe(array.get(i)), "/met/" + i);
          }
          met.add(array.get(i).textValue());
        }
        Evaluation underA = evaluate(request, a, kind, met);
        Evaluation underB = evaluate(request, b, kind, met);
        if (underA.outcome().equals(underB.outcome())) {
          return null;
        }
        changed++;
        Set<String> reasonsA = reasons(underA);
        Set<String> reasonsB = reasons(underB);
        ObjectNode causes = mapper.createObjectNode();
        ArrayNode onlyA = causes.putArray("onlyA");
        reasonsA.stream().filter(r -> !reasonsB.contains(r)).forEach(onlyA::add);
        ArrayNode onlyB = causes.putArray("onlyB");
        reasonsB.stream().filter(r -> !reasonsA.contains(r)).forEach(onlyB::add);
        transitions
            .computeIfAbsent(underA.outcome(), k -> new TreeMap<>())
            .computeIfAbsent(underB.outcome(), k -> new TreeMap<>())
            .merge(causes.toString(), 1L, Long::sum);
        ObjectNode result = mapper.createObjectNode();
        result.set("id", id);
        result.put("from", underA.outcome());
        result.put("to", underB.outcome());
        result.set("causes", causes);
        return result;
      } catch (GeccJsonException e) {
        return refusal(id, Invoker.refusal(e));
      } catch (JsonProcessingException e) {
        return refusal(id, Invoker.refusal(e));
      }
    }

    private Evaluation evaluate(
        Request request, Rulebook rulebook, AssessmentKind kind, List<String> met)
        throws GeccJsonException {
      Assessment assessment =
          request.core("met", () -> Assessment.ofMet(rulebook, kind, met));
      return rulebook.evaluate(assessment);
    }

    private ObjectNode refusal(JsonNode id, Answer answer) {
      refused++;
      ObjectNode result = mapper.createObjectNode();
      result.set("id", id);
      result.set("error", answer.error(mapper));
      return result;
    }

    /** A reason as a cause: its code, with the outcome and level it speaks of. */
    private static Set<String> reasons(Evaluation evaluation) {
      Set<String> keys = new TreeSet<>();
      for (Reason reason : evaluation.reasons()) {
        StringBuilder key = new StringBuilder(reason.code().name());
        List<String> about = new ArrayList<>();
        reason.outcome().ifPresent(about::add);
        reason.level().ifPresent(level -> about.add(level.name()));
        if (!about.isEmpty()) {
          key.append('(').append(String.join(",", about)).append(')');
        }
        keys.add(key.toString());
      }
      return keys;
    }

    long subjects() {
      return subjects;
    }

    long changed() {
      return changed;
    }

    long refused() {
      return refused;
    }

    /** The counts: subjects, changed, refused and each transition with its causes. */
    ObjectNode summary() {
      ObjectNode summary = mapper.createObjectNode();
      summary.put("rulebookA", a.id());
      summary.put("rulebookB", b.id());
      summary.put("subjects", subjects);
      summary.put("changed", changed);
      summary.put("refused", refused);
      ArrayNode list = summary.putArray("transitions");
      transitions.forEach((from, tos) -> tos.forEach((to, causes) -> {
        ObjectNode transition = list.addObject();
        transition.put("from", from);
        transition.put("to", to);
        transition.put("count", causes.values().stream().mapToLong(Long::longValue).sum());
        ArrayNode causeList = transition.putArray("causes");
        causes.forEach((cause, count) -> {
          try {
            ObjectNode entry = (ObjectNode) mapper.readTree(cause);
            entry.put("count", count);
            causeList.add(entry);
          } catch (JsonProcessingException e) {
            throw new IllegalStateException("a cause is JSON this class wrote", e);
          }
        });
      }));
      return summary;
    }

    /** The summary as a text table. */
    String table() {
      StringBuilder table = new StringBuilder();
      table.append("rulebook A ").append(a.id()).append(", rulebook B ").append(b.id())
          .append(": ").append(subjects).append(" subjects, ").append(changed)
          .append(" change outcome, ").append(refused).append(" refused\n");
      table.append(String.format("%-16s %-16s %8s  %s%n", "from (A)", "to (B)", "count", "cause"));
      for (JsonNode transition : summary().get("transitions")) {
        for (JsonNode cause : transition.get("causes")) {
          table.append(String.format("%-16s %-16s %8d  only A: %s; only B: %s%n",
              transition.get("from").asText(), transition.get("to").asText(),
              cause.get("count").asLong(), join(cause.get("onlyA")), join(cause.get("onlyB"))));
        }
      }
      return table.toString();
    }

    private static String join(JsonNode array) {
      List<String> items = new ArrayList<>();
      array.forEach(item -> items.add(item.asText()));
      return items.isEmpty() ? "-" : String.join(", ", items);
    }
  }
}

package io.github.gecc.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.application.Rounds;
import io.github.gecc.certification.LifecyclePolicy;
import io.github.gecc.commands.Answer;
import io.github.gecc.commands.CliContext;
import io.github.gecc.commands.Command;
import io.github.gecc.commands.Impact;
import io.github.gecc.commands.Invoker;
import io.github.gecc.commands.Request;
import io.github.gecc.commands.RoundsOption;
import io.github.gecc.json.GeccDocument;
import io.github.gecc.json.GeccJson;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.rules.Rulebook;
import io.github.gecc.rules.RulebookRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * {@code impact [--population P] [--configuration C] --a A --b B [--output ndjson|summary] [FILE]}:
 * which subjects of a population change answer under configuration B instead of A, from what to
 * what, grouped by cause, with counts ({@link Impact}). The population is NDJSON of assessments or
 * of applications, or a portfolio document; A and B are two rulebooks, two round registers or two
 * lifecycle policies. It streams: one subject is held at a time, so a national population runs in
 * bounded memory.
 *
 * <p>The same comparison answers {@code POST /v1/impact} ({@link #DOCUMENT}), the population and
 * the two configurations given in one request document.
 */
final class ImpactCommand {

  /** The command's name. */
  static final String NAME = "impact";

  /** The one-line description for the usage text. */
  static final String DESCRIPTION =
      "which subjects of a population change answer under a new configuration, and why";

  /** The help text. */
  static final String HELP =
      """
      usage: java -jar gecc.jar impact [--population assessments|applications|portfolio]
                                       [--configuration rulebook|rounds|policy]
                                       --a A --b B [--output ndjson|summary] [FILE]
      Answers every subject of a population (UTF-8, FILE or standard input) under configuration A
      and under configuration B, and reports the subjects whose answer changes, grouped by cause.
      --population (default assessments):
        assessments   NDJSON, one subject a line: {"id":"c1","met":["B01",…],"kind":"COMMITTEE"}
                      (kind optional); answered by evaluate: its outcome, its reasons as causes
        applications  NDJSON, one check-application request a line, with an optional "id";
                      answered by check-application: ACCEPTED or REFUSED, violation codes as causes
        portfolio     one portfolio document, as the portfolio command reads it: asOf, optional
                      round and policy fields, then centres; one subject a centre, answered as of
                      asOf: UNDER_CERTIFICATION or not, REPORT(fiscal year,period,status) of each
                      report owed and MUST_APPLY(round) (the round's directive) as causes
      --configuration (default rulebook, for a portfolio policy), with --a and --b:
        rulebook  a bundled rulebook id such as GECC-2560, or the path of a rulebook JSON file
                  (assessments; applications: the rulebook the self-assessment names)
        rounds    the path of a round register file, merged over the bundled rounds
                  (applications; portfolio: the round's directive)
        policy    the path of a lifecycle policy file, {"validity":…,"dueDays":…,…} (portfolio)
      --output ndjson (the default) writes one line per subject whose answer changes:
        {"line":3,"id":"c1","from":"CERTIFIED","to":"BASIC","causes":{"onlyA":[…],"onlyB":[…]}}
      ("at":"/centres/7" instead of "line" for a centre), a line with "error":{"message","path"}
      per subject refused, and the summary on standard error: {"summary":{"population",
      "configuration","a","b","subjects","changed","refused","transitions":[{"from","to","count",
      "causes":[{"onlyA","onlyB","count"}]}]}}, each change counted under its causes with the
      fiscal year of a report left out; --output summary prints the summary as a table.
      Bad options, a bad configuration or a bad portfolio header exit 2 with {"error":{"message",
      "path"}} (path: the option as /a, /b, … or the field's JSON Pointer); a portfolio whose JSON
      breaks midway exits 2 after the lines already written. See docs/receipts.md.\
      """;

  private static final List<String> OPTIONS =
      List.of("--population", "--configuration", "--a", "--b", "--output");

  /** The fields of a {@code POST /v1/impact} request. */
  private static final List<String> FIELDS =
      List.of("population", "configuration", "a", "b", "subjects", "portfolio");

  /** The request document form, for {@code POST /v1/impact}. */
  static final Command DOCUMENT = new Document();

  private ImpactCommand() {}

  /**
   * Runs the command.
   *
   * @return the exit status: 0 once every subject is answered, 2 for bad options, a bad
   *     configuration or a portfolio refused as a whole, 1 when reading fails midway
   */
  static int run(
      String[] args,
      InputStream stdin,
      PrintStream stdout,
      PrintStream stderr,
      ObjectMapper mapper,
      Clock clock)
      throws IOException {
    Map<String, String> options = new TreeMap<>();
    List<String> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (OPTIONS.contains(arg)) {
        if (i + 1 == args.length) {
          return Main.print(
              stderr,
              mapper,
              Answer.badInput(Answer.USAGE, "option " + arg + " has no value", null));
        }
        if (options.put(arg, args[++i]) != null) {
          return Main.print(
              stderr,
              mapper,
              Answer.badInput(Answer.USAGE, "option " + arg + " is given twice", null));
        }
      } else if (arg.startsWith("--")) {
        return Main.print(
            stderr,
            mapper,
            Answer.badInput(
                Answer.USAGE,
                "unknown option " + arg + "; impact takes " + String.join(", ", OPTIONS),
                null));
      } else {
        files.add(arg);
      }
    }
    if (files.size() > 1) {
      return Main.print(
          stderr,
          mapper,
          Answer.badInput(
              Answer.USAGE,
              "too many arguments "
                  + files
                  + "; usage: impact [--population P] [--configuration C] --a A --b B"
                  + " [--output ndjson|summary] [FILE]",
              null));
    }
    String output = options.getOrDefault("--output", "ndjson");
    if (!output.equals("ndjson") && !output.equals("summary")) {
      return Main.print(
          stderr,
          mapper,
          Answer.badInput(
              Answer.USAGE,
              "option --output is ndjson or summary," + " not '" + output + "'",
              "/output"));
    }
    Impact impact;
    try {
      Impact.Population population = population(options.get("--population"));
      Impact.Setting setting = setting(population, options.get("--configuration"));
      impact =
          new Impact(
              mapper,
              clock,
              population,
              setting,
              side(mapper, setting, options, "--a"),
              side(mapper, setting, options, "--b"));
    } catch (GeccJsonException e) {
      return Main.print(stderr, mapper, Invoker.refusal(e));
    }
    InputStream in = stdin;
    if (files.size() == 1 && !files.get(0).equals("-")) {
      try {
        in = Files.newInputStream(Path.of(files.get(0)));
      } catch (NoSuchFileException e) {
        return Main.print(
            stderr, mapper, Answer.badInput(Answer.USAGE, "no such file: " + files.get(0), null));
      }
    }
    boolean lines = output.equals("ndjson");
    try (InputStream input = in) {
      if (impact.population() == Impact.Population.PORTFOLIO) {
        try (JsonParser parser = mapper.createParser(input)) {
          impact.comparePortfolio(
              parser,
              "",
              line -> {
                if (lines) {
                  print(stdout, mapper, line);
                }
              });
        } catch (JsonProcessingException e) {
          stdout.flush();
          return Main.print(stderr, mapper, Invoker.refusal(e));
        }
      } else {
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8), 1 << 16);
        long number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          number++;
          if (line.isBlank()) {
            continue;
          }
          ObjectNode result = impact.compareLine(line, number);
          if (result != null && lines) {
            print(stdout, mapper, result);
          }
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
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

  private static void print(PrintStream stdout, ObjectMapper mapper, ObjectNode line) {
    try {
      stdout.println(mapper.writeValueAsString(line));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Impact.Population population(@Nullable String value) throws GeccJsonException {
    if (value == null) {
      return Impact.Population.ASSESSMENTS;
    }
    for (Impact.Population population : Impact.Population.values()) {
      if (population.label().equals(value)) {
        return population;
      }
    }
    throw new GeccJsonException(
        Answer.USAGE,
        "population is assessments, applications or portfolio, not '" + value + "'",
        "/population",
        null);
  }

  private static Impact.Setting setting(Impact.Population population, @Nullable String value)
      throws GeccJsonException {
    if (value == null) {
      return population == Impact.Population.PORTFOLIO
          ? Impact.Setting.POLICY
          : Impact.Setting.RULEBOOK;
    }
    for (Impact.Setting setting : Impact.Setting.values()) {
      if (setting.label().equals(value)) {
        if (!Impact.Setting.of(population).contains(setting)) {
          throw new GeccJsonException(
              Answer.USAGE,
              "configuration '"
                  + value
                  + "' does not decide the answers of"
                  + " a population of "
                  + population.label()
                  + "; compare "
                  + Impact.Setting.of(population).stream()
                      .map(Impact.Setting::label)
                      .sorted()
                      .toList(),
              "/configuration",
              null);
        }
        return setting;
      }
    }
    throw new GeccJsonException(
        Answer.USAGE,
        "configuration is rulebook, rounds or policy, not '" + value + "'",
        "/configuration",
        null);
  }

  /** Reads configuration A or B from its command-line option: a bundled id or a file. */
  private static Impact.Side side(
      ObjectMapper mapper, Impact.Setting setting, Map<String, String> options, String option)
      throws GeccJsonException {
    String value = options.get(option);
    String at = "/" + option.substring(2);
    if (value == null) {
      throw new GeccJsonException(
          Answer.USAGE,
          "impact needs "
              + option
              + " and its companion: "
              + (setting == Impact.Setting.RULEBOOK
                  ? "a bundled rulebook id such as GECC-2560 or the path of a rulebook JSON file"
                  : "the path of a "
                      + (setting == Impact.Setting.ROUNDS ? "round register" : "lifecycle policy")
                      + " JSON file"),
          at,
          null);
    }
    if (setting == Impact.Setting.RULEBOOK) {
      Optional<Rulebook> bundled = RulebookRegistry.bundled().byId(value);
      if (bundled.isPresent()) {
        return Impact.Side.rulebook(bundled.get(), mapper.getNodeFactory().textNode(value));
      }
    }
    Path path = Path.of(value);
    if (!Files.isRegularFile(path)) {
      throw new GeccJsonException(
          Answer.USAGE,
          "option "
              + option
              + ": '"
              + value
              + "' is "
              + (setting == Impact.Setting.RULEBOOK
                  ? "neither a bundled rulebook id ("
                      + RulebookRegistry.bundled().all().stream().map(Rulebook::id).toList()
                      + ") nor a file"
                  : "not a file"),
          at,
          null);
    }
    if (setting == Impact.Setting.ROUNDS) {
      try {
        return Impact.Side.rounds(label(path), RoundsOption.load(value, mapper, Rounds.bundled()));
      } catch (GeccJsonException e) {
        throw new GeccJsonException(
            Answer.USAGE, "option " + option + ": " + e.getOriginalMessage(), at + e.pointer(), e);
      }
    }
    try {
      byte[] bytes = Files.readAllBytes(path);
      if (setting == Impact.Setting.RULEBOOK) {
        GeccDocument document = GeccDocument.parse(mapper, bytes);
        return Impact.Side.rulebook(document.read("", Rulebook.class), document.tree());
      }
      return Impact.Side.policy(label(path), GeccJson.read(mapper, bytes, LifecyclePolicy.class));
    } catch (GeccJsonException e) {
      throw new GeccJsonException(
          "option " + option + " (" + value + "): " + e.getOriginalMessage(), at + e.pointer(), e);
    } catch (IOException e) {
      throw new GeccJsonException(
          Answer.USAGE, "option " + option + ": cannot read " + value + ": " + e, at, e);
    }
  }

  /** A configuration file's label in the summary: its name, without the folders. */
  private static String label(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }

  /** Reads configuration A or B from its field of a request document. */
  private static Impact.Side side(
      ObjectMapper mapper,
      Impact.Setting setting,
      JsonNode request,
      GeccDocument document,
      String field)
      throws GeccJsonException {
    String at = "/" + field;
    JsonNode value = request.path(field);
    if (value.isMissingNode() || value.isNull()) {
      throw new GeccJsonException(
          Answer.USAGE,
          "impact needs the field '"
              + field
              + "': "
              + (setting == Impact.Setting.RULEBOOK
                  ? "a bundled rulebook id or a rulebook document"
                  : setting == Impact.Setting.ROUNDS
                      ? "a round register, an array of round definitions"
                      : "a lifecycle policy document"),
          at,
          null);
    }
    switch (setting) {
      case RULEBOOK:
        if (value.isTextual()) {
          Optional<Rulebook> bundled = RulebookRegistry.bundled().byId(value.textValue());
          if (bundled.isEmpty()) {
            throw new GeccJsonException(
                Answer.USAGE,
                "'"
                    + value.textValue()
                    + "' is not a bundled rulebook id ("
                    + RulebookRegistry.bundled().all().stream().map(Rulebook::id).toList()
                    + "); give a bundled id or a whole rulebook document",
                at,
                null);
          }
          return Impact.Side.rulebook(bundled.get(), value);
        }
        return Impact.Side.rulebook(document.read(mapper, at, Rulebook.class), value);
      case ROUNDS:
        return Impact.Side.rounds(
            field.toUpperCase(Locale.ROOT),
            RoundsOption.readInto(mapper, document, at, Rounds.bundled()));
      default:
        return Impact.Side.policy(
            field.toUpperCase(Locale.ROOT), document.read(mapper, at, LifecyclePolicy.class));
    }
  }

  /**
   * {@code POST /v1/impact}: {@code {"population","configuration","a","b","subjects":[…]}} (or
   * {@code "portfolio":{…}} for a portfolio) answered with {@code {"summary":{…},"changes":[…]}},
   * the same lines and summary the command line writes; a subject's pointer runs from the request
   * ({@code /subjects/3/met}, {@code /portfolio/centres/7/reports}).
   */
  private static final class Document implements Command {

    @Override
    public String name() {
      return NAME;
    }

    @Override
    public String description() {
      return DESCRIPTION;
    }

    @Override
    public JsonNode run(JsonNode input, CliContext context) throws GeccJsonException {
      ObjectMapper mapper = context.mapper();
      Request request = new Request(mapper, input, "impact request", FIELDS);
      // The request parsed once: every GECC value, every subject and centre, read from its tokens.
      GeccDocument document = context.document(input);
      Impact.Population population =
          population(request.has("population") ? request.text("population") : null);
      Impact.Setting setting =
          setting(population, request.has("configuration") ? request.text("configuration") : null);
      Impact impact =
          new Impact(
              mapper,
              context.clock(),
              population,
              setting,
              side(mapper, setting, input, document, "a"),
              side(mapper, setting, input, document, "b"));
      ObjectNode out = context.object();
      ArrayNode changes = mapper.createArrayNode();
      if (population == Impact.Population.PORTFOLIO) {
        if (request.has("subjects")) {
          throw request.error(
              "subjects", "a portfolio population is given as 'portfolio', not" + " 'subjects'");
        }
        if (!request.has("portfolio")) {
          throw request.error("portfolio", "impact of a portfolio needs the field 'portfolio'");
        }
        // Streamed from the request's own tokens, as a portfolio file is: no copy of them.
        try (JsonParser parser = document.parser()) {
          parser.nextToken();
          while (parser.nextToken() == JsonToken.FIELD_NAME
              && !parser.currentName().equals("portfolio")) {
            parser.nextToken();
            parser.skipChildren();
          }
          impact.comparePortfolio(parser, "/portfolio", changes::add);
        } catch (GeccJsonException e) {
          throw e;
        } catch (IOException e) {
          throw new GeccJsonException(
              Answer.USAGE, "unreadable portfolio: " + e.getMessage(), "/portfolio", e);
        }
      } else {
        if (request.has("portfolio")) {
          throw request.error(
              "portfolio",
              "a population of " + population.label() + " is given as 'subjects', an array");
        }
        JsonNode subjects = input.path("subjects");
        if (!subjects.isArray()) {
          throw request.error(
              "subjects",
              "expected 'subjects', an array of "
                  + population.label()
                  + ", not "
                  + Request.describe(subjects));
        }
        // One pass over the request's tokens, each subject's own.
        List<GeccDocument> documents = document.elements("/subjects");
        for (int i = 0; i < documents.size(); i++) {
          ObjectNode line = impact.compare(documents.get(i), "/subjects/" + i, 0);
          if (line != null) {
            changes.add(line);
          }
        }
      }
      out.set("summary", impact.summary());
      out.set("changes", changes);
      return out;
    }
  }
}

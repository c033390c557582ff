package io.github.gecc.commands;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.google.common.base.Suppliers;
import io.github.gecc.application.ApplyDirective;
import io.github.gecc.application.Rounds;
import io.github.gecc.certification.Centre;
import io.github.gecc.certification.CentreLifecycle;
import io.github.gecc.certification.LifecyclePolicy;
import io.github.gecc.certification.ObligationState;
import io.github.gecc.json.GeccDocument;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.rules.Assessment;
import io.github.gecc.rules.AssessmentKind;
import io.github.gecc.rules.Evaluation;
import io.github.gecc.rules.Reason;
import io.github.gecc.rules.Rulebook;
import io.github.gecc.time.FiscalYear;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The impact of a new configuration over a population: each subject answered under configuration A
 * and under configuration B by the library's own computations — {@link Rulebook#evaluate} for an
 * assessment, the {@code check-application} command for an application, a centre's {@link
 * CentreLifecycle} and its round's {@link ApplyDirective} for a centre of a portfolio, as the
 * {@code portfolio} command answers them — and the changes counted per transition and cause.
 *
 * <p>A cause is what one answer says and the other does not: the reasons of an evaluation ({@code
 * CODE(outcome,level)}), the violation codes of an application check, or a centre's report
 * obligations ({@code REPORT(fiscal year,period,status)}) and whether its round's directive makes
 * it apply ({@code MUST_APPLY(round)}). The tally holds one count per transition and cause (a
 * report's fiscal year left out), never a subject, so memory does not grow with the population. Not
 * thread-safe: one stream at a time.
 */
public final class Impact {

  /** What a population is made of. */
  public enum Population {
    /** Newline-delimited assessments, {@code {"id","met","kind"}}. */
    ASSESSMENTS,
    /** Newline-delimited {@code check-application} requests, each with an optional {@code id}. */
    APPLICATIONS,
    /** A portfolio document, as the {@code portfolio} command reads it: one subject a centre. */
    PORTFOLIO;

    /**
     * Returns the name used on the command line and in a request.
     *
     * @return the name in lower case
     */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** What differs between configuration A and configuration B. */
  public enum Setting {
    /** Two rulebooks. */
    RULEBOOK,
    /** Two round registers, each merged over the bundled rounds. */
    ROUNDS,
    /** Two lifecycle policies (validity, report due days, satisfaction threshold, first period). */
    POLICY;

    /**
     * Returns the name used on the command line and in a request.
     *
     * @return the name in lower case
     */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the settings that decide a population's answers.
     *
     * @param population the population, not null
     * @return the settings that may differ between A and B for it
     */
    public static Set<Setting> of(Population population) {
      switch (population) {
        case ASSESSMENTS:
          return Set.of(RULEBOOK);
        case APPLICATIONS:
          return Set.of(RULEBOOK, ROUNDS);
        default:
          return Set.of(ROUNDS, POLICY);
      }
    }
  }

  /**
   * One configuration: a label for the summary, and what it sets. A rulebook side sets the rulebook
   * an assessment is evaluated by and an application's self-assessment names; a rounds side the
   * rounds known; a policy side a portfolio's lifecycle policy.
   */
  public static final class Side {
    final String label;
    final Optional<Rulebook> rulebook;

    /** The rulebook as an application's self-assessment names it: a bundled id, or a document. */
    final Optional<JsonNode> rulebookReference;

    final Rounds rounds;
    final Optional<LifecyclePolicy> policy;

    private Side(
        String label,
        Optional<Rulebook> rulebook,
        Optional<JsonNode> rulebookReference,
        Rounds rounds,
        Optional<LifecyclePolicy> policy) {
      this.label = label;
      this.rulebook = rulebook;
      this.rulebookReference = rulebookReference;
      this.rounds = rounds;
      this.policy = policy;
    }

    /**
     * A rulebook, and how an application's self-assessment names it: a bundled one by its id,
     * another by the document it was read from.
     *
     * @param rulebook the rulebook, not null
     * @param reference its id as a text node, or the document it was read from
     * @return the side
     */
    public static Side rulebook(Rulebook rulebook, JsonNode reference) {
      return new Side(
          rulebook.id(),
          Optional.of(rulebook),
          Optional.of(reference),
          Rounds.bundled(),
          Optional.empty());
    }

    /**
     * The rounds known: the bundled ones with a register merged over them.
     *
     * @param label the side's name in the summary, such as the register's file name
     * @param rounds the rounds known, not null
     * @return the side
     */
    public static Side rounds(String label, Rounds rounds) {
      return new Side(label, Optional.empty(), Optional.empty(), rounds, Optional.empty());
    }

    /**
     * A lifecycle policy in place of a portfolio's own.
     *
     * @param label the side's name in the summary, such as the policy's file name
     * @param policy the policy, not null
     * @return the side
     */
    public static Side policy(String label, LifecyclePolicy policy) {
      return new Side(
          label, Optional.empty(), Optional.empty(), Rounds.bundled(), Optional.of(policy));
    }
  }

  /**
   * One subject's answer under one configuration: its headline ({@code from}, {@code to}) and the
   * causes it gives. For an assessment only the outcome decides whether the answer changed (two
   * rulebooks give different reasons for the same outcome); for the others the causes do too.
   */
  private static final class Verdict {
    final String headline;

    /** The causes, computed once and only when asked: most subjects do not change answer. */
    private final Supplier<SortedSet<String>> causes;

    final boolean causesDecide;

    Verdict(String headline, Supplier<SortedSet<String>> causes, boolean causesDecide) {
      this.headline = headline;
      this.causes = Suppliers.memoize(causes::get);
      this.causesDecide = causesDecide;
    }

    SortedSet<String> causes() {
      return causes.get();
    }

    boolean sameAs(Verdict other) {
      return headline.equals(other.headline) && (!causesDecide || causes().equals(other.causes()));
    }
  }

  /** The fields of an assessment line. */
  private static final List<String> ASSESSMENT_FIELDS = List.of("id", "met", "kind");

  /** The fields of a portfolio document that impact reads; the policy fields among them. */
  public static final List<String> PORTFOLIO_FIELDS =
      List.of(
          "asOf",
          "round",
          "validity",
          "dueDays",
          "satisfactionThreshold",
          "firstOwedPeriod",
          "centres");

  private final ObjectMapper mapper;
  private final Clock clock;
  private final Population population;
  private final Setting setting;
  private final Side a;
  private final Side b;
  private final CheckApplicationCommand checkApplication = new CheckApplicationCommand();
  private long subjects;
  private long changed;
  private long refused;

  /** Count per "from", "to", then cause (the canonical text of {onlyA, onlyB}). */
  private final Map<String, Map<String, Map<String, Long>>> transitions = new TreeMap<>();

  /** The portfolio's date, round and policy, once its header is read. */
  private @Nullable LocalDate asOf;

  private Optional<FiscalYear> round = Optional.empty();
  private @Nullable LifecyclePolicy documentPolicy;

  /**
   * Creates an impact run.
   *
   * @param mapper the strict mapper that reads subjects and writes lines
   * @param clock the clock a check of an application without a date is judged by
   * @param population what the population is made of
   * @param setting what differs between A and B; one of {@link Setting#of(Population)}
   * @param a configuration A
   * @param b configuration B
   */
  public Impact(
      ObjectMapper mapper, Clock clock, Population population, Setting setting, Side a, Side b) {
    this.mapper = mapper;
    this.clock = clock;
    this.population = population;
    this.setting = setting;
    this.a = a;
    this.b = b;
  }

  /**
   * Returns what the population is made of.
   *
   * @return the population kind
   */
  public Population population() {
    return population;
  }

  /**
   * Compares one line of an NDJSON population: its change line, its error line (a line that is not
   * JSON too), or null when its answer is the same under both configurations.
   *
   * @param text the line
   * @param line its number, from 1
   * @return the line to write, or null when nothing changed
   */
  public @Nullable ObjectNode compareLine(String text, long line) {
    GeccDocument subject;
    try {
      subject = GeccDocument.parse(mapper, text.getBytes(StandardCharsets.UTF_8));
    } catch (GeccJsonException e) {
      subjects++;
      return refusal(line, "", NullNode.getInstance(), Invoker.refusal(e));
    }
    return compare(subject, "", line);
  }

  /**
   * Compares one subject of an NDJSON population (an assessment or an application): its change
   * line, its error line, or null when its answer is the same under both configurations.
   *
   * @param document the subject, parsed once: its GECC values are read from its tokens, its own
   *     fields (id, kind, met) from the tree built from them
   * @param at the JSON Pointer of the subject in its document ({@code ""} for a line of its own)
   * @param line the line number of an NDJSON subject, or 0 for a subject of a document
   * @return the line to write, or null when nothing changed
   */
  public @Nullable ObjectNode compare(GeccDocument document, String at, long line) {
    subjects++;
    JsonNode subject;
    try {
      subject = document.tree();
    } catch (GeccJsonException e) {
      return refusal(
          line,
          at,
          NullNode.getInstance(),
          Invoker.refusal(new GeccJsonException(e.getOriginalMessage(), at + e.pointer(), e)));
    }
    JsonNode id =
        subject.isObject() && subject.has("id") ? subject.get("id") : NullNode.getInstance();
    try {
      Verdict underA;
      Verdict underB;
      if (population == Population.ASSESSMENTS) {
        Request request = new Request(mapper, subject, "assessment", ASSESSMENT_FIELDS);
        AssessmentKind kind =
            request.has("kind")
                ? request.enumValue("kind", AssessmentKind.class)
                : AssessmentKind.SELF_ASSESSMENT;
        List<String> met = met(request, subject);
        underA = assessment(request, a, kind, met);
        underB = assessment(request, b, kind, met);
      } else if (population == Population.APPLICATIONS) {
        if (!subject.isObject()) {
          throw new GeccJsonException(
              Invoker.FIELDS,
              "expected an application, a JSON object, not " + Request.describe(subject),
              "",
              null);
        }
        underA = application(document, a);
        underB = application(document, b);
      } else {
        Centre centre = document.read("", Centre.class);
        underA = centre(centre, a);
        underB = centre(centre, b);
      }
      if (underA.sameAs(underB)) {
        return null;
      }
      changed++;
      ObjectNode causes = mapper.createObjectNode();
      ArrayNode onlyA = causes.putArray("onlyA");
      underA.causes().stream().filter(c -> !underB.causes().contains(c)).forEach(onlyA::add);
      ArrayNode onlyB = causes.putArray("onlyB");
      underB.causes().stream().filter(c -> !underA.causes().contains(c)).forEach(onlyB::add);
      transitions
          .computeIfAbsent(underA.headline, k -> new TreeMap<>())
          .computeIfAbsent(underB.headline, k -> new TreeMap<>())
          .merge(group(onlyA, onlyB), 1L, Long::sum);
      ObjectNode result = mapper.createObjectNode();
      where(result, line, at, id);
      result.put("from", underA.headline);
      result.put("to", underB.headline);
      result.set("causes", causes);
      return result;
    } catch (GeccJsonException e) {
      return refusal(
          line,
          at,
          id,
          Invoker.refusal(new GeccJsonException(e.getOriginalMessage(), at + e.pointer(), e)));
    }
  }

  /**
   * The cause a change is counted under in the summary: its causes with the fiscal year of each
   * report left out ({@code REPORT(H1,LATE)}), so that the summary holds a count per kind of
   * change, from a set of causes that does not grow with the population or its years.
   */
  private String group(ArrayNode onlyA, ArrayNode onlyB) {
    ObjectNode cause = mapper.createObjectNode();
    cause.set("onlyA", general(onlyA));
    cause.set("onlyB", general(onlyB));
    return cause.toString();
  }

  private ArrayNode general(ArrayNode causes) {
    SortedSet<String> general = new TreeSet<>();
    causes.forEach(
        cause -> general.add(REPORT_YEAR.matcher(cause.asText()).replaceFirst("REPORT(")));
    ArrayNode list = mapper.createArrayNode();
    general.forEach(list::add);
    return list;
  }

  /** The fiscal year of a report cause, {@code REPORT(2567,}. */
  private static final Pattern REPORT_YEAR = Pattern.compile("^REPORT\\(\\d+,");

  private static List<String> met(Request request, JsonNode subject) throws GeccJsonException {
    List<String> met = new ArrayList<>();
    JsonNode array = subject.path("met");
    if (!array.isArray()) {
      throw request.error(
          "met", "expected an array of criterion ids, not " + Request.describe(array));
    }
    for (int i = 0; i < array.size(); i++) {
      if (!array.get(i).isTextual()) {
        throw new GeccJsonException(
            Invoker.FIELDS,
            "expected a criterion id, not " + Request.describe(array.get(i)),
            "/met/" + i,
            null);
      }
      met.add(array.get(i).textValue());
    }
    return met;
  }

  /** An assessment evaluated by the side's rulebook: its outcome, and its reasons as causes. */
  private static Verdict assessment(
      Request request, Side side, AssessmentKind kind, List<String> met) throws GeccJsonException {
    Rulebook rulebook = side.rulebook.orElseThrow();
    Assessment assessment = request.core("met", () -> Assessment.ofMet(rulebook, kind, met));
    Evaluation evaluation = rulebook.evaluate(assessment);
    return new Verdict(evaluation.outcome(), () -> reasons(evaluation), false);
  }

  /** The reasons of an evaluation as causes: each code with the outcome and level it names. */
  private static SortedSet<String> reasons(Evaluation evaluation) {
    SortedSet<String> causes = new TreeSet<>();
    for (Reason reason : evaluation.reasons()) {
      List<String> about = new ArrayList<>();
      reason.outcome().ifPresent(about::add);
      reason.level().ifPresent(level -> about.add(level.name()));
      causes.add(
          about.isEmpty()
              ? reason.code().name()
              : reason.code().name() + "(" + String.join(",", about) + ")");
    }
    return causes;
  }

  /**
   * An application checked by the {@code check-application} command under the side's rounds, its
   * self-assessment naming the side's rulebook when the side sets one: accepted or refused, and its
   * violation codes as causes.
   */
  private Verdict application(GeccDocument subject, Side side) throws GeccJsonException {
    RequestDocument request = RequestDocument.of(application(subject, side.rulebookReference));
    JsonNode answer =
        checkApplication.run(
            request.tree(), new CliContext(mapper, clock, side.rounds).answering(request));
    SortedSet<String> causes = new TreeSet<>();
    for (JsonNode violation : answer.path("violations")) {
      causes.add(violation.path("code").asText());
    }
    return new Verdict(
        answer.path("accepted").asBoolean() ? "ACCEPTED" : "REFUSED", () -> causes, true);
  }

  /**
   * An application's tokens without its {@code id}, as written, its self-assessment's {@code
   * rulebook} the side's reference when the side sets one: the side's own value, written from its
   * tree, the subject's values copied token by token.
   */
  private GeccDocument application(GeccDocument subject, Optional<JsonNode> reference)
      throws GeccJsonException {
    TokenBuffer tokens = new TokenBuffer(mapper, false);
    try (JsonParser parser = subject.parser()) {
      parser.nextToken();
      tokens.writeStartObject();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("id")) {
          parser.skipChildren();
          continue;
        }
        tokens.writeFieldName(name);
        if (!name.equals("selfAssessment")
            || reference.isEmpty()
            || value != JsonToken.START_OBJECT) {
          tokens.copyCurrentStructure(parser);
          continue;
        }
        tokens.writeStartObject();
        boolean replaced = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String field = parser.currentName();
          parser.nextToken();
          tokens.writeFieldName(field);
          if (field.equals("rulebook")) {
            parser.skipChildren();
            mapper.writeTree(tokens, reference.get());
            replaced = true;
          } else {
            tokens.copyCurrentStructure(parser);
          }
        }
        if (!replaced) {
          tokens.writeFieldName("rulebook");
          mapper.writeTree(tokens, reference.get());
        }
        tokens.writeEndObject();
      }
      tokens.writeEndObject();
      try (JsonParser copied = tokens.asParser(mapper)) {
        copied.nextToken();
        return GeccDocument.copyOf(mapper, copied);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // tokens in memory, read already, do not fail
    }
  }

  /**
   * A centre under the side's lifecycle policy (else the portfolio's) and rounds, as of the
   * portfolio's date: under certification or not, and as causes the status of each report it owes
   * and whether the round's directive makes it apply.
   */
  private Verdict centre(Centre centre, Side side) throws GeccJsonException {
    LifecyclePolicy policy =
        side.policy.orElse(
            Objects.requireNonNull(documentPolicy, "the policy is read before the centres"));
    LocalDate date = Objects.requireNonNull(asOf, "asOf is read before the centres");
    CentreLifecycle lifecycle = Request.coreOf("", () -> CentreLifecycle.of(centre, policy));
    SortedSet<String> causes = new TreeSet<>();
    for (ObligationState state : lifecycle.obligations(date)) {
      causes.add(
          "REPORT("
              + state.period().fiscalYear().getValue()
              + ","
              + state.period().kind().name()
              + ","
              + state.status().name()
              + ")");
    }
    if (round.isPresent()) {
      Optional<ApplyDirective> directive = side.rounds.directive(round.get());
      if (directive.isPresent() && centre.mustApply(directive.get())) {
        causes.add("MUST_APPLY(" + round.get().getValue() + ")");
      }
    }
    return new Verdict(
        lifecycle.isUnderCertification(date) ? "UNDER_CERTIFICATION" : "NOT_UNDER_CERTIFICATION",
        () -> causes,
        true);
  }

  /**
   * Reads a portfolio document from a parser positioned before it and compares each of its centres
   * as it is read, handing each change or error line to {@code lines}: the header ({@code asOf},
   * {@code round} and the policy fields) must come before {@code centres}, so that one centre is
   * held at a time.
   *
   * @param parser the parser, positioned before the document
   * @param at the JSON Pointer of the document in the request ({@code ""} for a document alone)
   * @param lines takes each change or error line as it is made
   * @throws GeccJsonException if the document, or its header, is refused
   * @throws IOException if reading fails
   */
  public void comparePortfolio(JsonParser parser, String at, Consumer<ObjectNode> lines)
      throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw new GeccJsonException(
          Invoker.FIELDS,
          "expected a portfolio document, a JSON object with asOf and" + " centres",
          at,
          null);
    }
    // The header's fields, as written, copied token by token: one small document.
    TokenBuffer header = new TokenBuffer(mapper, false);
    header.writeStartObject();
    Set<String> names = new HashSet<>();
    boolean centresRead = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      if (!PORTFOLIO_FIELDS.contains(name)) {
        throw new GeccJsonException(
            Invoker.FIELDS,
            "unknown field '" + name + "' in the portfolio; impact reads " + PORTFOLIO_FIELDS,
            at + Request.pointer(name),
            null);
      }
      if (centresRead) {
        throw new GeccJsonException(
            Invoker.FIELDS,
            "field '"
                + name
                + "' comes after 'centres'; impact streams"
                + " the centres, so asOf, round and the policy fields come before them",
            at + Request.pointer(name),
            null);
      }
      if (!names.add(name)) {
        throw new GeccJsonException(
            "11.2", "field '" + name + "' is given twice", at + Request.pointer(name), null);
      }
      if (!name.equals("centres")) {
        header.writeFieldName(name);
        header.copyCurrentStructure(parser);
        continue;
      }
      header.writeEndObject();
      try (JsonParser fields = header.asParser(mapper)) {
        fields.nextToken();
        startPortfolio(GeccDocument.copyOf(mapper, fields), at);
      }
      centresRead = true;
      if (parser.currentToken() != JsonToken.START_ARRAY) {
        throw new GeccJsonException(
            Invoker.FIELDS, "expected a JSON array of centres", at + "/centres", null);
      }
      int index = 0;
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        // One centre's tokens at a time.
        GeccDocument centre = GeccDocument.copyOf(mapper, parser);
        ObjectNode line = compare(centre, at + "/centres/" + index, 0);
        if (line != null) {
          lines.accept(line);
        }
        index++;
      }
    }
    if (!centresRead) {
      throw new GeccJsonException(
          Invoker.FIELDS, "a portfolio needs the field 'centres'", at + "/centres", null);
    }
  }

  /** Reads the portfolio's date, round and own policy from the fields before its centres. */
  private void startPortfolio(GeccDocument header, String at) throws GeccJsonException {
    try {
      Request request =
          new Request(mapper, RequestDocument.of(header), "portfolio", PORTFOLIO_FIELDS);
      asOf = request.date("asOf");
      round =
          request.has("round")
              ? Optional.of(request.read("round", FiscalYear.class))
              : Optional.empty();
      documentPolicy =
          request
              .fields(true, Request.POLICY_FIELDS.toArray(new String[0]))
              .read(mapper, "", LifecyclePolicy.class);
    } catch (GeccJsonException e) {
      throw new GeccJsonException(e.getOriginalMessage(), at + e.pointer(), e);
    }
  }

  /** Says where a subject is: its line in an NDJSON population, else its pointer; and its id. */
  private static void where(ObjectNode result, long line, String at, JsonNode id) {
    if (line > 0) {
      result.put("line", line);
    } else {
      result.put("at", at);
    }
    result.set("id", id);
  }

  private ObjectNode refusal(long line, String at, JsonNode id, Answer answer) {
    refused++;
    ObjectNode result = mapper.createObjectNode();
    where(result, line, at, id);
    result.set("error", answer.error(mapper));
    return result;
  }

  /**
   * Returns the number of subjects compared so far.
   *
   * @return the subjects
   */
  public long subjects() {
    return subjects;
  }

  /**
   * Returns the number of subjects whose answer changed.
   *
   * @return the subjects changed
   */
  public long changed() {
    return changed;
  }

  /**
   * Returns the number of subjects refused under either configuration.
   *
   * @return the subjects refused
   */
  public long refused() {
    return refused;
  }

  /**
   * Returns the counts: subjects, changed, refused and each transition with its causes.
   *
   * @return the summary document
   */
  public ObjectNode summary() {
    ObjectNode summary = mapper.createObjectNode();
    summary.put("population", population.label());
    summary.put("configuration", setting.label());
    summary.put("a", a.label);
    summary.put("b", b.label);
    if (population == Population.PORTFOLIO && asOf != null) {
      summary.put("asOf", asOf.toString());
      round.ifPresent(r -> summary.put("round", r.getValue()));
    }
    summary.put("subjects", subjects);
    summary.put("changed", changed);
    summary.put("refused", refused);
    ArrayNode list = summary.putArray("transitions");
    transitions.forEach(
        (from, tos) ->
            tos.forEach(
                (to, causes) -> {
                  ObjectNode transition = list.addObject();
                  transition.put("from", from);
                  transition.put("to", to);
                  transition.put(
                      "count", causes.values().stream().mapToLong(Long::longValue).sum());
                  ArrayNode causeList = transition.putArray("causes");
                  // The most frequent causes first; a tie in the order of their text.
                  List<Map.Entry<String, Long>> byCount = new ArrayList<>(causes.entrySet());
                  byCount.sort(
                      Map.Entry.<String, Long>comparingByValue()
                          .reversed()
                          .thenComparing(Map.Entry.comparingByKey()));
                  byCount.forEach(
                      counted -> {
                        try {
                          ObjectNode entry = (ObjectNode) mapper.readTree(counted.getKey());
                          entry.put("count", counted.getValue());
                          causeList.add(entry);
                        } catch (JsonProcessingException e) {
                          throw new IllegalStateException("a cause is JSON this class wrote", e);
                        }
                      });
                }));
    return summary;
  }

  /**
   * Returns the summary as a text table.
   *
   * @return the table
   */
  public String table() {
    StringBuilder table = new StringBuilder();
    table
        .append(setting.label())
        .append(" A ")
        .append(a.label)
        .append(", ")
        .append(setting.label())
        .append(" B ")
        .append(b.label)
        .append(": ")
        .append(subjects)
        .append(' ')
        .append(population == Population.PORTFOLIO ? "centres" : "subjects")
        .append(", ")
        .append(changed)
        .append(" change answer, ")
        .append(refused)
        .append(" refused\n");
    table.append(String.format("%-24s %-24s %8s  %s%n", "from (A)", "to (B)", "count", "cause"));
    for (JsonNode transition : summary().get("transitions")) {
      for (JsonNode cause : transition.get("causes")) {
        table.append(
            String.format(
                "%-24s %-24s %8d  only A: %s; only B: %s%n",
                transition.get("from").asText(),
                transition.get("to").asText(),
                cause.get("count").asLong(),
                join(cause.get("onlyA")),
                join(cause.get("onlyB"))));
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

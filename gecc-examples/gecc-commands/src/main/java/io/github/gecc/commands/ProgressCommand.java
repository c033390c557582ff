package io.github.gecc.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.RefusalException;
import io.github.gecc.application.ApplicationProgress;
import io.github.gecc.application.Channel;
import io.github.gecc.application.DocumentFormat;
import io.github.gecc.application.Organisation;
import io.github.gecc.application.Rounds;
import io.github.gecc.application.Step;
import io.github.gecc.application.StepAction;
import io.github.gecc.application.StepEvent;
import io.github.gecc.application.StepPlan;
import io.github.gecc.application.StepResult;
import io.github.gecc.application.Violation;
import io.github.gecc.json.GeccDocument;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.GeccModule;
import io.github.gecc.rules.CommitteeResult;
import io.github.gecc.rules.SelfAssessmentResult;
import io.github.gecc.time.FiscalYear;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code progress}: which step of its round's plan an applicant is at, and why a step was refused
 * (RULES.md §7), over {@link ApplicationProgress}.
 *
 * <p>In: {@code {"round":2560,"organisation":{"kind":"CITY_MUNICIPALITY"},"events":[{"action":
 * "BRIEFING"},{"action":"SELF_ASSESSMENT","selfAssessment":{"rulebook":…,"met":[…]}},…]}}; a {@code
 * SUBMISSION} event carries {@code submittedAt}, {@code channels} and {@code documents} as in
 * {@code check-application}, a {@code SITE_ASSESSMENT} event the committee's assessment as {@code
 * committee: {"rulebook","met"}}; optional {@code rounds} (a round register). The events are taken
 * in order; a refused event leaves the progress as it was. Out: the round, the plan the core chose
 * for the round and the organisation's kind ({@link StepPlan#forRound}: the seven steps of local
 * government on paper, {@code LOCAL_GOVERNMENT_SEVEN_STEPS}; the same without DLA's briefing and
 * the governor's endorsement for another kind on paper, {@code PAPER}; the online steps, {@code
 * ONLINE}) as {@code planName} and {@code planSource}, with each step's state ({@code DONE}, {@code
 * NEXT}, {@code PENDING}), the next step, whether the centre is certified, and every event with
 * whether it was taken and, when refused, each violation with its code, messages and source.
 */
final class ProgressCommand implements Command {

  private static final List<String> FIELDS = List.of("round", "organisation", "events", "rounds");
  private static final List<String> EVENT_FIELDS =
      List.of("action", "selfAssessment", "submittedAt", "channels", "documents", "committee");

  @Override
  public String name() {
    return "progress";
  }

  @Override
  public String description() {
    return "the steps of an application's round, each step's state, the next step and every"
        + " refused step with its rule";
  }

  @Override
  public boolean takesRounds() {
    return true;
  }

  @Override
  public JsonNode run(JsonNode input, CliContext context) throws GeccJsonException {
    Request request = new Request(context, input, "progress request", FIELDS);
    Rounds rounds = RoundsOption.withInline(context, input, context.rounds());
    ObjectMapper mapper =
        JsonMapper.builder().addModule(new GeccModule(rounds.rulebooks())).build();
    FiscalYear round = request.read("round", FiscalYear.class);
    if (!request.has("organisation")) {
      throw request.error("organisation", "progress request needs the field 'organisation'");
    }
    Organisation organisation =
        RequestDocument.read(context, mapper, input, "/organisation", Organisation.class);
    JsonNode events = input.path("events");
    if (!events.isArray()) {
      throw request.error(
          "events", "expected an array of step events, not " + Request.describe(events));
    }
    ApplicationProgress progress;
    try {
      progress = ApplicationProgress.start(rounds.checker(), round, organisation);
    } catch (RefusalException e) {
      throw RoundsOption.refused(e, "/round", 0);
    }

    ObjectNode out = context.object();
    out.put("round", round.getValue());
    out.put("planName", progress.plan().name());
    out.put("planSource", progress.plan().source());
    ArrayNode results = context.mapper().createArrayNode();
    // One pass over the request's tokens, each event's own.
    List<GeccDocument> documents = request.parsed().document().elements("/events");
    for (int i = 0; i < events.size(); i++) {
      StepEvent event = event(mapper, documents.get(i), events.get(i), "/events/" + i);
      StepResult result = progress.advance(event);
      ObjectNode row = results.addObject();
      row.put("index", i);
      row.put("action", event.action().name());
      row.put("accepted", result.accepted());
      if (!result.accepted()) {
        ArrayNode violations = row.putArray("violations");
        for (Violation violation : result.violations()) {
          violations.add(context.mapper().<JsonNode>valueToTree(violation));
        }
      }
      progress = result.progress();
    }
    Step next = progress.nextStep().orElse(null);
    if (next == null) {
      out.putNull("next");
    } else {
      step(out.putObject("next"), next);
    }
    out.put("certified", progress.isCertified());
    out.set("events", results);
    ArrayNode plan = out.putArray("plan");
    for (Step step : progress.plan().steps()) {
      ObjectNode node = plan.addObject();
      step(node, step);
      node.put(
          "state",
          progress.done().contains(step.action())
              ? "DONE"
              : step.equals(next) ? "NEXT" : "PENDING");
    }
    return out;
  }

  private static void step(ObjectNode node, Step step) {
    node.put("number", step.number());
    node.put("action", step.action().name());
    node.put("titleTh", step.thai());
    node.put("titleEn", step.english());
  }

  /**
   * Reads the event at {@code at}, from its own tokens and its tree: each field given, by its type;
   * whether the fields are the action's own is the core's check (RULES.md 7.11), reported at the
   * field it blames.
   */
  private static StepEvent event(
      ObjectMapper mapper, GeccDocument document, JsonNode node, String at)
      throws GeccJsonException {
    Request event = relocated(at, () -> new Request(mapper, node, "step event", EVENT_FIELDS));
    StepAction action = relocated(at, () -> event.enumValue("action", StepAction.class));
    StepEvent.Builder builder = StepEvent.builder(action);
    if (event.has("selfAssessment")) {
      builder.selfAssessment(
          RequestDocument.read(
              document.at("/selfAssessment"),
              mapper,
              at + "/selfAssessment",
              SelfAssessmentResult.class));
    }
    if (event.has("submittedAt")) {
      builder.submittedAt(relocated(at, () -> event.instant("submittedAt")));
    }
    builder.channels(enums(node, "channels", Channel.class, at));
    builder.documents(enums(node, "documents", DocumentFormat.class, at));
    if (event.has("committee")) {
      builder.committee(
          RequestDocument.read(
              document.at("/committee"), mapper, at + "/committee", CommitteeResult.class));
    }
    try {
      return builder.build();
    } catch (RefusalException e) {
      throw new GeccJsonException(e.getMessage(), Invoker.pointer(at, e.path()), e);
    }
  }

  /** What reads a field of an event, refusing with a pointer relative to the event. */
  private interface EventField<T> {
    T read() throws GeccJsonException;
  }

  private static <T> T relocated(String at, EventField<T> field) throws GeccJsonException {
    try {
      return field.read();
    } catch (GeccJsonException e) {
      throw new GeccJsonException(e.getOriginalMessage(), at + e.pointer(), e);
    }
  }

  private static <E extends Enum<E>> Set<E> enums(
      JsonNode node, String field, Class<E> type, String at) throws GeccJsonException {
    EnumSet<E> values = EnumSet.noneOf(type);
    JsonNode array = node.path(field);
    if (array.isMissingNode() || array.isNull()) {
      return values;
    }
    if (!array.isArray()) {
      throw new GeccJsonException(
          Invoker.FIELDS,
          "expected an array of " + type.getSimpleName() + " names, not " + Request.describe(array),
          at + Request.pointer(field),
          null);
    }
    for (int i = 0; i < array.size(); i++) {
      String name = array.get(i).asText();
      E value = null;
      for (E constant : type.getEnumConstants()) {
        if (array.get(i).isTextual() && constant.name().equals(name)) {
          value = constant;
        }
      }
      if (value == null || !values.add(value)) {
        throw new GeccJsonException(
            Invoker.FIELDS,
            (value == null
                ? Request.describe(array.get(i)) + " is not one of " + EnumSet.allOf(type)
                : name + " is given twice"),
            at + Request.pointer(field) + "/" + i,
            null);
      }
    }
    return values;
  }
}

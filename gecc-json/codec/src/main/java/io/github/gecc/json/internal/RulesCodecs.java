package io.github.gecc.json.internal;

import com.google.common.collect.ImmutableList;
import io.github.gecc.RefusalException;
import io.github.gecc.rules.Assessment;
import io.github.gecc.rules.AssessmentKind;
import io.github.gecc.rules.Criterion;
import io.github.gecc.rules.CriterionGroup;
import io.github.gecc.rules.Evaluation;
import io.github.gecc.rules.Level;
import io.github.gecc.rules.Outcome;
import io.github.gecc.rules.Reason;
import io.github.gecc.rules.Requirement;
import io.github.gecc.rules.Rulebook;
import io.github.gecc.rules.RulebookRegistry;
import io.github.gecc.time.FiscalYear;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/** Reads and writes the rules types: rulebooks, assessments, evaluations. */
final class RulesCodecs {

  private static final List<String> RULEBOOK = List.of("id", "firstRound", "selfAssessmentGate",
      "notReachedOutcome", "criteria", "outcomes", "source", "applicationRequirements");
  private static final List<String> CRITERION =
      List.of("id", "level", "points", "group", "titleThai", "titleEnglish");
  private static final List<String> REQUIREMENT = List.of("kind", "level", "minimum");
  private static final List<String> OUTCOME = List.of("name", "requirements");
  private static final List<String> ASSESSMENT = List.of("rulebook", "kind", "answers", "met");
  private static final List<String> ANSWER = List.of("criterion", "met");

  /** The written fields of an evaluation, in order: a recorded one must equal the computed. */
  private static final Map<String, BiConsumer<Evaluation, Output>> EVALUATION =
      new LinkedHashMap<>();

  static {
    EVALUATION.put("rulebook", (e, out) -> out.string(e.rulebookId()));
    EVALUATION.put("libraryVersion", (e, out) -> out.string(e.libraryVersion()));
    EVALUATION.put("points", (e, out) -> out.number(e.points()));
    EVALUATION.put("maxPoints", (e, out) -> out.number(e.maxPoints()));
    EVALUATION.put("certified", (e, out) -> out.bool(e.certified()));
    EVALUATION.put("outcome", (e, out) -> out.string(e.outcome()));
    EVALUATION.put("outcomeRank", (e, out) -> out.number(e.outcomeRank()));
    EVALUATION.put("selfAssessmentGate", (e, out) -> out.number(e.selfAssessmentGate()));
    EVALUATION.put("selfAssessmentPassed", (e, out) -> out.bool(e.selfAssessmentPassed()));
    EVALUATION.put("meetsApplicationRequirements",
        (e, out) -> out.bool(e.meetsApplicationRequirements()));
    EVALUATION.put("mayApply", (e, out) -> out.bool(e.mayApply()));
    EVALUATION.put("perLevel", (e, out) -> {
      out.startObject();
      e.perLevel().forEach((level, tally) -> out.name(level.name()).startObject()
          .field("met", tally.met()).field("total", tally.total())
          .field("points", tally.points()).field("maxPoints", tally.maxPoints()).endObject());
      out.endObject();
    });
    EVALUATION.put("unmet", (e, out) -> {
      out.startObject();
      e.unmet().forEach((level, ids) -> out.strings(level.name(), ids));
      out.endObject();
    });
    EVALUATION.put("unanswered", (e, out) -> {
      out.startArray();
      e.unanswered().forEach(out::string);
      out.endArray();
    });
    EVALUATION.put("reasons", (e, out) -> {
      out.startArray();
      for (Reason reason : e.reasons()) {
        out.startObject().field("code", reason.code().name()).field("outcome", reason.outcome())
            .field("level", reason.level().map(Level::name));
        reason.required().ifPresent(n -> out.field("required", n));
        reason.actual().ifPresent(n -> out.field("actual", n));
        reason.shortfall().ifPresent(n -> out.field("shortfall", n));
        if (!reason.criteria().isEmpty()) {
          out.strings("criteria", reason.criteria());
        }
        out.name("message").startObject().field("th", reason.thai())
            .field("en", reason.english()).endObject().field("source", reason.source())
            .endObject();
      }
      out.endArray();
    });
    EVALUATION.put("fewestFurther", (e, out) -> {
      out.startArray();
      e.gaps().forEach(gap -> out.startObject().field("outcome", gap.outcome())
          .field("count", gap.fewestFurther()).strings("criteria", gap.suggestion()).endObject());
      out.endArray();
    });
  }

  private RulesCodecs() {}

  static List<Codec<?>> all(RulebookRegistry registry) {
    return List.of(
        new Codec<>(Level.class, RulesCodecs::level, (v, out) -> out.string(v.name())),
        new Codec<>(Criterion.class, RulesCodecs::criterion, RulesCodecs::writeCriterion),
        new Codec<>(Requirement.class, RulesCodecs::requirement, RulesCodecs::writeRequirement),
        new Codec<>(Outcome.class, RulesCodecs::outcome, RulesCodecs::writeOutcome),
        new Codec<>(Rulebook.class, RulesCodecs::rulebook, RulesCodecs::writeRulebook),
        new Codec<>(Assessment.class, in -> assessment(in, registry),
            (v, out) -> writeAssessment(v, out, registry)),
        new Codec<>(Evaluation.class, in -> evaluation(in, registry),
            (v, out) -> writeEvaluation(v, out, registry)));
  }

  static Level level(Input in) {
    String name = in.text();
    return in.core(() -> Level.of(name));
  }

  static Criterion criterion(Input in) {
    Fields f = in.object("criterion", CRITERION, (i, v) -> {
      switch (i) {
        case 0: return v.text();
        case 1: return level(v);
        case 2: return v.integer();
        case 3: return v.enumValue(CriterionGroup.class);
        default: return v.text();
      }
    });
    String id = f.need(0);
    Level level = f.need(1);
    int points = f.<Integer>need(2);
    Criterion criterion = in.core(() -> Criterion.of(id, level, points));
    if (f.has(3)) {
      criterion = criterion.withGroup(f.need(3));
    }
    if (f.has(4)) {
      Criterion c = criterion;
      criterion = in.coreAt("titleThai", () -> c.withThaiTitle(f.need(4)));
    }
    if (f.has(5)) {
      Criterion c = criterion;
      criterion = in.coreAt("titleEnglish", () -> c.withEnglishTitle(f.need(5)));
    }
    return criterion;
  }

  private static void writeCriterion(Criterion value, Output out) {
    out.startObject().field("id", value.id()).field("level", value.level().name())
        .field("points", value.points()).field("group", value.group())
        .field("titleThai", value.thaiTitle()).field("titleEnglish", value.englishTitle())
        .endObject();
  }

  static Requirement requirement(Input in) {
    Fields f = in.object("requirement", REQUIREMENT, (i, v) ->
        i == 0 ? v.enumValue(Requirement.Kind.class) : i == 1 ? level(v) : v.integer());
    Requirement.Kind kind = f.need(0);
    if (kind != Requirement.Kind.AT_LEAST_POINTS) {
      f.need(1);
    } else if (f.has(1)) {
      throw f.refuse(1, "a requirement of kind AT_LEAST_POINTS has no level");
    }
    if (kind == Requirement.Kind.ALL_OF_LEVEL) {
      if (f.has(2)) {
        throw f.refuse(2, "a requirement of kind ALL_OF_LEVEL has no minimum");
      }
      return Requirement.allOf(f.need(1));
    }
    int minimum = f.<Integer>need(2);
    return in.core(() -> kind == Requirement.Kind.AT_LEAST_COUNT
        ? Requirement.atLeast(minimum, f.need(1))
        : Requirement.atLeastPoints(minimum));
  }

  private static void writeRequirement(Requirement value, Output out) {
    out.startObject().field("kind", value.kind().name())
        .field("level", value.level().map(Level::name));
    if (value.kind() != Requirement.Kind.ALL_OF_LEVEL) {
      out.field("minimum", value.minimum());
    }
    out.endObject();
  }

  static Outcome outcome(Input in) {
    Fields f = in.object("outcome", OUTCOME, (i, v) -> i == 0 ? v.text()
        : v.list(RulesCodecs::requirement));
    String name = f.need(0);
    List<Requirement> requirements = f.need(1);
    return in.core(() -> Outcome.of(name, requirements));
  }

  private static void writeOutcome(Outcome value, Output out) {
    out.startObject().field("name", value.name())
        .array("requirements", value.requirements(), RulesCodecs::writeRequirement).endObject();
  }

  static Rulebook rulebook(Input in) {
    Fields f = in.object("rulebook", RULEBOOK, (i, v) -> {
      switch (i) {
        case 0: return v.text();
        case 1: return Codecs.fiscalYear(v);
        case 2: return v.integer();
        case 3: return v.text();
        case 4: return v.list(RulesCodecs::criterion);
        case 5: return v.list(RulesCodecs::outcome);
        case 6: return v.text();
        default: return v.list(RulesCodecs::requirement);
      }
    });
    String id = f.need(0);
    FiscalYear firstRound = f.need(1);
    int gate = f.<Integer>need(2);
    List<Criterion> criteria = f.need(4);
    List<Outcome> outcomes = f.need(5);
    return in.core(() -> {
      Rulebook.Builder builder = Rulebook.builder(id, firstRound);
      f.<String>get(3).ifPresent(builder::notReachedOutcome);
      f.<String>get(6).ifPresent(builder::source);
      builder.addCriteria(criteria).selfAssessmentGate(gate);
      f.<List<Requirement>>get(7).ifPresent(r -> r.forEach(builder::addApplicationRequirement));
      outcomes.forEach(builder::addOutcome);
      return builder.build();
    });
  }

  static void writeRulebook(Rulebook value, Output out) {
    out.startObject().field("id", value.id()).field("firstRound", value.firstRound().getValue())
        .field("selfAssessmentGate", value.selfAssessmentGate())
        .field("notReachedOutcome", value.notReachedOutcome())
        .array("criteria", value.criteria(), RulesCodecs::writeCriterion)
        .array("outcomes", value.outcomes(), RulesCodecs::writeOutcome)
        .field("source", value.source())
        .array("applicationRequirements", value.applicationRequirements(),
            RulesCodecs::writeRequirement).endObject();
  }

  /** Reads a rulebook given by its id in the registry or whole. */
  static Object rulebookOrId(Input in) {
    if (in.token() == Input.START_OBJECT) {
      return rulebook(in);
    }
    if (in.token() != Input.STRING) {
      throw in.refuse("a rulebook is given by its id (a string such as \"GECC-2560\") or as a"
          + " whole rulebook object, not " + in.describe());
    }
    return in.nonBlank();
  }

  /**
   * Resolves what {@link #rulebookOrId} read from the field {@code rulebook} of the object the
   * input ends: a registered id, or a whole rulebook the registry admits (RULES.md 3.7).
   */
  static Rulebook resolve(Object rulebookOrId, Input in, RulebookRegistry registry) {
    return in.core(() -> {
      try {
        return rulebookOrId instanceof Rulebook
            ? registry.admit((Rulebook) rulebookOrId)
            : registry.require((String) rulebookOrId);
      } catch (RefusalException e) {
        throw e.at("rulebook");
      }
    });
  }

  /** Writes a rulebook as its id when the registry holds it, else whole. */
  static void writeRulebookOrId(Rulebook rulebook, Output out, RulebookRegistry registry) {
    if (registry.byId(rulebook.id()).filter(rulebook::equals).isPresent()) {
      out.string(rulebook.id());
    } else {
      writeRulebook(rulebook, out);
    }
  }

  static Assessment assessment(Input in, RulebookRegistry registry) {
    List<String> answerIds = new ArrayList<>();
    Fields f = in.object("assessment", ASSESSMENT, (i, v) -> {
      switch (i) {
        case 0: return rulebookOrId(v);
        case 1: return v.enumValue(AssessmentKind.class);
        case 2: return v.list(answer -> {
          Fields a = answer.object("answer", ANSWER, (j, w) -> j == 0 ? w.text() : w.bool());
          answerIds.add(a.need(0));
          return a.<Boolean>need(1);
        });
        default: return v.list(Input::text);
      }
    });
    Rulebook rulebook = resolve(f.need(0), in, registry);
    AssessmentKind kind = f.need(1);
    if (f.has(2) == f.has(3)) {
      throw f.refuse(f.has(2) ? 3 : 2, "an assessment gives either 'answers' (criterion and met)"
          + " or 'met' (the ids met), " + (f.has(2) ? "not both" : "and has neither"));
    }
    if (f.has(3)) {
      List<String> met = f.need(3);
      return in.core(() -> Assessment.ofMet(rulebook, kind, met));
    }
    List<Boolean> answers = f.need(2);
    return in.core(() -> {
      Assessment.Builder builder = Assessment.builder(rulebook, kind);
      for (int i = 0; i < answers.size(); i++) {
        builder.answer(answerIds.get(i), answers.get(i));
      }
      return builder.build();
    });
  }

  static void writeAssessment(Assessment value, Output out, RulebookRegistry registry) {
    writeRulebookOrId(value.rulebook(), out.startObject().name("rulebook"), registry);
    out.field("kind", value.kind().name()).array("answers", value.answers().entrySet(),
        (answer, o) -> o.startObject().field("criterion", answer.getKey())
            .field("met", answer.getValue()).endObject()).endObject();
  }

  static Evaluation evaluation(Input in, RulebookRegistry registry) {
    List<String> names = ImmutableList.<String>builder()
        .addAll(EVALUATION.keySet()).add("assessment").build();
    Fields f = in.object("evaluation", names, true, (i, v) -> {
      String name = names.get(i);
      if (v.token() == Input.NULL) {
        throw v.refuse("recorded " + name + " is null; give the value or leave the field out");
      }
      if (name.equals("assessment")) {
        return assessment(v, registry);
      }
      if (name.equals("libraryVersion")) {
        return v.text();
      }
      JsonText text = new JsonText();
      v.copyTo(text);
      return text.toString();
    });
    Assessment assessment = f.need(names.size() - 1);
    Evaluation evaluation = in.coreAt("assessment", () -> assessment.rulebook().evaluate(assessment));
    for (int i = 0; i < names.size() - 1; i++) {
      String name = names.get(i);
      if (f.has(i) && !name.equals("libraryVersion")) {
        JsonText computed = new JsonText();
        Objects.requireNonNull(EVALUATION.get(name), name).accept(evaluation, computed);
        if (!computed.toString().equals(f.need(i))) {
          throw Refusal.ofDocument("3.22", "recorded " + name + " " + Input.shorten(f.need(i))
              + " differs from " + Input.shorten(computed.toString()) + ", computed by evaluating"
              + " the recorded assessment against rulebook " + evaluation.rulebookId(),
              in.pointer() + "/" + Input.escape(name));
        }
      }
    }
    return evaluation;
  }

  static void writeEvaluation(Evaluation value, Output out, RulebookRegistry registry) {
    out.startObject();
    EVALUATION.forEach((name, writer) -> writer.accept(value, out.name(name)));
    writeAssessment(value.assessment(), out.name("assessment"), registry);
    out.endObject();
  }
}

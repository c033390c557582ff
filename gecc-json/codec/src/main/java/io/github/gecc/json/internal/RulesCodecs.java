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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/** Reads and writes the rules types: rulebooks, assessments, evaluations. */
final class RulesCodecs {

  private static final Field<String> CRITERION_ID = Field.of("id", Input::text);
  private static final Field<Level> CRITERION_LEVEL = Field.of("level", RulesCodecs::level);
  private static final Field<Integer> CRITERION_POINTS = Field.of("points", Input::integer);
  private static final Field<CriterionGroup> CRITERION_GROUP =
      Field.of("group", in -> in.enumValue(CriterionGroup.class));
  private static final Field<String> CRITERION_TITLE_THAI = Field.of("titleThai", Input::text);
  private static final Field<String> CRITERION_TITLE_ENGLISH =
      Field.of("titleEnglish", Input::text);
  private static final Shape CRITERION =
      Shape.of(
          "criterion",
          CRITERION_ID,
          CRITERION_LEVEL,
          CRITERION_POINTS,
          CRITERION_GROUP,
          CRITERION_TITLE_THAI,
          CRITERION_TITLE_ENGLISH);

  private static final Field<Requirement.Kind> REQUIREMENT_KIND =
      Field.of("kind", in -> in.enumValue(Requirement.Kind.class));
  private static final Field<Level> REQUIREMENT_LEVEL = Field.of("level", RulesCodecs::level);
  private static final Field<Integer> REQUIREMENT_MINIMUM = Field.of("minimum", Input::integer);
  private static final Shape REQUIREMENT =
      Shape.of("requirement", REQUIREMENT_KIND, REQUIREMENT_LEVEL, REQUIREMENT_MINIMUM);

  private static final Field<String> OUTCOME_NAME = Field.of("name", Input::text);
  private static final Field<List<Requirement>> OUTCOME_REQUIREMENTS =
      Field.of("requirements", in -> in.list(RulesCodecs::requirement));
  private static final Shape OUTCOME = Shape.of("outcome", OUTCOME_NAME, OUTCOME_REQUIREMENTS);

  private static final Field<String> RULEBOOK_ID = Field.of("id", Input::text);
  private static final Field<FiscalYear> RULEBOOK_FIRST_ROUND =
      Field.of("firstRound", Codecs::fiscalYear);
  private static final Field<Integer> RULEBOOK_GATE =
      Field.of("selfAssessmentGate", Input::integer);
  private static final Field<String> RULEBOOK_NOT_REACHED =
      Field.of("notReachedOutcome", Input::text);
  private static final Field<List<Criterion>> RULEBOOK_CRITERIA =
      Field.of("criteria", in -> in.list(RulesCodecs::criterion));
  private static final Field<List<Outcome>> RULEBOOK_OUTCOMES =
      Field.of("outcomes", in -> in.list(RulesCodecs::outcome));
  private static final Field<String> RULEBOOK_SOURCE = Field.of("source", Input::text);
  private static final Field<List<Requirement>> RULEBOOK_APPLICATION_REQUIREMENTS =
      Field.of("applicationRequirements", in -> in.list(RulesCodecs::requirement));
  private static final Shape RULEBOOK =
      Shape.of(
          "rulebook",
          RULEBOOK_ID,
          RULEBOOK_FIRST_ROUND,
          RULEBOOK_GATE,
          RULEBOOK_NOT_REACHED,
          RULEBOOK_CRITERIA,
          RULEBOOK_OUTCOMES,
          RULEBOOK_SOURCE,
          RULEBOOK_APPLICATION_REQUIREMENTS);

  /**
   * The field {@code rulebook} of an assessment, a self-assessment or a committee result: an id or
   * a whole rulebook, as {@link #rulebookOrId} reads it, for {@link #resolve}.
   */
  static final Field<Object> RULEBOOK_OR_ID = Field.of("rulebook", RulesCodecs::rulebookOrId);

  /** The field {@code met} of an assessment, a self-assessment or a committee result: ids. */
  static final Field<List<String>> MET_IDS = Field.of("met", in -> in.list(Input::text));

  private static final Field<String> ANSWER_CRITERION = Field.of("criterion", Input::text);
  private static final Field<Boolean> ANSWER_MET = Field.of("met", Input::bool);
  private static final Shape ANSWER = Shape.of("answer", ANSWER_CRITERION, ANSWER_MET);

  private static final Field<AssessmentKind> ASSESSMENT_KIND =
      Field.of("kind", in -> in.enumValue(AssessmentKind.class));
  private static final Field<List<Answer>> ASSESSMENT_ANSWERS =
      Field.of("answers", in -> in.list(RulesCodecs::answer));
  private static final Shape ASSESSMENT =
      Shape.of("assessment", RULEBOOK_OR_ID, ASSESSMENT_KIND, ASSESSMENT_ANSWERS, MET_IDS);

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
    EVALUATION.put(
        "meetsApplicationRequirements", (e, out) -> out.bool(e.meetsApplicationRequirements()));
    EVALUATION.put("mayApply", (e, out) -> out.bool(e.mayApply()));
    EVALUATION.put(
        "perLevel",
        (e, out) -> {
          out.startObject();
          e.perLevel()
              .forEach(
                  (level, tally) ->
                      out.name(level.name())
                          .startObject()
                          .field("met", tally.met())
                          .field("total", tally.total())
                          .field("points", tally.points())
                          .field("maxPoints", tally.maxPoints())
                          .endObject());
          out.endObject();
        });
    EVALUATION.put(
        "unmet",
        (e, out) -> {
          out.startObject();
          e.unmet().forEach((level, ids) -> out.strings(level.name(), ids));
          out.endObject();
        });
    EVALUATION.put(
        "unanswered",
        (e, out) -> {
          out.startArray();
          e.unanswered().forEach(out::string);
          out.endArray();
        });
    EVALUATION.put(
        "reasons",
        (e, out) -> {
          out.startArray();
          for (Reason reason : e.reasons()) {
            out.startObject()
                .field("code", reason.code().name())
                .field("outcome", reason.outcome())
                .field("level", reason.level().map(Level::name));
            reason.required().ifPresent(n -> out.field("required", n));
            reason.actual().ifPresent(n -> out.field("actual", n));
            reason.shortfall().ifPresent(n -> out.field("shortfall", n));
            if (!reason.criteria().isEmpty()) {
              out.strings("criteria", reason.criteria());
            }
            out.name("message")
                .startObject()
                .field("th", reason.thai())
                .field("en", reason.english())
                .endObject()
                .field("source", reason.source())
                .endObject();
          }
          out.endArray();
        });
    EVALUATION.put(
        "fewestFurther",
        (e, out) -> {
          out.startArray();
          e.gaps()
              .forEach(
                  gap ->
                      out.startObject()
                          .field("outcome", gap.outcome())
                          .field("count", gap.fewestFurther())
                          .strings("criteria", gap.suggestion())
                          .endObject());
          out.endArray();
        });
  }

  /**
   * The field {@code libraryVersion} of an evaluation: the version that wrote it, read as a string
   * and not compared.
   */
  private static final Field<String> LIBRARY_VERSION =
      Field.readingNull("libraryVersion", in -> recorded(in, "libraryVersion", Input::text));

  /**
   * The recorded fields of an evaluation, as {@link #EVALUATION} writes them: each but {@link
   * #LIBRARY_VERSION} read as its JSON text, to compare with the text of the computed value.
   */
  private static final List<Field<String>> RECORDED =
      EVALUATION.keySet().stream()
          .map(
              name ->
                  name.equals(LIBRARY_VERSION.name)
                      ? LIBRARY_VERSION
                      : Field.readingNull(name, in -> recorded(in, name, RulesCodecs::jsonText)))
          .collect(ImmutableList.toImmutableList());

  private RulesCodecs() {}

  static List<Codec<?>> all(RulebookRegistry registry) {
    // An evaluation's assessment is read with this registry, so the registry's evaluations have a
    // shape of their own.
    Field<Assessment> recordedAssessment =
        Field.readingNull(
            "assessment", in -> recorded(in, "assessment", v -> assessment(v, registry)));
    Shape evaluation =
        Shape.of(
            "evaluation",
            ImmutableList.<Field<?>>builder().addAll(RECORDED).add(recordedAssessment).build());
    return List.of(
        new Codec<>(Level.class, RulesCodecs::level, (v, out) -> out.string(v.name())),
        new Codec<>(Criterion.class, RulesCodecs::criterion, RulesCodecs::writeCriterion),
        new Codec<>(Requirement.class, RulesCodecs::requirement, RulesCodecs::writeRequirement),
        new Codec<>(Outcome.class, RulesCodecs::outcome, RulesCodecs::writeOutcome),
        new Codec<>(Rulebook.class, RulesCodecs::rulebook, RulesCodecs::writeRulebook),
        new Codec<>(
            Assessment.class,
            in -> assessment(in, registry),
            (v, out) -> writeAssessment(v, out, registry)),
        new Codec<>(
            Evaluation.class,
            in -> evaluation(in, evaluation, recordedAssessment),
            (v, out) -> writeEvaluation(v, out, registry)));
  }

  static Level level(Input in) {
    String name = in.text();
    return in.core(() -> Level.of(name));
  }

  static Criterion criterion(Input in) {
    Fields f = in.object(CRITERION);
    String id = f.need(CRITERION_ID);
    Level level = f.need(CRITERION_LEVEL);
    int points = f.need(CRITERION_POINTS);
    Criterion criterion = in.core(() -> Criterion.of(id, level, points));
    if (f.has(CRITERION_GROUP)) {
      criterion = criterion.withGroup(f.need(CRITERION_GROUP));
    }
    if (f.has(CRITERION_TITLE_THAI)) {
      Criterion c = criterion;
      criterion =
          in.coreAt(CRITERION_TITLE_THAI.name, () -> c.withThaiTitle(f.need(CRITERION_TITLE_THAI)));
    }
    if (f.has(CRITERION_TITLE_ENGLISH)) {
      Criterion c = criterion;
      criterion =
          in.coreAt(
              CRITERION_TITLE_ENGLISH.name,
              () -> c.withEnglishTitle(f.need(CRITERION_TITLE_ENGLISH)));
    }
    return criterion;
  }

  private static void writeCriterion(Criterion value, Output out) {
    out.startObject()
        .field("id", value.id())
        .field("level", value.level().name())
        .field("points", value.points())
        .field("group", value.group())
        .field("titleThai", value.thaiTitle())
        .field("titleEnglish", value.englishTitle())
        .endObject();
  }

  static Requirement requirement(Input in) {
    Fields f = in.object(REQUIREMENT);
    Requirement.Kind kind = f.need(REQUIREMENT_KIND);
    if (kind != Requirement.Kind.AT_LEAST_POINTS) {
      f.need(REQUIREMENT_LEVEL);
    } else if (f.has(REQUIREMENT_LEVEL)) {
      throw f.refuse(REQUIREMENT_LEVEL, "a requirement of kind AT_LEAST_POINTS has no level");
    }
    if (kind == Requirement.Kind.ALL_OF_LEVEL) {
      if (f.has(REQUIREMENT_MINIMUM)) {
        throw f.refuse(REQUIREMENT_MINIMUM, "a requirement of kind ALL_OF_LEVEL has no minimum");
      }
      return Requirement.allOf(f.need(REQUIREMENT_LEVEL));
    }
    int minimum = f.need(REQUIREMENT_MINIMUM);
    return in.core(
        () ->
            kind == Requirement.Kind.AT_LEAST_COUNT
                ? Requirement.atLeast(minimum, f.need(REQUIREMENT_LEVEL))
                : Requirement.atLeastPoints(minimum));
  }

  private static void writeRequirement(Requirement value, Output out) {
    out.startObject()
        .field("kind", value.kind().name())
        .field("level", value.level().map(Level::name));
    if (value.kind() != Requirement.Kind.ALL_OF_LEVEL) {
      out.field("minimum", value.minimum());
    }
    out.endObject();
  }

  static Outcome outcome(Input in) {
    Fields f = in.object(OUTCOME);
    String name = f.need(OUTCOME_NAME);
    List<Requirement> requirements = f.need(OUTCOME_REQUIREMENTS);
    return in.core(() -> Outcome.of(name, requirements));
  }

  private static void writeOutcome(Outcome value, Output out) {
    out.startObject()
        .field("name", value.name())
        .array("requirements", value.requirements(), RulesCodecs::writeRequirement)
        .endObject();
  }

  static Rulebook rulebook(Input in) {
    Fields f = in.object(RULEBOOK);
    String id = f.need(RULEBOOK_ID);
    FiscalYear firstRound = f.need(RULEBOOK_FIRST_ROUND);
    int gate = f.need(RULEBOOK_GATE);
    List<Criterion> criteria = f.need(RULEBOOK_CRITERIA);
    List<Outcome> outcomes = f.need(RULEBOOK_OUTCOMES);
    return in.core(
        () -> {
          Rulebook.Builder builder = Rulebook.builder(id, firstRound);
          f.get(RULEBOOK_NOT_REACHED).ifPresent(builder::notReachedOutcome);
          f.get(RULEBOOK_SOURCE).ifPresent(builder::source);
          builder.addCriteria(criteria).selfAssessmentGate(gate);
          f.get(RULEBOOK_APPLICATION_REQUIREMENTS)
              .ifPresent(r -> r.forEach(builder::addApplicationRequirement));
          outcomes.forEach(builder::addOutcome);
          return builder.build();
        });
  }

  static void writeRulebook(Rulebook value, Output out) {
    out.startObject()
        .field("id", value.id())
        .field("firstRound", value.firstRound().getValue())
        .field("selfAssessmentGate", value.selfAssessmentGate())
        .field("notReachedOutcome", value.notReachedOutcome())
        .array("criteria", value.criteria(), RulesCodecs::writeCriterion)
        .array("outcomes", value.outcomes(), RulesCodecs::writeOutcome)
        .field("source", value.source())
        .array(
            "applicationRequirements",
            value.applicationRequirements(),
            RulesCodecs::writeRequirement)
        .endObject();
  }

  /** Reads a rulebook given by its id in the registry or whole. */
  static Object rulebookOrId(Input in) {
    if (in.token() == Input.START_OBJECT) {
      return rulebook(in);
    }
    if (in.token() != Input.STRING) {
      throw in.refuse(
          "a rulebook is given by its id (a string such as \"GECC-2560\") or as a"
              + " whole rulebook object, not "
              + in.describe());
    }
    return in.nonBlank();
  }

  /**
   * Resolves what {@link #rulebookOrId} read from the field {@code rulebook} of the object the
   * input ends: a registered id, or a whole rulebook the registry admits (RULES.md 3.7).
   */
  static Rulebook resolve(Object rulebookOrId, Input in, RulebookRegistry registry) {
    return in.core(
        () -> {
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
    Fields f = in.object(ASSESSMENT);
    Rulebook rulebook = resolve(f.need(RULEBOOK_OR_ID), in, registry);
    AssessmentKind kind = f.need(ASSESSMENT_KIND);
    if (f.has(ASSESSMENT_ANSWERS) == f.has(MET_IDS)) {
      throw f.refuse(
          f.has(ASSESSMENT_ANSWERS) ? MET_IDS : ASSESSMENT_ANSWERS,
          "an assessment gives either 'answers' (criterion and met) or 'met' (the ids met), "
              + (f.has(ASSESSMENT_ANSWERS) ? "not both" : "and has neither"));
    }
    if (f.has(MET_IDS)) {
      List<String> met = f.need(MET_IDS);
      return in.core(() -> Assessment.ofMet(rulebook, kind, met));
    }
    List<Answer> answers = f.need(ASSESSMENT_ANSWERS);
    return in.core(
        () -> {
          Assessment.Builder builder = Assessment.builder(rulebook, kind);
          for (Answer answer : answers) {
            builder.answer(answer.criterion(), answer.met());
          }
          return builder.build();
        });
  }

  /** One answer of an assessment: a criterion's id and whether it is met. */
  private record Answer(String criterion, boolean met) {}

  /** Reads an answer, refusing a missing field while the input stands on the answer. */
  private static Answer answer(Input in) {
    Fields f = in.object(ANSWER);
    return new Answer(f.need(ANSWER_CRITERION), f.need(ANSWER_MET));
  }

  static void writeAssessment(Assessment value, Output out, RulebookRegistry registry) {
    writeRulebookOrId(value.rulebook(), out.startObject().name("rulebook"), registry);
    out.field("kind", value.kind().name())
        .array(
            "answers",
            value.answers().entrySet(),
            (answer, o) ->
                o.startObject()
                    .field("criterion", answer.getKey())
                    .field("met", answer.getValue())
                    .endObject())
        .endObject();
  }

  /**
   * Reads an evaluation of the registry's {@code shape}, whose field {@code recordedAssessment}
   * reads the assessment; each recorded figure must equal the one computed from it (RULES.md 3.22).
   */
  static Evaluation evaluation(Input in, Shape shape, Field<Assessment> recordedAssessment) {
    Fields f = in.object(shape);
    Assessment assessment = f.need(recordedAssessment);
    Evaluation evaluation =
        in.coreAt(recordedAssessment.name, () -> assessment.rulebook().evaluate(assessment));
    for (Field<String> field : RECORDED) {
      if (f.has(field) && field != LIBRARY_VERSION) {
        JsonText computed = new JsonText();
        Objects.requireNonNull(EVALUATION.get(field.name), field.name).accept(evaluation, computed);
        String recorded = f.need(field);
        if (!computed.toString().equals(recorded)) {
          throw Refusal.ofDocument(
              "3.22",
              "recorded "
                  + field.name
                  + " "
                  + Input.shorten(recorded)
                  + " differs from "
                  + Input.shorten(computed.toString())
                  + ", computed by evaluating the recorded assessment against rulebook "
                  + evaluation.rulebookId(),
              in.pointer() + "/" + Input.escape(field.name));
        }
      }
    }
    return evaluation;
  }

  /** Reads a recorded field of an evaluation, which is left out rather than given as null. */
  private static <T> T recorded(Input in, String name, Input.Reader<T> reader) {
    if (in.token() == Input.NULL) {
      throw in.refuse("recorded " + name + " is null; give the value or leave the field out");
    }
    return reader.read(in);
  }

  /** Reads a value as its JSON text, numbers as written. */
  private static String jsonText(Input in) {
    JsonText text = new JsonText();
    in.copyTo(text);
    return text.toString();
  }

  static void writeEvaluation(Evaluation value, Output out, RulebookRegistry registry) {
    out.startObject();
    EVALUATION.forEach((name, writer) -> writer.accept(value, out.name(name)));
    writeAssessment(value.assessment(), out.name("assessment"), registry);
    out.endObject();
  }
}

package io.github.gecc.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.gecc.RefusalException;
import io.github.gecc.time.FiscalYear;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A rulebook: the criteria catalogue, the condition to apply (the self-assessment gate and the
 * application requirements), and the outcomes it awards (highest first) with their requirements.
 *
 * <p>RULES.md §3 (FACT): the BE 2560 rulebook, bundled as {@link BundledRulebooks#gecc2560()}.
 * RULES.md §3 (DECISION): a rulebook states its application requirements separately from its
 * outcomes, so a later rulebook may make them differ. RULES.md §3 (DECISION): a rulebook is data;
 * it is checked when built — ids unique, points positive, every outcome reachable, the gate not
 * above the maximum — and a broken rulebook is refused with the reason, never half-built.
 * "Reachable" means that some assessment reaches the outcome: its requirements can hold, and they
 * can hold while every higher outcome fails.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Rulebook {

  /** The name of the outcome of an assessment that reaches no listed outcome, by default. */
  public static final String NOT_CERTIFIED = "NOT_CERTIFIED";

  /**
   * The most assessment profiles the reachability check enumerates (DECISION: a rulebook whose
   * catalogue has more distinct (level, points) combinations than this is only checked for outcomes
   * that cannot hold at all, not for outcomes hidden by a higher one).
   */
  static final long MAX_PROFILES = 2_000_000L;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private final String id;
  private final FiscalYear firstRound;
  private final ImmutableList<Criterion> criteria;
  private final ImmutableMap<String, Criterion> criteriaById;
  private final ImmutableList<Outcome> outcomes;
  private final int selfAssessmentGate;
  private final ImmutableList<Requirement> applicationRequirements;
  private final String source;
  private final String notReachedOutcome;
  private final ImmutableMap<Level, ImmutableList<Criterion>> byLevel;
  private final int maxPoints;
  private final RulebookIndex index;
  private final String outcomeSource;
  private final String conditionSource;

  private Rulebook(Builder b) {
    this.id = b.id;
    this.firstRound = b.firstRound;
    this.criteria = ImmutableList.copyOf(b.criteria);
    this.outcomes = ImmutableList.copyOf(b.outcomes);
    this.selfAssessmentGate = b.selfAssessmentGate;
    this.applicationRequirements = ImmutableList.copyOf(b.applicationRequirements);
    this.source = b.source;
    this.notReachedOutcome = b.notReachedOutcome;
    ImmutableMap.Builder<String, Criterion> ids = ImmutableMap.builder();
    Map<Level, List<Criterion>> levels = new LinkedHashMap<>();
    long max = 0;
    for (Criterion c : criteria) {
      ids.put(c.id(), c);
      levels.computeIfAbsent(c.level(), l -> new ArrayList<>()).add(c);
      max += c.points();
    }
    if (max > Integer.MAX_VALUE) {
      throw RefusalException.of(
              "3.15",
              max,
              "the criteria of rulebook "
                  + b.id
                  + " add up to "
                  + max
                  + " points, more than "
                  + Integer.MAX_VALUE
                  + ", the most a rulebook may have",
              "เกณฑ์ของเกณฑ์การประเมิน "
                  + b.id
                  + " มีคะแนนรวม "
                  + max
                  + " คะแนน เกิน "
                  + Integer.MAX_VALUE
                  + " คะแนน ซึ่งเป็นคะแนนรวมสูงสุดที่รับได้")
          .at("criteria");
    }
    this.criteriaById = ids.buildOrThrow();
    ImmutableMap.Builder<Level, ImmutableList<Criterion>> lv = ImmutableMap.builder();
    levels.forEach((level, list) -> lv.put(level, ImmutableList.copyOf(list)));
    this.byLevel = lv.buildOrThrow();
    this.maxPoints = (int) max;
    this.index = new RulebookIndex(criteria, levels(), outcomes, applicationRequirements);
    String cited = b.source.isEmpty() ? "rulebook " + b.id + " (data given by its user)" : b.source;
    this.outcomeSource = cited + "; RULES.md §3 DECISION";
    // A user's own rulebook is its user's data, never a fact of RULES.md, whatever it cites.
    this.conditionSource =
        cited + (b.fromTheCirculars ? "; RULES.md §3 FACT" : "; RULES.md §3 DECISION");
  }

  /** The citation of the reasons about outcomes: the committee's rule is the library's DECISION. */
  String outcomeSource() {
    return outcomeSource;
  }

  /** The citation of the reasons about the condition to apply (the gate and the requirements). */
  String conditionSource() {
    return conditionSource;
  }

  /** The catalogue as arrays, for evaluations (computed once, with the rulebook). */
  RulebookIndex index() {
    return index;
  }

  /**
   * Returns a builder for a rulebook.
   *
   * @param id the rulebook's id, 1 to 64 letters, digits, {@code .}, {@code _} or {@code -},
   *     starting with a letter or digit, for example {@code GECC-2560}; not null
   * @param firstRound the first round the rulebook applies to, not null
   * @return a builder with no criteria, no outcomes, gate 0 and the not-reached outcome {@value
   *     #NOT_CERTIFIED}
   * @throws RefusalException (RULES.md 3.19) at {@code id} if the id does not have that form
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(String id, FiscalYear firstRound) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(firstRound, "firstRound");
    if (!ID.matcher(id).matches()) {
      throw RefusalException.of(
              "3.19",
              id,
              "rulebook id '"
                  + id
                  + "' must be 1 to 64 letters, digits, '.', '_' or '-',"
                  + " starting with a letter or digit",
              "รหัสเกณฑ์การประเมิน '"
                  + id
                  + "' ต้องเป็นอักษรภาษาอังกฤษ ตัวเลข '.', '_' หรือ '-'"
                  + " จำนวน 1 ถึง 64 ตัว และขึ้นต้นด้วยอักษรหรือตัวเลข")
          .at("id");
    }
    return new Builder(id, firstRound);
  }

  /**
   * Returns the id.
   *
   * @return for example {@code GECC-2560}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the first round the rulebook applies to; it applies until a rulebook with a later first
   * round takes over (see {@link RulebookRegistry#forRound}).
   *
   * @return the first round
   */
  public FiscalYear firstRound() {
    return firstRound;
  }

  /**
   * Returns the catalogue, in the order it was built.
   *
   * @return at least one criterion, ids unique
   */
  public ImmutableList<Criterion> criteria() {
    return criteria;
  }

  /**
   * Returns a criterion by id.
   *
   * @param criterionId any text, not null
   * @return the criterion, or empty if the catalogue has none with this id
   */
  public Optional<Criterion> criterion(String criterionId) {
    return Optional.ofNullable(
        criteriaById.get(Objects.requireNonNull(criterionId, "criterionId")));
  }

  /**
   * Returns the levels of the catalogue, in the order of their first criterion.
   *
   * @return at least one level
   */
  public ImmutableList<Level> levels() {
    return byLevel.keySet().asList();
  }

  /**
   * Returns the criteria of a level, in catalogue order.
   *
   * @param level a level, not null
   * @return the criteria, empty if the catalogue has no criterion of that level
   */
  public ImmutableList<Criterion> criteriaOf(Level level) {
    ImmutableList<Criterion> list = byLevel.get(Objects.requireNonNull(level, "level"));
    return list == null ? ImmutableList.of() : list;
  }

  /**
   * Returns the outcomes, highest first.
   *
   * @return at least one outcome, names unique
   */
  public ImmutableList<Outcome> outcomes() {
    return outcomes;
  }

  /**
   * Returns the outcome of an assessment that reaches none of {@link #outcomes()}.
   *
   * @return for example {@value #NOT_CERTIFIED}
   */
  public String notReachedOutcome() {
    return notReachedOutcome;
  }

  /**
   * Returns the self-assessment gate: the fewest points a self-assessment needs before the centre
   * may apply (RULES.md §3 (FACT): 60 points in BE 2560).
   *
   * @return 0..{@link #maxPoints()}
   */
  public int selfAssessmentGate() {
    return selfAssessmentGate;
  }

  /**
   * Returns the application requirements: besides the gate, what a self-assessment must meet before
   * the unit may apply (RULES.md §3, FACT: all 40 basic and at least 10 advanced criteria in BE
   * 2560, DLA นท 0812/694, round 2560, FAQ).
   *
   * @return the requirements, all of which must hold; empty when the gate is the only condition
   */
  public ImmutableList<Requirement> applicationRequirements() {
    return applicationRequirements;
  }

  /**
   * Returns the citation of the circular the rulebook's figures come from.
   *
   * @return for example {@code "DLA นท 0812/694, round 2560"}, or empty when not given
   */
  public Optional<String> source() {
    return source.isEmpty() ? Optional.empty() : Optional.of(source);
  }

  /**
   * Returns the most points an assessment can score: the sum of every criterion's points.
   *
   * @return at least 1 (80 for GECC-2560)
   */
  public int maxPoints() {
    return maxPoints;
  }

  /**
   * Evaluates an assessment: the points, the outcome, the gate, and why.
   *
   * @param assessment an assessment of this rulebook, not null
   * @return the evaluation
   * @throws RefusalException (RULES.md 3.21) at {@code assessment.rulebook} if the assessment
   *     answers another rulebook
   * @throws NullPointerException if {@code assessment} is null
   */
  public Evaluation evaluate(Assessment assessment) {
    Objects.requireNonNull(assessment, "assessment");
    if (!assessment.rulebook().equals(this)) {
      throw RefusalException.of(
              "3.21",
              assessment.rulebook().id(),
              "the assessment answers rulebook "
                  + assessment.rulebook().id()
                  + ", not rulebook "
                  + id
                  + (assessment.rulebook().id().equals(id)
                      ? " as registered (another version under the same id)"
                      : ""),
              "การประเมินนี้ตอบเกณฑ์การประเมิน "
                  + assessment.rulebook().id()
                  + " ไม่ใช่เกณฑ์การประเมิน "
                  + id
                  + (assessment.rulebook().id().equals(id)
                      ? " ตามที่ลงทะเบียนไว้ (เป็นอีกฉบับหนึ่งที่ใช้รหัสเดียวกัน)"
                      : ""))
          .at("rulebook")
          .at("assessment");
    }
    return Evaluator.evaluate(this, assessment);
  }

  /**
   * Returns a unit's self-assessment against this rulebook, given as the criteria it meets: every
   * other criterion is answered not met. Its figures are computed by this rulebook (RULES.md 3.7).
   *
   * @param met the ids of the criteria met, each once, in any order; not null, no null element
   * @return the self-assessment result
   * @throws RefusalException (RULES.md 3.20) at {@code met[i]} if the id at {@code i} is not in
   *     this rulebook or is listed twice
   * @throws NullPointerException if {@code met} or an element is null
   */
  public SelfAssessmentResult selfAssessment(Collection<String> met) {
    return SelfAssessmentResult.of(Assessment.ofMet(this, AssessmentKind.SELF_ASSESSMENT, met));
  }

  /**
   * Returns the result of the committee's on-site assessment against this rulebook, given as the
   * criteria the committee found met: every other criterion is answered not met. The points and the
   * outcome are computed by this rulebook, never given (RULES.md 3.22).
   *
   * @param met the ids of the criteria met, each once, in any order; not null, no null element
   * @return the committee result
   * @throws RefusalException (RULES.md 3.20) at {@code met[i]} if the id at {@code i} is not in
   *     this rulebook or is listed twice
   * @throws NullPointerException if {@code met} or an element is null
   */
  public CommitteeResult committeeResult(Collection<String> met) {
    return CommitteeResult.of(Assessment.ofMet(this, AssessmentKind.COMMITTEE, met));
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Rulebook)) {
      return false;
    }
    Rulebook o = (Rulebook) obj;
    return id.equals(o.id)
        && firstRound.equals(o.firstRound)
        && criteria.equals(o.criteria)
        && outcomes.equals(o.outcomes)
        && selfAssessmentGate == o.selfAssessmentGate
        && applicationRequirements.equals(o.applicationRequirements)
        && source.equals(o.source)
        && notReachedOutcome.equals(o.notReachedOutcome);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        firstRound,
        criteria,
        outcomes,
        selfAssessmentGate,
        applicationRequirements,
        source,
        notReachedOutcome);
  }

  @Override
  public String toString() {
    return "Rulebook["
        + id
        + ", first round "
        + firstRound.getValue()
        + ", "
        + criteria.size()
        + " criteria, "
        + maxPoints
        + " points, outcomes "
        + outcomes.stream().map(Outcome::name).collect(java.util.stream.Collectors.toList())
        + ", gate "
        + selfAssessmentGate
        + ", to apply "
        + applicationRequirements
        + "]";
  }

  /**
   * Builds a {@link Rulebook}; {@link #build()} checks it whole. A builder is meant for one thread.
   */
  public static final class Builder {
    private final String id;
    private final FiscalYear firstRound;
    private final List<Criterion> criteria = new ArrayList<>();
    private final List<Outcome> outcomes = new ArrayList<>();
    private int selfAssessmentGate;
    private final List<Requirement> applicationRequirements = new ArrayList<>();
    private String source = "";

    /** Set only for the rulebook the circulars define, whose figures RULES.md §3 states as FACT. */
    private boolean fromTheCirculars;

    private String notReachedOutcome = NOT_CERTIFIED;

    private Builder(String id, FiscalYear firstRound) {
      this.id = id;
      this.firstRound = firstRound;
    }

    /**
     * Adds a criterion at the end of the catalogue.
     *
     * @param criterion the criterion, not null
     * @return this builder
     * @throws NullPointerException if {@code criterion} is null
     */
    public Builder addCriterion(Criterion criterion) {
      criteria.add(Objects.requireNonNull(criterion, "criterion"));
      return this;
    }

    /**
     * Adds criteria at the end of the catalogue.
     *
     * @param more the criteria, not null, no null element
     * @return this builder
     * @throws NullPointerException if {@code more} or an element is null
     */
    public Builder addCriteria(Iterable<Criterion> more) {
      for (Criterion c : more) {
        addCriterion(c);
      }
      return this;
    }

    /**
     * Adds an outcome below those added so far (outcomes are listed highest first).
     *
     * @param outcome the outcome, not null
     * @return this builder
     * @throws NullPointerException if {@code outcome} is null
     */
    public Builder addOutcome(Outcome outcome) {
      outcomes.add(Objects.requireNonNull(outcome, "outcome"));
      return this;
    }

    /**
     * Sets the self-assessment gate.
     *
     * @param points the fewest points, 0..the rulebook's maximum (checked by {@link #build()})
     * @return this builder
     */
    public Builder selfAssessmentGate(int points) {
      this.selfAssessmentGate = points;
      return this;
    }

    /**
     * Adds an application requirement: a condition a self-assessment must meet, besides the gate,
     * before the unit may apply.
     *
     * @param requirement the requirement, not null; its level must be in the catalogue and it must
     *     be satisfiable (checked by {@link #build()})
     * @return this builder
     * @throws NullPointerException if {@code requirement} is null
     */
    public Builder addApplicationRequirement(Requirement requirement) {
      applicationRequirements.add(Objects.requireNonNull(requirement, "requirement"));
      return this;
    }

    /**
     * Marks the rulebook as the one the circulars define (RULES.md §3); for BundledRulebooks only.
     */
    Builder fromTheCirculars() {
      this.fromTheCirculars = true;
      return this;
    }

    /**
     * Sets the citation of the circular the rulebook's figures come from.
     *
     * @param citation for example {@code "DLA นท 0812/694, round 2560"}; not null, not blank
     * @return this builder
     * @throws RefusalException (RULES.md 3.19) at {@code source} if {@code citation} is blank
     * @throws NullPointerException if {@code citation} is null
     */
    public Builder source(String citation) {
      Objects.requireNonNull(citation, "citation");
      if (citation.isBlank()) {
        throw RefusalException.of(
                "3.19",
                citation,
                "the source of rulebook " + id + " is blank; cite the circular or leave it out",
                "แหล่งที่มาของเกณฑ์การประเมิน " + id + " ว่างเปล่า ให้อ้างหนังสือเวียนหรือไม่ระบุ")
            .at("source");
      }
      this.source = citation;
      return this;
    }

    /**
     * Sets the outcome of an assessment that reaches no listed outcome.
     *
     * @param name an outcome name (upper-case letters, digits, {@code _}), not null
     * @return this builder
     * @throws RefusalException (RULES.md 3.19) at {@code notReachedOutcome} if the name does not
     *     have that form
     * @throws NullPointerException if {@code name} is null
     */
    public Builder notReachedOutcome(String name) {
      try {
        this.notReachedOutcome = Outcome.checkName(name, "not-reached outcome", "ผลที่ไม่ผ่าน");
      } catch (RefusalException e) {
        throw e.at("notReachedOutcome");
      }
      return this;
    }

    /**
     * Checks and builds the rulebook (RULES.md 3.15).
     *
     * @return the rulebook
     * @throws RefusalException (RULES.md 3.15) naming the rulebook, the rule broken and where:
     *     {@code criteria} if there is none or their points add up to more than {@link
     *     Integer#MAX_VALUE}, {@code criteria[i].id} for a repeated criterion id, {@code outcomes}
     *     if there is none, {@code outcomes[i].name} for a repeated name, {@code notReachedOutcome}
     *     if an outcome has its name, {@code outcomes[i].requirements[j]} for a requirement on a
     *     level no criterion has or that asks for more than the catalogue holds, {@code
     *     outcomes[i]} for an outcome that a higher one always hides, {@code selfAssessmentGate}
     *     for a gate outside 0..maximum, {@code applicationRequirements[i]} for a repeated or
     *     unsatisfiable application requirement or one on a level no criterion has
     */
    public Rulebook build() {
      if (criteria.isEmpty()) {
        throw refusal(
                "the catalogue has no criterion; a rulebook needs at least one",
                "ไม่มีเกณฑ์ในรายการเกณฑ์ เกณฑ์การประเมินต้องมีเกณฑ์อย่างน้อยหนึ่งข้อ")
            .at("criteria");
      }
      Map<String, Integer> ids = new HashMap<>();
      for (int i = 0; i < criteria.size(); i++) {
        String criterionId = criteria.get(i).id();
        Integer first = ids.putIfAbsent(criterionId, i);
        if (first != null) {
          throw refusal(
                  criterionId,
                  "criterion id "
                      + criterionId
                      + " appears twice (first at criteria["
                      + first
                      + "]); ids must be unique",
                  "รหัสเกณฑ์ "
                      + criterionId
                      + " ซ้ำกัน (ครั้งแรกที่ criteria["
                      + first
                      + "]) รหัสเกณฑ์ต้องไม่ซ้ำกัน")
              .at("id")
              .at("criteria", i);
        }
      }
      if (outcomes.isEmpty()) {
        throw refusal(
                "no outcome; a rulebook needs at least one",
                "ไม่มีผลการประเมิน เกณฑ์การประเมินต้องมีผลการประเมินอย่างน้อยหนึ่งผล")
            .at("outcomes");
      }
      Map<String, Integer> names = new HashMap<>();
      for (int i = 0; i < outcomes.size(); i++) {
        String name = outcomes.get(i).name();
        Integer first = names.putIfAbsent(name, i);
        if (first != null) {
          throw refusal(
                  name,
                  "outcome "
                      + name
                      + " appears twice (first at outcomes["
                      + first
                      + "]); names must be unique",
                  "ผลการประเมิน "
                      + name
                      + " ซ้ำกัน (ครั้งแรกที่ outcomes["
                      + first
                      + "]) ชื่อผลการประเมินต้องไม่ซ้ำกัน")
              .at("name")
              .at("outcomes", i);
        }
      }
      if (names.containsKey(notReachedOutcome)) {
        throw refusal(
                notReachedOutcome,
                "outcome "
                    + notReachedOutcome
                    + " is also the not-reached outcome; they must differ",
                "ผลการประเมิน " + notReachedOutcome + " ซ้ำกับผลที่ไม่ผ่าน ทั้งสองต้องต่างกัน")
            .at("notReachedOutcome");
      }
      Rulebook rulebook = new Rulebook(this);
      Reachability.check(rulebook);
      if (selfAssessmentGate < 0 || selfAssessmentGate > rulebook.maxPoints()) {
        throw refusal(
                selfAssessmentGate,
                "self-assessment gate "
                    + selfAssessmentGate
                    + " is outside 0.."
                    + rulebook.maxPoints()
                    + ", the rulebook's maximum points",
                "เกณฑ์คะแนนการประเมินตนเอง "
                    + selfAssessmentGate
                    + " อยู่นอกช่วง 0.."
                    + rulebook.maxPoints()
                    + " ซึ่งเป็นคะแนนเต็มของเกณฑ์การประเมิน")
            .at("selfAssessmentGate");
      }
      Set<Requirement> seen = new HashSet<>();
      for (int i = 0; i < applicationRequirements.size(); i++) {
        Requirement r = applicationRequirements.get(i);
        if (!seen.add(r)) {
          throw refusal(
                  r,
                  "application requirement '" + r + "' appears twice; list each once",
                  "เงื่อนไขการขอรับการรับรอง '" + r + "' ซ้ำกัน ให้ระบุแต่ละข้อเพียงครั้งเดียว")
              .at("applicationRequirements", i);
        }
        int available =
            r.level().map(level -> rulebook.criteriaOf(level).size()).orElse(rulebook.maxPoints());
        if (r.level().isPresent() && available == 0) {
          throw refusal(
                  r.level().get(),
                  "application requirement '"
                      + r
                      + "' names level "
                      + r.level().get()
                      + ", which no criterion has",
                  "เงื่อนไขการขอรับการรับรอง '"
                      + r
                      + "' ระบุ"
                      + r.level().get().thai()
                      + " ซึ่งไม่มีเกณฑ์ใดอยู่ในระดับนี้")
              .at("level")
              .at("applicationRequirements", i);
        }
        if (r.minimum() > available) {
          throw refusal(
                  r.minimum(),
                  "application requirement '"
                      + r
                      + "' asks for more than the "
                      + available
                      + (r.level().isPresent()
                          ? " criteria of its level"
                          : " points of the rulebook"),
                  "เงื่อนไขการขอรับการรับรอง '"
                      + r
                      + "' กำหนดเกิน "
                      + available
                      + (r.level().isPresent()
                          ? " ข้อ ซึ่งเป็นจำนวนเกณฑ์ทั้งหมดของระดับนี้"
                          : " คะแนน ซึ่งเป็นคะแนนเต็มของเกณฑ์การประเมิน"))
              .at("minimum")
              .at("applicationRequirements", i);
        }
      }
      return rulebook;
    }

    /** A refusal of rule 3.15 (a rulebook checked when built), naming this rulebook. */
    private RefusalException refusal(Object value, String english, String thai) {
      return RefusalException.of(
          "3.15", value, "rulebook " + id + ": " + english, "เกณฑ์การประเมิน " + id + ": " + thai);
    }

    /** A refusal of rule 3.15 that has no single value to show. */
    private RefusalException refusal(String english, String thai) {
      return RefusalException.withoutValue(
          "3.15", "rulebook " + id + ": " + english, "เกณฑ์การประเมิน " + id + ": " + thai);
    }
  }
}

package io.github.gecc.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * The explained result of evaluating an {@link Assessment} against its {@link Rulebook}: points,
 * counts per level, the outcome reached, the self-assessment gate, the criteria not met, the
 * reasons, and what it would take to reach each outcome not reached.
 *
 * <p>RULES.md §3 (FACT, DLA นท 0812/694, round 2560): a unit may apply when its self-assessment
 * reaches the gate (60 points, step 3) <em>and</em> meets the rulebook's application requirement
 * (all 40 basic and at least 10 advanced criteria, the FAQ); each rule is evaluated and explained
 * with its own reason. Certification is a separate rule, the rulebook's outcomes (RULES.md §3,
 * DECISION). An evaluation is a pure function of the rulebook and the assessment ({@link
 * Rulebook#evaluate}); it names the rulebook and the library version that produced it.
 *
 * <p>Two evaluations are equal when their rulebook and assessment are equal (everything else
 * follows from them; the library version is a label, not part of equality, so an evaluation read
 * back from JSON equals the one written). This class is immutable and thread-safe.
 */
public final class Evaluation {

  private final Rulebook rulebook;
  private final Assessment assessment;
  private final String libraryVersion;
  private final int points;

  /** Criteria met per level position of the rulebook; never modified. */
  private final int[] levelMet;

  private final String outcome;
  private final int outcomeRank;
  private final boolean selfAssessmentPassed;
  private final boolean meetsApplicationRequirements;
  private final ImmutableList<String> unanswered;
  private final ImmutableList<Reason> reasons;

  Evaluation(
      Rulebook rulebook,
      Assessment assessment,
      String libraryVersion,
      int points,
      int[] levelMet,
      String outcome,
      int outcomeRank,
      boolean selfAssessmentPassed,
      boolean meetsApplicationRequirements,
      ImmutableList<String> unanswered,
      ImmutableList<Reason> reasons) {
    this.rulebook = rulebook;
    this.assessment = assessment;
    this.libraryVersion = libraryVersion;
    this.points = points;
    this.levelMet = levelMet;
    this.outcome = outcome;
    this.outcomeRank = outcomeRank;
    this.selfAssessmentPassed = selfAssessmentPassed;
    this.meetsApplicationRequirements = meetsApplicationRequirements;
    this.unanswered = unanswered;
    this.reasons = reasons;
  }

  /**
   * Returns the rulebook evaluated against.
   *
   * @return the rulebook
   */
  public Rulebook rulebook() {
    return rulebook;
  }

  /**
   * Returns the id of the rulebook evaluated against.
   *
   * @return for example {@code GECC-2560}
   */
  public String rulebookId() {
    return rulebook.id();
  }

  /**
   * Returns the assessment evaluated.
   *
   * @return the assessment
   */
  public Assessment assessment() {
    return assessment;
  }

  /**
   * Returns the version of the library that produced this evaluation.
   *
   * @return for example {@code 0.1.0-SNAPSHOT}
   */
  public String libraryVersion() {
    return libraryVersion;
  }

  /**
   * Returns the points scored: the sum of the points of the criteria met.
   *
   * @return 0..{@link #maxPoints()}
   */
  public int points() {
    return points;
  }

  /**
   * Returns the rulebook's maximum points.
   *
   * @return for example 80
   */
  public int maxPoints() {
    return rulebook.maxPoints();
  }

  /**
   * Returns the count of each level of the catalogue, in the rulebook's level order; built from the
   * evaluation's tallies on each call.
   *
   * @return a tally per level
   */
  public ImmutableMap<Level, LevelTally> perLevel() {
    RulebookIndex index = rulebook.index();
    int[] levelPoints = new int[index.levelCount()];
    for (int p = 0; p < index.size(); p++) {
      if (assessment.isMetAt(p)) {
        levelPoints[index.levelOf(p)] += index.points(p);
      }
    }
    ImmutableMap.Builder<Level, LevelTally> tallies = ImmutableMap.builder();
    for (int li = 0; li < index.levelCount(); li++) {
      Level level = index.level(li);
      tallies.put(
          level,
          LevelTally.of(
              level, levelMet[li], index.levelTotal(li), levelPoints[li], index.levelMax(li)));
    }
    return tallies.buildOrThrow();
  }

  /**
   * Returns the outcome reached: the highest outcome of the rulebook whose requirements all hold,
   * or the rulebook's not-reached outcome.
   *
   * @return for example {@code CERTIFIED} or {@code NOT_CERTIFIED}
   */
  public String outcome() {
    return outcome;
  }

  /**
   * Returns the outcome reached as a rank: 0 for the not-reached outcome, 1 for the lowest listed
   * outcome, up to the number of outcomes for the highest. A higher rank is a better outcome.
   *
   * @return 0..{@code rulebook().outcomes().size()}
   */
  public int outcomeRank() {
    return outcomeRank;
  }

  /**
   * Returns the outcome reached when it is one of the rulebook's outcomes.
   *
   * @return the outcome, or empty when none is reached
   */
  public Optional<Outcome> reachedOutcome() {
    return outcomeRank == 0
        ? Optional.empty()
        : Optional.of(rulebook.outcomes().get(rulebook.outcomes().size() - outcomeRank));
  }

  /**
   * Tells whether a certifying outcome is reached: any outcome the rulebook lists (RULES.md §3,
   * DECISION: every listed outcome is a certification).
   *
   * @return true if certified
   */
  public boolean certified() {
    return outcomeRank > 0;
  }

  /**
   * Returns the rulebook's self-assessment gate.
   *
   * @return the fewest points, for example 60
   */
  public int selfAssessmentGate() {
    return rulebook.selfAssessmentGate();
  }

  /**
   * Tells whether the points reach the self-assessment gate (RULES.md §3, FACT: not less than 60
   * points in BE 2560). It is computed for every kind of assessment.
   *
   * @return true if {@code points() >= selfAssessmentGate()}
   */
  public boolean selfAssessmentPassed() {
    return selfAssessmentPassed;
  }

  /**
   * Tells whether every application requirement of the rulebook holds (RULES.md §3, FACT: all 40
   * basic and at least 10 advanced criteria in BE 2560, DLA นท 0812/694, round 2560, FAQ).
   *
   * @return true if every requirement of {@link Rulebook#applicationRequirements()} holds (true
   *     when the rulebook has none)
   */
  public boolean meetsApplicationRequirements() {
    return meetsApplicationRequirements;
  }

  /**
   * Tells whether the unit may apply: the self-assessment reaches the gate <em>and</em> meets the
   * application requirements (RULES.md §3, FACT). In BE 2560, 36 basic and 12 advanced criteria (60
   * points) pass the gate but may not apply.
   *
   * @return {@code selfAssessmentPassed() && meetsApplicationRequirements()}
   */
  public boolean mayApply() {
    return selfAssessmentPassed && meetsApplicationRequirements;
  }

  /**
   * Returns the criteria not met (answered not met, or not answered), per level, sorted by id.
   *
   * @return every level of the catalogue, with a possibly empty list
   */
  public ImmutableMap<Level, ImmutableList<String>> unmet() {
    RulebookIndex index = rulebook.index();
    ImmutableMap.Builder<Level, ImmutableList<String>> byLevel = ImmutableMap.builder();
    for (int li = 0; li < index.levelCount(); li++) {
      byLevel.put(index.level(li), index.sortedIds(assessment.metFlags(), false, li));
    }
    return byLevel.buildOrThrow();
  }

  /**
   * Returns the criteria not answered, sorted by id; they count as not met.
   *
   * @return the ids, possibly empty
   */
  public ImmutableList<String> unanswered() {
    return unanswered;
  }

  /**
   * Returns the reasons: for each outcome higher than the one reached, one per requirement that
   * fails; {@link ReasonCode#OUTCOME_REACHED} when an outcome is reached; the gate; one {@link
   * ReasonCode#APPLICATION_REQUIREMENT_NOT_MET} per application requirement that fails, or {@link
   * ReasonCode#APPLICATION_REQUIREMENT_MET} when the rulebook has requirements and all hold; and
   * the unanswered criteria, if any. Each reason cites its source.
   *
   * @return the reasons, in that order
   */
  public ImmutableList<Reason> reasons() {
    return reasons;
  }

  /**
   * Returns, for every outcome higher than the one reached (every outcome when none is), the fewest
   * further criteria that would reach it, highest outcome first.
   *
   * @return the gaps, empty when the highest outcome is reached
   */
  public ImmutableList<OutcomeGap> gaps() {
    return Evaluator.gaps(this);
  }

  /** Criteria met per level position; the caller must not modify the array. */
  int[] levelMet() {
    return levelMet;
  }

  /**
   * Returns the evaluation after the given criteria are also met: equal to evaluating {@code
   * assessment().withMet(criterionIds)}.
   *
   * @param criterionIds ids of the rulebook, each once, in any order, not null, no null element
   * @return the evaluation of the changed assessment
   * @throws io.github.gecc.RefusalException (RULES.md 3.20) at {@code whatIf[i]} if the id at
   *     {@code i} is not in the rulebook or is listed twice
   * @throws NullPointerException if the collection or an element is null
   */
  public Evaluation whatIf(Collection<String> criterionIds) {
    return rulebook.evaluate(assessment.withMet(criterionIds, "whatIf"));
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Evaluation)) {
      return false;
    }
    Evaluation o = (Evaluation) obj;
    return rulebook.equals(o.rulebook) && assessment.equals(o.assessment);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rulebook, assessment);
  }

  @Override
  public String toString() {
    return "Evaluation["
        + rulebook.id()
        + ", "
        + assessment.kind()
        + ", "
        + points
        + "/"
        + maxPoints()
        + " points, "
        + outcome
        + ", gate "
        + (selfAssessmentPassed ? "passed" : "not passed")
        + (mayApply() ? ", may apply" : ", may not apply")
        + "]";
  }
}

package io.github.gecc.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.gecc.RefusalException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An assessment of a centre against a rulebook: who assessed it and, per criterion, whether it is
 * met.
 *
 * <p>RULES.md §3 and §7 (FACT): a centre assesses itself, then a committee assesses it on site.
 * RULES.md 3.16 (DECISION): a criterion not answered counts as not met and is reported as
 * unanswered. RULES.md 3.20 (DECISION): an answer for a criterion the rulebook does not have, or
 * two answers for one criterion, are refused. Answers are kept in catalogue order, so the order
 * they were given in never matters.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Assessment {

  private final Rulebook rulebook;
  private final AssessmentKind kind;
  private final ImmutableMap<String, Boolean> answers;
  /*
   * The answers again, by position in the rulebook's catalogue (RulebookIndex), so that an
   * evaluation reads them by index instead of by id. Never handed out of the package; never
   * modified after the constructor.
   */
  private final boolean[] met;
  private final boolean[] answered;
  private final boolean allAnswered;

  private Assessment(Rulebook rulebook, AssessmentKind kind, Map<String, Boolean> given) {
    this.rulebook = rulebook;
    this.kind = kind;
    ImmutableList<Criterion> criteria = rulebook.criteria();
    ImmutableMap.Builder<String, Boolean> ordered = ImmutableMap.builder();
    this.met = new boolean[criteria.size()];
    this.answered = new boolean[criteria.size()];
    boolean all = true;
    for (int p = 0; p < criteria.size(); p++) {
      String id = criteria.get(p).id();
      Boolean answer = given.get(id);
      if (answer != null) {
        ordered.put(id, answer);
        met[p] = answer;
        answered[p] = true;
      } else {
        all = false;
      }
    }
    this.answers = ordered.buildOrThrow();
    this.allAnswered = all;
  }

  /**
   * Returns a builder for an assessment of a rulebook.
   *
   * @param rulebook the rulebook the assessment answers, not null
   * @param kind who assesses, not null
   * @return a builder with no answer
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(Rulebook rulebook, AssessmentKind kind) {
    return new Builder(
        Objects.requireNonNull(rulebook, "rulebook"), Objects.requireNonNull(kind, "kind"));
  }

  /**
   * Returns the assessment in which the listed criteria are met and every other criterion of the
   * rulebook is answered not met.
   *
   * @param rulebook the rulebook, not null
   * @param kind who assesses, not null
   * @param metIds the ids of the criteria met, in any order; not null, no null element
   * @return the assessment, every criterion answered
   * @throws RefusalException (RULES.md 3.20) at {@code met[i]} if the id at {@code i} is not in the
   *     rulebook or is listed twice
   * @throws NullPointerException if an argument or element is null
   */
  public static Assessment ofMet(
      Rulebook rulebook, AssessmentKind kind, Collection<String> metIds) {
    Builder builder = builder(rulebook, kind);
    checkListed(rulebook, metIds, "met");
    for (String id : metIds) {
      builder.met(id);
    }
    for (Criterion c : rulebook.criteria()) {
      if (!builder.answers.containsKey(c.id())) {
        builder.notMet(c.id());
      }
    }
    return builder.build();
  }

  /**
   * Returns the rulebook the assessment answers.
   *
   * @return the rulebook
   */
  public Rulebook rulebook() {
    return rulebook;
  }

  /**
   * Returns who assessed.
   *
   * @return the kind
   */
  public AssessmentKind kind() {
    return kind;
  }

  /**
   * Returns the answers, in catalogue order: {@code true} for met, {@code false} for not met.
   *
   * @return the answers given; criteria not answered are absent
   */
  public ImmutableMap<String, Boolean> answers() {
    return answers;
  }

  /**
   * Tells whether a criterion is answered met.
   *
   * @param criterionId any id, not null
   * @return true if it is answered met; false if answered not met, not answered or unknown
   */
  public boolean isMet(String criterionId) {
    int p = rulebook.index().position(Objects.requireNonNull(criterionId, "criterionId"));
    return p >= 0 && met[p];
  }

  /** Whether the criterion at a catalogue position is answered met. */
  boolean isMetAt(int position) {
    return met[position];
  }

  /** The answers met by catalogue position; the caller must not modify the array. */
  boolean[] metFlags() {
    return met;
  }

  /** The criteria answered by catalogue position; the caller must not modify the array. */
  boolean[] answeredFlags() {
    return answered;
  }

  /** Whether every criterion of the catalogue is answered. */
  boolean allAnswered() {
    return allAnswered;
  }

  /**
   * Returns the ids of the criteria met, in catalogue order.
   *
   * @return the ids
   */
  public ImmutableSet<String> metIds() {
    return answers.entrySet().stream()
        .filter(Map.Entry::getValue)
        .map(Map.Entry::getKey)
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns the ids of the criteria not answered, in catalogue order.
   *
   * @return the ids
   */
  public ImmutableList<String> unansweredIds() {
    if (allAnswered) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<String> ids = ImmutableList.builder();
    for (int p = 0; p < answered.length; p++) {
      if (!answered[p]) {
        ids.add(rulebook.criteria().get(p).id());
      }
    }
    return ids.build();
  }

  /**
   * Returns this assessment with more criteria met (the what-if of an evaluation): each listed
   * criterion is answered met, whatever it was before; every other answer stays.
   *
   * @param criterionIds ids of the rulebook, each once, in any order; not null, no null
   * @return the changed assessment
   * @throws RefusalException (RULES.md 3.20) at {@code met[i]} if the id at {@code i} is not in the
   *     rulebook or is listed twice
   * @throws NullPointerException if the collection or an element is null
   */
  public Assessment withMet(Collection<String> criterionIds) {
    return withMet(criterionIds, "met");
  }

  /** {@link #withMet(Collection)}, refusing an id at {@code list[i]}. */
  Assessment withMet(Collection<String> criterionIds, String list) {
    checkListed(rulebook, criterionIds, list);
    Map<String, Boolean> changed = new HashMap<>(answers);
    for (String id : criterionIds) {
      changed.put(id, true);
    }
    return new Assessment(rulebook, kind, changed);
  }

  /**
   * Refuses an id of a list that the rulebook does not have or that the list repeats (RULES.md
   * 3.20), at {@code list[i]}.
   */
  private static void checkListed(Rulebook rulebook, Collection<String> ids, String list) {
    Map<String, Integer> seen = new HashMap<>();
    int i = 0;
    for (String id : ids) {
      Objects.requireNonNull(id, "criterion id");
      if (rulebook.criterion(id).isEmpty()) {
        throw unknown(rulebook, id).at(list, i);
      }
      Integer first = seen.putIfAbsent(id, i);
      if (first != null) {
        throw RefusalException.of(
                "3.20",
                id,
                "criterion '"
                    + id
                    + "' is listed twice (first at "
                    + list
                    + "["
                    + first
                    + "]); list each criterion once",
                "เกณฑ์ '"
                    + id
                    + "' ระบุซ้ำ (ครั้งแรกที่ "
                    + list
                    + "["
                    + first
                    + "]) ให้ระบุแต่ละเกณฑ์เพียงครั้งเดียว")
            .at(list, i);
      }
      i++;
    }
  }

  /** The refusal of an id the rulebook does not have (RULES.md 3.20), naming its criteria. */
  private static RefusalException unknown(Rulebook rulebook, String id) {
    StringBuilder known = new StringBuilder();
    for (Level level : rulebook.levels()) {
      List<Criterion> criteria = rulebook.criteriaOf(level);
      known
          .append(known.length() == 0 ? "" : ", ")
          .append(level.name())
          .append(' ')
          .append(criteria.get(0).id());
      if (criteria.size() > 1) {
        known
            .append(criteria.size() > 2 ? ".." : ", ")
            .append(criteria.get(criteria.size() - 1).id());
      }
    }
    String shown = id.length() > 64 ? id.substring(0, 64) + "…" : id;
    return RefusalException.of(
        "3.20",
        id,
        "criterion '"
            + shown
            + "' is not in rulebook "
            + rulebook.id()
            + ", whose criteria are "
            + known,
        "เกณฑ์ '"
            + shown
            + "' ไม่อยู่ในเกณฑ์การประเมิน "
            + rulebook.id()
            + " ซึ่งมีเกณฑ์ "
            + known);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Assessment)) {
      return false;
    }
    Assessment o = (Assessment) obj;
    return rulebook.equals(o.rulebook) && kind == o.kind && answers.equals(o.answers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rulebook, kind, answers);
  }

  @Override
  public String toString() {
    return "Assessment["
        + rulebook.id()
        + ", "
        + kind
        + ", met "
        + metIds()
        + ", "
        + answers.size()
        + " of "
        + rulebook.criteria().size()
        + " answered]";
  }

  /**
   * Collects the answers of an {@link Assessment}, in the order given: the answer given n-th is
   * {@code answers[n]} in the paths of its refusals. A builder is meant for one thread.
   */
  public static final class Builder {
    private final Rulebook rulebook;
    private final AssessmentKind kind;
    private final Map<String, Boolean> answers = new HashMap<>();

    /** The ids answered, in the order given. */
    private final List<String> order = new ArrayList<>();

    private Builder(Rulebook rulebook, AssessmentKind kind) {
      this.rulebook = rulebook;
      this.kind = kind;
    }

    /**
     * Answers a criterion.
     *
     * @param criterionId an id of the rulebook not answered yet, not null
     * @param met true if the criterion is met
     * @return this builder
     * @throws RefusalException (RULES.md 3.20) at {@code answers[n].criterion}, this being the
     *     answer given n-th, if the id is not in the rulebook or already answered
     * @throws NullPointerException if {@code criterionId} is null
     */
    public Builder answer(String criterionId, boolean met) {
      Objects.requireNonNull(criterionId, "criterionId");
      int n = order.size();
      if (rulebook.criterion(criterionId).isEmpty()) {
        throw unknown(rulebook, criterionId).at("criterion").at("answers", n);
      }
      if (answers.containsKey(criterionId)) {
        int first = order.indexOf(criterionId);
        throw RefusalException.of(
                "3.20",
                criterionId,
                "criterion '"
                    + criterionId
                    + "' is answered twice (first at answers["
                    + first
                    + "]); one answer per criterion",
                "เกณฑ์ '"
                    + criterionId
                    + "' มีคำตอบซ้ำ (ครั้งแรกที่ answers["
                    + first
                    + "]) ให้ตอบแต่ละเกณฑ์เพียงครั้งเดียว")
            .at("criterion")
            .at("answers", n);
      }
      answers.put(criterionId, met);
      order.add(criterionId);
      return this;
    }

    /**
     * Answers a criterion met.
     *
     * @param criterionId as {@link #answer}
     * @return this builder
     * @throws RefusalException as {@link #answer}
     * @throws NullPointerException if {@code criterionId} is null
     */
    public Builder met(String criterionId) {
      return answer(criterionId, true);
    }

    /**
     * Answers a criterion not met.
     *
     * @param criterionId as {@link #answer}
     * @return this builder
     * @throws RefusalException as {@link #answer}
     * @throws NullPointerException if {@code criterionId} is null
     */
    public Builder notMet(String criterionId) {
      return answer(criterionId, false);
    }

    /**
     * Builds the assessment.
     *
     * @return the assessment
     */
    public Assessment build() {
      return new Assessment(rulebook, kind, answers);
    }
  }
}

package io.github.gecc.examples;

import com.google.common.collect.ImmutableList;
import io.github.gecc.rules.Assessment;
import io.github.gecc.rules.AssessmentKind;
import io.github.gecc.rules.BundledRulebooks;
import io.github.gecc.rules.Evaluation;
import io.github.gecc.rules.Level;
import io.github.gecc.rules.OutcomeGap;
import io.github.gecc.rules.Reason;
import io.github.gecc.rules.Requirement;
import io.github.gecc.rules.Rulebook;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The demo's part on rulebooks: the BE 2560 criteria, a centre's self-assessment and the
 * committee's decision, each explained by the library's own reasons (RULES.md §3 and §7). Every
 * figure is computed; the centre and its answers are an invented example.
 */
final class RulebookTour {

  /** The example centre's self-assessment: 36 basic and 12 advanced criteria met. */
  static final int SELF_BASIC = 36;

  /** Advanced criteria met in the self-assessment. */
  static final int SELF_ADVANCED = 12;

  /** Advanced criteria the committee finds met on site, after the centre fixed its basics. */
  static final int COMMITTEE_ADVANCED = 11;

  private RulebookTour() {}

  static ImmutableList<DemoStep> steps() {
    Rulebook rulebook = BundledRulebooks.gecc2560();
    Evaluation self = selfAssessment();
    Evaluation committee = committeeDecision();
    return ImmutableList.of(
        new DemoStep("The rulebook", describe(rulebook)),
        new DemoStep(
            "The centre's self-assessment",
            "The centre checks itself against the "
                + rulebook.id()
                + " criteria and finds "
                + met(self, Level.BASIC)
                + " basic and "
                + met(self, Level.ADVANCED)
                + " advanced criteria met: "
                + self.points()
                + " of "
                + self.maxPoints()
                + " points. "
                + messages(self)
                + (self.mayApply()
                    ? " It passes the gate and meets the application requirement, so it may apply"
                    : self.selfAssessmentPassed()
                        ? " It passes the gate but misses the application requirement, so it may not"
                            + " apply yet"
                        : " It misses the gate, so it may not apply yet")
                + "; as things stand the committee's outcome would be "
                + self.outcome()
                + ". "
                + gaps(self)),
        new DemoStep(
            "The committee's decision",
            "The centre fixes the missing basics and the committee assesses it on site: "
                + met(committee, Level.BASIC)
                + " basic and "
                + met(committee, Level.ADVANCED)
                + " advanced criteria met, "
                + committee.points()
                + " points. Decision: "
                + committee.outcome()
                + ". "
                + messages(committee)));
  }

  /** The example self-assessment: the first 36 basic and the first 12 advanced criteria met. */
  static Evaluation selfAssessment() {
    Rulebook rulebook = BundledRulebooks.gecc2560();
    return rulebook.evaluate(
        Assessment.ofMet(
            rulebook, AssessmentKind.SELF_ASSESSMENT, met(rulebook, SELF_BASIC, SELF_ADVANCED)));
  }

  /** The example committee assessment: all 40 basic and 11 advanced criteria met. */
  static Evaluation committeeDecision() {
    Rulebook rulebook = BundledRulebooks.gecc2560();
    int basic = rulebook.criteriaOf(Level.BASIC).size();
    return rulebook.evaluate(
        Assessment.ofMet(
            rulebook, AssessmentKind.COMMITTEE, met(rulebook, basic, COMMITTEE_ADVANCED)));
  }

  private static List<String> met(Rulebook rulebook, int basic, int advanced) {
    List<String> ids = new ArrayList<>();
    rulebook.criteriaOf(Level.BASIC).stream().limit(basic).forEach(c -> ids.add(c.id()));
    rulebook.criteriaOf(Level.ADVANCED).stream().limit(advanced).forEach(c -> ids.add(c.id()));
    return ids;
  }

  private static String describe(Rulebook rulebook) {
    StringBuilder text =
        new StringBuilder("Rulebook ")
            .append(rulebook.id())
            .append(" (from round ")
            .append(rulebook.firstRound().getValue())
            .append(") has ");
    List<String> levels = new ArrayList<>();
    for (Level level : rulebook.levels()) {
      levels.add(
          rulebook.criteriaOf(level).size()
              + " "
              + level.name().toLowerCase(java.util.Locale.ROOT)
              + " criteria ("
              + level.thai()
              + ") worth "
              + rulebook.criteriaOf(level).get(0).points()
              + " point"
              + (rulebook.criteriaOf(level).get(0).points() == 1 ? "" : "s")
              + " each");
    }
    text.append(String.join(" and ", levels))
        .append(": ")
        .append(rulebook.maxPoints())
        .append(" points in all. ");
    rulebook
        .outcomes()
        .forEach(
            o ->
                text.append(o.name())
                    .append(" needs ")
                    .append(
                        o.requirements().stream()
                            .map(Requirement::toString)
                            .collect(Collectors.joining(" and ")))
                    .append(" criteria. "));
    text.append(
            "A centre may apply only when its self-assessment meets two rules, each checked on"
                + " its own: it scores at least ")
        .append(rulebook.selfAssessmentGate())
        .append(" points (the gate), and it meets ")
        .append(
            rulebook.applicationRequirements().stream()
                .map(Requirement::toString)
                .collect(Collectors.joining(" and ")))
        .append(
            " criteria (the application requirement). A centre can pass the gate and still"
                + " not meet the requirement.");
    return text.toString();
  }

  private static String messages(Evaluation evaluation) {
    return evaluation.reasons().stream()
        .map(Reason::english)
        .map(m -> capitalise(m) + ".")
        .collect(Collectors.joining(" "));
  }

  private static String gaps(Evaluation evaluation) {
    return evaluation.gaps().stream()
        .map(
            (OutcomeGap g) ->
                "To be "
                    + g.outcome()
                    + " it needs at least "
                    + g.fewestFurther()
                    + " more criteria, for example "
                    + String.join(", ", g.suggestion())
                    + ".")
        .collect(Collectors.joining(" "));
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** The criteria met at a level of the evaluation's rulebook. */
  private static int met(Evaluation evaluation, Level level) {
    return Objects.requireNonNull(evaluation.perLevel().get(level), "level").met();
  }
}

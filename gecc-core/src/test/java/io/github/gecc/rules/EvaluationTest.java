package io.github.gecc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.gecc.GeccVersion;
import io.github.gecc.RefusalException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class EvaluationTest {

  private static final Rulebook GECC = BundledRulebooks.gecc2560();
  private static final Rulebook FICTIONAL = FictionalRulebooks.threeLevels();

  private static List<String> basic(int n) {
    return IntStream.rangeClosed(1, n)
        .mapToObj(i -> String.format("B%02d", i))
        .collect(Collectors.toList());
  }

  private static List<String> advanced(int n) {
    return IntStream.rangeClosed(1, n)
        .mapToObj(i -> String.format("A%02d", i))
        .collect(Collectors.toList());
  }

  private static Evaluation gecc(int basic, int advanced) {
    List<String> met = new ArrayList<>(basic(basic));
    met.addAll(advanced(advanced));
    return GECC.evaluate(Assessment.ofMet(GECC, AssessmentKind.COMMITTEE, met));
  }

  // --- the cli.md example

  @Test
  void evaluateCliExample() {
    Evaluation e =
        GECC.evaluate(
            Assessment.ofMet(GECC, AssessmentKind.SELF_ASSESSMENT, List.of("B01", "B02", "A01")));
    assertThat(e.points()).isEqualTo(4);
    assertThat(e.maxPoints()).isEqualTo(80);
    assertThat(e.certified()).isFalse();
    assertThat(e.outcome()).isEqualTo("NOT_CERTIFIED");
    assertThat(e.outcomeRank()).isZero();
    assertThat(e.reachedOutcome()).isEmpty();
    assertThat(e.selfAssessmentPassed()).isFalse();
    assertThat(e.unmet().get(Level.BASIC)).hasSize(38).startsWith("B03").endsWith("B40").isSorted();
    assertThat(e.unmet().get(Level.ADVANCED))
        .hasSize(19)
        .startsWith("A02")
        .endsWith("A20")
        .isSorted();
    assertThat(e.rulebookId()).isEqualTo("GECC-2560");
    assertThat(e.libraryVersion()).isEqualTo(GeccVersion.version());
    assertThat(e.perLevel().get(Level.BASIC)).hasToString("BASIC 2/40 (2/40 points)");
    assertThat(e.perLevel().get(Level.ADVANCED).met()).isEqualTo(1);
  }

  // --- reasons

  @Test
  void reasonsNameTheBasicCriteriaNotMet() {
    Evaluation e = gecc(38, 12);
    Reason r = e.reasons().get(0);
    assertThat(r.code()).isEqualTo(ReasonCode.LEVEL_NOT_ALL_MET);
    assertThat(r.outcome()).contains("CERTIFIED");
    assertThat(r.level()).contains(Level.BASIC);
    assertThat(r.criteria()).containsExactly("B39", "B40");
    assertThat(r.required()).hasValue(40);
    assertThat(r.actual()).hasValue(38);
    assertThat(r.shortfall()).hasValue(2);
    assertThat(r.english())
        .isEqualTo("CERTIFIED needs every BASIC criterion: 38 of 40 met, 2 not met (B39, B40)");
    assertThat(r.thai()).contains("ขั้นพื้นฐาน").contains("ครบทุกข้อ").contains("B39, B40");
  }

  @Test
  void reasonsCountTheAdvancedShortfall() {
    Evaluation e = gecc(40, 7);
    assertThat(e.reasons())
        .extracting(Reason::code)
        .containsExactly(
            ReasonCode.LEVEL_COUNT_TOO_LOW,
            ReasonCode.SELF_ASSESSMENT_BELOW_GATE,
            ReasonCode.APPLICATION_REQUIREMENT_NOT_MET);
    Reason r = e.reasons().get(0);
    assertThat(r.required()).hasValue(10);
    assertThat(r.actual()).hasValue(7);
    assertThat(r.shortfall()).hasValue(3);
    assertThat(r.english())
        .isEqualTo("CERTIFIED needs at least 10 ADVANCED criteria: 7 met, 3 short");
    assertThat(r.thai())
        .isEqualTo(
            "ผลได้รับการรับรองมาตรฐาน ต้องผ่านเกณฑ์ขั้นสูงอย่างน้อย 10 ข้อ: ผ่าน 7 ข้อ ขาดอีก 3 ข้อ");
    Reason gate = e.reasons().get(1);
    assertThat(gate.required()).hasValue(60);
    assertThat(gate.actual()).hasValue(54);
    assertThat(gate.shortfall()).hasValue(6);
    assertThat(gate.english())
        .isEqualTo("54 points are under the self-assessment gate of 60 points, 6 short");
  }

  @Test
  void reasonsCertifiedAtTheLimit() {
    Evaluation e = gecc(40, 10);
    assertThat(e.certified()).isTrue();
    assertThat(e.outcome()).isEqualTo("CERTIFIED");
    assertThat(e.points()).isEqualTo(60);
    assertThat(e.selfAssessmentPassed()).isTrue();
    assertThat(e.reasons())
        .extracting(Reason::code)
        .containsExactly(
            ReasonCode.OUTCOME_REACHED,
            ReasonCode.SELF_ASSESSMENT_GATE_PASSED,
            ReasonCode.APPLICATION_REQUIREMENT_MET);
    assertThat(e.mayApply()).isTrue();
    assertThat(e.reasons().get(0).english())
        .isEqualTo("CERTIFIED reached: every requirement holds (all BASIC, at least 10 ADVANCED)");
    assertThat(e.gaps()).isEmpty();
  }

  @Test
  void reasonsSixtyPointsWithoutCertification() {
    // RULES.md §3: 36 basic + 12 advanced = 60 points, the gate passes, certification fails
    Evaluation e = gecc(36, 12);
    assertThat(e.points()).isEqualTo(60);
    assertThat(e.selfAssessmentPassed()).isTrue();
    assertThat(e.certified()).isFalse();
    assertThat(e.reasons())
        .extracting(Reason::code)
        .containsExactly(
            ReasonCode.LEVEL_NOT_ALL_MET,
            ReasonCode.SELF_ASSESSMENT_GATE_PASSED,
            ReasonCode.APPLICATION_REQUIREMENT_NOT_MET);
    assertThat(e.mayApply()).isFalse();
    Reason requirement = e.reasons().get(2);
    assertThat(requirement.criteria()).containsExactly("B37", "B38", "B39", "B40");
    assertThat(requirement.source()).isEqualTo("DLA นท 0812/694, round 2560; RULES.md §3 FACT");
    assertThat(requirement.english())
        .isEqualTo(
            "applying needs every BASIC criterion: 36 of 40 met, 4 not met (B37, B38, B39, B40);"
                + " the unit may not apply yet");
    assertThat(requirement.thai()).startsWith("การขอรับการรับรองต้องผ่านเกณฑ์ขั้นพื้นฐานครบทุกข้อ");
  }

  @Test
  void reasonsMayNotApplyWithAllButOneBasicAndEveryAdvanced() {
    // RULES.md §3: 39 basic + 20 advanced = 79 points pass the gate, but not every basic is met
    Evaluation e = gecc(39, 20);
    assertThat(e.points()).isEqualTo(79);
    assertThat(e.selfAssessmentPassed()).isTrue();
    assertThat(e.meetsApplicationRequirements()).isFalse();
    assertThat(e.mayApply()).isFalse();
  }

  @Test
  void reasonsEachCiteTheirSource() {
    Evaluation e = gecc(36, 12);
    assertThat(e.reasons()).allSatisfy(r -> assertThat(r.source()).contains("RULES.md §3"));
    assertThat(e.reasons().get(0).source()).contains("DECISION");
    assertThat(e.reasons().get(1).source())
        .contains("DLA นท 0812/694, round 2560")
        .contains("FACT");
  }

  @Test
  void equalityIgnoresTheLibraryVersion() {
    Evaluation e = gecc(36, 12);
    Evaluation again = gecc(36, 12);
    assertThat(e).isEqualTo(again).hasSameHashCodeAs(again);
    assertThat(e.hashCode()).isEqualTo(java.util.Objects.hash(e.rulebook(), e.assessment()));
  }

  @Test
  void reasonsReportUnansweredCriteria() {
    Evaluation e =
        GECC.evaluate(
            Assessment.builder(GECC, AssessmentKind.COMMITTEE).met("B01").notMet("B02").build());
    assertThat(e.unanswered()).hasSize(58).isSorted();
    assertThat(e.unmet().get(Level.BASIC)).contains("B02", "B03");
    Reason last = e.reasons().get(e.reasons().size() - 1);
    assertThat(last.code()).isEqualTo(ReasonCode.CRITERIA_UNANSWERED);
    assertThat(last.criteria()).isEqualTo(e.unanswered());
    assertThat(last.english()).startsWith("58 criteria not answered, counted as not met: A01, A02");
  }

  // --- gaps

  @Test
  void gapsGeccCountsTheMissingBasicAndAdvanced() {
    Evaluation e = gecc(38, 7);
    assertThat(e.gaps()).hasSize(1);
    OutcomeGap gap = e.gaps().get(0);
    assertThat(gap.outcome()).isEqualTo("CERTIFIED");
    assertThat(gap.fewestFurther()).isEqualTo(5);
    assertThat(gap.suggestion()).containsExactly("A08", "A09", "A10", "B39", "B40");
    assertThat(e.whatIf(gap.suggestion()).certified()).isTrue();
  }

  @Test
  void gapsFictionalTakeTheCriteriaWorthMostForPoints() {
    // all basic (10), F-A1..F-A3 (6), no excellent: 16 points, ADVANCED reached
    List<String> met = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      met.add(String.format("F-B%02d", i));
    }
    met.addAll(List.of("F-A1", "F-A2", "F-A3"));
    Evaluation e = FICTIONAL.evaluate(Assessment.ofMet(FICTIONAL, AssessmentKind.COMMITTEE, met));
    assertThat(e.outcome()).isEqualTo("ADVANCED");
    assertThat(e.outcomeRank()).isEqualTo(2);
    assertThat(e.certified()).isTrue();
    // EXCELLENT: 1 more advanced (a 3-point one), 2 excellent (6), then 30 - 16 - 3 - 6 = 5 points:
    // 2 more
    OutcomeGap gap = e.gaps().get(0);
    assertThat(gap.outcome()).isEqualTo("EXCELLENT");
    assertThat(gap.fewestFurther()).isEqualTo(5);
    assertThat(e.whatIf(gap.suggestion()).outcome()).isEqualTo("EXCELLENT");
    assertThat(e.reasons())
        .extracting(Reason::code)
        .containsExactly(
            ReasonCode.LEVEL_COUNT_TOO_LOW,
            ReasonCode.LEVEL_COUNT_TOO_LOW,
            ReasonCode.POINTS_TOO_LOW,
            ReasonCode.OUTCOME_REACHED,
            ReasonCode.SELF_ASSESSMENT_GATE_PASSED);
    assertThat(e.reasons().get(1).level()).contains(FictionalRulebooks.EXCELLENT);
    assertThat(e.reasons().get(1).thai()).contains("เกณฑ์ระดับเป็นเลิศ");
    assertThat(e.reasons().get(3).thai()).startsWith("ได้ผลระดับก้าวหน้า");
  }

  @Test
  void gapsAreTheFewestExhaustivelyOnTheFictionalRulebook() {
    Random random = new Random(2560);
    for (int trial = 0; trial < 12; trial++) {
      List<String> met = randomSubset(FICTIONAL, random);
      Evaluation e = FICTIONAL.evaluate(Assessment.ofMet(FICTIONAL, AssessmentKind.COMMITTEE, met));
      for (OutcomeGap gap : e.gaps()) {
        int rank = FICTIONAL.outcomes().size() - outcomeIndex(gap.outcome());
        assertThat(e.whatIf(gap.suggestion()).outcomeRank()).isGreaterThanOrEqualTo(rank);
        assertThat(bruteForceFewest(e, rank)).isEqualTo(gap.fewestFurther());
      }
    }
  }

  @Property(tries = 60)
  void gapsAreTheFewestForAnyMostlyMetFictionalAssessment(@ForAll long seed) {
    List<String> met = randomSubset(FICTIONAL, new Random(seed));
    Evaluation e = FICTIONAL.evaluate(Assessment.ofMet(FICTIONAL, AssessmentKind.COMMITTEE, met));
    for (OutcomeGap gap : e.gaps()) {
      int rank = FICTIONAL.outcomes().size() - outcomeIndex(gap.outcome());
      assertThat(gap.suggestion()).hasSize(gap.fewestFurther());
      assertThat(e.whatIf(gap.suggestion()).outcomeRank()).isGreaterThanOrEqualTo(rank);
      assertThat(bruteForceFewest(e, rank)).isEqualTo(gap.fewestFurther());
    }
  }

  @Test
  void reasonsOfTheTopOutcomeNameOnlyItAndTheGate() {
    Evaluation e =
        FICTIONAL.evaluate(
            Assessment.ofMet(
                FICTIONAL,
                AssessmentKind.COMMITTEE,
                FICTIONAL.criteria().stream().map(Criterion::id).collect(Collectors.toList())));
    assertThat(e.outcome()).isEqualTo("EXCELLENT");
    assertThat(e.reachedOutcome()).map(Outcome::name).contains("EXCELLENT");
    assertThat(e.reasons())
        .extracting(Reason::code)
        .containsExactly(ReasonCode.OUTCOME_REACHED, ReasonCode.SELF_ASSESSMENT_GATE_PASSED);
    assertThat(e.gaps()).isEmpty();
  }

  private static int outcomeIndex(String name) {
    for (int i = 0; i < FICTIONAL.outcomes().size(); i++) {
      if (FICTIONAL.outcomes().get(i).name().equals(name)) {
        return i;
      }
    }
    throw new AssertionError(name);
  }

  private static int bruteForceFewest(Evaluation e, int rank) {
    List<String> unmet =
        e.unmet().values().stream().flatMap(List::stream).collect(Collectors.toList());
    int best = Integer.MAX_VALUE;
    for (int mask = 1; mask < (1 << unmet.size()); mask++) {
      if (Integer.bitCount(mask) >= best) {
        continue;
      }
      List<String> extra = new ArrayList<>();
      for (int i = 0; i < unmet.size(); i++) {
        if ((mask & (1 << i)) != 0) {
          extra.add(unmet.get(i));
        }
      }
      if (e.whatIf(extra).outcomeRank() >= rank) {
        best = extra.size();
      }
    }
    return best;
  }

  private static List<String> randomSubset(Rulebook rulebook, Random random) {
    // mostly met, so that the unmet set stays small enough to search
    return rulebook.criteria().stream()
        .map(Criterion::id)
        .filter(id -> random.nextInt(10) < 7)
        .collect(Collectors.toList());
  }

  // --- values

  @Test
  void equalsAndHashCodeFollowRulebookAndAssessment() {
    Assessment a =
        Assessment.builder(GECC, AssessmentKind.COMMITTEE).met("B01").notMet("A01").build();
    Assessment sameOtherOrder =
        Assessment.builder(GECC, AssessmentKind.COMMITTEE).notMet("A01").met("B01").build();
    new com.google.common.testing.EqualsTester()
        .addEqualityGroup(GECC.evaluate(a), GECC.evaluate(a), GECC.evaluate(sameOtherOrder))
        .addEqualityGroup(GECC.evaluate(a.withMet(List.of("A01"))))
        .addEqualityGroup(
            GECC.evaluate(Assessment.ofMet(GECC, AssessmentKind.COMMITTEE, List.of("B01"))))
        .testEquals();
  }

  @Test
  void partsAreValues() {
    Evaluation e = gecc(38, 7);
    Evaluation again = gecc(38, 7);
    new com.google.common.testing.EqualsTester()
        .addEqualityGroup(e.reasons().get(0), again.reasons().get(0))
        .addEqualityGroup(e.reasons().get(1), again.reasons().get(1))
        .addEqualityGroup(e.perLevel().get(Level.BASIC), again.perLevel().get(Level.BASIC))
        .addEqualityGroup(e.perLevel().get(Level.ADVANCED))
        .addEqualityGroup(e.gaps().get(0), again.gaps().get(0))
        .testEquals();
    assertThat(e.gaps().get(0)).hasToString("CERTIFIED needs 5 more: [A08, A09, A10, B39, B40]");
    assertThat(e)
        .hasToString(
            "Evaluation[GECC-2560, COMMITTEE, 52/80 points, NOT_CERTIFIED, gate not passed, may not apply]");
  }

  @Test
  void nullsAreRefused() {
    new com.google.common.testing.NullPointerTester().testAllPublicInstanceMethods(gecc(3, 3));
  }

  // --- what-if

  @Test
  void whatIfRefusesAnUnknownCriterion() {
    Evaluation e = gecc(1, 1);
    assertThatThrownBy(() -> e.whatIf(List.of("A01", "A21")))
        .isInstanceOfSatisfying(
            RefusalException.class,
            r -> {
              assertThat(r.rule()).isEqualTo("3.20");
              assertThat(r.path()).hasToString("whatIf[1]");
            })
        .hasMessageContaining("criterion 'A21' is not in rulebook GECC-2560");
  }

  // --- properties

  @Provide
  Arbitrary<Assessment> geccAssessments() {
    return assessments(GECC);
  }

  @Provide
  Arbitrary<Assessment> anyAssessments() {
    return Arbitraries.of(GECC, FICTIONAL).flatMap(EvaluationTest::assessments);
  }

  /** Every criterion answered met, not met or left unanswered, in random order. */
  static Arbitrary<Assessment> assessments(Rulebook rulebook) {
    int n = rulebook.criteria().size();
    Arbitrary<List<Integer>> states = Arbitraries.integers().between(0, 2).list().ofSize(n);
    Arbitrary<AssessmentKind> kinds = Arbitraries.of(AssessmentKind.class);
    return Combinators.combine(states, kinds, Arbitraries.longs())
        .as(
            (s, kind, seed) -> {
              List<Integer> order = IntStream.range(0, n).boxed().collect(Collectors.toList());
              Collections.shuffle(order, new Random(seed));
              Assessment.Builder b = Assessment.builder(rulebook, kind);
              for (int i : order) {
                if (s.get(i) < 2) {
                  b.answer(rulebook.criteria().get(i).id(), s.get(i) == 1);
                }
              }
              return b.build();
            });
  }

  @Property
  void mayApplyExactlyWithEveryBasicAndTenAdvancedInGecc2560(
      @ForAll("geccAssessments") Assessment assessment) {
    Evaluation e = GECC.evaluate(assessment);
    int basic = e.perLevel().get(Level.BASIC).met();
    int advanced = e.perLevel().get(Level.ADVANCED).met();
    assertThat(e.meetsApplicationRequirements()).isEqualTo(basic == 40 && advanced >= 10);
    assertThat(e.mayApply())
        .isEqualTo(e.selfAssessmentPassed() && e.meetsApplicationRequirements());
    assertThat(e.mayApply()).isEqualTo(basic == 40 && advanced >= 10);
  }

  @Property
  void anEvaluationEqualsItsOwnReEvaluation(@ForAll("anyAssessments") Assessment assessment) {
    Evaluation e = assessment.rulebook().evaluate(assessment);
    assertThat(assessment.rulebook().evaluate(assessment)).isEqualTo(e).hasSameHashCodeAs(e);
  }

  @Property
  void meetingOneMoreCriterionNeverLowersPointsOrOutcome(
      @ForAll("anyAssessments") Assessment assessment, @ForAll long pick) {
    Rulebook rulebook = assessment.rulebook();
    Evaluation before = rulebook.evaluate(assessment);
    String id =
        rulebook.criteria().get((int) Math.floorMod(pick, (long) rulebook.criteria().size())).id();
    Evaluation after = rulebook.evaluate(assessment.withMet(List.of(id)));
    assertThat(after.points()).isGreaterThanOrEqualTo(before.points());
    assertThat(after.outcomeRank()).isGreaterThanOrEqualTo(before.outcomeRank());
    assertThat(!before.selfAssessmentPassed() || after.selfAssessmentPassed()).isTrue();
  }

  @Property
  void theOrderOfAnswersNeverChangesTheResult(
      @ForAll("anyAssessments") Assessment assessment, @ForAll long seed) {
    List<java.util.Map.Entry<String, Boolean>> answers =
        new ArrayList<>(assessment.answers().entrySet());
    Collections.shuffle(answers, new Random(seed));
    Assessment.Builder b = Assessment.builder(assessment.rulebook(), assessment.kind());
    answers.forEach(a -> b.answer(a.getKey(), a.getValue()));
    Evaluation original = assessment.rulebook().evaluate(assessment);
    Evaluation shuffled = assessment.rulebook().evaluate(b.build());
    assertThat(shuffled).isEqualTo(original);
    assertThat(shuffled.points()).isEqualTo(original.points());
    assertThat(shuffled.outcome()).isEqualTo(original.outcome());
    assertThat(shuffled.unmet()).isEqualTo(original.unmet());
    assertThat(shuffled.reasons()).isEqualTo(original.reasons());
    assertThat(shuffled.gaps()).isEqualTo(original.gaps());
    assertThat(shuffled.perLevel()).isEqualTo(original.perLevel());
  }

  @Property
  void pointsAreTheSumOfMetPoints(@ForAll("anyAssessments") Assessment assessment) {
    Evaluation e = assessment.rulebook().evaluate(assessment);
    int sum =
        assessment.rulebook().criteria().stream()
            .filter(c -> assessment.isMet(c.id()))
            .mapToInt(Criterion::points)
            .sum();
    assertThat(e.points()).isEqualTo(sum);
    assertThat(e.perLevel().values().stream().mapToInt(LevelTally::points).sum()).isEqualTo(sum);
    assertThat(e.selfAssessmentPassed())
        .isEqualTo(sum >= assessment.rulebook().selfAssessmentGate());
    int unmetCount = e.unmet().values().stream().mapToInt(List::size).sum();
    assertThat(unmetCount)
        .isEqualTo(assessment.rulebook().criteria().size() - assessment.metIds().size());
  }

  @Property
  void gecc2560CertificationImpliesTheGate(@ForAll("geccAssessments") Assessment assessment) {
    Evaluation e = GECC.evaluate(assessment);
    if (e.certified()) {
      assertThat(e.selfAssessmentPassed()).isTrue();
    }
    assertThat(e.certified())
        .isEqualTo(
            e.perLevel().get(Level.BASIC).met() == 40
                && e.perLevel().get(Level.ADVANCED).met() >= 10);
  }

  @Property
  void gecc2560TheGateDoesNotImplyCertification(@ForAll long seed) {
    // any 36 basic and any 12 advanced: 60 points, gate passed, not certified
    Random random = new Random(seed);
    List<String> b = new ArrayList<>(basic(40));
    List<String> a = new ArrayList<>(advanced(20));
    Collections.shuffle(b, random);
    Collections.shuffle(a, random);
    List<String> met = new ArrayList<>(b.subList(0, 36));
    met.addAll(a.subList(0, 12));
    Evaluation e = GECC.evaluate(Assessment.ofMet(GECC, AssessmentKind.SELF_ASSESSMENT, met));
    assertThat(e.points()).isEqualTo(60);
    assertThat(e.selfAssessmentPassed()).isTrue();
    assertThat(e.certified()).isFalse();
  }

  @Property
  void whatIfEqualsEvaluatingTheChangedAssessment(
      @ForAll("anyAssessments") Assessment assessment,
      @ForAll List<@net.jqwik.api.constraints.IntRange(min = 0, max = 59) Integer> picks) {
    Rulebook rulebook = assessment.rulebook();
    List<String> ids =
        picks.stream()
            .map(i -> rulebook.criteria().get(i % rulebook.criteria().size()).id())
            .distinct()
            .collect(ImmutableList.toImmutableList());
    Evaluation whatIf = rulebook.evaluate(assessment).whatIf(ids);
    Evaluation direct = rulebook.evaluate(assessment.withMet(ids));
    assertThat(whatIf).isEqualTo(direct);
    assertThat(whatIf.points()).isEqualTo(direct.points());
    assertThat(whatIf.outcome()).isEqualTo(direct.outcome());
    assertThat(whatIf.reasons()).isEqualTo(direct.reasons());
  }

  @Property(tries = 200)
  void theHighestGapIsReachedByItsSuggestion(@ForAll("anyAssessments") Assessment assessment) {
    Evaluation e = assessment.rulebook().evaluate(assessment);
    for (OutcomeGap gap : e.gaps()) {
      Evaluation after = e.whatIf(gap.suggestion());
      int index = 0;
      while (!assessment.rulebook().outcomes().get(index).name().equals(gap.outcome())) {
        index++;
      }
      assertThat(after.outcomeRank())
          .isGreaterThanOrEqualTo(assessment.rulebook().outcomes().size() - index);
      assertThat(gap.suggestion()).allMatch(id -> !assessment.isMet(id));
    }
  }
}

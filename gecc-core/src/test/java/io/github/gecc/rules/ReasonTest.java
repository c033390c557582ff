package io.github.gecc.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gecc.time.FiscalYear;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReasonTest {

  private static final Rulebook GECC = BundledRulebooks.gecc2560();

  /** Four basic criteria at 1 point, three advanced at 2; applying needs 2 advanced or 5 points. */
  private static Rulebook small(Requirement applicationRequirement) {
    Rulebook.Builder b = Rulebook.builder("SMALL", FiscalYear.of(2566));
    for (int i = 1; i <= 4; i++) {
      b.addCriterion(Criterion.of("S-B" + i, Level.BASIC, 1));
    }
    for (int i = 1; i <= 3; i++) {
      b.addCriterion(Criterion.of("S-A" + i, Level.ADVANCED, 2));
    }
    return b.addOutcome(
            Outcome.of("GOOD", Requirement.allOf(Level.BASIC), Requirement.atLeastPoints(6)))
        .selfAssessmentGate(3)
        .addApplicationRequirement(applicationRequirement)
        .build();
  }

  private static Reason last(Rulebook rulebook, String... met) {
    Evaluation e =
        rulebook.evaluate(Assessment.ofMet(rulebook, AssessmentKind.COMMITTEE, List.of(met)));
    return e.reasons().get(e.reasons().size() - 1);
  }

  private static Evaluation gecc(int basic, int advanced) {
    List<String> met = new ArrayList<>();
    for (int i = 1; i <= basic; i++) {
      met.add(String.format("B%02d", i));
    }
    for (int i = 1; i <= advanced; i++) {
      met.add(String.format("A%02d", i));
    }
    return GECC.evaluate(Assessment.ofMet(GECC, AssessmentKind.COMMITTEE, met));
  }

  @Test
  void reachedOutcomeSaysEveryRequirementInThai() {
    Reason r = gecc(40, 10).reasons().get(0);
    assertThat(r.thai())
        .isEqualTo(
            "ได้ผลได้รับการรับรองมาตรฐาน เพราะผ่านทุกข้อกำหนด: ผ่านเกณฑ์ขั้นพื้นฐานครบทุกข้อ และ ผ่านเกณฑ์ขั้นสูงอย่างน้อย 10 ข้อ");
  }

  @Test
  void missingBasicCriteriaCountedInThai() {
    Reason r = gecc(38, 12).reasons().get(0);
    assertThat(r.thai())
        .isEqualTo(
            "ผลได้รับการรับรองมาตรฐาน ต้องผ่านเกณฑ์ขั้นพื้นฐานครบทุกข้อ: ผ่าน 38 จาก 40 ข้อ ยังไม่ผ่าน 2 ข้อ (B39, B40)");
  }

  @Test
  void pointsShortfallIsExplainedInBothLanguages() {
    Rulebook small = small(Requirement.atLeast(1, Level.ADVANCED));
    Evaluation e =
        small.evaluate(
            Assessment.ofMet(
                small, AssessmentKind.COMMITTEE, List.of("S-B1", "S-B2", "S-B3", "S-B4")));
    Reason r = e.reasons().get(0);
    assertThat(r.code()).isEqualTo(ReasonCode.POINTS_TOO_LOW);
    assertThat(r.thai())
        .isEqualTo("ผลระดับ GOOD ต้องได้อย่างน้อย 6 คะแนน: ได้ 4 คะแนน ขาดอีก 2 คะแนน");
    assertThat(r.english()).isEqualTo("GOOD needs at least 6 points: 4 scored, 2 short");
  }

  @Test
  void applicationRequirementMetListsTheRequirements() {
    Evaluation e = gecc(40, 10);
    Reason r = e.reasons().get(2);
    assertThat(r.code()).isEqualTo(ReasonCode.APPLICATION_REQUIREMENT_MET);
    assertThat(r.thai())
        .isEqualTo(
            "ผ่านเงื่อนไขการขอรับการรับรอง: ผ่านเกณฑ์ขั้นพื้นฐานครบทุกข้อ และ ผ่านเกณฑ์ขั้นสูงอย่างน้อย 10 ข้อ");
    assertThat(r.english())
        .isEqualTo("the application requirement holds: all BASIC, at least 10 ADVANCED");
  }

  @Test
  void applicationRequirementOfAllBasicNotMetInThai() {
    Reason r = gecc(36, 12).reasons().get(2);
    assertThat(r.thai())
        .isEqualTo(
            "การขอรับการรับรองต้องผ่านเกณฑ์ขั้นพื้นฐานครบทุกข้อ: ผ่าน 36 จาก 40 ข้อ ยังไม่ผ่าน 4 ข้อ (B37, B38, B39, B40) จึงยังขอรับการรับรองไม่ได้");
  }

  @Test
  void applicationRequirementOfAdvancedCountNotMet() {
    Reason r = last(small(Requirement.atLeast(3, Level.ADVANCED)), "S-A1");
    assertThat(r.code()).isEqualTo(ReasonCode.APPLICATION_REQUIREMENT_NOT_MET);
    assertThat(r.shortfall()).hasValue(2);
    assertThat(r.thai())
        .isEqualTo(
            "การขอรับการรับรองต้องผ่านเกณฑ์ขั้นสูงอย่างน้อย 3 ข้อ: ผ่าน 1 ข้อ ขาดอีก 2 ข้อ จึงยังขอรับการรับรองไม่ได้");
    assertThat(r.english())
        .isEqualTo(
            "applying needs at least 3 ADVANCED criteria: 1 met, 2 short; the unit may not apply yet");
  }

  @Test
  void applicationRequirementOfPointsNotMet() {
    Reason r = last(small(Requirement.atLeastPoints(5)), "S-A1");
    assertThat(r.code()).isEqualTo(ReasonCode.APPLICATION_REQUIREMENT_NOT_MET);
    assertThat(r.shortfall()).hasValue(3);
    assertThat(r.thai())
        .isEqualTo(
            "การขอรับการรับรองต้องได้อย่างน้อย 5 คะแนน: ได้ 2 คะแนน ขาดอีก 3 คะแนน จึงยังขอรับการรับรองไม่ได้");
    assertThat(r.english())
        .isEqualTo(
            "applying needs at least 5 points: 2 scored, 3 short; the unit may not apply yet");
  }

  @Test
  void selfAssessmentGateMessagesGiveThePoints() {
    assertThat(gecc(40, 12).reasons().get(1).english())
        .isEqualTo("64 points reach the self-assessment gate of 60 points");
    assertThat(gecc(40, 10).reasons().get(1).thai())
        .isEqualTo("คะแนน 60 คะแนน ไม่น้อยกว่าเกณฑ์การประเมินตนเอง 60 คะแนน");
    assertThat(gecc(40, 7).reasons().get(1).thai())
        .isEqualTo("คะแนน 54 คะแนน น้อยกว่าเกณฑ์การประเมินตนเอง 60 คะแนน ขาดอีก 6 คะแนน");
  }

  @Test
  void unansweredCriteriaAreNamedInThai() {
    Rulebook small = small(Requirement.atLeastPoints(1));
    Evaluation e =
        small.evaluate(
            Assessment.builder(small, AssessmentKind.COMMITTEE)
                .met("S-B1")
                .met("S-B2")
                .met("S-B3")
                .met("S-B4")
                .met("S-A1")
                .notMet("S-A2")
                .build());
    Reason r = e.reasons().get(e.reasons().size() - 1);
    assertThat(r.code()).isEqualTo(ReasonCode.CRITERIA_UNANSWERED);
    assertThat(r.thai()).isEqualTo("มี 1 ข้อที่ไม่ได้ตอบ นับเป็นไม่ผ่าน: S-A3");
    assertThat(r.english()).isEqualTo("1 criteria not answered, counted as not met: S-A3");
  }

  @Test
  void outcomeNamesAreThaiInThaiMessages() {
    assertThat(Outcome.thai("CERTIFIED")).isEqualTo("ได้รับการรับรองมาตรฐาน");
    assertThat(Outcome.thai("NOT_CERTIFIED")).isEqualTo("ไม่ได้รับการรับรองมาตรฐาน");
    assertThat(Outcome.thai("GOLD")).isEqualTo("ระดับ GOLD");
  }
}

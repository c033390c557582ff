package io.github.gecc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.gecc.RefusalException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssessmentTest {

  private final Rulebook gecc = BundledRulebooks.gecc2560();

  @Test
  void ofMetAnswersEveryOtherCriterionNotMet() {
    Assessment a =
        Assessment.ofMet(gecc, AssessmentKind.SELF_ASSESSMENT, List.of("A01", "B02", "B01"));
    assertThat(a.answers()).hasSize(60);
    assertThat(a.metIds()).containsExactly("B01", "B02", "A01");
    assertThat(a.isMet("B02")).isTrue();
    assertThat(a.isMet("B03")).isFalse();
    assertThat(a.unansweredIds()).isEmpty();
    assertThat(a.kind()).isEqualTo(AssessmentKind.SELF_ASSESSMENT);
    assertThat(a.rulebook()).isSameAs(gecc);
  }

  @Test
  void ofMetRefusesAnUnknownId() {
    assertThatThrownBy(
            () -> Assessment.ofMet(gecc, AssessmentKind.COMMITTEE, List.of("B01", "B41")))
        .isInstanceOfSatisfying(
            RefusalException.class,
            e -> {
              assertThat(e.rule()).isEqualTo("3.20");
              assertThat(e.path()).hasToString("met[1]");
            })
        .hasMessageContaining(
            "criterion 'B41' is not in rulebook GECC-2560, whose criteria are"
                + " BASIC B01..B40, ADVANCED A01..A20");
  }

  @Test
  void ofMetRefusesARepeatedId() {
    assertThatThrownBy(
            () -> Assessment.ofMet(gecc, AssessmentKind.COMMITTEE, List.of("B01", "A02", "B01")))
        .isInstanceOfSatisfying(
            RefusalException.class,
            e -> {
              assertThat(e.rule()).isEqualTo("3.20");
              assertThat(e.path()).hasToString("met[2]");
            })
        .hasMessageContaining("criterion 'B01' is listed twice (first at met[0])");
  }

  @Test
  void builderLeavesUnansweredCriteriaOut() {
    Assessment a =
        Assessment.builder(gecc, AssessmentKind.COMMITTEE).met("B01").notMet("B02").build();
    assertThat(a.answers())
        .containsExactly(java.util.Map.entry("B01", true), java.util.Map.entry("B02", false));
    assertThat(a.unansweredIds()).hasSize(58).startsWith("B03").endsWith("A20");
  }

  @Test
  void builderRefusesTwoAnswersForOneCriterion() {
    Assessment.Builder b = Assessment.builder(gecc, AssessmentKind.COMMITTEE).met("A05");
    assertThatThrownBy(() -> b.notMet("A05"))
        .isInstanceOfSatisfying(
            RefusalException.class,
            e -> {
              assertThat(e.rule()).isEqualTo("3.20");
              assertThat(e.path()).hasToString("answers[1].criterion");
            })
        .hasMessageContaining("criterion 'A05' is answered twice (first at answers[0])");
  }

  @Test
  void builderRefusesAnUnknownCriterion() {
    Assessment.Builder b = Assessment.builder(gecc, AssessmentKind.COMMITTEE);
    assertThatThrownBy(() -> b.met("C01"))
        .isInstanceOfSatisfying(
            RefusalException.class,
            e -> {
              assertThat(e.rule()).isEqualTo("3.20");
              assertThat(e.path()).hasToString("answers[0].criterion");
            })
        .hasMessageContaining("criterion 'C01' is not in rulebook GECC-2560");
  }

  @Test
  void withMetTurnsAnswersMetAndKeepsTheRest() {
    Assessment a =
        Assessment.builder(gecc, AssessmentKind.COMMITTEE).notMet("B01").notMet("B02").build();
    Assessment b = a.withMet(List.of("B01", "A01"));
    assertThat(b.metIds()).containsExactly("B01", "A01");
    assertThat(b.answers()).containsEntry("B02", false).hasSize(3);
  }

  @Test
  void withMetRefusesAnUnknownCriterion() {
    Assessment a = Assessment.ofMet(gecc, AssessmentKind.COMMITTEE, List.of());
    assertThatThrownBy(() -> a.withMet(List.of("Z9")))
        .isInstanceOfSatisfying(
            RefusalException.class,
            e -> {
              assertThat(e.rule()).isEqualTo("3.20");
              assertThat(e.path()).hasToString("met[0]");
            })
        .hasMessageContaining("criterion 'Z9' is not in rulebook GECC-2560");
  }

  @Test
  void withMetRefusesARepeatedCriterion() {
    Assessment a = Assessment.ofMet(gecc, AssessmentKind.COMMITTEE, List.of());
    assertThatThrownBy(() -> a.withMet(List.of("A01", "B02", "A01")))
        .isInstanceOfSatisfying(
            RefusalException.class,
            e -> {
              assertThat(e.rule()).isEqualTo("3.20");
              assertThat(e.path()).hasToString("met[2]");
            })
        .hasMessageContaining("criterion 'A01' is listed twice");
  }

  @Test
  void equalsAndHashCodeIgnoreTheOrderOfAnswers() {
    new EqualsTester()
        .addEqualityGroup(
            Assessment.builder(gecc, AssessmentKind.COMMITTEE).met("B01").notMet("A01").build(),
            Assessment.builder(gecc, AssessmentKind.COMMITTEE).notMet("A01").met("B01").build())
        .addEqualityGroup(
            Assessment.builder(gecc, AssessmentKind.SELF_ASSESSMENT)
                .met("B01")
                .notMet("A01")
                .build())
        .addEqualityGroup(Assessment.builder(gecc, AssessmentKind.COMMITTEE).met("B01").build())
        .addEqualityGroup(
            Assessment.builder(gecc, AssessmentKind.COMMITTEE).met("B01").met("A01").build())
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    new NullPointerTester()
        .setDefault(Rulebook.class, gecc)
        .setDefault(AssessmentKind.class, AssessmentKind.COMMITTEE)
        .testAllPublicStaticMethods(Assessment.class);
    new NullPointerTester()
        .testAllPublicInstanceMethods(Assessment.ofMet(gecc, AssessmentKind.COMMITTEE, List.of()));
  }
}

package io.github.gecc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class OutcomeTest {

  @Test
  void ofKeepsRequirementsInOrder() {
    Outcome o =
        Outcome.of("CERTIFIED", Requirement.allOf(Level.BASIC), Requirement.atLeastPoints(3));
    assertThat(o.name()).isEqualTo("CERTIFIED");
    assertThat(o.requirements())
        .containsExactly(Requirement.allOf(Level.BASIC), Requirement.atLeastPoints(3));
  }

  @Test
  void ofRefusesNoRequirement() {
    assertThatThrownBy(() -> Outcome.of("CERTIFIED", ImmutableList.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outcome CERTIFIED has no requirement");
  }

  @Test
  void ofRefusesARepeatedRequirement() {
    assertThatThrownBy(
            () -> Outcome.of("X", Requirement.atLeastPoints(3), Requirement.atLeastPoints(3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("repeats the requirement 'at least 3 points'");
  }

  @Test
  void ofRefusesALowerCaseName() {
    assertThatThrownBy(() -> Outcome.of("certified", Requirement.atLeastPoints(3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outcome name 'certified'");
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(
            Outcome.of("A", Requirement.atLeastPoints(3)),
            Outcome.of("A", Requirement.atLeastPoints(3)))
        .addEqualityGroup(Outcome.of("B", Requirement.atLeastPoints(3)))
        .addEqualityGroup(Outcome.of("A", Requirement.atLeastPoints(4)))
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    new NullPointerTester()
        .setDefault(Requirement.class, Requirement.atLeastPoints(1))
        .setDefault(String.class, "A")
        .testAllPublicStaticMethods(Outcome.class);
  }

  @Test
  void thaiNamesTheBundledOutcomesAndTheLevelsLaterRoundsAward() {
    assertThat(Outcome.thai("CERTIFIED")).isEqualTo("ได้รับการรับรองมาตรฐาน");
    assertThat(Outcome.thai("NOT_CERTIFIED")).isEqualTo("ไม่ได้รับการรับรองมาตรฐาน");
    assertThat(Outcome.thai("BASIC")).isEqualTo("ระดับพื้นฐาน");
    assertThat(Outcome.thai("ADVANCED")).isEqualTo("ระดับก้าวหน้า");
    assertThat(Outcome.thai("EXCELLENT")).isEqualTo("ระดับเป็นเลิศ");
    assertThat(Outcome.thai("OK")).isEqualTo("ระดับ OK");
  }
}

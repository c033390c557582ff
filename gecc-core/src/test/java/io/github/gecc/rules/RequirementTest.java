package io.github.gecc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RequirementTest {

  static Stream<Arguments> holdsTable() {
    // requirement, level met, level total, points, holds
    return Stream.of(
        Arguments.of(Requirement.allOf(Level.BASIC), 40, 40, 0, true),
        Arguments.of(Requirement.allOf(Level.BASIC), 39, 40, 80, false),
        Arguments.of(Requirement.atLeast(10, Level.ADVANCED), 10, 20, 0, true),
        Arguments.of(Requirement.atLeast(10, Level.ADVANCED), 9, 20, 80, false),
        Arguments.of(Requirement.atLeastPoints(60), 0, 0, 60, true),
        Arguments.of(Requirement.atLeastPoints(60), 60, 60, 59, false));
  }

  @ParameterizedTest
  @MethodSource("holdsTable")
  void holdsFollowsTheKind(Requirement r, int met, int total, int points, boolean holds) {
    assertThat(r.holds(met, total, points)).isEqualTo(holds);
  }

  @Test
  void accessorsDescribeTheRequirement() {
    Requirement r = Requirement.atLeast(10, Level.ADVANCED);
    assertThat(r.kind()).isEqualTo(Requirement.Kind.AT_LEAST_COUNT);
    assertThat(r.level()).contains(Level.ADVANCED);
    assertThat(r.minimum()).isEqualTo(10);
    assertThat(r).hasToString("at least 10 ADVANCED");
    assertThat(Requirement.atLeastPoints(60).level()).isEmpty();
  }

  @Test
  void atLeastRefusesZero() {
    assertThatThrownBy(() -> Requirement.atLeast(0, Level.BASIC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 0 BASIC criteria must ask for at least 1");
  }

  @Test
  void atLeastPointsRefusesZero() {
    assertThatThrownBy(() -> Requirement.atLeastPoints(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 0 points");
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(Requirement.allOf(Level.BASIC), Requirement.allOf(Level.of("BASIC")))
        .addEqualityGroup(Requirement.allOf(Level.ADVANCED))
        .addEqualityGroup(Requirement.atLeast(10, Level.ADVANCED))
        .addEqualityGroup(Requirement.atLeast(11, Level.ADVANCED))
        .addEqualityGroup(Requirement.atLeastPoints(10))
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    new NullPointerTester()
        .setDefault(Level.class, Level.BASIC)
        .testAllPublicStaticMethods(Requirement.class);
  }
}

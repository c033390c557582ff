package io.github.gecc.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class SatisfactionResultTest {

  @Test
  void holdsRespondentsAndScore() {
    SatisfactionResult result = SatisfactionResult.of(120, 87.5);
    assertThat(result.respondents()).isEqualTo(120);
    assertThat(result.score()).isEqualTo(87.5);
  }

  @Test
  void refusesNegativeRespondents() {
    assertThatThrownBy(() -> SatisfactionResult.of(-1, 80))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("respondents -1 must be at least 0");
  }

  @Test
  void refusesANegativeScore() {
    assertThatThrownBy(() -> SatisfactionResult.of(10, -0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("score -0.5 must be a finite number");
  }

  @Test
  void refusesANaNScore() {
    assertThatThrownBy(() -> SatisfactionResult.of(10, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("score NaN");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(SatisfactionResult.of(1, 2), SatisfactionResult.of(1, 2))
        .addEqualityGroup(SatisfactionResult.of(1, 3))
        .testEquals();
  }
}

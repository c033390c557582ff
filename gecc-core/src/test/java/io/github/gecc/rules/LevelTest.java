package io.github.gecc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LevelTest {

  @Test
  void ofReturnsTheBundledConstantsForTheirNames() {
    assertThat(Level.of("BASIC")).isSameAs(Level.BASIC);
    assertThat(Level.of("ADVANCED")).isSameAs(Level.ADVANCED);
  }

  @Test
  void ofAcceptsLevelsBeyondBe2560() {
    assertThat(Level.of("EXCELLENT").name()).isEqualTo("EXCELLENT");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "basic", "1ST", "GOLD LEVEL", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456"})
  void ofRefusesMalformedNames(String name) {
    assertThatThrownBy(() -> Level.of(name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("level name '" + name + "'");
  }

  @Test
  void thaiNamesTheBe2560LevelsAsTheCircularAndExcellentAsLaterRounds() {
    assertThat(Level.BASIC.thai()).isEqualTo("ขั้นพื้นฐาน");
    assertThat(Level.ADVANCED.thai()).isEqualTo("ขั้นสูง");
    assertThat(Level.of("EXCELLENT").thai()).isEqualTo("ระดับเป็นเลิศ");
    assertThat(Level.of("GOLD").thai()).isEqualTo("ระดับ GOLD");
  }

  @Test
  void equalsAndHashCodeByName() {
    new EqualsTester()
        .addEqualityGroup(Level.BASIC, Level.of("BASIC"))
        .addEqualityGroup(Level.of("EXCELLENT"), Level.of("EXCELLENT"))
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    new NullPointerTester().testAllPublicStaticMethods(Level.class);
  }
}

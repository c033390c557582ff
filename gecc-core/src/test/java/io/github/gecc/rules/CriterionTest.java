package io.github.gecc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.gecc.RefusalException;
import org.junit.jupiter.api.Test;

class CriterionTest {

  @Test
  void ofHasNoGroupAndNoTitles() {
    Criterion c = Criterion.of("B01", Level.BASIC, 1);
    assertThat(c.id()).isEqualTo("B01");
    assertThat(c.level()).isEqualTo(Level.BASIC);
    assertThat(c.points()).isEqualTo(1);
    assertThat(c.group()).isEmpty();
    assertThat(c.thaiTitle()).isEmpty();
    assertThat(c.englishTitle()).isEmpty();
  }

  @Test
  void withSetsOptionalFields() {
    Criterion c =
        Criterion.of("X1", Level.ADVANCED, 2)
            .withGroup(CriterionGroup.RESULTS)
            .withThaiTitle("ชื่อ")
            .withEnglishTitle("Title");
    assertThat(c.group()).contains(CriterionGroup.RESULTS);
    assertThat(c.thaiTitle()).contains("ชื่อ");
    assertThat(c.englishTitle()).contains("Title");
  }

  @Test
  void ofRefusesZeroPoints() {
    assertThatThrownBy(() -> Criterion.of("B01", Level.BASIC, 0))
        .isInstanceOfSatisfying(
            RefusalException.class,
            e -> {
              assertThat(e.rule()).isEqualTo("3.15");
              assertThat(e.path()).hasToString("points");
            })
        .hasMessageContaining("criterion B01 is worth 0 points; points must be at least 1");
  }

  @Test
  void ofRefusesNegativePoints() {
    assertThatThrownBy(() -> Criterion.of("B01", Level.BASIC, -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-2 points");
  }

  @Test
  void ofRefusesAnIdWithSpaces() {
    assertThatThrownBy(() -> Criterion.of("B 01", Level.BASIC, 1))
        .isInstanceOfSatisfying(
            RefusalException.class,
            e -> {
              assertThat(e.rule()).isEqualTo("3.19");
              assertThat(e.path()).hasToString("id");
            })
        .hasMessageContaining("criterion id 'B 01'");
  }

  @Test
  void withThaiTitleRefusesBlank() {
    assertThatThrownBy(() -> Criterion.of("B01", Level.BASIC, 1).withThaiTitle("  "))
        .isInstanceOfSatisfying(
            RefusalException.class,
            e -> {
              assertThat(e.rule()).isEqualTo("3.19");
              assertThat(e.path().isRoot()).isTrue();
              assertThat(e.thai()).contains("B01");
            })
        .hasMessageContaining("the Thai title of criterion B01 is blank");
  }

  @Test
  void equalsAndHashCodeOverAllFields() {
    Criterion base = Criterion.of("B01", Level.BASIC, 1);
    new EqualsTester()
        .addEqualityGroup(base, Criterion.of("B01", Level.BASIC, 1))
        .addEqualityGroup(Criterion.of("B02", Level.BASIC, 1))
        .addEqualityGroup(Criterion.of("B01", Level.ADVANCED, 1))
        .addEqualityGroup(Criterion.of("B01", Level.BASIC, 2))
        .addEqualityGroup(base.withGroup(CriterionGroup.PHYSICAL))
        .addEqualityGroup(base.withThaiTitle("ก"))
        .addEqualityGroup(base.withEnglishTitle("a"))
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    new NullPointerTester()
        .setDefault(Level.class, Level.BASIC)
        .testAllPublicStaticMethods(Criterion.class);
    new NullPointerTester().testAllPublicInstanceMethods(Criterion.of("B01", Level.BASIC, 1));
  }
}

package io.github.gecc.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrganisationKindTest {

  @ParameterizedTest
  @EnumSource(OrganisationKind.class)
  void eachConstantHasAThaiLabelInThaiScriptAndAnEnglishLabelWithout(OrganisationKind value) {
    assertThat(value.thai()).containsPattern("\\p{IsThai}");
    assertThat(value.english()).isNotBlank().doesNotContainPattern("\\p{IsThai}");
  }

  @Test
  void noTwoConstantsShareALabel() {
    OrganisationKind[] values = OrganisationKind.values();
    assertThat(Arrays.stream(values).map(OrganisationKind::thai).distinct()).hasSize(values.length);
    assertThat(Arrays.stream(values).map(OrganisationKind::english).distinct())
        .hasSize(values.length);
  }
}

package io.github.gecc.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Optional;
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

  @Test
  void aBlankOrganisationIdIsRefused() {
    assertThatThrownBy(
            () ->
                Organisation.of(
                    OrganisationKind.DISTRICT_OFFICE, false, Optional.of(" "), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("organisation id is blank");
  }
}

package io.github.gecc.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DocumentFormatTest {

  @ParameterizedTest
  @EnumSource(DocumentFormat.class)
  void eachConstantHasAThaiLabelInThaiScriptAndAnEnglishLabelWithout(DocumentFormat value) {
    assertThat(value.thai()).containsPattern("\\p{IsThai}");
    assertThat(value.english()).isNotBlank().doesNotContainPattern("\\p{IsThai}");
  }

  @Test
  void noTwoConstantsShareALabel() {
    DocumentFormat[] values = DocumentFormat.values();
    assertThat(Arrays.stream(values).map(DocumentFormat::thai).distinct()).hasSize(values.length);
    assertThat(Arrays.stream(values).map(DocumentFormat::english).distinct())
        .hasSize(values.length);
  }
}

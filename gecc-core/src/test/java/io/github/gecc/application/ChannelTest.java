package io.github.gecc.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChannelTest {

  @ParameterizedTest
  @EnumSource(Channel.class)
  void eachConstantHasAThaiLabelInThaiScriptAndAnEnglishLabelWithout(Channel value) {
    assertThat(value.thai()).containsPattern("\\p{IsThai}");
    assertThat(value.english()).isNotBlank().doesNotContainPattern("\\p{IsThai}");
  }

  @Test
  void noTwoConstantsShareALabel() {
    Channel[] values = Channel.values();
    assertThat(Arrays.stream(values).map(Channel::thai).distinct()).hasSize(values.length);
    assertThat(Arrays.stream(values).map(Channel::english).distinct()).hasSize(values.length);
  }
}

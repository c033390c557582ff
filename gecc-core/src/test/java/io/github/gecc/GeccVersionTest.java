package io.github.gecc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GeccVersionTest {

  @Test
  void theVersionIsTheBuildsVersion() {
    assertThat(GeccVersion.version())
        .isEqualTo(GeccVersion.VERSION)
        .matches("\\d+\\.\\d+\\.\\d+.*");
  }
}

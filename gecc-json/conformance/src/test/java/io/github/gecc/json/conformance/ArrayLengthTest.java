package io.github.gecc.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An array has no length limit of its own, as the JSON reference, the service guide and the schemas
 * (which state no {@code maxItems}) say: the library's strict mapper of either line reads an array
 * of two million elements, which the token and document limits still allow.
 */
class ArrayLengthTest {

  private static final int ELEMENTS = 2_000_000;

  private static String array() {
    return "[" + "0,".repeat(ELEMENTS - 1) + "0]";
  }

  @Test
  void theJackson2MapperReadsAnArrayOfTwoMillionElements() throws Exception {
    assertThat(io.github.gecc.json.GeccJson.mapper().readTree(array()).size()).isEqualTo(ELEMENTS);
  }

  @Test
  void theJackson3MapperReadsAnArrayOfTwoMillionElements() {
    assertThat(io.github.gecc.json.jackson3.GeccJson.mapper().readTree(array()).size())
        .isEqualTo(ELEMENTS);
  }
}

package io.github.gecc.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gecc.rules.Rulebook;
import java.lang.module.ModuleDescriptor;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs on the module path: the library is a named, explicit module and works there. */
class ModularHostTest {

  @Test
  void theLibraryIsANamedExplicitModuleOnTheModulePath() {
    Module core = Rulebook.class.getModule();
    assertThat(core.isNamed()).isTrue();
    assertThat(core.getName()).isEqualTo("io.github.gecc.core");
    assertThat(core.getDescriptor().isAutomatic()).isFalse();
    assertThat(ModularHost.class.getModule().getName()).isEqualTo("io.github.gecc.consumer");
    assertThat(ModularHost.class.getModule().canRead(core)).isTrue();
  }

  @Test
  void guavaIsReadAsItsOwnModule() {
    assertThat(com.google.common.collect.ImmutableList.class.getModule().getName())
        .isEqualTo("com.google.common");
  }

  @Test
  void theImmutablesAnnotationsAreRequiredAtCompileTimeOnly() {
    assertThat(Rulebook.class.getModule().getDescriptor().requires())
        .filteredOn(r -> r.name().equals("org.immutables.value.annotations"))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.modifiers())
                    .containsExactly(ModuleDescriptor.Requires.Modifier.STATIC));
  }

  @Test
  void aHostComputesFiscalYearsAndEvaluationsThroughTheModule() {
    assertThat(ModularHost.fiscalYear(LocalDate.of(2024, 2, 29))).isEqualTo(2567);
    assertThat(ModularHost.evaluate(List.of("B01", "B02", "A01")).points()).isEqualTo(4);
  }
}

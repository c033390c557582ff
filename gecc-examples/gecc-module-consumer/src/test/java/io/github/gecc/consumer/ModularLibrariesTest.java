package io.github.gecc.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gecc.commands.Answer;
import io.github.gecc.golden.CommandResult;
import io.github.gecc.rules.Assessment;
import io.github.gecc.rules.AssessmentKind;
import io.github.gecc.rules.BundledRulebooks;
import io.github.gecc.rules.Rulebook;
import io.github.gecc.spring.autoconfigure.GeccProperties;
import io.github.gecc.testing.assertj.GeccAssertions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs on the module path: the commands, the test support and the Spring Boot auto-configuration
 * are named, explicit modules, and work there.
 */
class ModularLibrariesTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-02-29T03:00:00Z"), ZoneId.of("Asia/Bangkok"));

  static Stream<Class<?>> libraries() {
    return Stream.of(Answer.class, GeccAssertions.class, GeccProperties.class);
  }

  @ParameterizedTest
  @MethodSource("libraries")
  void eachLibraryIsANamedExplicitModuleTheConsumerReads(Class<?> type) {
    Module library = type.getModule();
    assertThat(library.isNamed()).isTrue();
    assertThat(library.getDescriptor().isAutomatic()).isFalse();
    assertThat(ModularHost.class.getModule().canRead(library)).isTrue();
  }

  @Test
  void theModulesAreNamedByTheirPackages() {
    assertThat(Answer.class.getModule().getName()).isEqualTo("io.github.gecc.commands");
    assertThat(GeccAssertions.class.getModule().getName()).isEqualTo("io.github.gecc.testing");
    assertThat(GeccProperties.class.getModule().getName())
        .isEqualTo("io.github.gecc.spring.autoconfigure");
  }

  @Test
  void aCommandAnswersADocumentThroughTheModule() {
    Answer answer = ModularCommandsHost.answer("fiscal-year", "{\"date\":\"2024-02-29\"}", CLOCK);
    assertThat(answer.isOk()).isTrue();
    assertThat(answer.output().path("fiscalYear").intValue()).isEqualTo(2567);
  }

  @Test
  void aCommandRefusesBadInputWithItsPointerThroughTheModule() {
    Answer answer = ModularCommandsHost.answer("fiscal-year", "{\"fiscalYear\":2024}", CLOCK);
    assertThat(answer.exitStatus()).isEqualTo(Answer.EXIT_BAD_INPUT);
    assertThat(answer.pointer()).contains("/fiscalYear");
  }

  @Test
  void anUnknownCommandIsRefusedNamingTheCommandsKnown() {
    assertThatThrownBy(() -> ModularCommandsHost.answer("fiscal-yaer", "{}", CLOCK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fiscal-yaer")
        .hasMessageContaining("fiscal-year");
  }

  @Test
  void aGoldenCaseRunnerRunsACommandThroughTheModule() throws Exception {
    CommandResult result =
        ModularCommandsHost.run(
            "evaluate",
            new ObjectMapper()
                .readTree("{\"rulebook\":\"GECC-2560\",\"met\":[\"B01\",\"B02\",\"A01\"]}"),
            CLOCK);
    assertThat(result.status()).isZero();
    assertThat(result.output().path("points").intValue()).isEqualTo(4);
  }

  @Test
  void theTestSupportDrawsAndChecksThroughTheModule() {
    Rulebook rulebook = BundledRulebooks.gecc2560();
    assertThat(ModularTestSupport.passingSelfAssessments(rulebook, 5))
        .hasSize(5)
        .allSatisfy(a -> assertThat(rulebook.evaluate(a).selfAssessmentPassed()).isTrue());
    Assessment three =
        Assessment.ofMet(rulebook, AssessmentKind.SELF_ASSESSMENT, List.of("B01", "B02", "A01"));
    ModularTestSupport.assertPoints(rulebook, three, 4);
    assertThatThrownBy(() -> ModularTestSupport.assertPoints(rulebook, three, 5))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void theAutoConfigurationIsReadThroughTheModule() {
    assertThat(ModularSpringHost.bundledRoundsOnly(new GeccProperties())).isTrue();
    assertThat(ModularSpringHost.autoConfiguration().getModule().getName())
        .isEqualTo("io.github.gecc.spring.autoconfigure");
  }
}

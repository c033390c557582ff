package io.github.gecc.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gecc.application.Rounds;
import io.github.gecc.json.jackson3.GeccModule;
import io.github.gecc.time.FiscalYear;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class GeccAutoConfigurationTest {

  private static final String ROUND_2570 =
      "{\"round\":2570,\"opensAt\":\"2027-01-07\",\"closesAt\":\"2027-02-26\","
          + "\"channels\":[\"ONLINE\"],\"source\":\"a fictional round for this test\"}";

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(GeccAutoConfiguration.class));

  @TempDir Path dir;

  private String register(String json) throws IOException {
    Path file = dir.resolve("rounds.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return "gecc.rounds=file:" + file;
  }

  @Test
  void givesTheBundledRoundsWithoutARegister() {
    runner.run(
        context -> {
          assertThat(context).hasSingleBean(Rounds.class).hasSingleBean(GeccModule.class);
          assertThat(context.getBean(Rounds.class)).isEqualTo(Rounds.bundled());
        });
  }

  @Test
  void mergesAnArrayRegisterOverTheBundledRounds() throws IOException {
    runner
        .withPropertyValues(register("[" + ROUND_2570 + "]"))
        .run(
            context -> {
              Rounds rounds = context.getBean(Rounds.class);
              assertThat(rounds.isRegistered(FiscalYear.of(2570))).isTrue();
              assertThat(rounds.rounds()).containsAll(Rounds.bundled().rounds());
            });
  }

  @Test
  void readsARegisterObjectAsTheCommandLineDoes() throws IOException {
    runner
        .withPropertyValues(register("{\"rounds\":[" + ROUND_2570 + "]}"))
        .run(
            context ->
                assertThat(context.getBean(Rounds.class).isRegistered(FiscalYear.of(2570)))
                    .isTrue());
  }

  @Test
  void refusesAMissingRegisterNamingIt() {
    runner
        .withPropertyValues("gecc.rounds=file:" + dir.resolve("absent.json"))
        .run(
            context ->
                assertThat(refusal(context.getStartupFailure()))
                    .hasMessageContaining("absent.json")
                    .hasMessageEndingWith(": does not exist"));
  }

  @Test
  void refusesARoundTheRoundsRefuseAtItsPointer() throws IOException {
    String restated2567 =
        "{\"round\":2567,\"opensAt\":\"2024-01-08\",\"closesAt\":\"2024-03-29\","
            + "\"channels\":[\"ONLINE\"],\"source\":\"a changed window, not a replacement\"}";
    runner
        .withPropertyValues(register("{\"rounds\":[" + ROUND_2570 + "," + restated2567 + "]}"))
        .run(
            context -> {
              InvalidRoundsException refused = refusal(context.getStartupFailure());
              assertThat(refused.pointer()).isEqualTo("/rounds/1");
              assertThat(refused.getMessage())
                  .contains("round 2567 is already defined")
                  .endsWith("(at /rounds/1)");
              assertThat(refused.getCause()).isInstanceOf(IllegalArgumentException.class);
            });
  }

  @Test
  void refusesAValueTheReaderRefusesAtItsPointer() throws IOException {
    runner
        .withPropertyValues(register("[" + ROUND_2570.replace("\"ONLINE\"", "\"FAX\"") + "]"))
        .run(
            context ->
                assertThat(refusal(context.getStartupFailure()).pointer())
                    .startsWith("/0/channels"));
  }

  @Test
  void refusesAnUnknownFieldBesideTheRounds() throws IOException {
    runner
        .withPropertyValues(register("{\"rounds\":[],\"round\":2570}"))
        .run(
            context -> {
              InvalidRoundsException refused = refusal(context.getStartupFailure());
              assertThat(refused.pointer()).isEqualTo("/round");
              assertThat(refused.getMessage()).contains("unknown field 'round'");
            });
  }

  @Test
  void backsOffForTheApplicationsOwnRounds() {
    runner
        .withUserConfiguration(OwnRounds.class)
        .run(context -> assertThat(context.getBean(Rounds.class)).isSameAs(OwnRounds.ROUNDS));
  }

  @Test
  void contributesTheLibraryToInfoAndHealth() throws IOException {
    runner
        .withPropertyValues(register("[" + ROUND_2570 + "]"))
        .run(
            context -> {
              Info.Builder info = new Info.Builder();
              context.getBean(GeccInfoContributor.class).contribute(info);
              @SuppressWarnings("unchecked")
              Map<String, Object> gecc = (Map<String, Object>) info.build().get("gecc");
              assertThat(gecc)
                  .containsKeys("version", "rulebooks", "rounds")
                  .containsEntry("registeredRounds", java.util.List.of(2570));
              GeccHealthIndicator health = context.getBean(GeccHealthIndicator.class);
              assertThat(health.health().getStatus()).isEqualTo(Status.UP);
              assertThat(health.health().getDetails()).containsEntry("latestRound", 2570);
            });
  }

  @Test
  void turnsTheHealthIndicatorOffWhenAsked() {
    runner
        .withPropertyValues("management.health.gecc.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(GeccHealthIndicator.class));
  }

  private static InvalidRoundsException refusal(Throwable startupFailure) {
    Throwable cause = startupFailure;
    while (cause != null && !(cause instanceof InvalidRoundsException)) {
      cause = cause.getCause();
    }
    assertThat(cause)
        .as("the start-up failure's causes")
        .isInstanceOf(InvalidRoundsException.class);
    return (InvalidRoundsException) cause;
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnRounds {
    static final Rounds ROUNDS = Rounds.bundled();

    @Bean
    Rounds rounds() {
      return ROUNDS;
    }
  }
}

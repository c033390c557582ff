package io.github.gecc.spring.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gecc.spring.autoconfigure.InvalidRoundsException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;

class BrokenRegisterTest {

  @Test
  void startUpFailsOnABrokenRegisterWithTheLibrarysMessage() {
    SpringApplication application = new SpringApplication(SampleApplication.class);
    assertThatThrownBy(
            () -> application.run("--gecc.rounds=classpath:broken-rounds.json", "--server.port=0"))
        .satisfies(
            failure -> {
              Throwable cause = failure;
              while (!(cause instanceof InvalidRoundsException) && cause.getCause() != null) {
                cause = cause.getCause();
              }
              assertThat(cause).isInstanceOf(InvalidRoundsException.class);
              assertThat(cause.getMessage())
                  .startsWith(
                      "gecc.rounds class path resource [broken-rounds.json]: round 2567 is already"
                          + " defined")
                  .contains("A known round may be restated only identically")
                  .endsWith("(at /0)");
              assertThat(cause.getCause()).isInstanceOf(IllegalArgumentException.class);
            });
  }
}

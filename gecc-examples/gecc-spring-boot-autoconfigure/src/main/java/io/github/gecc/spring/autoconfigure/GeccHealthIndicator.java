package io.github.gecc.spring.autoconfigure;

import io.github.gecc.application.Rounds;
import io.github.gecc.time.FiscalYear;
import java.util.Objects;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code gecc} component of Actuator's {@code health}.
 *
 * <p>DECISION: the library reaches no outside resource, so nothing can fail after start-up: a
 * register the library refuses stops the application before it serves (see {@link
 * GeccAutoConfiguration}). The component is {@code UP} once the rounds are loaded and carries what
 * an operator checks after adding a round: how many rounds are known, the latest, and how many came
 * from the register.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GeccHealthIndicator implements HealthIndicator {

  private final Health health;

  /**
   * Creates the indicator.
   *
   * @param rounds the rounds known, not null
   * @throws NullPointerException if {@code rounds} is null
   */
  public GeccHealthIndicator(Rounds rounds) {
    Objects.requireNonNull(rounds, "rounds");
    Health.Builder builder = Health.up().withDetail("rounds", rounds.rounds().size());
    if (!rounds.rounds().isEmpty()) {
      builder.withDetail("latestRound", rounds.rounds().asList().reverse().get(0).getValue());
    }
    this.health =
        builder
            .withDetail(
                "registeredRounds",
                rounds.rounds().stream()
                    .filter(rounds::isRegistered)
                    .map(FiscalYear::getValue)
                    .toList())
            .build();
  }

  /**
   * Returns the health: {@code UP}, with the rounds known.
   *
   * @return the health, never null
   */
  @Override
  public Health health() {
    return health;
  }
}

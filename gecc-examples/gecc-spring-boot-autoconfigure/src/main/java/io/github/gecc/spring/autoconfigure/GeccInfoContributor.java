package io.github.gecc.spring.autoconfigure;

import com.google.common.collect.ImmutableMap;
import io.github.gecc.GeccVersion;
import io.github.gecc.application.Rounds;
import io.github.gecc.rules.Rulebook;
import io.github.gecc.time.FiscalYear;
import java.util.Objects;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * The {@code gecc} entry of Actuator's {@code info}: the library's version, the rulebooks known and
 * the rounds known, those from the register of {@code gecc.rounds} listed apart.
 *
 * <pre>{@code
 * "gecc": {"version": "0.1.0", "rulebooks": ["GECC-2560"], "rounds": [2560, 2564, 2565, 2567, 2570],
 *          "registeredRounds": [2570]}
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GeccInfoContributor implements InfoContributor {

  private final ImmutableMap<String, Object> details;

  /**
   * Creates the contributor.
   *
   * @param rounds the rounds known, not null
   * @throws NullPointerException if {@code rounds} is null
   */
  public GeccInfoContributor(Rounds rounds) {
    Objects.requireNonNull(rounds, "rounds");
    this.details =
        ImmutableMap.of(
            "version", GeccVersion.version(),
            "rulebooks", rounds.rulebooks().all().stream().map(Rulebook::id).toList(),
            "rounds", rounds.rounds().stream().map(FiscalYear::getValue).toList(),
            "registeredRounds",
                rounds.rounds().stream()
                    .filter(rounds::isRegistered)
                    .map(FiscalYear::getValue)
                    .toList());
  }

  /**
   * Adds the {@code gecc} entry.
   *
   * @param builder the info being built, not null
   */
  @Override
  public void contribute(Info.Builder builder) {
    builder.withDetail("gecc", details);
  }
}

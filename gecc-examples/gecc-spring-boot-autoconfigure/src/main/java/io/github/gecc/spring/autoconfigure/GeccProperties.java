package io.github.gecc.spring.autoconfigure;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The {@code gecc.*} configuration properties.
 *
 * <p>Spring binds it once at start-up; it is not meant to be changed afterwards.
 */
@ConfigurationProperties("gecc")
public class GeccProperties {

  /**
   * A round register to merge over the bundled rounds: a file (file:rounds-2570.json) or a
   * class-path resource (classpath:rounds-2570.json) holding a JSON array of rounds, or an object
   * with the field "rounds", as the gecc command line's --rounds FILE reads. Checked at start-up: a
   * register the library refuses stops the application with the library's message.
   */
  private @Nullable Resource rounds;

  /** Creates the properties with no register: the bundled rounds only. */
  public GeccProperties() {}

  /**
   * Returns the round register to merge over the bundled rounds.
   *
   * @return the register's resource, or null for the bundled rounds only
   */
  public @Nullable Resource getRounds() {
    return rounds;
  }

  /**
   * Sets the round register to merge over the bundled rounds.
   *
   * @param rounds the register's resource, or null for the bundled rounds only
   */
  public void setRounds(@Nullable Resource rounds) {
    this.rounds = rounds;
  }
}

package io.github.gecc.consumer;

import io.github.gecc.spring.autoconfigure.GeccAutoConfiguration;
import io.github.gecc.spring.autoconfigure.GeccProperties;

/**
 * What a modular Spring Boot application reads of the auto-configuration: its properties, bound by
 * Spring from {@code gecc.*}, and the configuration class Spring Boot imports.
 */
public final class ModularSpringHost {

  private ModularSpringHost() {}

  /**
   * Tells whether the {@code gecc.rounds} property is unset, so that only the bundled rounds are
   * known.
   *
   * @param properties the bound properties
   * @return true if no register is named
   */
  public static boolean bundledRoundsOnly(GeccProperties properties) {
    return properties.getRounds() == null;
  }

  /**
   * Returns the auto-configuration class Spring Boot imports.
   *
   * @return the class
   */
  public static Class<GeccAutoConfiguration> autoConfiguration() {
    return GeccAutoConfiguration.class;
  }
}

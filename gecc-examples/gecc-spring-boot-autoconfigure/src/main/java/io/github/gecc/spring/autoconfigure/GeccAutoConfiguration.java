package io.github.gecc.spring.autoconfigure;

import io.github.gecc.application.Rounds;
import io.github.gecc.json.jackson3.GeccModule;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * Auto-configuration of the GECC library for Spring Boot 4.
 *
 * <ul>
 *   <li>{@link Rounds}: the one rounds bean, the bundled rounds with the round register named by
 *       {@code gecc.rounds} merged over them; read and checked at start-up, a refused register
 *       stopping the application with the library's message ({@link InvalidRoundsException}).
 *   <li>{@link GeccModule}: the Jackson 3 module, with the rulebooks of those rounds; Spring Boot
 *       registers every {@code JacksonModule} bean with its {@code JsonMapper}.
 *   <li>With Actuator: {@link GeccInfoContributor} (the {@code gecc} entry of {@code info}) and
 *       {@link GeccHealthIndicator} (the {@code gecc} component of {@code health}, which {@code
 *       management.health.gecc.enabled=false} turns off).
 * </ul>
 *
 * <p>Each bean backs off where the application defines its own.
 */
@AutoConfiguration
@EnableConfigurationProperties(GeccProperties.class)
public class GeccAutoConfiguration {

  /** Creates the configuration; Spring calls it. */
  public GeccAutoConfiguration() {}

  /**
   * Returns the rounds known: the bundled ones with the register of {@code gecc.rounds}.
   *
   * @param properties the {@code gecc.*} properties, not null
   * @return the rounds, never null
   * @throws InvalidRoundsException if the register is missing, unreadable, not JSON or refused by
   *     the library's rules
   */
  @Bean
  @ConditionalOnMissingBean
  public Rounds geccRounds(GeccProperties properties) {
    @Nullable Resource register = properties.getRounds();
    return register == null
        ? Rounds.bundled()
        : RoundRegisterLoader.load(register, Rounds.bundled());
  }

  /**
   * Returns the Jackson 3 module, reading rulebook ids among the rulebooks of the rounds.
   *
   * @param rounds the rounds known, not null
   * @return the module
   */
  @Bean
  @ConditionalOnMissingBean
  public GeccModule geccJacksonModule(Rounds rounds) {
    return new GeccModule(rounds.rulebooks());
  }

  /** The Actuator {@code info} contributor, where Actuator is on the class path. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(InfoContributor.class)
  static class InfoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    GeccInfoContributor geccInfoContributor(Rounds rounds) {
      return new GeccInfoContributor(rounds);
    }
  }

  /** The Actuator health indicator, where Spring Boot's health support is on the class path. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(HealthIndicator.class)
  @ConditionalOnEnabledHealthIndicator("gecc")
  static class HealthConfiguration {

    @Bean
    @ConditionalOnMissingBean
    GeccHealthIndicator geccHealthIndicator(Rounds rounds) {
      return new GeccHealthIndicator(rounds);
    }
  }
}

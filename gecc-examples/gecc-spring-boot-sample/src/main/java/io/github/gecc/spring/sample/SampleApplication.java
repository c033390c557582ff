package io.github.gecc.spring.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application on {@code gecc-spring-boot-starter}: the starter alone gives it the
 * {@code Rounds} bean (with the register of {@code gecc.rounds} in {@code application.properties}),
 * GECC documents through Boot's {@code JsonMapper}, and the {@code gecc} entries of Actuator's
 * {@code info} and {@code health}. {@link PortfolioController} reads a GECC document from a request
 * body through that mapper.
 */
@SpringBootApplication
public class SampleApplication {

  /** Creates the application; Spring calls it. */
  public SampleApplication() {}

  /**
   * Starts the application.
   *
   * @param args Spring Boot's arguments, for example {@code --gecc.rounds=file:rounds.json}
   */
  public static void main(String[] args) {
    SpringApplication.run(SampleApplication.class, args);
  }
}

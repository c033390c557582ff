/**
 * Spring Boot 4 auto-configuration of the GECC library ({@link
 * io.github.gecc.spring.autoconfigure.GeccAutoConfiguration}): the Jackson 3 module on Boot's
 * {@code JsonMapper}, one validated {@code Rounds} bean and, with Actuator, an {@code info}
 * contributor and a health indicator. Spring's jars are automatic modules, named by their manifests
 * ({@code spring.boot.autoconfigure}, {@code spring.context}, …).
 */
module io.github.gecc.spring.autoconfigure {
  requires transitive io.github.gecc.core;
  requires transitive io.github.gecc.json.jackson3;
  requires transitive spring.boot;
  requires transitive spring.boot.autoconfigure;
  requires transitive spring.context;
  requires transitive spring.core;
  // Each optional, as in the POM: the auto-configuration backs off where the application lacks it.
  // Not transitive, so that an application without Actuator compiles: the info contributor and
  // the health indicator are the only types that name them.
  requires static spring.boot.actuator;
  requires static spring.boot.health;
  // JSpecify's nullness annotations (@NullMarked packages), read at compile time.
  requires static transitive org.jspecify;

  exports io.github.gecc.spring.autoconfigure;

  // Spring reads the configuration classes and binds the properties by reflection, from
  // whichever of its modules the application uses.
  opens io.github.gecc.spring.autoconfigure;
}

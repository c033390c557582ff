/**
 * A consumer of the library on the module path, as a modular host system is: the domain model, GECC
 * documents read with Jackson 2 and with Jackson 3 through the modules their discovery finds, the
 * commands, the test support and the Spring Boot auto-configuration.
 */
module io.github.gecc.consumer {
  requires transitive io.github.gecc.core;
  requires transitive io.github.gecc.json;
  requires transitive io.github.gecc.json.jackson3;
  requires transitive io.github.gecc.commands;
  requires transitive io.github.gecc.testing;
  requires transitive io.github.gecc.spring.autoconfigure;

  exports io.github.gecc.consumer;
}

/**
 * A consumer of the library on the module path, as a modular host system is: the domain model, and
 * GECC documents read with Jackson 2 and with Jackson 3 through the modules their discovery finds.
 */
module io.github.gecc.consumer {
  requires transitive io.github.gecc.core;
  requires transitive io.github.gecc.json;
  requires transitive io.github.gecc.json.jackson3;

  exports io.github.gecc.consumer;
}

/** A consumer of the library on the module path, as a modular host system is. */
module io.github.gecc.consumer {
  requires transitive io.github.gecc.core;

  exports io.github.gecc.consumer;
}

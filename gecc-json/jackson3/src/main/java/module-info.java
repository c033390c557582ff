/**
 * The Jackson 3 module that reads and writes the GECC model as JSON ({@link
 * io.github.gecc.json.jackson3.GeccModule}, {@link io.github.gecc.json.jackson3.GeccJson}).
 * Provided as a service, so {@code MapperBuilder.findAndAddModules()} finds it on the module path
 * as on the class path.
 */
module io.github.gecc.json.jackson3 {
  requires transitive tools.jackson.databind;
  requires transitive io.github.gecc.core;
  requires io.github.gecc.json.codec;
  // JSpecify's nullness annotations (@NullMarked packages), read at compile time.
  requires static transitive org.jspecify;

  exports io.github.gecc.json.jackson3;

  provides tools.jackson.databind.JacksonModule with
      io.github.gecc.json.jackson3.GeccModule;
}

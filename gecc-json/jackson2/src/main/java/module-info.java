/**
 * The Jackson 2 module that reads and writes the GECC model as JSON ({@link
 * io.github.gecc.json.GeccModule}, {@link io.github.gecc.json.GeccJson}). Provided as a service, so
 * {@code ObjectMapper.findAndRegisterModules()} finds it on the module path as on the class path.
 */
module io.github.gecc.json {
  requires transitive com.fasterxml.jackson.databind;
  requires transitive io.github.gecc.core;
  requires io.github.gecc.json.codec;
  // JSpecify's nullness annotations (@NullMarked packages), read at compile time.
  requires static transitive org.jspecify;

  exports io.github.gecc.json;

  provides com.fasterxml.jackson.databind.Module with
      io.github.gecc.json.GeccModule;
}

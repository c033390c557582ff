/**
 * The GECC JSON readers, writers and published JSON Schemas shared by the Jackson 2 and Jackson 3
 * adapters. Not an API: its package is exported to the two adapter modules only, and its schemas
 * ({@code io/github/gecc/json/schema/*.schema.json}) are open so that any module can read them as
 * resources.
 */
module io.github.gecc.json.codec {
  requires transitive io.github.gecc.core;
  // JSpecify's nullness annotations (@NullMarked packages), read at compile time.
  requires static transitive org.jspecify;

  exports io.github.gecc.json.internal to
      io.github.gecc.json,
      io.github.gecc.json.jackson3;

  opens io.github.gecc.json.schema;
}

/**
 * The GECC commands as JSON documents in and out ({@link io.github.gecc.commands.Commands}, run by
 * an {@link io.github.gecc.commands.Invoker}), shared by the {@code gecc} command line, its batch
 * and its service, and the golden-case engine that runs them in-process ({@code
 * io.github.gecc.golden}). The documents are Jackson 2 trees, read by {@code io.github.gecc.json}.
 */
module io.github.gecc.commands {
  requires transitive io.github.gecc.core;
  requires transitive io.github.gecc.json;
  requires transitive com.fasterxml.jackson.databind;
  // The golden cases' JUnit XML report.
  requires java.xml;
  // JSpecify's nullness annotations (@NullMarked packages), read at compile time.
  requires static transitive org.jspecify;

  exports io.github.gecc.commands;
  exports io.github.gecc.golden;

  // Jackson binds the case files to the engine's own records.
  opens io.github.gecc.golden to
      com.fasterxml.jackson.databind;
}

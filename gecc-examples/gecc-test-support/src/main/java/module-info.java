/**
 * Test support for suites that check certification logic: AssertJ assertions on the domain ({@code
 * io.github.gecc.testing.assertj}), jqwik arbitraries of the domain ({@code
 * io.github.gecc.testing.jqwik}) and a JUnit 5 runner of golden-case folders ({@code
 * io.github.gecc.testing.golden}). The runner runs the library's commands: a suite that uses it
 * requires {@code io.github.gecc.commands} as well, which this module reads only when present.
 */
module io.github.gecc.testing {
  requires transitive io.github.gecc.core;
  requires transitive org.assertj.core;
  requires transitive org.junit.jupiter.api;
  requires transitive net.jqwik.api;
  // Optional: only the golden-case runner needs the commands (and with them Jackson 2). Not
  // transitive, so that a suite without them compiles; a suite that runs golden cases requires
  // io.github.gecc.commands itself.
  requires static io.github.gecc.commands;
  // JSpecify's nullness annotations (@NullMarked packages), read at compile time.
  requires static transitive org.jspecify;

  exports io.github.gecc.testing.assertj;
  exports io.github.gecc.testing.golden;
  exports io.github.gecc.testing.jqwik;
}

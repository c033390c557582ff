/**
 * Runs a folder of golden-case files as JUnit 5 dynamic tests: {@link
 * io.github.gecc.testing.golden.GoldenCaseTests}. The case format and the engine are those of
 * {@code gecc test DIR}; see {@link io.github.gecc.golden}.
 *
 * <p>The cases run the library's commands: a suite that runs them depends on {@code gecc-commands}
 * (test scope) beside {@code gecc-test-support}, which declares it optional so that a suite of
 * assertions alone brings neither the commands nor Jackson 2.
 */
@org.jspecify.annotations.NullMarked
package io.github.gecc.testing.golden;

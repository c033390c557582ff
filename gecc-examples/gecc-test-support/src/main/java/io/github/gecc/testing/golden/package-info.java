/**
 * Runs a folder of golden-case files as JUnit 5 dynamic tests: {@link
 * io.github.gecc.testing.golden.GoldenCaseTests}. The case format and the engine are those of
 * {@code gecc test DIR}; see {@link io.github.gecc.golden}.
 */
@org.jspecify.annotations.NullMarked
package io.github.gecc.testing.golden;

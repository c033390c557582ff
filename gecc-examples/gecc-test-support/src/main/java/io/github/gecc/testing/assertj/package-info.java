/**
 * AssertJ assertions on the library's results — evaluations (RULES.md §3), application checks (§2,
 * §4, §7), certifications (§5) and report schedules (§6) — for test suites that check certification
 * logic. Start from {@link io.github.gecc.testing.assertj.GeccAssertions}.
 */
@org.jspecify.annotations.NullMarked
package io.github.gecc.testing.assertj;

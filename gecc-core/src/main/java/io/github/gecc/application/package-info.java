/**
 * Application rounds: the windows of each round (RULES.md §4), the deadlines that departments and
 * provinces set before the national closing, who may apply (RULES.md §2), the check that lists
 * every rule an application breaks, and the steps from self-assessment to certification (RULES.md
 * §7).
 *
 * <p>Everything here is pure and immutable: nothing reads the clock; every question about "now"
 * takes an instant. Instants are compared as instants, whatever offset the caller used; a local
 * date-time is Bangkok time ({@link io.github.gecc.time.ThaiTime}).
 */
@io.github.gecc.internal.GeccStyle
@org.jspecify.annotations.NullMarked
package io.github.gecc.application;

/**
 * Rulebooks: the criteria catalogue, the scoring policy and the explained certification decision
 * (RULES.md §3 and §10).
 *
 * <p>A {@link io.github.gecc.rules.Rulebook} is data: a catalogue of {@link
 * io.github.gecc.rules.Criterion criteria}, an ordered list of {@link io.github.gecc.rules.Outcome
 * outcomes} (highest first) with their {@link io.github.gecc.rules.Requirement requirements}, and a
 * self-assessment gate. {@link io.github.gecc.rules.Rulebook#evaluate} turns an {@link
 * io.github.gecc.rules.Assessment} into an {@link io.github.gecc.rules.Evaluation} that says the
 * outcome, why, and what it would take to reach every outcome not reached. The bundled rulebook
 * {@code GECC-2560} is {@link io.github.gecc.rules.BundledRulebooks#gecc2560()}; {@link
 * io.github.gecc.rules.RulebookRegistry} finds the rulebook of a round. The self-assessment an
 * application carries and the committee's on-site result are evaluations of a rulebook too: {@link
 * io.github.gecc.rules.SelfAssessmentResult} ({@link io.github.gecc.rules.Rulebook#selfAssessment})
 * and {@link io.github.gecc.rules.CommitteeResult} ({@link
 * io.github.gecc.rules.Rulebook#committeeResult}).
 *
 * <p>Every type in this package is immutable and thread-safe.
 */
@io.github.gecc.internal.GeccStyle
@org.jspecify.annotations.NullMarked
package io.github.gecc.rules;

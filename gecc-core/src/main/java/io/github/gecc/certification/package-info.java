/**
 * What happens after a centre is certified: how long a certification is valid (RULES.md §5), which
 * maintenance reports it owes and when (RULES.md §6), and the national portfolio of centres.
 *
 * <p>Every DECISION of those sections is a value the caller passes and may replace: {@link
 * io.github.gecc.certification.ValidityPolicy} (how long a certification runs), {@link
 * io.github.gecc.certification.ReportPolicy} (when a report is due, an optional satisfaction
 * threshold), both gathered in {@link io.github.gecc.certification.LifecyclePolicy}. Nothing here
 * reads the clock: every question takes the date it is asked "as of".
 */
@io.github.gecc.internal.GeccStyle
@org.jspecify.annotations.NullMarked
package io.github.gecc.certification;

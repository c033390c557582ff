package io.github.gecc.rules;

/** Who assessed a centre: DOMAIN.md §3 and §7 (FACT). */
public enum AssessmentKind {
  /** The centre's own self-assessment (step 2 of DOMAIN.md §7), checked against the gate. */
  SELF_ASSESSMENT,
  /** The assessment committee's on-site assessment (step 7 of DOMAIN.md §7). */
  COMMITTEE
}

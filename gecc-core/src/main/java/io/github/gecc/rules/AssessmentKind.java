package io.github.gecc.rules;

/** Who assessed a centre: RULES.md §3 and §7 (FACT). */
public enum AssessmentKind {
  /** The centre's own self-assessment (step 2 of RULES.md §7), checked against the gate. */
  SELF_ASSESSMENT,
  /** The assessment committee's on-site assessment (step 7 of RULES.md §7). */
  COMMITTEE
}

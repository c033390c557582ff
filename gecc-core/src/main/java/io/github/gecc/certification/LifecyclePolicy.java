package io.github.gecc.certification;

import org.immutables.value.Value;

/**
 * The two replaceable rules of a certification's life: its {@link ValidityPolicy} (RULES.md §5) and
 * its {@link ReportPolicy} (RULES.md §6).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class LifecyclePolicy {

  private static final LifecyclePolicy DEFAULT =
      of(ValidityPolicy.YEARS_FROM_DATE, ReportPolicy.defaults());

  LifecyclePolicy() {}

  /**
   * Returns the validity policy.
   *
   * @return the policy
   */
  @Value.Parameter
  public abstract ValidityPolicy validity();

  /**
   * Returns the report policy.
   *
   * @return the policy
   */
  @Value.Parameter
  public abstract ReportPolicy report();

  /**
   * Returns the two policies together.
   *
   * @param validity the validity policy, not null
   * @param report the report policy, not null
   * @return the lifecycle policy
   * @throws NullPointerException if an argument is null
   */
  public static LifecyclePolicy of(ValidityPolicy validity, ReportPolicy report) {
    return ImmutableLifecyclePolicy.of(validity, report);
  }

  /**
   * Returns the defaults: {@link ValidityPolicy#YEARS_FROM_DATE} and {@link
   * ReportPolicy#defaults()}.
   *
   * @return the default policy
   */
  public static LifecyclePolicy defaults() {
    return DEFAULT;
  }
}

package io.github.gecc.certification;

import io.github.gecc.RefusalException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * When a maintenance report is due and which satisfaction score is too low: the replaceable rules
 * of RULES.md §6.
 *
 * <p>DECISION: the circulars give no due date and no satisfaction threshold. A report is due a
 * number of days after its period ends; the bundled default, {@value #DEFAULT_DUE_AFTER_DAYS} days,
 * is a default of this library, not a fact of the circulars. The threshold is absent unless the
 * caller sets one; when set, a report whose satisfaction score is under it is flagged (it still
 * counts as submitted).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReportPolicy {

  /** The default number of days after a period's end on which its report is due (DECISION). */
  public static final int DEFAULT_DUE_AFTER_DAYS = 30;

  /** The largest offset accepted, in days. */
  public static final int MAX_DUE_AFTER_DAYS = 3660;

  private static final ReportPolicy DEFAULT = builder().build();

  ReportPolicy() {}

  /**
   * Returns the number of days after a period's last day on which its report is due.
   *
   * @return 0..{@value #MAX_DUE_AFTER_DAYS}; {@value #DEFAULT_DUE_AFTER_DAYS} unless set
   */
  @Value.Default
  public int dueAfterDays() {
    return DEFAULT_DUE_AFTER_DAYS;
  }

  /**
   * Returns the satisfaction score under which a report is flagged, if any.
   *
   * @return the threshold, a finite number, or empty for none (the default)
   */
  public abstract OptionalDouble satisfactionThreshold();

  /**
   * Returns the first period a centre owes a report for, when a user sets one (RULES.md §6,
   * DECISION). The default owes reports from the fiscal year after the round of the certification
   * that began a centre's coverage; the only request for maintenance reports in the circulars is
   * OPM นร 0105.05/ว 4188 of 31 May 2565 (through BMA กท 0303/1156, 15 Jun 2565), which asks for
   * them under maintenance criteria that already existed, so the default stands, and a user who
   * reads the letter as the start may set this to the first period ending after it ({@code FY2565
   * FY}).
   *
   * @return the first owed period, or empty for no such limit
   */
  public abstract Optional<ReportingPeriod> firstOwedPeriod();

  /**
   * Returns the default policy: due {@value #DEFAULT_DUE_AFTER_DAYS} days after the period, no
   * threshold.
   *
   * @return the default policy
   */
  public static ReportPolicy defaults() {
    return DEFAULT;
  }

  /**
   * Returns a policy with a given due offset and no threshold.
   *
   * @param dueAfterDays days after the period's end, 0..{@value #MAX_DUE_AFTER_DAYS}
   * @return the policy
   * @throws RefusalException (rule 6.3, at {@code dueAfterDays}) if {@code dueAfterDays} is out of
   *     range
   */
  public static ReportPolicy dueAfter(int dueAfterDays) {
    return builder().dueAfterDays(dueAfterDays).build();
  }

  /**
   * Returns a builder; every field has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReportPolicy}; not thread-safe, use it on one thread. */
  public static final class Builder extends ImmutableReportPolicy.Builder {
    Builder() {}
  }

  /**
   * Returns the due day of a period's report.
   *
   * @param period the period, not null
   * @return the period's last day plus {@link #dueAfterDays()}
   * @throws NullPointerException if {@code period} is null
   */
  public LocalDate dueDate(ReportingPeriod period) {
    return Objects.requireNonNull(period, "period").end().plusDays(dueAfterDays());
  }

  /**
   * Tells whether a report is flagged for a satisfaction score under the threshold.
   *
   * @param report the report, not null
   * @return true if the policy has a threshold and the report's score is under it; a report without
   *     satisfaction results is never flagged
   * @throws NullPointerException if {@code report} is null
   */
  public boolean isBelowThreshold(MaintenanceReport report) {
    Objects.requireNonNull(report, "report");
    if (satisfactionThreshold().isEmpty() || report.satisfaction().isEmpty()) {
      return false;
    }
    return report.satisfaction().get().score() < satisfactionThreshold().getAsDouble();
  }

  @Value.Check
  void check() {
    if (dueAfterDays() < 0 || dueAfterDays() > MAX_DUE_AFTER_DAYS) {
      throw RefusalException.of(
              "6.3",
              dueAfterDays(),
              "the report due days "
                  + dueAfterDays()
                  + " are outside 0.."
                  + MAX_DUE_AFTER_DAYS
                  + "; a report is due that many days after its period ends",
              "จำนวนวันครบกำหนดส่งรายงาน "
                  + dueAfterDays()
                  + " อยู่นอกช่วง 0.."
                  + MAX_DUE_AFTER_DAYS
                  + " วันหลังสิ้นสุดรอบรายงาน")
          .at("dueAfterDays");
    }
    if (satisfactionThreshold().isPresent()
        && !Double.isFinite(satisfactionThreshold().getAsDouble())) {
      throw RefusalException.of(
              "6.12",
              satisfactionThreshold().getAsDouble(),
              "satisfactionThreshold "
                  + satisfactionThreshold().getAsDouble()
                  + " is not a finite number",
              "เกณฑ์คะแนนความพึงพอใจ "
                  + satisfactionThreshold().getAsDouble()
                  + " ไม่ใช่จำนวนจำกัด")
          .at("satisfactionThreshold");
    }
  }
}

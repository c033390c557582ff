package io.github.gecc.certification;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.gecc.RefusalException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One maintenance report a certified centre sent (RULES.md §6, FACT): the period it covers, the day
 * it was submitted, the citizen-satisfaction results and the answers to the Self Checklist.
 *
 * <p>The checklist maps each maintenance criterion's id to whether the centre says it still meets
 * it. DECISION: the circulars do not list the maintenance criteria, so ids are free, non-blank text
 * from the data; the library never invents them. Both the results and the checklist may be absent
 * (a calendar that only tracks dates).
 *
 * <p>A report may record which of the two parts it carried ({@link #parts()}, RULES.md §6,
 * DECISION): one that records them and lacks either is {@link ReportStatus#INCOMPLETE}. A report
 * that records no parts is judged by its date alone.
 *
 * <p>A report dated before its period begins answers nothing and is refused (RULES.md §6,
 * DECISION). Whether the report belongs to a centre's schedule, and is not dated before the
 * certification it answers, is checked where the schedule is known ({@link CentreLifecycle#of}); a
 * report dated after its period began and before it ends is accepted (DECISION, see {@link
 * ReportStatus#ON_TIME}).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class MaintenanceReport {

  MaintenanceReport() {}

  /**
   * Returns the period the report covers.
   *
   * @return the period
   */
  public abstract ReportingPeriod period();

  /**
   * Returns the day the report was submitted.
   *
   * @return the submission date
   */
  public abstract LocalDate submittedOn();

  /**
   * Returns the citizen-satisfaction results, if the report carries them.
   *
   * @return the results, or empty
   */
  public abstract Optional<SatisfactionResult> satisfaction();

  /**
   * Returns the Self Checklist answers: criterion id → still met.
   *
   * @return the answers in the order given, possibly empty
   */
  public abstract ImmutableMap<String, Boolean> checklist();

  /**
   * Returns the parts the report carried, when it records them.
   *
   * @return the parts, possibly empty; empty optional when the report does not say
   */
  public abstract Optional<ImmutableSet<ReportPart>> parts();

  /**
   * Returns the parts the report was asked for and did not carry.
   *
   * @return the missing parts in declaration order; empty when the report carried both or does not
   *     record its parts
   */
  public ImmutableSet<ReportPart> missingParts() {
    if (parts().isEmpty()) {
      return ImmutableSet.of();
    }
    EnumSet<ReportPart> missing = EnumSet.allOf(ReportPart.class);
    missing.removeAll(parts().get());
    return ImmutableSet.copyOf(missing);
  }

  /**
   * Tells whether the report is complete: it carried both parts, or does not record its parts.
   *
   * @return true unless it records its parts and lacks one
   */
  public boolean isComplete() {
    return missingParts().isEmpty();
  }

  /**
   * Returns a report with no results and no checklist.
   *
   * @param period the period, not null
   * @param submittedOn the submission date, not null
   * @return the report
   * @throws RefusalException (rule 6.8, at {@code submittedOn}) if the report is dated before its
   *     period begins
   * @throws NullPointerException if an argument is null
   */
  public static MaintenanceReport of(ReportingPeriod period, LocalDate submittedOn) {
    return builder().period(period).submittedOn(submittedOn).build();
  }

  /**
   * Returns a builder; {@code period} and {@code submittedOn} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MaintenanceReport}; not thread-safe, use it on one thread. */
  public static final class Builder extends ImmutableMaintenanceReport.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    LocalDate begins = period().range().startInclusive();
    if (submittedOn().isBefore(begins)) {
      throw RefusalException.of(
              "6.8",
              submittedOn(),
              "report for "
                  + period()
                  + " submitted on "
                  + submittedOn()
                  + " is dated before its period begins on "
                  + begins
                  + "; a report answers a period that has begun",
              "รายงานรอบ "
                  + period()
                  + " ส่งวันที่ "
                  + submittedOn()
                  + " ลงวันที่ก่อนรอบรายงานเริ่มต้น ("
                  + begins
                  + ") รายงานต้องตอบรอบที่เริ่มแล้ว")
          .at("submittedOn");
    }
    if (parts().isPresent()) {
      if (satisfaction().isPresent() && !parts().get().contains(ReportPart.SATISFACTION_RESULTS)) {
        throw RefusalException.of(
                "6.7",
                parts().get(),
                "report for "
                    + period()
                    + " gives satisfaction results but its parts "
                    + parts().get()
                    + " leave out SATISFACTION_RESULTS",
                "รายงานรอบ "
                    + period()
                    + " มีผลสำรวจความพึงพอใจ แต่ส่วนของรายงาน "
                    + parts().get()
                    + " ไม่มี SATISFACTION_RESULTS")
            .at("parts");
      }
      if (!checklist().isEmpty() && !parts().get().contains(ReportPart.SELF_CHECKLIST)) {
        throw RefusalException.of(
                "6.7",
                parts().get(),
                "report for "
                    + period()
                    + " gives checklist answers but its parts "
                    + parts().get()
                    + " leave out SELF_CHECKLIST",
                "รายงานรอบ "
                    + period()
                    + " มีคำตอบแบบตรวจสอบตนเอง แต่ส่วนของรายงาน "
                    + parts().get()
                    + " ไม่มี SELF_CHECKLIST")
            .at("parts");
      }
    }
    checklist()
        .forEach(
            (criterion, met) -> {
              if (criterion.isBlank()) {
                throw RefusalException.of(
                        "6.12",
                        criterion,
                        "checklist criterion id must not be blank, got '" + criterion + "'",
                        "รหัสเกณฑ์ในแบบตรวจสอบตนเองต้องไม่เป็นค่าว่าง ได้รับ '" + criterion + "'")
                    .at("checklist");
              }
            });
  }
}

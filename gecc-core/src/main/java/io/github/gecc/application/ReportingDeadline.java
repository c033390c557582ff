package io.github.gecc.application;

import io.github.gecc.RefusalException;
import io.github.gecc.time.FiscalYear;
import io.github.gecc.time.ThaiTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A report a body in the reporting chain asks of the units under it, due before the national
 * closing (RULES.md §4, FACT: circulars set earlier internal reporting deadlines down the chain,
 * DOPA มท 0305.1/ว 1660, 18 Jan 2567; DLA มท 0810.7/ว, Dec 2564). RULES.md §4 (DECISION): a report
 * is about applying; it never closes the window and never refuses an application.
 *
 * <p>A deadline given as a day is due at the last instant of that Bangkok day; one with a time is
 * due at that Bangkok time.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReportingDeadline {

  ReportingDeadline() {}

  /**
   * Returns the round the deadline belongs to.
   *
   * @return the round
   */
  public abstract FiscalYear round();

  /**
   * Returns the body that set the deadline, as named in a reporting chain, for example {@code DOPA}
   * or {@code SAKON_NAKHON}.
   *
   * @return the body, not blank
   */
  public abstract String setBy();

  /**
   * Returns who must report by this deadline, when the circular says: {@code PROVINCE} for DOPA's
   * round-2567 deadlines (the province's provincial administration office reports to DOPA), {@code
   * DISTRICT_OFFICE} for Sakon Nakhon's (RULES.md §4, FACT).
   *
   * @return the body that reports, not blank, or empty when not given
   */
  public abstract Optional<String> reportedBy();

  /**
   * Returns to whom the report goes.
   *
   * @return the body that receives it, not blank; the body that set the deadline unless given
   */
  @Value.Default
  public String reportedTo() {
    return setBy();
  }

  /**
   * Returns this deadline saying who reports to whom.
   *
   * @param reporter the body that reports, not blank
   * @param recipient the body that receives the report, not blank
   * @return a copy with both
   * @throws RefusalException (4.17) at the blank name if a name is blank
   * @throws NullPointerException if an argument is null
   */
  public ReportingDeadline reported(String reporter, String recipient) {
    return ImmutableReportingDeadline.builder()
        .round(round())
        .setBy(setBy())
        .purpose(purpose())
        .due(due())
        .task(task())
        .source(source())
        .reportedBy(Objects.requireNonNull(reporter, "reporter"))
        .reportedTo(Objects.requireNonNull(recipient, "recipient"))
        .build();
  }

  /**
   * Returns what is due.
   *
   * @return the purpose
   */
  public abstract DeadlinePurpose purpose();

  /**
   * Returns the last instant at which the task is on time, included.
   *
   * @return the due instant
   */
  public abstract Instant due();

  /**
   * Returns the task in plain words.
   *
   * @return for example {@code "report the district offices that applied"}
   */
  public abstract String task();

  /**
   * Returns where the deadline comes from.
   *
   * @return the citation, for example {@code "DOPA มท 0305.1/ว 1660, 18 Jan 2567; RULES.md §4"}
   */
  public abstract String source();

  @Value.Check
  void check() {
    requireNonBlank("setBy", setBy());
    requireNonBlank("task", task());
    requireNonBlank("source", source());
    if (reportedBy().isPresent()) {
      requireNonBlank("reportedBy", reportedBy().get());
    }
    requireNonBlank("reportedTo", reportedTo());
  }

  private void requireNonBlank(String field, String value) {
    if (value.isBlank()) {
      throw RefusalException.of(
              "4.17",
              "'" + value + "'",
              "internal deadline '"
                  + task()
                  + "' of round "
                  + round().getValue()
                  + " has a blank "
                  + field
                  + "; a deadline names the body that sets it, its task, its source and"
                  + " who reports to whom",
              "กำหนดส่งภายใน '"
                  + task()
                  + "' ของรอบ "
                  + round().getValue()
                  + " มี "
                  + field
                  + " ว่างเปล่า กำหนดส่งต้องระบุหน่วยงานที่กำหนด งานที่ต้องทำ แหล่งที่มา"
                  + " และผู้รายงานถึงผู้รับรายงาน")
          .at(field);
    }
  }

  /**
   * Returns a deadline due at an instant.
   *
   * @param round the round, not null
   * @param setBy the body that set it, not blank
   * @param purpose what is due, not null
   * @param due the last instant on time, not null
   * @param task the task in plain words, not blank
   * @param source the citation, not blank
   * @return the deadline
   * @throws RefusalException (4.17) at the blank field if a text is blank
   * @throws NullPointerException if an argument is null
   */
  public static ReportingDeadline of(
      FiscalYear round,
      String setBy,
      DeadlinePurpose purpose,
      Instant due,
      String task,
      String source) {
    return ImmutableReportingDeadline.builder()
        .round(round)
        .setBy(setBy)
        .purpose(purpose)
        .due(due)
        .task(task)
        .source(source)
        .build();
  }

  /**
   * Returns a deadline due at the end of a Bangkok day.
   *
   * @param round the round, not null
   * @param setBy the body that set it, not blank
   * @param purpose what is due, not null
   * @param day the last day on time, not null
   * @param task the task in plain words, not blank
   * @param source the citation, not blank
   * @return the deadline, due at the last instant of {@code day}
   * @throws RefusalException (4.17) at the blank field if a text is blank
   */
  public static ReportingDeadline onDay(
      FiscalYear round,
      String setBy,
      DeadlinePurpose purpose,
      LocalDate day,
      String task,
      String source) {
    return of(round, setBy, purpose, ThaiTime.endOfDay(day), task, source);
  }

  /**
   * Returns a deadline due at a Bangkok wall-clock time.
   *
   * @param round the round, not null
   * @param setBy the body that set it, not blank
   * @param purpose what is due, not null
   * @param due the Bangkok time, not null
   * @param task the task in plain words, not blank
   * @param source the citation, not blank
   * @return the deadline
   * @throws RefusalException (4.17) at the blank field if a text is blank
   */
  public static ReportingDeadline at(
      FiscalYear round,
      String setBy,
      DeadlinePurpose purpose,
      LocalDateTime due,
      String task,
      String source) {
    return of(round, setBy, purpose, ThaiTime.toInstant(due), task, source);
  }
}

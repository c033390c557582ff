package io.github.gecc.certification;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The status rule of RULES.md §6 (6.4, 6.7, 6.9) and a centre's obligations held as the numbers it
 * reads: for obligation {@code i}, its due day and the submission day of the report answering it,
 * as epoch days side by side at {@code 2i} and {@code 2i + 1}, and whether that report carried both
 * parts. The portfolio's questions read obligations through it, by index, without making a date or
 * a report object per obligation; {@link Obligation#statusOn} applies the same rule to one
 * obligation.
 *
 * <p>Filled once by {@link CentreLifecycle#of}, then only read: safe to share between threads once
 * published by a final field.
 */
final class ObligationDays {

  /** The submission day that stands for "no report". */
  private static final long NO_REPORT = Long.MIN_VALUE;

  /** Due day of obligation i at 2i, submission day of its report (or NO_REPORT) at 2i + 1. */
  private final long[] days;

  /** Whether the report answering obligation i carried both parts (true when there is none). */
  private final boolean[] complete;

  /** Holds {@code obligations} obligations, none answered yet. */
  ObligationDays(int obligations) {
    this.days = new long[2 * obligations];
    this.complete = new boolean[obligations];
  }

  /** Sets the due day of obligation {@code i}, unanswered. */
  void owe(int i, LocalDate due) {
    days[2 * i] = due.toEpochDay();
    days[2 * i + 1] = NO_REPORT;
    complete[i] = true;
  }

  /** Records the report answering obligation {@code i}. */
  void answer(int i, MaintenanceReport report) {
    days[2 * i + 1] = report.submittedOn().toEpochDay();
    complete[i] = report.isComplete();
  }

  /** The number of obligations. */
  int size() {
    return complete.length;
  }

  /** The status of obligation {@code i} as of an epoch day. */
  ReportStatus status(int i, long asOf) {
    return status(days[2 * i], days[2 * i + 1], complete[i], asOf);
  }

  /** Returns counts of each status, indexed by {@link ReportStatus#ordinal()}, all 0. */
  static int[] newCounts() {
    return new int[ReportStatus.values().length];
  }

  /** Adds the status of every obligation as of an epoch day to counts from {@link #newCounts}. */
  void countInto(long asOf, int[] counts) {
    for (int i = 0; i < size(); i++) {
      counts[status(i, asOf).ordinal()]++;
    }
  }

  /** Returns counts from {@link #newCounts} by status, every status present. */
  static ImmutableMap<ReportStatus, Integer> byStatus(int[] counts) {
    Map<ReportStatus, Integer> byStatus = new EnumMap<>(ReportStatus.class);
    for (ReportStatus status : ReportStatus.values()) {
      byStatus.put(status, counts[status.ordinal()]);
    }
    return Maps.immutableEnumMap(byStatus);
  }

  /** The status of an obligation due on {@code due} that no report answers. */
  static ReportStatus unanswered(LocalDate due, LocalDate asOf) {
    return status(due.toEpochDay(), NO_REPORT, true, asOf.toEpochDay());
  }

  /** The status of an obligation due on {@code due} that {@code report} answers. */
  static ReportStatus answered(LocalDate due, MaintenanceReport report, LocalDate asOf) {
    return status(
        due.toEpochDay(),
        report.submittedOn().toEpochDay(),
        report.isComplete(),
        asOf.toEpochDay());
  }

  /** Tells whether a report is known as of a day: sent by that day (RULES.md 6.9). */
  static boolean isKnown(MaintenanceReport report, LocalDate asOf) {
    return !report.submittedOn().isAfter(asOf);
  }

  /**
   * The status rule over epoch days. A report submitted after {@code asOf} is not yet known
   * (RULES.md 6.9), so the obligation is judged as if it had none; a known report that lacks a part
   * is {@code INCOMPLETE} (6.7), else {@code ON_TIME} or {@code LATE} by its day (6.4).
   */
  private static ReportStatus status(long due, long submitted, boolean complete, long asOf) {
    if (submitted != NO_REPORT && submitted <= asOf) {
      if (!complete) {
        return ReportStatus.INCOMPLETE;
      }
      return submitted <= due ? ReportStatus.ON_TIME : ReportStatus.LATE;
    }
    return asOf > due ? ReportStatus.MISSING : ReportStatus.NOT_YET_DUE;
  }
}

package io.github.gecc.application;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.gecc.RefusalException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The reports of one round as they cascade down the reporting chain: the internal reporting
 * deadlines that departments and provinces set before the national closing of the window (RULES.md
 * §4, FACT, DOPA มท 0305.1/ว 1660, 18 Jan 2567; DLA มท 0810.7/ว, Dec 2564).
 *
 * <p>RULES.md §4 (DECISION): these are reports about applying. They never close the window and
 * never refuse an application; only the window does ({@link ApplicationChecker}). A unit's chain of
 * reporting bodies is the list of bodies it reports through (for a district office in Sakon Nakhon,
 * {@code [DOPA, SAKON_NAKHON]}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportingCascade {

  /** The reporting-chain name of the Department of Provincial Administration (ปค., DOPA). */
  public static final String DOPA = "DOPA";

  /** The reporting-chain name of the Department of Local Administration (สถ., DLA). */
  public static final String DLA = "DLA";

  /** The reporting-chain name of Sakon Nakhon province (จังหวัดสกลนคร). */
  public static final String SAKON_NAKHON = "SAKON_NAKHON";

  /**
   * The reporting-chain name of a province that reports upward (its provincial administration
   * office, ที่ทำการปกครองจังหวัด, to DOPA; the province to DLA).
   */
  public static final String PROVINCE = "PROVINCE";

  /**
   * The reporting-chain name of a district office (ที่ทำการปกครองอำเภอ) that reports to its
   * province.
   */
  public static final String DISTRICT_OFFICE = "DISTRICT_OFFICE";

  private static final ImmutableMap<String, String> THAI_NAMES =
      ImmutableMap.of(
          DOPA, "กรมการปกครอง",
          DLA, "กรมส่งเสริมการปกครองท้องถิ่น",
          SAKON_NAKHON, "จังหวัดสกลนคร",
          PROVINCE, "จังหวัด",
          DISTRICT_OFFICE, "ที่ทำการปกครองอำเภอ");

  /**
   * Returns the Thai name of a body of a reporting chain that the library names: {@link #DOPA}
   * กรมการปกครอง, {@link #DLA} กรมส่งเสริมการปกครองท้องถิ่น, {@link #SAKON_NAKHON} จังหวัดสกลนคร,
   * {@link #PROVINCE} จังหวัด, {@link #DISTRICT_OFFICE} ที่ทำการปกครองอำเภอ, as the circulars name
   * them (DOPA มท 0305.1/ว 1660, 18 Jan 2567; Sakon Nakhon สน 0018.1/ว 1532, 26 Jan 2567).
   *
   * @param body a chain name, not null
   * @return the Thai name, or empty for a body a user's register named, whose Thai name the library
   *     does not know
   * @throws NullPointerException if {@code body} is null
   */
  public static Optional<String> thaiNameOf(String body) {
    return Optional.ofNullable(THAI_NAMES.get(Objects.requireNonNull(body, "body")));
  }

  private final ApplicationWindow window;
  private final ImmutableList<ReportingDeadline> reports;

  private ReportingCascade(ApplicationWindow window, ImmutableList<ReportingDeadline> reports) {
    this.window = window;
    this.reports = reports;
  }

  /**
   * Returns the cascade of a window and the reports of the same round.
   *
   * @param window the round's window, not null
   * @param reports the reporting deadlines, not null, each of the window's round
   * @return the cascade
   * @throws RefusalException (4.17) if a report belongs to another round
   * @throws NullPointerException if an argument is null
   */
  public static ReportingCascade of(
      ApplicationWindow window, Collection<ReportingDeadline> reports) {
    Objects.requireNonNull(window, "window");
    for (ReportingDeadline report : reports) {
      if (!report.round().equals(window.round())) {
        throw RefusalException.of(
            "4.17",
            report.round().getValue(),
            "report '"
                + report.task()
                + "' of round "
                + report.round().getValue()
                + " does not belong to the cascade of round "
                + window.round().getValue(),
            "รายงาน '"
                + report.task()
                + "' ของรอบ "
                + report.round().getValue()
                + " ไม่อยู่ในลำดับการรายงานของรอบ "
                + window.round().getValue());
      }
    }
    return new ReportingCascade(
        window, ImmutableList.sortedCopyOf(Comparator.comparing(ReportingDeadline::due), reports));
  }

  /**
   * Returns the round's window: the only thing that closes applications.
   *
   * @return the window
   */
  public ApplicationWindow window() {
    return window;
  }

  /**
   * Returns every reporting deadline, earliest first.
   *
   * @return the reports
   */
  public ImmutableList<ReportingDeadline> reports() {
    return reports;
  }

  /**
   * Returns the reports set by a body in a unit's chain, earliest first, whoever makes them: a
   * district office under DOPA and Sakon Nakhon gets DOPA's deadlines, which the province meets, as
   * well as the province's own. {@link #reportsFor(String, List)} keeps those the unit makes.
   *
   * @param chain the bodies the unit reports through, not null, possibly empty
   * @return the reports
   * @throws NullPointerException if {@code chain} is null
   */
  public ImmutableList<ReportingDeadline> reportsFor(List<String> chain) {
    Objects.requireNonNull(chain, "chain");
    return reports.stream()
        .filter(d -> chain.contains(d.setBy()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the reports a unit itself owes (RULES.md §4, FACT): those set by a body in its chain
   * whose reporter is the unit's kind of body, or not given. In round 2567 a district office
   * ({@link #DISTRICT_OFFICE}) under Sakon Nakhon reports to the province by 27 Feb 2567 (สน
   * 0018.1/ว 1532, item ๓); DOPA's two deadlines, 19 Jan and 28 Feb 2567 12.00, are the province's
   * ({@link #PROVINCE}) reports to DOPA, not the district office's.
   *
   * @param reporter the unit's kind of body in the chain, for example {@code DISTRICT_OFFICE}; not
   *     null
   * @param chain the bodies the unit reports through, not null, possibly empty
   * @return the reports it makes, earliest first, each saying to whom ({@link
   *     ReportingDeadline#reportedTo()})
   * @throws NullPointerException if an argument is null
   */
  public ImmutableList<ReportingDeadline> reportsFor(String reporter, List<String> chain) {
    Objects.requireNonNull(reporter, "reporter");
    return reportsFor(chain).stream()
        .filter(d -> d.reportedBy().map(reporter::equals).orElse(true))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the first report a unit itself makes that says it has applied: the earliest {@link
   * DeadlinePurpose#APPLICATION_REPORT} of {@link #reportsFor(String, List)}. It tells the unit
   * when to report and to whom; it does not refuse an application made later inside the window.
   *
   * @param reporter the unit's kind of body in the chain, not null
   * @param chain the bodies the unit reports through, not null, possibly empty
   * @return the report, or empty when no body in the chain asks the unit for one
   * @throws NullPointerException if an argument is null
   */
  public Optional<ReportingDeadline> firstApplicationReport(String reporter, List<String> chain) {
    return reportsFor(reporter, chain).stream()
        .filter(d -> d.purpose() == DeadlinePurpose.APPLICATION_REPORT)
        .findFirst();
  }

  /**
   * Returns the first report, in a unit's chain, that says the unit has applied: the earliest
   * {@link DeadlinePurpose#APPLICATION_REPORT}. It tells the unit when to report; it does not
   * refuse an application made later inside the window.
   *
   * @param chain the bodies the unit reports through, not null, possibly empty
   * @return the report, or empty when no body in the chain asks for one
   * @throws NullPointerException if {@code chain} is null
   */
  public Optional<ReportingDeadline> firstApplicationReport(List<String> chain) {
    return reportsFor(chain).stream()
        .filter(d -> d.purpose() == DeadlinePurpose.APPLICATION_REPORT)
        .findFirst();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ReportingCascade
        && ((ReportingCascade) obj).window.equals(window)
        && ((ReportingCascade) obj).reports.equals(reports);
  }

  @Override
  public int hashCode() {
    return Objects.hash(window, reports);
  }

  @Override
  public String toString() {
    return "ReportingCascade{round=" + window.round().getValue() + ", reports=" + reports + "}";
  }
}

package io.github.gecc.application;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import io.github.gecc.time.FiscalYear;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The application windows the library knows, one per round, with the reporting deadlines of
 * each round (reports about applying, which never close a window: RULES.md §4, DECISION).
 *
 * <p>{@link #bundled()} holds the windows of RULES.md §4 (FACT) and the round 2564 window of
 * RULES.md §10, each citing its source:
 *
 * <ul>
 *   <li>2560: closes 31 Jan 2560 (2017-01-31) at the end of the day, opening not stated; by post
 *       or in person <em>and</em> by e-mail, a Word and a PDF file, DLA นท 0812/694, round 2560;
 *   <li>2564: 1 Jan – 28 Feb 2564 (2021), online (§10);
 *   <li>2565: 1 Jan – 28 Feb 2565 (2022), online, "GECC Online", DLA มท 0810.7/ว, Dec 2564;
 *   <li>2567: 8 Jan 2567 08:30 – 29 Feb 2567 16:30 (2024), online, "GECC Online", DOPA มท 0305.1/ว 1660, 18 Jan 2567.
 * </ul>
 *
 * <p>DECISION: the online rounds require the channel {@link Channel#ONLINE} and no document files
 * (the form is filled in online; the sources name no file format for them). The reporting
 * deadlines bundled are those of RULES.md §4: for 2567, DOPA's account report (19 Jan 2567) and
 * report of district offices that applied (28 Feb 2567 12:00), and Sakon Nakhon's report date
 * for its districts (27 Feb 2567), DOPA มท 0305.1/ว 1660, 18 Jan 2567; for 2565, DLA's incentive survey (31 Jan 2565), DLA มท 0810.7/ว, Dec 2564.
 *
 * <p>Users add rounds with {@link #plus(ApplicationWindow)} and reporting deadlines with {@link
 * #plus(ReportingDeadline)}. This class is immutable and thread-safe.
 */
public final class ApplicationCalendar {

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

  /** The reporting-chain name of a district office (ที่ทำการปกครองอำเภอ) that reports to its province. */
  public static final String DISTRICT_OFFICE = "DISTRICT_OFFICE";

  private static final ApplicationCalendar BUNDLED = buildBundled();

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
   * @return the Thai name, or empty for a body a user's register named, whose Thai name the
   *     library does not know
   * @throws NullPointerException if {@code body} is null
   */
  public static Optional<String> thaiNameOf(String body) {
    return Optional.ofNullable(THAI_NAMES.get(Objects.requireNonNull(body, "body")));
  }


  private final ImmutableSortedMap<FiscalYear, ApplicationWindow> windows;
  private final ImmutableList<ReportingDeadline> deadlines;

  private ApplicationCalendar(
      ImmutableSortedMap<FiscalYear, ApplicationWindow> windows,
      ImmutableList<ReportingDeadline> deadlines) {
    this.windows = windows;
    this.deadlines = deadlines;
  }

  /**
   * Returns a calendar with no window.
   *
   * @return the empty calendar
   */
  public static ApplicationCalendar empty() {
    return new ApplicationCalendar(ImmutableSortedMap.of(), ImmutableList.of());
  }

  /**
   * Returns the calendar of the windows and deadlines in the sources (see the class comment).
   *
   * @return the bundled calendar
   */
  public static ApplicationCalendar bundled() {
    return BUNDLED;
  }

  private static ApplicationCalendar buildBundled() {
    ImmutableSet<Channel> online = ImmutableSet.of(Channel.ONLINE);
    FiscalYear r2565 = FiscalYear.of(2565);
    FiscalYear r2567 = FiscalYear.of(2567);
    return empty()
        .plus(
            ApplicationWindow.ofDays(
                FiscalYear.of(2560),
                Optional.empty(),
                LocalDate.of(2017, 1, 31),
                ImmutableSet.of(Channel.POST_OR_IN_PERSON, Channel.EMAIL),
                ImmutableSet.of(DocumentFormat.WORD, DocumentFormat.PDF),
                "DLA นท 0812/694, round 2560; RULES.md §4 (FACT)"))
        .plus(
            ApplicationWindow.ofDays(
                FiscalYear.of(2564),
                Optional.of(LocalDate.of(2021, 1, 1)),
                LocalDate.of(2021, 2, 28),
                online,
                ImmutableSet.of(),
                "RULES.md §10 (public agency pages)"))
        .plus(
            ApplicationWindow.ofDays(
                r2565,
                Optional.of(LocalDate.of(2022, 1, 1)),
                LocalDate.of(2022, 2, 28),
                online,
                ImmutableSet.of(),
                "DLA มท 0810.7/ว, Dec 2564; RULES.md §4 (FACT)"))
        .plus(
            ApplicationWindow.ofTimes(
                r2567,
                LocalDateTime.of(2024, 1, 8, 8, 30),
                LocalDateTime.of(2024, 2, 29, 16, 30),
                online,
                ImmutableSet.of(),
                "DOPA มท 0305.1/ว 1660, 18 Jan 2567; RULES.md §4 (FACT)"))
        .plus(
            ReportingDeadline.onDay(
                r2565,
                DLA,
                DeadlinePurpose.SURVEY,
                LocalDate.of(2022, 1, 31),
                "answer the incentive survey",
                "DLA มท 0810.7/ว, Dec 2564 (item 2); RULES.md §4 (FACT)")
                .reported(PROVINCE, DLA))
        .plus(
            ReportingDeadline.onDay(
                r2567,
                DOPA,
                DeadlinePurpose.ACCOUNT_REPORT,
                LocalDate.of(2024, 1, 19),
                "the province collects the district offices' online accounts (username, e-mail)"
                    + " and reports them to DOPA",
                "DOPA มท 0305.1/ว 1660, 18 Jan 2567 (item ๒); RULES.md §4 (FACT)")
                .reported(PROVINCE, DOPA))
        .plus(
            ReportingDeadline.at(
                r2567,
                DOPA,
                DeadlinePurpose.APPLICATION_REPORT,
                LocalDateTime.of(2024, 2, 28, 12, 0),
                "the province collects the list of district offices that applied and reports it"
                    + " to DOPA",
                "DOPA มท 0305.1/ว 1660, 18 Jan 2567 (item ๔); RULES.md §4 (FACT)")
                .reported(PROVINCE, DOPA))
        .plus(
            ReportingDeadline.onDay(
                r2567,
                SAKON_NAKHON,
                DeadlinePurpose.APPLICATION_REPORT,
                LocalDate.of(2024, 2, 27),
                "district offices that applied online report so to the province",
                "Sakon Nakhon สน 0018.1/ว 1532, 26 Jan 2567 (item ๓); RULES.md §4 (FACT)")
                .reported(DISTRICT_OFFICE, SAKON_NAKHON));
  }

  /**
   * Returns this calendar with one more round.
   *
   * @param window the window of a round this calendar does not hold yet, not null
   * @return a new calendar
   * @throws IllegalArgumentException if the calendar already holds a window for that round
   * @throws NullPointerException if {@code window} is null
   */
  public ApplicationCalendar plus(ApplicationWindow window) {
    Objects.requireNonNull(window, "window");
    if (windows.containsKey(window.round())) {
      throw new IllegalArgumentException(
          "the calendar already holds a window for round "
              + window.round().getValue()
              + " ("
              + windows.get(window.round()).source()
              + "); one window per round");
    }
    return new ApplicationCalendar(
        ImmutableSortedMap.<FiscalYear, ApplicationWindow>naturalOrder()
            .putAll(windows)
            .put(window.round(), window)
            .build(),
        deadlines);
  }

  /**
   * Returns this calendar with one more reporting deadline.
   *
   * @param deadline a reporting deadline of a round this calendar holds, not null
   * @return a new calendar
   * @throws IllegalArgumentException if the calendar has no window for the deadline's round
   * @throws NullPointerException if {@code deadline} is null
   */
  public ApplicationCalendar plus(ReportingDeadline deadline) {
    Objects.requireNonNull(deadline, "deadline");
    windowOf(deadline.round());
    return new ApplicationCalendar(
        windows, ImmutableList.<ReportingDeadline>builder().addAll(deadlines).add(deadline).build());
  }

  /**
   * Returns the rounds the calendar holds, earliest first.
   *
   * @return the rounds
   */
  public ImmutableSet<FiscalYear> rounds() {
    return windows.keySet();
  }

  /**
   * Returns the window of a round, if known.
   *
   * @param round a round, not null
   * @return the window, or empty
   */
  public Optional<ApplicationWindow> window(FiscalYear round) {
    return Optional.ofNullable(windows.get(Objects.requireNonNull(round, "round")));
  }

  /**
   * Returns the window of a round the caller expects to be known.
   *
   * @param round a round, not null
   * @return the window
   * @throws IllegalArgumentException if the calendar has no window for the round; the message
   *     lists the rounds it knows
   */
  public ApplicationWindow windowOf(FiscalYear round) {
    return window(round)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no application window is known for round "
                        + round.getValue()
                        + "; known rounds are "
                        + windows.keySet().stream()
                            .map(r -> Integer.toString(r.getValue()))
                            .collect(Collectors.joining(", "))));
  }

  /**
   * Returns the reporting cascade of a round.
   *
   * @param round a round the calendar holds, not null
   * @return its window and reporting deadlines
   * @throws IllegalArgumentException if the calendar has no window for the round
   */
  public ReportingCascade reportingCascade(FiscalYear round) {
    ApplicationWindow window = windowOf(round);
    return ReportingCascade.of(
        window,
        deadlines.stream().filter(d -> d.round().equals(round)).collect(ImmutableList.toImmutableList()));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ApplicationCalendar
        && ((ApplicationCalendar) obj).windows.equals(windows)
        && ((ApplicationCalendar) obj).deadlines.equals(deadlines);
  }

  @Override
  public int hashCode() {
    return Objects.hash(windows, deadlines);
  }

  @Override
  public String toString() {
    return "ApplicationCalendar{rounds=" + windows.keySet() + ", deadlines=" + deadlines.size() + "}";
  }
}

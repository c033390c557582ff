package io.github.gecc.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.gecc.application.ApplicationWindow;
import io.github.gecc.application.ApplyDirective;
import io.github.gecc.application.DeadlinePurpose;
import io.github.gecc.application.OrganisationKind;
import io.github.gecc.application.ReportingCascade;
import io.github.gecc.application.ReportingDeadline;
import io.github.gecc.application.Rounds;
import io.github.gecc.certification.Centre;
import io.github.gecc.certification.CentreLifecycle;
import io.github.gecc.certification.Certification;
import io.github.gecc.certification.LifecyclePolicy;
import io.github.gecc.certification.MaintenanceReport;
import io.github.gecc.certification.ObligationState;
import io.github.gecc.certification.PeriodKind;
import io.github.gecc.certification.Portfolio;
import io.github.gecc.certification.ReportStatus;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.time.DateRange;
import io.github.gecc.time.FiscalYear;
import io.github.gecc.time.ThaiTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code calendar}: an iCalendar (RFC 5545) of what a portfolio of centres, or one centre, owes in
 * a horizon of days, for Outlook, Google Calendar and Thunderbird.
 *
 * <p>In: {@code {"from":"2023-10-01","to":"2024-09-30","centres":[…]}} (or {@code "centre":{…}};
 * {@code "fiscalYear":2567} instead of {@code from} and {@code to}), optionally {@code round} (only
 * that round's window and deadlines; the centres' own events stay), {@code asOf} (the day reports
 * count by; default the export day), {@code chain} (the reporting bodies the centres report
 * through, for example {@code ["DOPA","SAKON_NAKHON"]}), {@code alarms} (days before each event to
 * remind; default {@code [14,3]}), {@code rounds} (a round register) and the lifecycle policy
 * fields of {@code portfolio}. Out: {@code text/calendar} — on the command line the text itself, in
 * {@code batch} the text as the JSON string {@code output}, over HTTP the body with {@code
 * Content-Type: text/calendar; charset=utf-8}.
 *
 * <p>The events, each asked of the core and dated in Bangkok, are those whose day lies in the
 * horizon:
 *
 * <ul>
 *   <li>the opening and closing of the window of every round some centre of the calendar may or
 *       must apply in: a centre may apply when the round admits its kind ({@link
 *       Rounds#admittedKinds}) and must apply when the round's directive reaches it ({@link
 *       Rounds#directive}); a centre without a kind may apply in every round as far as the library
 *       can tell (DECISION, RULES.md §2);
 *   <li>the reporting deadlines set by a body of the chain, each saying who reports to whom ({@link
 *       ReportingDeadline#reportedBy()}, {@link ReportingDeadline#reportedTo()}) and which centres
 *       of the calendar owe it themselves ({@link ReportingCascade#reportsFor(String, List)} with
 *       the centre's kind); a deadline owed above them (DOPA's, which the province meets) is shown
 *       and says so;
 *   <li>each centre's maintenance-report due days, with the status as of {@code asOf} that {@code
 *       certification} and {@code portfolio} give ({@code X-GECC-STATUS});
 *   <li>each certification's last valid day, and the closing of the last window a centre can apply
 *       in before a certification lapses ({@link Rounds#lastWindowWithin}).
 * </ul>
 *
 * <p>Every {@code SUMMARY} is Thai; every {@code DESCRIPTION} is English with its citation. Every
 * {@code UID} is derived from what the event is, and {@code SEQUENCE} from the facts that changed
 * it (0, or 1 once a report that meets the obligation was sent or a renewal recorded, with {@code
 * STATUS:CANCELLED}); only {@code DTSTAMP} comes from the clock.
 */
final class CalendarCommand implements Command {

  /** The days before an event that a reminder fires when the request names none. */
  static final List<Integer> DEFAULT_ALARMS = List.of(14, 3);

  /** The most days before an event that a reminder may fire. */
  static final int MAX_ALARM_DAYS = 366;

  /** Where every UID lives, so that two exports of the same event share it. */
  static final String UID_DOMAIN = "@gecc.github.io";

  private static final String REPORTS_SOURCE =
      "OPM นร 0105.05/ว 4188, 31 May 2565, relayed by BMA กท 0303/1156, 15 Jun 2565 (reports every"
          + " 6 and 12 months, RULES.md §6)";
  private static final String VALIDITY_SOURCE =
      "DLA นท 0812/694, round 2560 (a certification lasts 3 years, RULES.md §5)";

  private static final List<String> FIELDS =
      List.of(
          "from",
          "to",
          "fiscalYear",
          "round",
          "asOf",
          "chain",
          "alarms",
          "rounds",
          "validity",
          "dueDays",
          "satisfactionThreshold",
          "firstOwedPeriod",
          "centres",
          "centre");

  @Override
  public String name() {
    return "calendar";
  }

  @Override
  public String description() {
    return "an iCalendar (text/calendar) of the windows, reporting deadlines, report due days and"
        + " certification lapses of a portfolio";
  }

  @Override
  public String mediaType() {
    return ICalendarText.MEDIA_TYPE;
  }

  @Override
  public boolean takesRounds() {
    return true;
  }

  @Override
  public JsonNode run(JsonNode input, CliContext context) throws GeccJsonException {
    Request request = new Request(context, input, "calendar request", FIELDS);
    Rounds rounds = RoundsOption.withInline(context, input, context.rounds());
    DateRange horizon = horizon(request);
    Optional<FiscalYear> only =
        request.has("round")
            ? Optional.of(request.read("round", FiscalYear.class))
            : Optional.empty();
    if (only.isPresent()) {
      RoundsOption.windowOf(rounds, only.get(), "/round");
    }
    LocalDate asOf =
        request.has("asOf")
            ? request.date("asOf")
            : LocalDate.ofInstant(context.clock().instant(), ThaiTime.ZONE);
    List<String> chain = request.chain("chain");
    List<Integer> alarms = alarms(request, input);
    Portfolio portfolio = portfolio(request);

    List<ICalendarText.Event> events = new ArrayList<>();
    List<FiscalYear> known = only.map(List::of).orElseGet(() -> List.copyOf(rounds.rounds()));
    windows(rounds, known, portfolio, horizon, events);
    deadlines(rounds, known, chain, portfolio, horizon, events);
    for (Centre centre : portfolio.centres()) {
      CentreLifecycle lifecycle = portfolio.lifecycle(centre.id()).orElseThrow();
      reports(lifecycle, asOf, horizon, events);
      lapses(lifecycle, rounds, horizon, events);
    }
    events.sort(
        Comparator.comparing(ICalendarText.Event::date).thenComparing(ICalendarText.Event::uid));
    String name =
        portfolio.size() == 1
            ? "GECC " + portfolio.centres().get(0).id()
            : "GECC " + portfolio.size() + " centres";
    return TextNode.valueOf(ICalendarText.write(name, context.clock().instant(), alarms, events));
  }

  /** The horizon: {@code from} and {@code to}, or the days of {@code fiscalYear}. */
  private static DateRange horizon(Request request) throws GeccJsonException {
    if (request.has("fiscalYear")) {
      for (String field : List.of("from", "to")) {
        if (request.has(field)) {
          throw request.error(
              field, "a calendar's horizon is 'fiscalYear' or 'from' and 'to', not both");
        }
      }
      return request.read("fiscalYear", FiscalYear.class).range();
    }
    if (!request.has("from") && !request.has("to")) {
      throw request.error(
          "from",
          "a calendar needs its horizon: 'from' and 'to' (days, both"
              + " included), or 'fiscalYear' (a Buddhist Era year such as 2567)");
    }
    LocalDate from = request.date("from");
    LocalDate to = request.date("to");
    return request.core("to", () -> DateRange.ofClosed(from, to));
  }

  private static Portfolio portfolio(Request request) throws GeccJsonException {
    if (request.has("centre") == request.has("centres")) {
      throw request.error(
          request.has("centre") ? "centre" : "centres",
          "a calendar request names either 'centres' (a portfolio) or 'centre' (one centre), and"
              + " not both");
    }
    if (request.has("centres")) {
      return request.portfolio();
    }
    LifecyclePolicy policy = request.policy();
    Centre centre = request.read("centre", Centre.class);
    return request.core("centre", () -> Portfolio.of(List.of(centre), policy));
  }

  private static List<Integer> alarms(Request request, JsonNode input) throws GeccJsonException {
    if (!request.has("alarms")) {
      return DEFAULT_ALARMS;
    }
    JsonNode array = input.get("alarms");
    if (!array.isArray()) {
      throw request.error(
          "alarms",
          "expected an array of days before each event, such as [14,3],"
              + " not "
              + Request.describe(array));
    }
    List<Integer> days = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode day = array.get(i);
      if (!day.isIntegralNumber()
          || !day.canConvertToInt()
          || day.intValue() < 0
          || day.intValue() > MAX_ALARM_DAYS) {
        throw new GeccJsonException(
            Invoker.FIELDS,
            "a reminder is a whole number of days 0.."
                + MAX_ALARM_DAYS
                + " before the event, not "
                + Request.describe(day),
            "/alarms/" + i,
            null);
      }
      if (days.contains(day.intValue())) {
        throw new GeccJsonException(
            Invoker.FIELDS,
            "the reminder " + day.intValue() + " days before is given twice",
            "/alarms/" + i,
            null);
      }
      days.add(day.intValue());
    }
    return days;
  }

  private static void windows(
      Rounds rounds,
      List<FiscalYear> known,
      Portfolio portfolio,
      DateRange horizon,
      List<ICalendarText.Event> events) {
    for (FiscalYear round : known) {
      ApplicationWindow window = rounds.windowOf(round);
      // RULES.md §2: the round's eligibility for each centre's kind; a centre without a kind may
      // apply as far as the library can tell (DECISION, calendar.md).
      ImmutableSet<OrganisationKind> admitted = rounds.admittedKinds(round);
      List<String> mayApply =
          portfolio.centres().stream()
              .filter(centre -> centre.kind().map(admitted::contains).orElse(true))
              .map(Centre::id)
              .sorted()
              .collect(ImmutableList.toImmutableList());
      Optional<ApplyDirective> directive = rounds.directive(round);
      List<String> mustApply = directive.map(portfolio::mustApply).orElse(ImmutableList.of());
      if (mayApply.isEmpty() && mustApply.isEmpty()) {
        continue;
      }
      String who =
          mayApply.size()
              + " of this calendar's "
              + portfolio.size()
              + " centre(s) may"
              + " apply in this round (their kind is admitted, or not given): "
              + shortList(mayApply)
              + ". "
              + directive
                  .map(
                      d ->
                          mustApply.isEmpty()
                              ? "No centre of this calendar is reached by the round's directive ("
                                  + d.source()
                                  + ")."
                              : mustApply.size()
                                  + " must apply under the round's directive ("
                                  + d.source()
                                  + "): "
                                  + shortList(mustApply)
                                  + ".")
                  .orElse(
                      "No directive makes applying compulsory in this round (RULES.md §2): applying"
                          + " is voluntary.");
      String span =
          window.opensAt().map(o -> ThaiTime.atBangkok(o).toString()).orElse("(not given)")
              + " – "
              + ThaiTime.atBangkok(window.closesAt());
      String channels = window.channels().toString();
      int year = round.getValue();
      String must =
          mustApply.isEmpty() ? "" : " (มีศูนย์ที่ต้องสมัคร " + mustApply.size() + " แห่ง)";
      ImmutableMap<String, String> facts =
          mustApply.isEmpty()
              ? ImmutableMap.of(
                  "ROUND", String.valueOf(year), "MAY-APPLY", String.valueOf(mayApply.size()))
              : ImmutableMap.of(
                  "ROUND",
                  String.valueOf(year),
                  "MAY-APPLY",
                  String.valueOf(mayApply.size()),
                  "MUST-APPLY",
                  String.valueOf(mustApply.size()));
      window
          .opensAt()
          .ifPresent(
              opens ->
                  add(
                      events,
                      horizon,
                      "window-opens-" + year,
                      0,
                      false,
                      ICalendarText.bangkok(opens),
                      "เปิดรับสมัครศูนย์ราชการสะดวก รอบปีงบประมาณ พ.ศ. " + year + must,
                      "GECC applications for round "
                          + year
                          + " open. Window "
                          + span
                          + ", channels "
                          + channels
                          + ". "
                          + who
                          + "\nSource: "
                          + window.source(),
                      "WINDOW_OPENS",
                      facts));
      add(
          events,
          horizon,
          "window-closes-" + year,
          0,
          false,
          ICalendarText.bangkok(window.closesAt()),
          "ปิดรับสมัครศูนย์ราชการสะดวก รอบปีงบประมาณ พ.ศ. " + year + must,
          "GECC applications for round "
              + year
              + " close. Window "
              + span
              + ", channels "
              + channels
              + ". "
              + who
              + "\nSource: "
              + window.source(),
          "WINDOW_CLOSES",
          facts);
    }
  }

  private static void deadlines(
      Rounds rounds,
      List<FiscalYear> known,
      List<String> chain,
      Portfolio portfolio,
      DateRange horizon,
      List<ICalendarText.Event> events) {
    for (FiscalYear round : known) {
      ReportingCascade cascade = rounds.cascade(round).orElseThrow();
      for (ReportingDeadline deadline : cascade.reportsFor(chain)) {
        LocalDateTime due = ICalendarText.bangkok(deadline.due());
        // The centres that owe it themselves: those whose kind reports it (RULES.md §4, 4.6);
        // the other deadlines are owed above them in the chain, by the body named.
        List<String> owing =
            portfolio.centres().stream()
                .filter(
                    centre ->
                        centre
                            .kind()
                            .map(kind -> cascade.reportsFor(kind.name(), chain).contains(deadline))
                            .orElse(false))
                .map(Centre::id)
                .sorted()
                .collect(ImmutableList.toImmutableList());
        String reporter = deadline.reportedBy().orElse("(not given)");
        String owedBy =
            owing.isEmpty()
                ? " Owed by "
                    + reporter
                    + ": no centre of this calendar makes this report itself"
                    + " (none is of that kind, or its kind is not given)."
                : " Owed by this calendar's centre(s) " + shortList(owing) + ".";
        String summary =
            purposeTh(deadline.purpose())
                + ": "
                + deadline
                    .reportedBy()
                    .map(CalendarCommand::bodyTh)
                    .map(b -> b + " รายงานต่อ ")
                    .orElse("รายงานต่อ ")
                + bodyTh(deadline.reportedTo())
                + " รอบปีงบประมาณ พ.ศ. "
                + round.getValue();
        add(
            events,
            horizon,
            "deadline-"
                + round.getValue()
                + "-"
                + deadline.setBy()
                + "-"
                + deadline.purpose()
                + "-"
                + due.toLocalDate(),
            0,
            false,
            due,
            summary,
            "Round "
                + round.getValue()
                + ": "
                + deadline.task()
                + ". Reported by "
                + reporter
                + " to "
                + deadline.reportedTo()
                + " (deadline set by "
                + deadline.setBy()
                + "), due "
                + ThaiTime.atBangkok(deadline.due())
                + "."
                + owedBy
                + " A report about applying: it never closes the window.\nSource: "
                + deadline.source(),
            "REPORTING_DEADLINE",
            ImmutableMap.of(
                "ROUND",
                String.valueOf(round.getValue()),
                "REPORTS-TO",
                deadline.reportedTo(),
                "REPORTED-BY",
                reporter,
                "SET-BY",
                deadline.setBy(),
                "PURPOSE",
                deadline.purpose().name()));
      }
    }
  }

  private static void reports(
      CentreLifecycle lifecycle,
      LocalDate asOf,
      DateRange horizon,
      List<ICalendarText.Event> events) {
    String id = lifecycle.centre().id();
    for (ObligationState state : lifecycle.fallingDue(asOf, horizon)) {
      int year = state.period().fiscalYear().getValue();
      PeriodKind kind = state.period().kind();
      ReportStatus status = state.status();
      boolean met = status == ReportStatus.ON_TIME || status == ReportStatus.LATE;
      DateRange period = state.obligation().range();
      String description =
          "Centre "
              + id
              + " owes OPM its maintenance report (citizen satisfaction"
              + " results and a Self Checklist) for period "
              + kind
              + " ("
              + (kind == PeriodKind.H1 ? "the half year " : "the fiscal year ")
              + period.startInclusive()
              + " – "
              + period.endInclusive()
              + ") of fiscal year "
              + year
              + ", due "
              + state.obligation().due()
              + "; the due day is the report policy's (a"
              + " default, not a fact). As of "
              + asOf
              + ": "
              + status
              + ". "
              + statusText(state, asOf)
              + "\nSource: "
              + REPORTS_SOURCE;
      ImmutableMap.Builder<String, String> facts =
          ImmutableMap.<String, String>builder()
              .put("CENTRE", id)
              .put("FISCAL-YEAR", String.valueOf(year))
              .put("PERIOD", kind.name())
              .put("STATUS", status.name())
              .put("AS-OF", asOf.toString());
      state.report().ifPresent(report -> facts.put("SENT-ON", report.submittedOn().toString()));
      add(
          events,
          horizon,
          "report-due-" + uidPart(id) + "-" + year + "-" + kind,
          met ? 1 : 0,
          met,
          state.obligation().due(),
          "ส่งรายงานการรักษามาตรฐานศูนย์ราชการสะดวก "
              + (kind == PeriodKind.H1 ? "รอบ 6 เดือน" : "รอบ 12 เดือน")
              + " ปีงบประมาณ พ.ศ. "
              + year
              + ": "
              + id,
          description,
          "REPORT_DUE",
          facts.build());
    }
  }

  /** What the status of an obligation as of a day means for the centre, in plain words. */
  private static String statusText(ObligationState state, LocalDate asOf) {
    switch (state.status()) {
      case ON_TIME:
      case LATE:
        return "Sent on "
            + state.report().orElseThrow().submittedOn()
            + " ("
            + state.status()
            + "): nothing is owed any more.";
      case INCOMPLETE:
        MaintenanceReport report = state.report().orElseThrow();
        return "The report sent on "
            + report.submittedOn()
            + " lacks "
            + report.missingParts()
            + ": it does not meet the obligation (RULES.md §6, 6.7).";
      case MISSING:
        return "No report known by "
            + asOf
            + ", past the due day; a report sent later is still"
            + " recorded, as LATE (RULES.md §6, 6.9).";
      default:
        return "No report known by " + asOf + "; the due day has not passed.";
    }
  }

  private static void lapses(
      CentreLifecycle lifecycle,
      Rounds rounds,
      DateRange horizon,
      List<ICalendarText.Event> events) {
    String id = lifecycle.centre().id();
    for (Certification certification : lifecycle.centre().history().certifications()) {
      DateRange validity = certification.validity(lifecycle.policy().validity());
      int round = certification.round().getValue();
      Optional<Certification> renewal = lifecycle.centre().history().renewalOf(certification);
      String renewed =
          renewal
              .map(
                  r ->
                      " Renewed in round "
                          + r.round().getValue()
                          + " (certified on "
                          + r.certifiedOn()
                          + ").")
              .orElse("");
      add(
          events,
          horizon,
          "valid-until-" + uidPart(id) + "-" + round,
          0,
          false,
          validity.endInclusive(),
          "วันสุดท้ายของการรับรองศูนย์ราชการสะดวก: " + id,
          "Last valid day of centre "
              + id
              + "'s certification of round "
              + round
              + " (certified on "
              + certification.certifiedOn()
              + "; valid "
              + validity.startInclusive()
              + " – "
              + validity.endInclusive()
              + ")."
              + renewed
              + "\nSource: "
              + VALIDITY_SOURCE,
          "VALID_UNTIL",
          ImmutableMap.of("CENTRE", id, "ROUND", String.valueOf(round)));
      Optional<ApplicationWindow> last = rounds.lastWindowWithin(validity);
      if (last.isPresent()) {
        ApplicationWindow window = last.get();
        add(
            events,
            horizon,
            "last-window-" + uidPart(id) + "-" + round,
            renewal.isPresent() ? 1 : 0,
            renewal.isPresent(),
            ICalendarText.bangkok(window.closesAt()),
            "ปิดรับสมัครรอบสุดท้ายก่อนการรับรองสิ้นสุด: " + id,
            "Of the rounds known, the last window in which centre "
                + id
                + " can apply while its certification of round "
                + round
                + " is valid (through "
                + validity.endInclusive()
                + ") closes: round "
                + window.round().getValue()
                + ", "
                + ThaiTime.atBangkok(window.closesAt())
                + "."
                + renewed
                + "\nSource: "
                + window.source()
                + "; RULES.md §4, §5 (DECISION: a window"
                + " that closes after the last valid day cannot keep the centre certified)",
            "LAST_WINDOW",
            ImmutableMap.of(
                "CENTRE",
                id,
                "ROUND",
                String.valueOf(round),
                "WINDOW-ROUND",
                String.valueOf(window.round().getValue())));
      }
    }
  }

  private static void add(
      List<ICalendarText.Event> events,
      DateRange horizon,
      String uid,
      int sequence,
      boolean cancelled,
      LocalDate day,
      String summary,
      String description,
      String category,
      ImmutableMap<String, String> facts) {
    if (horizon.contains(day)) {
      events.add(
          new ICalendarText.Event(
              uid + UID_DOMAIN,
              sequence,
              cancelled,
              Optional.of(day),
              Optional.empty(),
              summary,
              description,
              category,
              facts));
    }
  }

  /**
   * Adds an event at a Bangkok time, or on its day when the time is the start or the last instant
   * of a day (a deadline given in whole days).
   */
  private static void add(
      List<ICalendarText.Event> events,
      DateRange horizon,
      String uid,
      int sequence,
      boolean cancelled,
      LocalDateTime time,
      String summary,
      String description,
      String category,
      ImmutableMap<String, String> facts) {
    LocalTime clock = time.toLocalTime();
    if (clock.equals(LocalTime.MIDNIGHT) || clock.equals(LocalTime.MAX)) {
      add(
          events,
          horizon,
          uid,
          sequence,
          cancelled,
          time.toLocalDate(),
          summary,
          description,
          category,
          facts);
    } else if (horizon.contains(time.toLocalDate())) {
      events.add(
          new ICalendarText.Event(
              uid + UID_DOMAIN,
              sequence,
              cancelled,
              Optional.empty(),
              Optional.of(time.withNano(0)),
              summary,
              description,
              category,
              facts));
    }
  }

  private static String purposeTh(DeadlinePurpose purpose) {
    switch (purpose) {
      case APPLICATION_REPORT:
        return "กำหนดรายงานผลการสมัคร";
      case ACCOUNT_REPORT:
        return "กำหนดรายงานบัญชีผู้ใช้ระบบรับสมัครออนไลน์";
      default:
        return "กำหนดตอบแบบสำรวจ";
    }
  }

  /**
   * The Thai name of a body of a reporting chain, as the core gives it; a body a user's register
   * names without one is "หน่วยงานที่กำหนด" (its name stays in DESCRIPTION and {@code X-GECC-*}).
   */
  private static String bodyTh(String body) {
    return ReportingCascade.thaiNameOf(body).orElse("หน่วยงานที่กำหนด");
  }

  /** A centre id as part of a UID: letters, digits, '.', '_' and '-' kept, others as %XX. */
  static String uidPart(String id) {
    StringBuilder part = new StringBuilder();
    for (byte b : id.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '.'
          || c == '_'
          || c == '-') {
        part.append(c);
      } else {
        part.append('%').append(String.format(java.util.Locale.ROOT, "%02X", b & 0xff));
      }
    }
    return part.toString();
  }

  private static String shortList(List<String> ids) {
    int shown = Math.min(ids.size(), 10);
    String list = String.join(", ", ids.subList(0, shown));
    return ids.size() > shown ? list + " and " + (ids.size() - shown) + " more" : list;
  }
}

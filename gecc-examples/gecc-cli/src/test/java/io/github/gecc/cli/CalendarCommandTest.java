package io.github.gecc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.certification.CentreLifecycle;
import io.github.gecc.certification.Certification;
import io.github.gecc.certification.ObligationState;
import io.github.gecc.certification.Portfolio;
import io.github.gecc.certification.ReportStatus;
import io.github.gecc.examples.SyntheticNation;
import io.github.gecc.json.GeccJson;
import io.github.gecc.time.DateRange;
import io.github.gecc.time.ThaiTime;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code gecc calendar}: every export is read back by ical4j, an independent RFC 5545 parser, and
 * each event is checked against the library's own answer (the {@code certification}, {@code
 * window}, {@code deadlines} commands and the core's {@link Portfolio}); the golden {@code .ics}
 * files under {@code golden/calendar/} hold the exact text of one export of each kind.
 */
class CalendarCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Path GOLDEN = Path.of("src/test/resources/golden/calendar");

  /** A district office certified in round 2564, one report sent, in Sakon Nakhon's chain. */
  static final String YEAR =
      "{\"from\":\"2023-10-01\",\"to\":\"2024-09-30\",\"asOf\":\"2024-05-01\","
          + "\"chain\":[\"DOPA\",\"SAKON_NAKHON\"],\"centre\":{\"id\":\"amphoe-1\","
          + "\"kind\":\"DISTRICT_OFFICE\","
          + "\"certifications\":[{\"round\":2564,\"certifiedOn\":\"2021-09-30\"}],"
          + "\"reports\":[{\"fiscalYear\":2567,\"period\":\"H1\",\"submittedOn\":\"2024-04-20\"}]}}";

  /** A centre certified in round 2565 whose certification lapses in 2025, not renewed. */
  static final String LAPSE =
      "{\"from\":\"2024-10-01\",\"to\":\"2025-09-30\",\"asOf\":\"2024-10-01\",\"alarms\":[30],"
          + "\"centres\":[{\"id\":\"tessaban-2\",\"certifications\":[{\"round\":2565,"
          + "\"certifiedOn\":\"2022-09-28\"}]}],"
          + "\"rounds\":[{\"round\":2568,\"opensAt\":\"2025-01-06T08:30:00+07:00\","
          + "\"closesAt\":\"2025-02-28T16:30:00+07:00\",\"channels\":[\"ONLINE\"],"
          + "\"source\":\"FICTIONAL test data: an invented round 2568 window, not a fact\"}]}";

  /** A centre certified in round 2564 and renewed in round 2567 before its first lapsed. */
  static final String RENEWED =
      "{\"from\":\"2023-10-01\",\"to\":\"2024-09-30\",\"asOf\":\"2024-09-30\",\"alarms\":[],"
          + "\"centre\":{\"id\":\"pattaya\",\"certifications\":[{\"round\":2564,"
          + "\"certifiedOn\":\"2021-09-30\"},{\"round\":2567,\"certifiedOn\":\"2024-08-29\"}],"
          + "\"reports\":[{\"fiscalYear\":2567,\"period\":\"H1\",\"submittedOn\":\"2024-04-10\"}]}}";

  // --- reading back

  /** The events of an export, by UID, as ical4j reads them. */
  static Map<String, VEvent> events(String ics) {
    Calendar calendar;
    try {
      calendar = new CalendarBuilder().build(new StringReader(ics));
    } catch (IOException | ParserException e) {
      throw new AssertionError("ical4j cannot read the export: " + e.getMessage(), e);
    }
    Map<String, VEvent> byUid = new LinkedHashMap<>();
    for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
      VEvent earlier = byUid.put(value(event, Property.UID), event);
      assertThat(earlier).as("UIDs are unique").isNull();
    }
    return byUid;
  }

  static String value(Component component, String property) {
    return component.<Property>getProperty(property).map(Property::getValue).orElse(null);
  }

  /** The day an event starts, for an all-day event; fails for a timed one. */
  static LocalDate day(VEvent event) {
    Temporal start = event.<Temporal>getDateTimeStart().getDate();
    assertThat(start).as(value(event, Property.UID)).isInstanceOf(LocalDate.class);
    return (LocalDate) start;
  }

  /** The instant a timed event starts; fails for an all-day one. */
  static Instant instant(VEvent event) {
    Temporal start = event.<Temporal>getDateTimeStart().getDate();
    if (start instanceof ZonedDateTime) {
      return ((ZonedDateTime) start).toInstant();
    }
    assertThat(start).as(value(event, Property.UID)).isInstanceOf(OffsetDateTime.class);
    return ((OffsetDateTime) start).toInstant();
  }

  /** The days before the event of a TRIGGER such as -P3D, or -P2W as ical4j writes 14 days. */
  static int daysBefore(String trigger) {
    java.util.regex.Matcher matcher =
        java.util.regex.Pattern.compile("-P(\\d+)([DW])").matcher(trigger);
    assertThat(matcher.matches()).as(trigger).isTrue();
    return Integer.parseInt(matcher.group(1)) * (matcher.group(2).equals("W") ? 7 : 1);
  }

  static String export(String request) {
    CliRunner.Result result = CliRunner.run("calendar", request);
    assertThat(result.status()).as(result.stderr()).isZero();
    assertThat(result.stderr()).isEmpty();
    return result.stdout();
  }

  // --- each event against the library's own answer

  @Test
  void aCentresYearHoldsItsReportsValidityWindowAndChainDeadlinesAsTheLibraryAnswers() {
    Map<String, VEvent> events = events(export(YEAR));
    JsonNode certification =
        CliRunner.run(
                "certification",
                "{\"round\":2564,\"certifiedOn\":\"2021-09-30\",\"asOf\":\"2024-05-01\",\"reports\":"
                    + "[{\"fiscalYear\":2567,\"period\":\"H1\",\"submittedOn\":\"2024-04-20\"}]}")
            .json();
    DateRange horizon = DateRange.ofClosed(LocalDate.of(2023, 10, 1), LocalDate.of(2024, 9, 30));
    int reports = 0;
    for (JsonNode obligation : certification.path("obligations")) {
      LocalDate due = LocalDate.parse(obligation.path("due").asText());
      String uid =
          "report-due-amphoe-1-"
              + obligation.path("fiscalYear").asInt()
              + "-"
              + obligation.path("period").asText()
              + "@gecc.github.io";
      if (horizon.contains(due)) {
        VEvent event = events.get(uid);
        assertThat(event).as(uid).isNotNull();
        assertThat(day(event)).isEqualTo(due);
        boolean sent =
            obligation.path("status").asText().equals("ON_TIME")
                || obligation.path("status").asText().equals("LATE");
        assertThat(value(event, Property.STATUS)).isEqualTo(sent ? "CANCELLED" : "CONFIRMED");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo(sent ? "1" : "0");
        reports++;
      } else {
        assertThat(events).doesNotContainKey(uid);
      }
    }
    assertThat(reports).isEqualTo(2);
    assertThat(day(events.get("valid-until-amphoe-1-2564@gecc.github.io")))
        .isEqualTo(LocalDate.parse(certification.path("validUntil").asText()));

    JsonNode window = CliRunner.run("window", "{\"round\":2567}").json();
    assertThat(instant(events.get("window-opens-2567@gecc.github.io")))
        .isEqualTo(OffsetDateTime.parse(window.path("opensAt").asText()).toInstant());
    assertThat(instant(events.get("window-closes-2567@gecc.github.io")))
        .isEqualTo(OffsetDateTime.parse(window.path("closesAt").asText()).toInstant());
    // The last window before the 2564 certification lapses on 2024-09-29 is round 2567's.
    assertThat(instant(events.get("last-window-amphoe-1-2564@gecc.github.io")))
        .isEqualTo(OffsetDateTime.parse(window.path("closesAt").asText()).toInstant());

    JsonNode deadlines =
        CliRunner.run(
                "deadlines",
                "{\"round\":2567,\"organisation\":{\"kind\":\"DISTRICT_OFFICE\"},"
                    + "\"chain\":[\"DOPA\",\"SAKON_NAKHON\"]}")
            .json();
    int reportsDown = 0;
    for (JsonNode deadline : deadlines.path("deadlines")) {
      if (!deadline.path("kind").asText().equals("REPORT")) {
        continue;
      }
      Instant due = OffsetDateTime.parse(deadline.path("due").asText()).toInstant();
      LocalDate dueDay = LocalDate.ofInstant(due, ThaiTime.ZONE);
      VEvent event =
          events.get(
              "deadline-2567-"
                  + deadline.path("setBy").asText()
                  + "-"
                  + deadline.path("purpose").asText()
                  + "-"
                  + dueDay
                  + "@gecc.github.io");
      assertThat(event).as(deadline.toString()).isNotNull();
      if (due.equals(ThaiTime.endOfDay(dueDay))) {
        assertThat(day(event)).isEqualTo(dueDay);
      } else {
        assertThat(instant(event)).isEqualTo(due);
      }
      assertThat(value(event, Property.DESCRIPTION)).contains(deadline.path("source").asText());
      assertThat(value(event, "X-GECC-REPORTED-BY"))
          .isEqualTo(deadline.path("reportedBy").asText());
      assertThat(value(event, "X-GECC-REPORTS-TO")).isEqualTo(deadline.path("reportsTo").asText());
      assertThat(value(event, Property.DESCRIPTION))
          .contains(
              deadline.path("owedBy").asText().equals("SELF")
                  ? "Owed by this calendar's centre(s) amphoe-1."
                  : "Owed by "
                      + deadline.path("reportedBy").asText()
                      + ": no centre of this calendar");
      reportsDown++;
    }
    assertThat(reportsDown).isEqualTo(3);
    assertThat(events).hasSize(2 + 1 + 2 + 1 + 3);
  }

  @Test
  void everyReportEventCarriesTheStatusThatCertificationGivesAsOfTheSameDay() {
    // An incomplete report, a report known only after asOf, a missing one and one on time.
    String reports =
        "[{\"fiscalYear\":2566,\"period\":\"H1\",\"submittedOn\":\"2023-04-10\","
            + "\"parts\":[\"SELF_CHECKLIST\"]},"
            + "{\"fiscalYear\":2566,\"period\":\"FY\",\"submittedOn\":\"2023-11-20\"},"
            + "{\"fiscalYear\":2567,\"period\":\"H1\",\"submittedOn\":\"2024-04-20\"}]";
    for (String asOf : List.of("2023-11-01", "2024-05-01", "2024-10-31")) {
      Map<String, VEvent> events =
          events(
              export(
                  "{\"from\":\"2022-10-01\",\"to\":\"2024-12-31\","
                      + "\"asOf\":\""
                      + asOf
                      + "\",\"centre\":{\"id\":\"c\",\"kind\":\"DISTRICT_OFFICE\","
                      + "\"certifications\":[{\"round\":2565,\"certifiedOn\":\"2022-09-28\"}],\"reports\":"
                      + reports
                      + "}}"));
      JsonNode certification =
          CliRunner.run(
                  "certification",
                  "{\"round\":2565,\"certifiedOn\":"
                      + "\"2022-09-28\",\"asOf\":\""
                      + asOf
                      + "\",\"reports\":"
                      + reports
                      + "}")
              .json();
      int seen = 0;
      for (JsonNode obligation : certification.path("obligations")) {
        VEvent event =
            events.get(
                "report-due-c-"
                    + obligation.path("fiscalYear").asInt()
                    + "-"
                    + obligation.path("period").asText()
                    + "@gecc.github.io");
        if (event == null) {
          continue;
        }
        String status = obligation.path("status").asText();
        assertThat(day(event)).isEqualTo(LocalDate.parse(obligation.path("due").asText()));
        assertThat(value(event, "X-GECC-STATUS")).as(asOf + " " + obligation).isEqualTo(status);
        boolean met = status.equals("ON_TIME") || status.equals("LATE");
        assertThat(value(event, Property.STATUS)).isEqualTo(met ? "CANCELLED" : "CONFIRMED");
        seen++;
      }
      assertThat(seen).isEqualTo(4);
    }
    Map<String, VEvent> early =
        events(
            export(
                "{\"from\":\"2022-10-01\",\"to\":\"2024-12-31\","
                    + "\"asOf\":\"2023-11-01\",\"centre\":{\"id\":\"c\",\"certifications\":[{\"round\":2565,"
                    + "\"certifiedOn\":\"2022-09-28\"}],\"reports\":"
                    + reports
                    + "}}"));
    assertThat(value(early.get("report-due-c-2566-H1@gecc.github.io"), "X-GECC-STATUS"))
        .isEqualTo("INCOMPLETE");
    assertThat(value(early.get("report-due-c-2566-H1@gecc.github.io"), Property.DESCRIPTION))
        .contains("lacks [SATISFACTION_RESULTS]");
    // The FY 2566 report sent late on 2023-11-20 is not known on 2023-11-01: still owed, past due.
    assertThat(value(early.get("report-due-c-2566-FY@gecc.github.io"), "X-GECC-STATUS"))
        .isEqualTo("MISSING");
    assertThat(value(early.get("report-due-c-2566-FY@gecc.github.io"), Property.STATUS))
        .isEqualTo("CONFIRMED");
  }

  @Test
  void aWindowIsShownOnlyForARoundSomeCentreMayOrMustApplyIn() {
    String centre = "\"centre\":{\"id\":\"k\",\"kind\":\"%s\",\"certifications\":[]}";
    String horizon = "{\"from\":\"2016-10-01\",\"to\":\"2017-09-30\",\"asOf\":\"2017-01-01\",";
    // Round 2560 admits city and town municipalities and Pattaya City among local kinds (§2).
    assertThat(events(export(horizon + String.format(centre, "SUBDISTRICT_MUNICIPALITY") + "}")))
        .doesNotContainKey("window-closes-2560@gecc.github.io");
    assertThat(events(export(horizon + String.format(centre, "TOWN_MUNICIPALITY") + "}")))
        .containsKey("window-closes-2560@gecc.github.io");
    assertThat(events(export(horizon + "\"centre\":{\"id\":\"k\",\"certifications\":[]}}")))
        .containsKey("window-closes-2560@gecc.github.io");
    // DOPA's round-2567 directive reaches the district office of YEAR, not certified in 2565 or
    // 2566.
    VEvent opens = events(export(YEAR)).get("window-opens-2567@gecc.github.io");
    assertThat(value(opens, "X-GECC-MUST-APPLY")).isEqualTo("1");
    assertThat(value(opens, Property.SUMMARY)).contains("มีศูนย์ที่ต้องสมัคร 1 แห่ง");
    assertThat(value(opens, Property.DESCRIPTION))
        .contains("1 must apply under the round's directive");
  }

  @Test
  void summariesCarryNoChainCodeButTheThaiNamesOfWhoReportsToWhom() {
    for (VEvent event : events(export(YEAR)).values()) {
      String summary = value(event, Property.SUMMARY);
      assertThat(summary).as(summary).doesNotContainPattern("[A-Z]{2,}");
    }
    VEvent own =
        events(export(YEAR))
            .get("deadline-2567-SAKON_NAKHON-APPLICATION_REPORT-2024-02-27@gecc.github.io");
    assertThat(value(own, Property.SUMMARY))
        .contains("ที่ทำการปกครองอำเภอ รายงานต่อ จังหวัดสกลนคร");
  }

  @Test
  void theLettersTimesAreBangkokWallClockTimesAndDaysAreAllDay() {
    String ics = export(YEAR);
    assertThat(ics).contains("DTSTART;TZID=Asia/Bangkok:20240108T083000\r\n");
    assertThat(ics).contains("DTSTART;TZID=Asia/Bangkok:20240229T163000\r\n");
    assertThat(ics).contains("DTSTART;TZID=Asia/Bangkok:20240228T120000\r\n");
    assertThat(ics).contains("DTSTART;VALUE=DATE:20240119\r\n");
    assertThat(ics).contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Bangkok\r\n");
  }

  @Test
  void everySummaryIsThaiAndEveryDescriptionCitesItsSource() {
    for (VEvent event : events(export(YEAR)).values()) {
      assertThat(value(event, Property.SUMMARY))
          .as(value(event, Property.UID))
          .containsPattern("[\\u0E00-\\u0E7F]");
      assertThat(value(event, Property.DESCRIPTION))
          .as(value(event, Property.UID))
          .contains("Source: ");
    }
  }

  @Test
  void remindersFireFourteenAndThreeDaysBeforeUnlessTheRequestSaysOtherwise() {
    VEvent owed = events(export(YEAR)).get("report-due-amphoe-1-2566-FY@gecc.github.io");
    assertThat(owed.getAlarms().stream().map(a -> daysBefore(value(a, Property.TRIGGER))))
        .containsExactly(14, 3);
    VEvent lapse = events(export(LAPSE)).get("valid-until-tessaban-2-2565@gecc.github.io");
    assertThat(lapse.getAlarms().stream().map(a -> daysBefore(value(a, Property.TRIGGER))))
        .containsExactly(30);
    assertThat(events(export(RENEWED)).values())
        .allSatisfy(e -> assertThat(e.getAlarms()).isEmpty());
  }

  @Test
  void aSentReportIsCancelledAndCarriesNoReminder() {
    VEvent sent = events(export(YEAR)).get("report-due-amphoe-1-2567-H1@gecc.github.io");
    assertThat(value(sent, Property.STATUS)).isEqualTo("CANCELLED");
    assertThat(value(sent, Property.SEQUENCE)).isEqualTo("1");
    assertThat(value(sent, Property.DESCRIPTION)).contains("Sent on 2024-04-20");
    assertThat(sent.getAlarms()).isEmpty();
  }

  @Test
  void theLastWindowOfARenewedCertificationIsCancelled() {
    Map<String, VEvent> events = events(export(RENEWED));
    VEvent last = events.get("last-window-pattaya-2564@gecc.github.io");
    assertThat(last).isNotNull();
    assertThat(value(last, Property.STATUS)).isEqualTo("CANCELLED");
    assertThat(value(last, Property.SEQUENCE)).isEqualTo("1");
    assertThat(value(last, Property.DESCRIPTION)).contains("Renewed in round 2567");
    assertThat(day(events.get("valid-until-pattaya-2564@gecc.github.io")))
        .isEqualTo(LocalDate.of(2024, 9, 29));
    // No known window closes inside the renewal's validity, so it has no last window yet.
    assertThat(events).doesNotContainKey("last-window-pattaya-2567@gecc.github.io");
  }

  @Test
  void aLapseWithoutRenewalNamesTheLastWindowToApplyBeforeIt() {
    Map<String, VEvent> events = events(export(LAPSE));
    assertThat(day(events.get("valid-until-tessaban-2-2565@gecc.github.io")))
        .isEqualTo(LocalDate.of(2025, 9, 27));
    VEvent last = events.get("last-window-tessaban-2-2565@gecc.github.io");
    assertThat(instant(last)).isEqualTo(Instant.parse("2025-02-28T09:30:00Z"));
    assertThat(value(last, Property.STATUS)).isEqualTo("CONFIRMED");
  }

  @Test
  void aFiscalYearIsTheSameHorizonAsItsFirstAndLastDays() {
    String fiscalYear =
        YEAR.replace("\"from\":\"2023-10-01\",\"to\":\"2024-09-30\"", "\"fiscalYear\":2567");
    assertThat(fiscalYear).isNotEqualTo(YEAR);
    assertThat(export(fiscalYear)).isEqualTo(export(YEAR));
  }

  @Test
  void aRoundKeepsOnlyThatRoundsWindowAndDeadlinesAndEveryCentreEvent() {
    String register =
        ",\"rounds\":[{\"round\":2568,\"opensAt\":\"2025-01-06T08:30:00+07:00\","
            + "\"closesAt\":\"2025-02-28T16:30:00+07:00\",\"channels\":[\"ONLINE\"],\"source\":"
            + "\"FICTIONAL test data: an invented round 2568 window, not a fact\"}]}";
    String both =
        YEAR.substring(0, YEAR.length() - 1).replace("2024-09-30", "2025-09-30") + register;
    Map<String, VEvent> all = events(export(both));
    Map<String, VEvent> only =
        events(export(both.replace("{\"from\"", "{\"round\":2567,\"from\"")));
    assertThat(all).containsKey("window-opens-2568@gecc.github.io");
    assertThat(only)
        .doesNotContainKey("window-opens-2568@gecc.github.io")
        .containsKey("window-opens-2567@gecc.github.io")
        .containsKey("report-due-amphoe-1-2566-FY@gecc.github.io");
    assertThat(all.keySet()).containsAll(only.keySet());
  }

  @Test
  void everyCentresEventNamesItsCentreAndPeriodForPrograms() {
    VEvent report = events(export(YEAR)).get("report-due-amphoe-1-2567-H1@gecc.github.io");
    assertThat(value(report, "X-GECC-CENTRE")).isEqualTo("amphoe-1");
    assertThat(value(report, "X-GECC-FISCAL-YEAR")).isEqualTo("2567");
    assertThat(value(report, "X-GECC-PERIOD")).isEqualTo("H1");
    assertThat(value(report, "X-GECC-SENT-ON")).isEqualTo("2024-04-20");
  }

  // --- golden .ics, one per kind of export

  @ParameterizedTest
  @ValueSource(strings = {"year", "lapse", "renewed"})
  void anExportIsExactlyItsGoldenFile(String name) throws IOException {
    String request = name.equals("year") ? YEAR : name.equals("lapse") ? LAPSE : RENEWED;
    String golden = Files.readString(GOLDEN.resolve(name + ".ics"), StandardCharsets.UTF_8);
    assertThat(export(request)).isEqualTo(golden);
  }

  @Test
  void everyPhysicalLineIsAtMostSeventyFiveOctetsAndEndsInCrLf() {
    String ics = export(YEAR);
    assertThat(ics).endsWith("END:VCALENDAR\r\n");
    for (String line : ics.split("\r\n", -1)) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
      assertThat(line).doesNotContain("\n").doesNotContain("\r");
    }
  }

  // --- transports

  @Test
  void batchCarriesTheCalendarAsTheJsonStringOutput() {
    ObjectNode line = MAPPER.createObjectNode().put("id", "c").put("command", "calendar");
    line.set("input", readTree(YEAR));
    BatchCommandTest.Batch batch = BatchCommandTest.batch(line + "\n");
    assertThat(batch.status()).isZero();
    assertThat(batch.lines().get(0).path("output").isTextual()).isTrue();
    assertThat(batch.lines().get(0).path("output").textValue()).isEqualTo(export(YEAR));
  }

  // --- a national portfolio

  @Test
  void aNationalPortfolioExportsEveryObligationOfAFiscalYearAndAReExportChangesOnlyTheSentReport() {
    SyntheticNation nation = SyntheticNation.generate(1343, 2567L);
    ObjectMapper gecc = GeccJson.mapper();
    ObjectNode request = (ObjectNode) readTree(write(gecc, nation.toJson(gecc)));
    request.remove("round");
    request.put("from", "2025-10-01").put("to", "2026-09-30").put("asOf", "2026-01-15");
    Map<String, VEvent> first =
        events(
            export(request, Clock.fixed(Instant.parse("2026-01-15T01:00:00Z"), ZoneId.of("UTC"))));

    // Every obligation the core sees in the fiscal year is one event, on its due day.
    Portfolio portfolio = nation.portfolio();
    DateRange year = DateRange.ofClosed(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 9, 30));
    int expected = 0;
    ObligationState missing = null;
    String missingCentre = null;
    for (CentreLifecycle lifecycle :
        portfolio.centres().stream().map(c -> portfolio.lifecycle(c.id()).orElseThrow()).toList()) {
      for (ObligationState state : lifecycle.fallingDue(SyntheticNation.AS_OF, year)) {
        VEvent event =
            first.get(
                "report-due-"
                    + lifecycle.centre().id()
                    + "-"
                    + state.period().fiscalYear().getValue()
                    + "-"
                    + state.period().kind()
                    + "@gecc.github.io");
        assertThat(event).as(lifecycle.centre().id() + " " + state.period()).isNotNull();
        assertThat(day(event)).isEqualTo(state.obligation().due());
        if (missing == null && state.status() == ReportStatus.MISSING) {
          missing = state;
          missingCentre = lifecycle.centre().id();
        }
        expected++;
      }
      for (Certification certification : lifecycle.centre().history().certifications()) {
        LocalDate until = certification.validity(lifecycle.policy().validity()).endInclusive();
        if (year.contains(until)) {
          assertThat(
                  day(
                      first.get(
                          "valid-until-"
                              + lifecycle.centre().id()
                              + "-"
                              + certification.round().getValue()
                              + "@gecc.github.io")))
              .isEqualTo(until);
          expected++;
        }
      }
    }
    long lastWindows =
        first.keySet().stream().filter(uid -> uid.startsWith("last-window-")).count();
    long windows = first.keySet().stream().filter(uid -> uid.startsWith("window-")).count();
    assertThat(first).hasSize((int) (expected + lastWindows + windows));
    assertThat(expected).isGreaterThan(1343);
    assertThat(missing).isNotNull();

    // One report of a missing obligation is sent; the next export, later, changes that event only.
    for (JsonNode centre : request.path("centres")) {
      if (centre.path("id").asText().equals(missingCentre)) {
        ((ArrayNode) centre.path("reports"))
            .addObject()
            .put("fiscalYear", missing.period().fiscalYear().getValue())
            .put("period", missing.period().kind().name())
            .put("submittedOn", "2026-01-10");
      }
    }
    Map<String, VEvent> second =
        events(
            export(request, Clock.fixed(Instant.parse("2026-01-16T01:00:00Z"), ZoneId.of("UTC"))));
    String changedUid =
        "report-due-"
            + missingCentre
            + "-"
            + missing.period().fiscalYear().getValue()
            + "-"
            + missing.period().kind()
            + "@gecc.github.io";
    assertThat(second.keySet()).isEqualTo(first.keySet());
    List<String> changed = new ArrayList<>();
    for (String uid : first.keySet()) {
      if (!withoutStamp(first.get(uid)).equals(withoutStamp(second.get(uid)))) {
        changed.add(uid);
      }
    }
    assertThat(changed).containsExactly(changedUid);
    VEvent cancelled = second.get(changedUid);
    assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
    assertThat(Integer.parseInt(value(cancelled, Property.SEQUENCE)))
        .isGreaterThan(Integer.parseInt(value(first.get(changedUid), Property.SEQUENCE)));
    assertThat(value(cancelled, Property.DTSTAMP)).isEqualTo("20260116T010000Z");
  }

  /** An event's text without its DTSTAMP, the one property taken from the clock. */
  static String withoutStamp(VEvent event) {
    return event
        .toString()
        .lines()
        .filter(l -> !l.startsWith("DTSTAMP"))
        .collect(Collectors.joining("\n"));
  }

  private static String export(JsonNode request, Clock clock) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int status =
        Main.run(
            new String[] {"calendar"},
            new java.io.ByteArrayInputStream(request.toString().getBytes(StandardCharsets.UTF_8)),
            new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
            new java.io.PrintStream(err, true, StandardCharsets.UTF_8),
            clock);
    assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String write(ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode readTree(String json) {
    try {
      return Objects.requireNonNull(MAPPER.readTree(json));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

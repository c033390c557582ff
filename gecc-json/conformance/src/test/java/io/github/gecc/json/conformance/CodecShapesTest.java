package io.github.gecc.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gecc.application.Application;
import io.github.gecc.application.ApplicationWindow;
import io.github.gecc.application.CheckResult;
import io.github.gecc.application.Organisation;
import io.github.gecc.application.RoundDefinition;
import io.github.gecc.application.Violation;
import io.github.gecc.certification.Centre;
import io.github.gecc.certification.Certification;
import io.github.gecc.certification.LifecyclePolicy;
import io.github.gecc.certification.MaintenanceReport;
import io.github.gecc.certification.Portfolio;
import io.github.gecc.rules.Assessment;
import io.github.gecc.rules.Criterion;
import io.github.gecc.rules.Level;
import io.github.gecc.rules.Requirement;
import io.github.gecc.rules.Rulebook;
import io.github.gecc.rules.SelfAssessmentResult;
import io.github.gecc.time.FiscalYear;
import io.github.gecc.time.ThaiDateRange;
import io.github.gecc.time.ThaiDateTime;
import io.github.gecc.time.ThaiDigits;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The written shape of every type: what a document reads to, every line writes exactly so (numbers
 * in their shortest form, times HH:mm, instants in Thai time with +07:00, absent optional fields
 * left out), and what is written reads back to the same value.
 */
class CodecShapesTest {

  /** A document and the document every line writes for the value it reads to. */
  record Written(String name, Class<?> type, String json, String written) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Written same(String name, Class<?> type, String json) {
    return new Written(name, type, json, json);
  }

  static final String RULEBOOK_WRITTEN =
      "{\"id\":\"OWN-1\",\"firstRound\":2567,"
          + "\"selfAssessmentGate\":0,\"notReachedOutcome\":\"NOT_CERTIFIED\",\"criteria\":[{\"id\":"
          + "\"X1\",\"level\":\"BASIC\",\"points\":2},{\"id\":\"X2\",\"level\":\"BASIC\",\"points\":3}],"
          + "\"outcomes\":[{\"name\":\"PASSED\",\"requirements\":[{\"kind\":\"AT_LEAST_POINTS\","
          + "\"minimum\":3}]}],\"applicationRequirements\":[]}";

  static final String REPORT =
      "{\"fiscalYear\":2561,\"period\":\"H1\",\"submittedOn\":"
          + "\"2018-04-20\",\"satisfaction\":{\"respondents\":10,\"score\":87.5},\"checklist\":"
          + "{\"M02\":false,\"M01\":true}}";

  /** The outcome and rulebook of round 2560, which a certification without them has. */
  static final String DEFAULTS = "\"outcome\":\"CERTIFIED\",\"rulebook\":\"GECC-2560\"";

  static final String ROUND =
      "{\"round\":2567,\"opensAt\":\"2024-01-08T08:30:00+07:00\","
          + "\"closesAt\":\"2024-02-29T16:30:00+07:00\",\"channels\":[\"ONLINE\"],\"documents\":[],"
          + "\"source\":\"circular\",\"deadlines\":[]}";

  static List<Written> written() {
    return List.of(
        same("a fiscal year", FiscalYear.class, "2567"),
        same(
            "a date-time with its time",
            ThaiDateTime.class,
            "{\"date\":\"2024-02-29\",\"time\":\"08:05\"}"),
        same("a whole day", ThaiDateTime.class, "{\"date\":\"2024-02-29\"}"),
        new Written(
            "a date-time, fields in any order",
            ThaiDateTime.class,
            "{\"time\":\"16:30\",\"date\":\"2024-02-29\"}",
            "{\"date\":\"2024-02-29\",\"time\":\"16:30\"}"),
        same(
            "a range",
            ThaiDateRange.class,
            "{\"start\":{\"date\":\"2024-01-08\",\"time\":"
                + "\"08:30\"},\"end\":{\"date\":\"2024-02-29\",\"time\":\"16:30\"}}"),
        same(
            "a range of whole days",
            ThaiDateRange.class,
            "{\"start\":{\"date\":\"2024-01-08\"},\"end\":{\"date\":\"2024-01-08\"}}"),
        same("a digit style", ThaiDigits.class, "\"THAI\""),
        same("a level", Level.class, "\"ADVANCED\""),
        same("a criterion", Criterion.class, "{\"id\":\"B01\",\"level\":\"BASIC\",\"points\":1}"),
        same(
            "a criterion with its group and titles",
            Criterion.class,
            "{\"id\":\"A07\",\"level\":\"ADVANCED\",\"points\":2,\"group\":\"QUALITY\","
                + "\"titleThai\":\"มีระบบ\",\"titleEnglish\":\"A system\"}"),
        new Written(
            "a criterion with a title in one language",
            Criterion.class,
            "{\"titleEnglish\":\"A system\",\"points\":2,\"level\":\"ADVANCED\",\"id\":\"A07\"}",
            "{\"id\":\"A07\",\"level\":\"ADVANCED\",\"points\":2,\"titleEnglish\":\"A system\"}"),
        same(
            "all of a level", Requirement.class, "{\"kind\":\"ALL_OF_LEVEL\",\"level\":\"BASIC\"}"),
        same(
            "a count of a level",
            Requirement.class,
            "{\"kind\":\"AT_LEAST_COUNT\",\"level\":\"ADVANCED\",\"minimum\":10}"),
        same("points", Requirement.class, "{\"kind\":\"AT_LEAST_POINTS\",\"minimum\":5}"),
        new Written(
            "a rulebook, its defaults written",
            Rulebook.class,
            CodecRulesTest.OWN,
            RULEBOOK_WRITTEN),
        same(
            "a rulebook with every field",
            Rulebook.class,
            RULEBOOK_WRITTEN
                .replace("NOT_CERTIFIED", "NONE")
                .replace(
                    "\"applicationRequirements\":[]",
                    "\"source\":\"circular\",\"applicationRequirements\":[{\"kind\":\"ALL_OF_LEVEL\","
                        + "\"level\":\"BASIC\"},{\"kind\":\"AT_LEAST_POINTS\",\"minimum\":2}]")),
        new Written(
            "an assessment of a registered rulebook, in the rulebook's order",
            Assessment.class,
            "{\"rulebook\":\"GECC-2560\",\"kind\":\"SELF_ASSESSMENT\",\"answers\":"
                + "[{\"criterion\":\"B02\",\"met\":false},{\"criterion\":\"B01\",\"met\":true}]}",
            "{\"rulebook\":\"GECC-2560\",\"kind\":\"SELF_ASSESSMENT\",\"answers\":"
                + "[{\"criterion\":\"B01\",\"met\":true},{\"criterion\":\"B02\",\"met\":false}]}"),
        new Written(
            "an assessment of an inline rulebook, met ids as answers",
            Assessment.class,
            CodecRulesTest.ownAssessment(),
            "{\"rulebook\":"
                + RULEBOOK_WRITTEN
                + ",\"kind\":"
                + "\"COMMITTEE\",\"answers\":[{\"criterion\":\"X1\",\"met\":false},"
                + "{\"criterion\":\"X2\",\"met\":true}]}"),
        new Written(
            "an assessment of a registered rulebook given whole",
            Assessment.class,
            "{\"rulebook\":"
                + JsonSamples.all().stream()
                    .filter(s -> s.type() == Rulebook.class)
                    .findFirst()
                    .orElseThrow()
                    .json()
                + ",\"kind\":\"COMMITTEE\",\"answers\":["
                + "{\"criterion\":\"B01\",\"met\":true}]}",
            "{\"rulebook\":\"GECC-2560\",\"kind\":\"COMMITTEE\",\"answers\":["
                + "{\"criterion\":\"B01\",\"met\":true}]}"),
        same(
            "a certification",
            Certification.class,
            "{\"centre\":\"bkk-01\",\"round\":2560,"
                + "\"certifiedOn\":\"2017-09-21\",\"outcome\":\"CERTIFIED\",\"rulebook\":\"GECC-2560\"}"),
        new Written(
            "a certification, its round's outcome and rulebook written",
            Certification.class,
            "{\"centre\":\"bkk-01\",\"round\":2560,\"certifiedOn\":\"2017-09-21\"}",
            "{\"centre\":\"bkk-01\",\"round\":2560,\"certifiedOn\":\"2017-09-21\","
                + DEFAULTS
                + "}"),
        same(
            "a certification of another outcome and rulebook",
            Certification.class,
            "{\"centre\":\"bkk-01\",\"round\":2567,\"certifiedOn\":\"2024-09-21\","
                + "\"outcome\":\"PASSED\",\"rulebook\":\"OWN-1\"}"),
        same("a report, its checklist in order", MaintenanceReport.class, REPORT),
        new Written(
            "a report with a whole score",
            MaintenanceReport.class,
            REPORT.replace("87.5", "87"),
            REPORT.replace("87.5", "87.0")),
        new Written(
            "a report with a score in exponent form",
            MaintenanceReport.class,
            REPORT.replace("87.5", "8.75e1"),
            REPORT),
        new Written(
            "a report with a score of more than 16 characters, exact",
            MaintenanceReport.class,
            REPORT.replace("87.5", "87.50000000000000"),
            REPORT),
        new Written(
            "a report with a score of 16 characters",
            MaintenanceReport.class,
            REPORT.replace("87.5", "87.1234567890123"),
            REPORT.replace("87.5", "87.1234567890123")),
        new Written(
            "a report without satisfaction or checklist",
            MaintenanceReport.class,
            "{\"fiscalYear\":2561,\"period\":\"FY\",\"submittedOn\":\"2018-10-20\"}",
            "{\"fiscalYear\":2561,\"period\":\"FY\",\"submittedOn\":\"2018-10-20\",\"checklist\":{}}"),
        new Written(
            "a report with a null satisfaction",
            MaintenanceReport.class,
            "{\"fiscalYear\":2561,\"period\":\"FY\",\"submittedOn\":\"2018-10-20\","
                + "\"satisfaction\":null}",
            "{\"fiscalYear\":2561,\"period\":\"FY\",\"submittedOn\":\"2018-10-20\",\"checklist\":{}}"),
        new Written(
            "an empty policy, the defaults",
            LifecyclePolicy.class,
            "{}",
            "{\"validity\":\"YEARS_FROM_DATE\",\"dueDays\":"
                + io.github.gecc.certification.ReportPolicy.defaults().dueAfterDays()
                + "}"),
        new Written(
            "a policy with a whole threshold",
            LifecyclePolicy.class,
            "{\"validity\":\"FISCAL_YEARS\",\"dueDays\":60,\"satisfactionThreshold\":80}",
            "{\"validity\":\"FISCAL_YEARS\",\"dueDays\":60,\"satisfactionThreshold\":80.0}"),
        same(
            "a policy due at once",
            LifecyclePolicy.class,
            "{\"validity\":\"YEARS_FROM_DATE\",\"dueDays\":0}"),
        new Written(
            "a centre",
            Centre.class,
            "{\"id\":\"bkk-01\",\"certifications\":[{\"centre\":\"bkk-01\",\"round\":2560,"
                + "\"certifiedOn\":\"2017-09-21\"}],\"reports\":["
                + REPORT
                + "]}",
            "{\"id\":\"bkk-01\",\"certifications\":[{\"round\":2560,\"certifiedOn\":"
                + "\"2017-09-21\","
                + DEFAULTS
                + "}],\"reports\":["
                + REPORT
                + "]}"),
        new Written(
            "a centre id in compatibility form",
            Centre.class,
            "{\"id\":\"ｂｋｋ-01\"}",
            "{\"id\":\"bkk-01\",\"certifications\":[],\"reports\":[]}"),
        same(
            "a centre id with a surrogate pair",
            Centre.class,
            "{\"id\":\"bkk-\uD83D\uDE00\",\"certifications\":[],\"reports\":[]}"),
        new Written(
            "a portfolio",
            Portfolio.class,
            "{\"centres\":[{\"id\":\"a\"},{\"id\":\"b\",\"certifications\":[{\"round\":2560,"
                + "\"certifiedOn\":\"2017-09-21\"}],\"reports\":["
                + REPORT
                + "]}],"
                + "\"dueDays\":45,\"satisfactionThreshold\":70.5}",
            "{\"validity\":\"YEARS_FROM_DATE\",\"dueDays\":45,\"satisfactionThreshold\":70.5,"
                + "\"centres\":[{\"id\":\"a\",\"certifications\":[],\"reports\":[]},{\"id\":\"b\","
                + "\"certifications\":[{\"round\":2560,\"certifiedOn\":\"2017-09-21\","
                + DEFAULTS
                + "}],\"reports\":["
                + REPORT
                + "]}]}"),
        new Written(
            "a window of instants in UTC and in Bangkok time",
            ApplicationWindow.class,
            "{\"round\":2567,\"opensAt\":\"2024-01-08T01:30:00Z\",\"closesAt\":\"2024-02-29T16:30\","
                + "\"channels\":[\"EMAIL\",\"ONLINE\"],\"source\":\"circular\"}",
            "{\"round\":2567,\"opensAt\":\"2024-01-08T08:30:00+07:00\",\"closesAt\":"
                + "\"2024-02-29T16:30:00+07:00\",\"channels\":[\"ONLINE\",\"EMAIL\"],"
                + "\"documents\":[],\"source\":\"circular\"}"),
        new Written(
            "a window without its opening",
            ApplicationWindow.class,
            "{\"round\":2567,\"closesAt\":\"2024-02-29T09:30:00Z\",\"channels\":[\"ONLINE\"],"
                + "\"documents\":[\"PDF\",\"WORD\"],\"source\":\"circular\"}",
            "{\"round\":2567,\"opensAt\":null,\"closesAt\":\"2024-02-29T16:30:00+07:00\","
                + "\"channels\":[\"ONLINE\"],\"documents\":[\"WORD\",\"PDF\"],\"source\":\"circular\"}"),
        same(
            "a window with a null opening",
            ApplicationWindow.class,
            "{\"round\":2567,\"opensAt\":null,\"closesAt\":\"2024-02-29T16:30:00+07:00\","
                + "\"channels\":[\"ONLINE\"],\"documents\":[],\"source\":\"circular\"}"),
        new Written(
            "an organisation",
            Organisation.class,
            "{\"kind\":\"CITY_MUNICIPALITY\"}",
            "{\"kind\":\"CITY_MUNICIPALITY\",\"informationOnly\":false}"),
        same(
            "an organisation with every field",
            Organisation.class,
            "{\"kind\":\"DISTRICT_OFFICE\",\"informationOnly\":true,\"id\":\"x\",\"location\":\"y\","
                + "\"divisionOnly\":true}"),
        new Written(
            "an organisation not division-only",
            Organisation.class,
            "{\"kind\":\"CITY_MUNICIPALITY\",\"divisionOnly\":false,\"informationOnly\":false}",
            "{\"kind\":\"CITY_MUNICIPALITY\",\"informationOnly\":false}"),
        new Written(
            "a self-assessment, met ids sorted",
            SelfAssessmentResult.class,
            "{\"rulebook\":\"GECC-2560\",\"met\":[\"B02\",\"A01\",\"B01\"]}",
            "{\"rulebook\":\"GECC-2560\",\"met\":[\"A01\",\"B01\",\"B02\"]}"),
        new Written(
            "an application",
            Application.class,
            "{\"round\":2567,\"organisation\":{\"kind\":\"CITY_MUNICIPALITY\"},\"selfAssessment\":"
                + "{\"rulebook\":\"GECC-2560\",\"met\":[\"B01\"]},\"submittedAt\":"
                + "\"2024-01-10T09:00\",\"channels\":[\"ONLINE\"],\"documents\":[\"PDF\"]}",
            "{\"round\":2567,\"organisation\":{\"kind\":\"CITY_MUNICIPALITY\",\"informationOnly\":"
                + "false},\"selfAssessment\":{\"rulebook\":\"GECC-2560\",\"met\":[\"B01\"]},"
                + "\"submittedAt\":\"2024-01-10T09:00:00+07:00\",\"channels\":[\"ONLINE\"],"
                + "\"documents\":[\"PDF\"]}"),
        new Written(
            "an application without channels or documents",
            Application.class,
            "{\"round\":2567,\"organisation\":{\"kind\":\"CITY_MUNICIPALITY\"},\"selfAssessment\":"
                + "{\"rulebook\":\"GECC-2560\",\"met\":[]},\"submittedAt\":"
                + "\"2024-01-10T02:00:00Z\"}",
            "{\"round\":2567,\"organisation\":{\"kind\":\"CITY_MUNICIPALITY\",\"informationOnly\":"
                + "false},\"selfAssessment\":{\"rulebook\":\"GECC-2560\",\"met\":[]},"
                + "\"submittedAt\":\"2024-01-10T09:00:00+07:00\",\"channels\":[],\"documents\":[]}"),
        same(
            "a violation",
            Violation.class,
            "{\"code\":\"WINDOW_CLOSED\",\"message\":\"closed\",\"messageTh\":\"ปิด\",\"source\":\"s\"}"),
        same(
            "a refusal with a warning",
            CheckResult.class,
            "{\"accepted\":false,\"violations\":[{\"code\":\"WINDOW_CLOSED\",\"message\":\"closed\","
                + "\"messageTh\":\"ปิด\",\"source\":\"s\"}],\"warnings\":[{\"code\":"
                + "\"DIVISION_ONLY_APPLICATION\",\"message\":\"m\",\"messageTh\":\"ม\",\"source\":"
                + "\"s\"}]}"),
        new Written(
            "an acceptance",
            CheckResult.class,
            "{\"accepted\":true,\"violations\":[]}",
            "{\"accepted\":true,\"violations\":[],\"warnings\":[]}"),
        new Written(
            "a round of whole days",
            RoundDefinition.class,
            "{\"round\":2567,\"opensAt\":\"2024-01-08\",\"closesAt\":\"2024-02-29\",\"channels\":"
                + "[\"ONLINE\"],\"source\":\"circular\",\"replaces\":false}",
            "{\"round\":2567,\"opensAt\":\"2024-01-08T00:00:00+07:00\",\"closesAt\":"
                + "\"2024-02-29T23:59:59.999999999+07:00\",\"channels\":[\"ONLINE\"],\"documents\":"
                + "[],\"source\":\"circular\",\"deadlines\":[]}"),
        new Written(
            "a round as the circular writes it",
            RoundDefinition.class,
            "{\"round\":2567,\"thaiText\":\""
                + CodecRulesTest.THAI_2567
                + "\",\"channels\":"
                + "[\"ONLINE\"],\"source\":\"circular\"}",
            ROUND),
        new Written(
            "a round with every field",
            RoundDefinition.class,
            "{\"round\":2567,\"opensAt\":\"2024-01-08T08:30\",\"closesAt\":\"2024-02-29T16:30\","
                + "\"channels\":[\"ONLINE\"],\"documents\":[\"PDF\"],\"source\":\"circular\",\"eligibleKinds\":"
                + "[\"CITY_MUNICIPALITY\"],\"rulebook\":\"GECC-2560\",\"replaces\":true,"
                + "\"deadlines\":[{\"setBy\":\"DLA\",\"purpose\":\"APPLICATION_REPORT\",\"due\":"
                + "\"2024-02-20\",\"task\":\"report\"},{\"setBy\":\"P\",\"purpose\":"
                + "\"ACCOUNT_REPORT\",\"due\":\"2024-02-21T10:00:00+07:00\",\"task\":\"t\","
                + "\"source\":\"own\"}]}",
            ROUND
                .replace("\"documents\":[]", "\"documents\":[\"PDF\"]")
                .replace(
                    ",\"deadlines\":[]",
                    ",\"eligibleKinds\":[\"CITY_MUNICIPALITY\"],"
                        + "\"rulebook\":\"GECC-2560\",\"deadlines\":[{\"setBy\":\"DLA\",\"purpose\":"
                        + "\"APPLICATION_REPORT\",\"due\":\"2024-02-20T23:59:59.999999999+07:00\","
                        + "\"task\":\"report\",\"source\":\"circular\"},{\"setBy\":\"P\",\"purpose\":"
                        + "\"ACCOUNT_REPORT\",\"due\":\"2024-02-21T10:00:00+07:00\",\"task\":\"t\","
                        + "\"source\":\"own\"}],\"replaces\":true")),
        new Written(
            "a report of its parts, in their order",
            MaintenanceReport.class,
            REPORT.replace("}}", "},\"parts\":[\"SELF_CHECKLIST\",\"SATISFACTION_RESULTS\"]}"),
            REPORT.replace("}}", "},\"parts\":[\"SATISFACTION_RESULTS\",\"SELF_CHECKLIST\"]}")),
        same(
            "a report of no part",
            MaintenanceReport.class,
            "{\"fiscalYear\":2561,\"period\":\"FY\",\"submittedOn\":\"2018-10-20\",\"checklist\":{},"
                + "\"parts\":[]}"),
        new Written(
            "a policy owing reports from a period",
            LifecyclePolicy.class,
            "{\"firstOwedPeriod\":{\"period\":\"H1\",\"fiscalYear\":2565},\"validity\":\"FISCAL_YEARS\"}",
            "{\"validity\":\"FISCAL_YEARS\",\"dueDays\":"
                + io.github.gecc.certification.ReportPolicy.defaults().dueAfterDays()
                + ",\"firstOwedPeriod\":{\"fiscalYear\":2565,\"period\":\"H1\"}}"),
        new Written(
            "a centre of a kind in a province",
            Centre.class,
            "{\"province\":\"เชียงใหม่\",\"kind\":\"CITY_MUNICIPALITY\",\"id\":\"cnx-01\"}",
            "{\"id\":\"cnx-01\",\"certifications\":[],\"reports\":[],\"kind\":\"CITY_MUNICIPALITY\","
                + "\"province\":\"เชียงใหม่\"}"),
        new Written(
            "a centre in a province",
            Centre.class,
            "{\"id\":\"cnx-01\",\"province\":\"เชียงใหม่\"}",
            "{\"id\":\"cnx-01\",\"certifications\":[],\"reports\":[],\"province\":\"เชียงใหม่\"}"),
        same(
            "a portfolio owing reports from a period, of centres of a kind",
            Portfolio.class,
            "{\"validity\":\"FISCAL_YEARS\",\"dueDays\":30,\"firstOwedPeriod\":{\"fiscalYear\":2566,"
                + "\"period\":\"FY\"},\"centres\":[{\"id\":\"a\",\"certifications\":[],\"reports\":[],"
                + "\"kind\":\"CITY_MUNICIPALITY\"}]}"),
        new Written(
            "a round with a directive",
            RoundDefinition.class,
            ROUND.replace(
                "[]}",
                "[],\"directive\":{\"kinds\":[\"CITY_MUNICIPALITY\"],"
                    + "\"exemptIfCertifiedIn\":[2566],\"directedBy\":\"DLA\"}}"),
            ROUND.replace(
                "[]}",
                "[],\"directive\":{\"directedBy\":\"DLA\",\"kinds\":"
                    + "[\"CITY_MUNICIPALITY\"],\"exemptIfCertifiedIn\":[2566],\"source\":\"circular\"}}")),
        same(
            "a round with a directive of its own source, exempting none",
            RoundDefinition.class,
            ROUND.replace(
                "[]}",
                "[],\"directive\":{\"directedBy\":\"DLA\",\"kinds\":"
                    + "[\"CITY_MUNICIPALITY\"],\"exemptIfCertifiedIn\":[],\"source\":\"own\"},"
                    + "\"replaces\":true}")),
        new Written(
            "a register",
            RoundDefinition[].class,
            "["
                + ROUND
                + ","
                + ROUND.replace("2567", "2568").replace("2024-0", "2025-0").replace("-29T", "-28T")
                + "]",
            "["
                + ROUND
                + ","
                + ROUND.replace("2567", "2568").replace("2024-0", "2025-0").replace("-29T", "-28T")
                + "]"));
  }

  static Stream<Arguments> writtenOnLines() {
    return Line.onEveryLine(written());
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("writtenOnLines")
  void everyLineWritesEachTypeInItsExactShapeAndReadsItBack(Written written, Line line)
      throws Exception {
    Object value = line.read(written.json(), written.type());
    assertThat(line.write(value)).isEqualTo(written.written());
    assertThat(line.read(written.written(), written.type())).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.gecc.json.conformance.CodecAnswersTest#lines")
  void documentsInUtf16Or32WithAByteOrderMarkAreRefusedLikeAnyOtherEncoding(Line line) {
    String json = "{\"id\":\"ศูนย์-1\"}";
    byte[] bigEndianWithMark = json.getBytes(java.nio.charset.StandardCharsets.UTF_16);
    assertThat(bigEndianWithMark[0]).isEqualTo((byte) 0xFE);
    byte[] littleEndianWithMark =
        ("\uFEFF" + json).getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    byte[] utf32BigEndianWithMark =
        ("\uFEFF" + json).getBytes(java.nio.charset.Charset.forName("UTF-32BE"));
    for (byte[] bytes : List.of(bigEndianWithMark, littleEndianWithMark, utf32BigEndianWithMark)) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> line.geccRead(bytes, Centre.class))
          .isInstanceOf(Line.Refused0.class)
          .hasMessageContaining("not UTF-8")
          .hasMessageContaining("zero byte");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.gecc.json.conformance.CodecAnswersTest#lines")
  void aUtf8ByteOrderMarkIsSkipped(Line line) throws Exception {
    String json = "{\"id\":\"ศูนย์-1\"}";
    byte[] withMark = ("\uFEFF" + json).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(line.geccRead(withMark, Centre.class)).isEqualTo(line.read(json, Centre.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.gecc.json.conformance.CodecAnswersTest#lines")
  void documentsInUtf16Or32WithoutAByteOrderMarkAreRefused(Line line) {
    String json = "{\"id\":\"ศูนย์-1\"}";
    for (java.nio.charset.Charset charset :
        List.of(
            java.nio.charset.StandardCharsets.UTF_16BE,
            java.nio.charset.StandardCharsets.UTF_16LE,
            java.nio.charset.Charset.forName("UTF-32BE"),
            java.nio.charset.Charset.forName("UTF-32LE"))) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> line.geccRead(json.getBytes(charset), Centre.class))
          .as(charset.name())
          .isInstanceOf(Line.Refused0.class)
          .hasMessageContaining("not UTF-8")
          .hasMessageContaining("zero byte");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.gecc.json.conformance.CodecAnswersTest#lines")
  void anOverflowingExponentAnywhereIsRefusedAtItsPointer(Line line) {
    String json =
        "{\"id\":\"c-1\",\"reports\":[{\"fiscalYear\":2567,\"period\":\"H1\","
            + "\"submittedOn\":\"2024-04-01\",\"satisfaction\":{\"respondents\":10,\"score\":1e2147483648}}]}";
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                line.geccRead(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), Centre.class))
        .isInstanceOf(Line.Refused0.class)
        .hasMessageContaining("1e2147483648 cannot be read")
        .satisfies(
            e ->
                assertThat(((Line.Refused0) e).refused.pointer())
                    .isEqualTo("/reports/0/satisfaction/score"));
  }

  /** A tree whose overflowing number follows a string and a decimal that look alike. */
  private static final byte[] OVERFLOWING_TREE =
      ("{\"note\":\"1e2147483648\",\"values\":" + "[1.5,2e3,1e2147483648]}")
          .getBytes(java.nio.charset.StandardCharsets.UTF_8);

  @Test
  void anOverflowingExponentInATreeIsRefusedAtItsPointerOnJackson2() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                io.github.gecc.json.GeccJson.read(
                    io.github.gecc.json.GeccJson.mapper(),
                    OVERFLOWING_TREE,
                    com.fasterxml.jackson.databind.JsonNode.class))
        .isInstanceOfSatisfying(
            io.github.gecc.json.GeccJsonException.class,
            e -> {
              assertThat(e.getOriginalMessage())
                  .isEqualTo(
                      "the number 1e2147483648 cannot be read:"
                          + " its exponent is out of range; give a number within the range of a double");
              assertThat(e.pointer()).isEqualTo("/values/2");
              assertThat(e.getCause()).isInstanceOf(NumberFormatException.class);
            });
  }

  @Test
  void anOverflowingExponentInATreeIsRefusedAtItsPointerOnJackson3() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                io.github.gecc.json.jackson3.GeccJson.read(
                    io.github.gecc.json.jackson3.GeccJson.mapper(),
                    OVERFLOWING_TREE,
                    tools.jackson.databind.JsonNode.class))
        .isInstanceOfSatisfying(
            io.github.gecc.json.jackson3.GeccJsonException.class,
            e -> {
              assertThat(e.getOriginalMessage())
                  .isEqualTo(
                      "the number 1e2147483648 cannot be read:"
                          + " its exponent is out of range; give a number within the range of a double");
              assertThat(e.pointer()).isEqualTo("/values/2");
              assertThat(e.getCause()).isInstanceOf(NumberFormatException.class);
            });
  }

  @Test
  void aTreeOfNumbersWithinRangeReadsOnBothLines() throws Exception {
    byte[] json =
        "{\"values\":[1.5,2e3,1e-999999999]}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(
            io.github.gecc.json.GeccJson.read(
                    io.github.gecc.json.GeccJson.mapper(),
                    json,
                    com.fasterxml.jackson.databind.JsonNode.class)
                .get("values")
                .get(2)
                .decimalValue())
        .isEqualByComparingTo("1e-999999999");
    assertThat(
            io.github.gecc.json.jackson3.GeccJson.read(
                    io.github.gecc.json.jackson3.GeccJson.mapper(),
                    json,
                    tools.jackson.databind.JsonNode.class)
                .get("values")
                .get(2)
                .decimalValue())
        .isEqualByComparingTo("1e-999999999");
  }

  @Test
  void theMappersTreesTakeNoDecimalAsANullNodeOnBothLines() {
    assertThat(
            io.github.gecc.json.GeccJson.mapper()
                .getNodeFactory()
                .numberNode((java.math.BigDecimal) null)
                .isNull())
        .isTrue();
    assertThat(
            io.github.gecc.json.jackson3.GeccJson.mapper()
                .getNodeFactory()
                .numberNode((java.math.BigDecimal) null)
                .isNull())
        .isTrue();
  }
}

package io.github.gecc.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.certification.Centre;
import io.github.gecc.certification.CentreLifecycle;
import io.github.gecc.certification.Certification;
import io.github.gecc.certification.LifecyclePolicy;
import io.github.gecc.certification.MaintenanceReport;
import io.github.gecc.certification.Obligation;
import io.github.gecc.certification.ObligationState;
import io.github.gecc.certification.PeriodKind;
import io.github.gecc.certification.ReportPolicy;
import io.github.gecc.certification.ReportSchedule;
import io.github.gecc.certification.ReportingPeriod;
import io.github.gecc.certification.SatisfactionResult;
import io.github.gecc.certification.ValidityPolicy;
import io.github.gecc.rules.Assessment;
import io.github.gecc.rules.AssessmentKind;
import io.github.gecc.rules.BundledRulebooks;
import io.github.gecc.rules.Evaluation;
import io.github.gecc.rules.Level;
import io.github.gecc.rules.LevelTally;
import io.github.gecc.rules.OutcomeGap;
import io.github.gecc.rules.Reason;
import io.github.gecc.rules.Rulebook;
import io.github.gecc.time.FiscalYear;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the writers write for answers (evaluations, schedules, obligations and their states),
 * checked field by field against the values they answer with; and how each line's glue reports what
 * the shared readers do not see: trees, hosts' own types, empty and malformed documents.
 */
class CodecAnswersTest {

  private static final ObjectMapper TREES = new ObjectMapper();

  static Stream<Line> lines() {
    return Line.all().stream();
  }

  static List<Evaluation> evaluations() {
    Rulebook gecc = BundledRulebooks.gecc2560();
    return List.of(
        gecc.evaluate(Assessment.ofMet(gecc, AssessmentKind.SELF_ASSESSMENT, List.of("B02"))),
        gecc.evaluate(
            Assessment.builder(gecc, AssessmentKind.COMMITTEE)
                .answer("B01", true)
                .answer("A03", false)
                .build()),
        CodecRulesTest.own()
            .evaluate(
                Assessment.ofMet(CodecRulesTest.own(), AssessmentKind.COMMITTEE, List.of("X2"))));
  }

  static Stream<Arguments> evaluationsOnLines() {
    return Line.onEveryLine(evaluations());
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("evaluationsOnLines")
  void anEvaluationIsWrittenFieldByFieldAsItWasComputed(Evaluation e, Line line) throws Exception {
    JsonNode tree = TREES.readTree(line.write(e));
    assertThat(names(tree))
        .containsExactly(
            "rulebook",
            "libraryVersion",
            "points",
            "maxPoints",
            "certified",
            "outcome",
            "outcomeRank",
            "selfAssessmentGate",
            "selfAssessmentPassed",
            "meetsApplicationRequirements",
            "mayApply",
            "perLevel",
            "unmet",
            "unanswered",
            "reasons",
            "fewestFurther",
            "assessment");
    assertThat(tree.get("rulebook").textValue()).isEqualTo(e.rulebookId());
    assertThat(tree.get("libraryVersion").textValue()).isEqualTo(e.libraryVersion());
    assertThat(tree.get("points").intValue()).isEqualTo(e.points());
    assertThat(tree.get("maxPoints").intValue()).isEqualTo(e.maxPoints());
    assertThat(tree.get("certified").isBoolean()).isTrue();
    assertThat(tree.get("certified").booleanValue()).isEqualTo(e.certified());
    assertThat(tree.get("outcome").textValue()).isEqualTo(e.outcome());
    assertThat(tree.get("outcomeRank").intValue()).isEqualTo(e.outcomeRank());
    assertThat(tree.get("selfAssessmentGate").intValue()).isEqualTo(e.selfAssessmentGate());
    assertThat(tree.get("selfAssessmentPassed").booleanValue()).isEqualTo(e.selfAssessmentPassed());
    assertThat(tree.get("meetsApplicationRequirements").booleanValue())
        .isEqualTo(e.meetsApplicationRequirements());
    assertThat(tree.get("mayApply").booleanValue()).isEqualTo(e.mayApply());
    List<String> levels = new ArrayList<>();
    for (Map.Entry<Level, LevelTally> entry : e.perLevel().entrySet()) {
      levels.add(entry.getKey().name());
      JsonNode tally = tree.get("perLevel").get(entry.getKey().name());
      assertThat(names(tally)).containsExactly("met", "total", "points", "maxPoints");
      assertThat(tally.get("met").intValue()).isEqualTo(entry.getValue().met());
      assertThat(tally.get("total").intValue()).isEqualTo(entry.getValue().total());
      assertThat(tally.get("points").intValue()).isEqualTo(entry.getValue().points());
      assertThat(tally.get("maxPoints").intValue()).isEqualTo(entry.getValue().maxPoints());
    }
    assertThat(names(tree.get("perLevel"))).isEqualTo(levels);
    assertThat(names(tree.get("unmet")))
        .isEqualTo(e.unmet().keySet().stream().map(Level::name).toList());
    e.unmet()
        .forEach(
            (level, ids) -> assertThat(texts(tree.get("unmet").get(level.name()))).isEqualTo(ids));
    assertThat(texts(tree.get("unanswered"))).isEqualTo(e.unanswered());
    assertThat(tree.get("reasons").size()).isEqualTo(e.reasons().size());
    for (int i = 0; i < e.reasons().size(); i++) {
      checkReason(tree.get("reasons").get(i), e.reasons().get(i));
    }
    assertThat(tree.get("fewestFurther").size()).isEqualTo(e.gaps().size());
    for (int i = 0; i < e.gaps().size(); i++) {
      OutcomeGap gap = e.gaps().get(i);
      JsonNode written = tree.get("fewestFurther").get(i);
      assertThat(names(written)).containsExactly("outcome", "count", "criteria");
      assertThat(written.get("outcome").textValue()).isEqualTo(gap.outcome());
      assertThat(written.get("count").intValue()).isEqualTo(gap.fewestFurther());
      assertThat(texts(written.get("criteria"))).isEqualTo(gap.suggestion());
    }
    assertThat(line.read(TREES.writeValueAsString(tree.get("assessment")), Assessment.class))
        .isEqualTo(e.assessment());
    assertThat(line.read(line.write(e), Evaluation.class)).isEqualTo(e);
  }

  private static void checkReason(JsonNode written, Reason reason) {
    List<String> expected = new ArrayList<>(List.of("code"));
    reason.outcome().ifPresent(o -> expected.add("outcome"));
    reason.level().ifPresent(l -> expected.add("level"));
    addIfPresent(expected, "required", reason.required());
    addIfPresent(expected, "actual", reason.actual());
    addIfPresent(expected, "shortfall", reason.shortfall());
    if (!reason.criteria().isEmpty()) {
      expected.add("criteria");
    }
    expected.addAll(List.of("message", "source"));
    assertThat(names(written)).isEqualTo(expected);
    assertThat(written.get("code").textValue()).isEqualTo(reason.code().name());
    reason.outcome().ifPresent(o -> assertThat(written.get("outcome").textValue()).isEqualTo(o));
    reason.level().ifPresent(l -> assertThat(written.get("level").textValue()).isEqualTo(l.name()));
    reason.required().ifPresent(n -> assertThat(written.get("required").intValue()).isEqualTo(n));
    reason.actual().ifPresent(n -> assertThat(written.get("actual").intValue()).isEqualTo(n));
    reason.shortfall().ifPresent(n -> assertThat(written.get("shortfall").intValue()).isEqualTo(n));
    if (!reason.criteria().isEmpty()) {
      assertThat(texts(written.get("criteria"))).isEqualTo(reason.criteria());
    }
    assertThat(names(written.get("message"))).containsExactly("th", "en");
    assertThat(written.get("message").get("th").textValue()).isEqualTo(reason.thai());
    assertThat(written.get("message").get("en").textValue()).isEqualTo(reason.english());
    assertThat(written.get("source").textValue()).isEqualTo(reason.source());
  }

  private static void addIfPresent(List<String> names, String name, OptionalInt value) {
    if (value.isPresent()) {
      names.add(name);
    }
  }

  @Test
  void theEvaluationsCheckedHaveEveryKindOfField() {
    List<Evaluation> all = evaluations();
    assertThat(all).anySatisfy(e -> assertThat(e.unanswered()).isNotEmpty());
    assertThat(all).anySatisfy(e -> assertThat(e.gaps()).isNotEmpty());
    assertThat(all.stream().flatMap(e -> e.reasons().stream()))
        .anySatisfy(r -> assertThat(r.level()).isPresent())
        .anySatisfy(r -> assertThat(r.level()).isEmpty())
        .anySatisfy(r -> assertThat(r.outcome()).isEmpty())
        .anySatisfy(r -> assertThat(r.criteria()).isNotEmpty())
        .anySatisfy(r -> assertThat(r.shortfall()).isPresent())
        .anySatisfy(r -> assertThat(r.required()).isEmpty());
  }

  private static final Certification CERTIFIED =
      Certification.builder()
          .centreId("bkk-01")
          .round(FiscalYear.of(2560))
          .certifiedOn(LocalDate.of(2017, 9, 21))
          .build();

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void aScheduleIsWrittenAsItsObligationsInOrder(Line line) throws Exception {
    ReportSchedule schedule =
        ReportSchedule.of(
            CERTIFIED, LifecyclePolicy.of(ValidityPolicy.FISCAL_YEARS, ReportPolicy.dueAfter(45)));
    JsonNode tree = TREES.readTree(line.write(schedule));
    assertThat(names(tree)).containsExactly("obligations");
    assertThat(tree.get("obligations").size())
        .isEqualTo(schedule.obligations().size())
        .isGreaterThan(1);
    for (int i = 0; i < schedule.obligations().size(); i++) {
      checkObligation(tree.get("obligations").get(i), schedule.obligations().get(i));
      assertThat(names(tree.get("obligations").get(i)))
          .containsExactly("fiscalYear", "period", "from", "to", "due");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void anObligationIsWrittenWithItsPeriodRangeAndDueDate(Line line) throws Exception {
    Obligation obligation =
        Obligation.of(ReportingPeriod.of(2561, PeriodKind.FY), LocalDate.of(2018, 10, 30));
    JsonNode tree = TREES.readTree(line.write(obligation));
    assertThat(names(tree)).containsExactly("fiscalYear", "period", "from", "to", "due");
    checkObligation(tree, obligation);
  }

  private static void checkObligation(JsonNode written, Obligation obligation) {
    assertThat(written.get("fiscalYear").intValue())
        .isEqualTo(obligation.period().fiscalYear().getValue());
    assertThat(written.get("period").textValue()).isEqualTo(obligation.period().kind().name());
    assertThat(written.get("from").textValue())
        .isEqualTo(obligation.range().startInclusive().toString());
    assertThat(written.get("to").textValue())
        .isEqualTo(obligation.range().endInclusive().toString());
    assertThat(written.get("due").textValue()).isEqualTo(obligation.due().toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void anObligationStateIsWrittenWithItsStatusReportAndThreshold(Line line) throws Exception {
    MaintenanceReport low =
        MaintenanceReport.builder()
            .period(ReportingPeriod.of(2561, PeriodKind.H1))
            .submittedOn(LocalDate.of(2018, 4, 20))
            .satisfaction(SatisfactionResult.of(10, 70))
            .build();
    MaintenanceReport high =
        MaintenanceReport.builder()
            .period(ReportingPeriod.of(2561, PeriodKind.FY))
            .submittedOn(LocalDate.of(2018, 10, 1))
            .satisfaction(SatisfactionResult.of(10, 95))
            .build();
    LifecyclePolicy policy =
        LifecyclePolicy.of(
            ValidityPolicy.FISCAL_YEARS,
            ReportPolicy.builder().dueAfterDays(30).satisfactionThreshold(80).build());
    List<ObligationState> states =
        CentreLifecycle.of(Centre.of("bkk-01", List.of(CERTIFIED), List.of(low, high)), policy)
            .obligations(LocalDate.of(2019, 12, 31));
    assertThat(states)
        .anySatisfy(s -> assertThat(s.isBelowThreshold()).isTrue())
        .anySatisfy(s -> assertThat(s.report()).isPresent().get().isEqualTo(high))
        .anySatisfy(s -> assertThat(s.report()).isEmpty());
    for (ObligationState state : states) {
      JsonNode tree = TREES.readTree(line.write(state));
      List<String> expected =
          new ArrayList<>(List.of("fiscalYear", "period", "from", "to", "due", "status"));
      state.report().ifPresent(r -> expected.add("submittedOn"));
      if (state.isBelowThreshold()) {
        expected.add("satisfactionBelowThreshold");
        assertThat(tree.get("satisfactionBelowThreshold").booleanValue()).isTrue();
      }
      assertThat(names(tree)).as(state.toString()).isEqualTo(expected);
      checkObligation(tree, state.obligation());
      assertThat(tree.get("status").textValue()).isEqualTo(state.status().name());
      state
          .report()
          .ifPresent(
              r ->
                  assertThat(tree.get("submittedOn").textValue())
                      .isEqualTo(r.submittedOn().toString()));
    }
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> texts(JsonNode array) {
    assertThat(array.isArray()).as("%s is an array", array).isTrue();
    List<String> texts = new ArrayList<>();
    array.forEach(element -> texts.add(element.textValue()));
    return texts;
  }

  // --- what each line's glue reports

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void anEmptyDocumentIsRefusedAsNoDocument(Line line) {
    assertThat(ConformanceTest.refusalOfGeccRead(line, new byte[0], Centre.class))
        .isEqualTo(new Line.Refused("no JSON document on input; expected one JSON value", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void twoBytesOfAUtf16ByteOrderMarkAreNotUtf8(Line line) {
    Line.Refused refused =
        ConformanceTest.refusalOfGeccRead(
            line, new byte[] {(byte) 0xFE, (byte) 0xFF}, Centre.class);
    assertThat(refused.message()).startsWith("the input is not UTF-8: a malformed byte sequence");
    assertThat(refused.pointer()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void malformedJsonIsRefusedWithItsLineAndColumn(Line line) {
    Line.Refused refused =
        ConformanceTest.refusalOfGeccRead(
            line,
            "{\"id\":\"a\",\n\"certifications\":]}".getBytes(StandardCharsets.UTF_8),
            Centre.class);
    assertThat(refused.pointer()).isEmpty();
    assertThat(refused.message()).startsWith("malformed JSON: ").endsWith(" at line 2, column 18");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void trailingContentIsRefused(Line line) {
    Line.Refused refused =
        ConformanceTest.refusalOfGeccRead(
            line, "{\"id\":\"a\"} {}".getBytes(StandardCharsets.UTF_8), Centre.class);
    assertThat(refused.pointer()).isEmpty();
    assertThat(refused.message())
        .startsWith("malformed JSON: Trailing token")
        .endsWith(" at line 1, column 12");
  }

  /** A host's own type holding GECC values and its own. */
  record Host(
      Map<String, Integer> counts, List<Integer> values, Centre centre, List<Centre> centres) {}

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void aHostTypesRefusalIsAtItsEscapedPointer(Line line) {
    Line.Refused refused =
        ConformanceTest.refusalOfGeccRead(
            line, "{\"counts\":{\"a/b~c\":\"x\"}}".getBytes(StandardCharsets.UTF_8), Host.class);
    assertThat(refused.pointer()).isEqualTo("/counts/a~1b~0c");
    assertThat(refused.message()).doesNotStartWith("malformed");
    assertThat(
            ConformanceTest.refusalOfGeccRead(
                    line, "{\"values\":[1,2,\"x\"]}".getBytes(StandardCharsets.UTF_8), Host.class)
                .pointer())
        .isEqualTo("/values/2");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void aHostTypeMayLeaveItsGeccValuesOutAsItsOwnSettingsAllow(Line line) throws Exception {
    assertThat(line.readValue("{\"values\":[1]}".getBytes(StandardCharsets.UTF_8), Host.class))
        .isEqualTo(new Host(null, List.of(1), null, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void aGeccValueInAHostTypeIsRefusedAtItsPointer(Line line) {
    assertThat(
            ConformanceTest.refusal(
                line, "{\"centre\":{\"id\":\" a\"}}".getBytes(StandardCharsets.UTF_8), Host.class))
        .isEqualTo(
            new Line.Refused(
                "centre id ' a' has leading or trailing white space; centre ids are trimmed",
                "/centre/id"));
    assertThat(
            ConformanceTest.refusal(
                line, "{\"centre\":null}".getBytes(StandardCharsets.UTF_8), Host.class))
        .isEqualTo(new Line.Refused("a Centre is required here, not null", "/centre"));
    assertThat(
            ConformanceTest.refusal(
                line,
                "{\"centres\":[{\"id\":\"a\"},null]}".getBytes(StandardCharsets.UTF_8),
                Host.class))
        .isEqualTo(new Line.Refused("a Centre is required here, not null", "/centres/1"));
  }

  @Test
  void aPartOfATreeIsReadWithPointersFromTheDocumentsRoot() throws Exception {
    ObjectMapper mapper = io.github.gecc.json.GeccJson.mapper();
    JsonNode document =
        mapper.readTree(
            "{\"centres\":[{\"id\":\"a\"},{\"id\":\" b\"}],"
                + "\"host\":{\"counts\":{\"a/b\":\"x\"}}}");
    assertThat(io.github.gecc.json.GeccJson.read(mapper, document, "/centres/0", Centre.class).id())
        .isEqualTo("a");
    assertThatThrownBy(
            () -> io.github.gecc.json.GeccJson.read(mapper, document, "/centres/1", Centre.class))
        .isInstanceOfSatisfying(
            io.github.gecc.json.GeccJsonException.class,
            e -> {
              assertThat(e.pointer()).isEqualTo("/centres/1/id");
              assertThat(e.getOriginalMessage())
                  .isEqualTo(
                      "centre id ' b' has leading or trailing white space; centre ids are trimmed");
            });
    assertThatThrownBy(
            () -> io.github.gecc.json.GeccJson.read(mapper, document, "/centres/1", Centre.class))
        .hasMessage(
            "centre id ' b' has leading or trailing white space; centre ids are trimmed"
                + " (at /centres/1/id)");
    assertThatThrownBy(
            () -> io.github.gecc.json.GeccJson.read(mapper, document, "/centres/2", Centre.class))
        .isInstanceOfSatisfying(
            io.github.gecc.json.GeccJsonException.class,
            e -> {
              assertThat(e.pointer()).isEqualTo("/centres/2");
              assertThat(e.getOriginalMessage()).isEqualTo("a Centre is required here");
            });
    assertThatThrownBy(
            () -> io.github.gecc.json.GeccJson.read(mapper, document, "/host", Host.class))
        .isInstanceOfSatisfying(
            io.github.gecc.json.GeccJsonException.class,
            e -> assertThat(e.pointer()).isEqualTo("/host/counts/a~1b"));
  }

  @Test
  void aWholeTreeIsReadWithPointersFromItsRoot() throws Exception {
    ObjectMapper mapper = io.github.gecc.json.GeccJson.mapper();
    JsonNode document = mapper.readTree("{\"id\":\" b\"}");
    assertThatThrownBy(() -> io.github.gecc.json.GeccJson.read(mapper, document, "", Centre.class))
        .isInstanceOfSatisfying(
            io.github.gecc.json.GeccJsonException.class,
            e -> assertThat(e.pointer()).isEqualTo("/id"));
  }

  @Test
  void aLoneSurrogateInAKeyOfATreeIsRefusedOnBothLines() throws Exception {
    ObjectNode report = (ObjectNode) TREES.readTree(CodecShapesTest.REPORT);
    ((ObjectNode) report.get("checklist")).put("M\uD800", true);
    ObjectNode evaluation =
        (ObjectNode)
            TREES.readTree(
                "{\"perLevel\":{},\"assessment\":" + CodecRulesTest.ownAssessment() + "}");
    ((ObjectNode) evaluation.get("perLevel")).putObject("\uDC00");
    String message =
        "a lone surrogate \\u%s at character %d is not text; strings must be valid" + " Unicode";
    ObjectMapper mapper = io.github.gecc.json.GeccJson.mapper();
    assertThatThrownBy(
            () -> io.github.gecc.json.GeccJson.read(mapper, report, "", MaintenanceReport.class))
        .isInstanceOfSatisfying(
            io.github.gecc.json.GeccJsonException.class,
            e -> {
              assertThat(e.getOriginalMessage()).isEqualTo(String.format(message, "d800", 1));
              assertThat(e.pointer()).isEqualTo("/checklist/M\uD800");
            });
    assertThatThrownBy(
            () ->
                io.github.gecc.json.GeccJson.read(
                    mapper, evaluation, "", io.github.gecc.rules.Evaluation.class))
        .isInstanceOfSatisfying(
            io.github.gecc.json.GeccJsonException.class,
            e -> {
              assertThat(e.getOriginalMessage()).isEqualTo(String.format(message, "dc00", 0));
              assertThat(e.pointer()).isEqualTo("/perLevel/\uDC00");
            });
    tools.jackson.databind.ObjectMapper mapper3 = io.github.gecc.json.jackson3.GeccJson.mapper();
    assertThatThrownBy(
            () ->
                mapper3.treeToValue(
                    mapper3.readTree(TREES.writeValueAsString(report)), MaintenanceReport.class))
        .isInstanceOf(tools.jackson.core.JacksonException.class);
    tools.jackson.databind.node.ObjectNode report3 =
        (tools.jackson.databind.node.ObjectNode) mapper3.readTree(CodecShapesTest.REPORT);
    ((tools.jackson.databind.node.ObjectNode) report3.get("checklist")).put("M\uD800", true);
    assertThatThrownBy(() -> mapper3.treeToValue(report3, MaintenanceReport.class))
        .isInstanceOfSatisfying(
            io.github.gecc.json.jackson3.GeccJsonException.class,
            e -> {
              assertThat(e.getOriginalMessage()).isEqualTo(String.format(message, "d800", 1));
              assertThat(e.pointer()).isEqualTo("/checklist/M\uD800");
            });
  }

  @Test
  void aHostsParserDuplicateCheckGivesTheReadersRefusal() {
    ObjectMapper host =
        com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .addModule(new io.github.gecc.json.GeccModule())
            .build();
    byte[] json =
        CodecShapesTest.REPORT
            .replace("\"M02\":false", "\"a/b~c\":false,\"a/b~c\":true")
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> io.github.gecc.json.GeccJson.read(host, json, MaintenanceReport.class))
        .isInstanceOfSatisfying(
            io.github.gecc.json.GeccJsonException.class,
            e -> {
              assertThat(e.getOriginalMessage())
                  .isEqualTo("field 'a/b~c' appears twice; give each field once");
              assertThat(e.pointer()).isEqualTo("/checklist/a~1b~0c");
            });
  }

  @Test
  void aFailingStreamFailsWithItsOwnIOException() {
    ObjectMapper host =
        com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .addModule(new io.github.gecc.json.GeccModule())
            .build();
    IOException broken = new IOException("the disk is gone");
    InputStream in =
        new InputStream() {
          private final byte[] start = "{\"id\":\"bkk-01\",\"cert".getBytes(StandardCharsets.UTF_8);
          private int at;

          @Override
          public int read() throws IOException {
            if (at < start.length) {
              return start[at++];
            }
            throw broken;
          }

          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            if (at == start.length) {
              throw broken;
            }
            int count = Math.min(length, start.length - at);
            System.arraycopy(start, at, buffer, offset, count);
            at += count;
            return count;
          }
        };
    assertThatThrownBy(() -> host.readValue(in, Centre.class)).isSameAs(broken);
    OutputStream out =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw broken;
          }
        };
    assertThatThrownBy(() -> host.writeValue(out, CERTIFIED)).isSameAs(broken);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void answerTypesAreWrittenButNotRead(Line line) {
    for (Class<?> type : List.of(Obligation.class, ReportSchedule.class, ObligationState.class)) {
      assertThat(
              ConformanceTest.refusalOfGeccRead(
                  line, "{\"obligations\":[]}".getBytes(StandardCharsets.UTF_8), type))
          .isEqualTo(
              new Line.Refused(
                  "a "
                      + type.getSimpleName()
                      + " is an answer the library"
                      + " computes and writes; it is not read",
                  ""));
    }
  }

  @Test
  void theModuleRegistersOnceUnderItsClassName() {
    ObjectMapper twice =
        new ObjectMapper()
            .registerModule(new io.github.gecc.json.GeccModule())
            .registerModule(new io.github.gecc.json.GeccModule());
    assertThat(twice.getRegisteredModuleIds())
        .containsExactly(io.github.gecc.json.GeccModule.class.getName());
    tools.jackson.databind.ObjectMapper twice3 =
        tools.jackson.databind.json.JsonMapper.builder()
            .addModule(new io.github.gecc.json.jackson3.GeccModule())
            .addModule(new io.github.gecc.json.jackson3.GeccModule())
            .build();
    assertThat(twice3.registeredModules()).hasSize(1);
  }

  @Test
  void aJackson3RefusalNamesItsPointerInItsMessage() {
    tools.jackson.databind.ObjectMapper mapper = io.github.gecc.json.jackson3.GeccJson.mapper();
    assertThatThrownBy(
            () ->
                io.github.gecc.json.jackson3.GeccJson.read(
                    mapper,
                    "{\"id\":\"a\",\"x\":1}".getBytes(StandardCharsets.UTF_8),
                    Centre.class))
        .isInstanceOf(io.github.gecc.json.jackson3.GeccJsonException.class)
        .hasMessage(
            "unknown field 'x' in centre; allowed fields are certifications, id, kind, province, reports"
                + " (at /x)");
    assertThatThrownBy(
            () ->
                io.github.gecc.json.jackson3.GeccJson.read(
                    mapper, "[]".getBytes(StandardCharsets.UTF_8), Centre.class))
        .isInstanceOf(io.github.gecc.json.jackson3.GeccJsonException.class)
        .hasMessage("centre must be a JSON object, not an array");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void aCoreRefusalKeepsTheCoresExceptionAsItsCause(Line line) {
    Throwable refused =
        refusalCause(
            line,
            "{\"id\":\"B01\",\"level\":\"BASIC\",\"points\":0}",
            io.github.gecc.rules.Criterion.class);
    assertThat(refused.getCause())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(refused.getMessage().replace(" (at /points)", ""));
    Throwable own = refusalCause(line, "{\"id\":5}", Centre.class);
    assertThat(own.getCause())
        .isNotNull()
        .hasMessage("expected a string, not the number 5")
        .hasNoCause();
  }

  /** The exception a line's {@code GeccJson.read} throws for a document. */
  private static Throwable refusalCause(Line line, String json, Class<?> type) {
    try {
      throw new AssertionError(
          line + " read " + line.geccRead(json.getBytes(StandardCharsets.UTF_8), type));
    } catch (Line.Refused0 e) {
      return e.getCause();
    }
  }
}

package io.github.gecc.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gecc.certification.Centre;
import io.github.gecc.certification.Certification;
import io.github.gecc.certification.MaintenanceReport;
import io.github.gecc.certification.Portfolio;
import io.github.gecc.rules.Assessment;
import io.github.gecc.rules.AssessmentKind;
import io.github.gecc.rules.Criterion;
import io.github.gecc.rules.Evaluation;
import io.github.gecc.rules.Level;
import io.github.gecc.rules.Outcome;
import io.github.gecc.rules.Requirement;
import io.github.gecc.rules.Rulebook;
import io.github.gecc.time.FiscalYear;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conformance suite: every line (Jackson 2 and Jackson 3, each with {@code GeccJson.mapper()}
 * and with hosts' own default mappers) reads the same documents to the same values, refuses the
 * same documents at the same pointer with the same message, and round-trips every type.
 */
class ConformanceTest {

  static Stream<Line> lines() {
    return Line.all().stream();
  }

  static Stream<Arguments> samplesOnLines() {
    return Line.onEveryLine(JsonSamples.all());
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("samplesOnLines")
  void everySampleReadsToTheSameValueAndWritesTheSameDocument(JsonSamples.Sample sample, Line line)
      throws Exception {
    Object reference = Line.all().get(0).read(sample.json(), sample.type());
    Object value = line.read(sample.json(), sample.type());
    assertThat(value).isEqualTo(reference);
    assertThat(line.write(value)).isEqualTo(sample.json());
    assertThat(line.read(line.write(value), sample.type())).isEqualTo(value);
  }

  /** A document every line refuses, the pointer and a fragment of the message each gives. */
  record Hostile(String name, Class<?> type, String json, String pointer, String message) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final String CENTRE =
      "{\"id\":\"bkk-01\",\"certifications\":[{\"round\":2560,"
          + "\"certifiedOn\":\"2017-09-21\"}],\"reports\":[]}";

  static List<Hostile> hostile() {
    String rulebook =
        JsonSamples.all().stream()
            .filter(s -> s.type() == Rulebook.class)
            .findFirst()
            .orElseThrow()
            .json();
    return List.of(
        new Hostile(
            "repeated gate",
            Rulebook.class,
            rulebook.replaceFirst(
                "\"selfAssessmentGate\":", "\"selfAssessmentGate\":1,\"selfAssessmentGate\":"),
            "/selfAssessmentGate",
            "appears twice"),
        new Hostile(
            "repeated centre id",
            Centre.class,
            "{\"id\":\"bkk-01\",\"id\":\"evil\"}",
            "/id",
            "appears twice"),
        new Hostile(
            "unknown field",
            Centre.class,
            "{\"id\":\"bkk-01\",\"colour\":\"red\"}",
            "/colour",
            "unknown field 'colour' in centre"),
        new Hostile(
            "number in quotes",
            Certification.class,
            "{\"centre\":\"a\",\"round\":\"2560\",\"certifiedOn\":\"2017-09-21\"}",
            "/round",
            "expected a whole number, not the string \"2560\""),
        new Hostile(
            "null where a value is required",
            Certification.class,
            "{\"centre\":\"a\",\"round\":null,\"certifiedOn\":\"2017-09-21\"}",
            "/round",
            "certification needs the field 'round'"),
        new Hostile("null document", Centre.class, "null", "", "required here, not null"),
        new Hostile(
            "escaped lone surrogate",
            Centre.class,
            "{\"id\":\"a\\ud800b\"}",
            "/id",
            "lone surrogate"),
        new Hostile(
            "leading space in a centre id",
            Centre.class,
            "{\"id\":\" bkk-01\"}",
            "/id",
            "leading or trailing white space"),
        new Hostile(
            "inexact number",
            MaintenanceReport.class,
            report("87.123456789012345678"),
            "/satisfaction/score",
            "cannot be read exactly"),
        new Hostile(
            "underflowing number",
            MaintenanceReport.class,
            report("1e-400"),
            "/satisfaction/score",
            "cannot be read exactly"),
        new Hostile(
            "vanishing negative number",
            MaintenanceReport.class,
            report("-1e-999999"),
            "/satisfaction/score",
            "cannot be read exactly"),
        new Hostile(
            "centre ids the same in NFKC",
            Portfolio.class,
            "{\"centres\":[{\"id\":\"bkk-01\"},{\"id\":\"\uff42\uff4b\uff4b-01\"}]}",
            "/centres/1/id",
            "appears twice"),
        new Hostile(
            "report the schedule does not owe",
            Portfolio.class,
            "{\"centres\":[{\"id\":\"a\"},"
                + CENTRE.replace(
                    "\"reports\":[]",
                    "\"reports\":[{\"fiscalYear\":2561,\"period\":\"H1\",\"submittedOn\":\"2018-04-20\"},"
                        + "{\"fiscalYear\":2599,\"period\":\"H1\",\"submittedOn\":\"2056-04-20\"}]")
                + "]}",
            "/centres/1/reports/1/period",
            "no report is owed"),
        new Hostile(
            "recorded evaluation field null",
            Evaluation.class,
            "{\"points\":null,\"assessment\":{\"rulebook\":\"GECC-2560\",\"kind\":\"COMMITTEE\","
                + "\"met\":[\"B01\"]}}",
            "/points",
            "recorded points is null"),
        new Hostile(
            "recorded evaluation field differs",
            Evaluation.class,
            "{\"points\":99,\"assessment\":{\"rulebook\":\"GECC-2560\",\"kind\":\"COMMITTEE\","
                + "\"met\":[\"B01\"]}}",
            "/points",
            "recorded points 99 differs"),
        new Hostile(
            "unknown criterion",
            Assessment.class,
            "{\"rulebook\":\"GECC-2560\",\"kind\":\"COMMITTEE\",\"met\":[\"B01\",\"Z99\"]}",
            "/met/1",
            "criterion 'Z99' is not in rulebook GECC-2560"),
        new Hostile(
            "unknown rulebook",
            Assessment.class,
            "{\"rulebook\":\"GECC-2599\",\"kind\":\"COMMITTEE\",\"met\":[]}",
            "/rulebook",
            "unknown rulebook 'GECC-2599'"),
        new Hostile(
            "fiscal year in the Common Era", FiscalYear.class, "2024", "", "did you mean 2567?"));
  }

  private static String report(String score) {
    return "{\"fiscalYear\":2561,\"period\":\"H1\",\"submittedOn\":\"2018-04-20\","
        + "\"satisfaction\":{\"respondents\":10,\"score\":"
        + score
        + "}}";
  }

  static Stream<Arguments> hostileOnLines() {
    return Line.onEveryLine(hostile());
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("hostileOnLines")
  void everyLineRefusesAHostileDocumentAtTheSamePointerWithTheSameRule(Hostile hostile, Line line)
      throws Exception {
    byte[] json = hostile.json().getBytes(StandardCharsets.UTF_8);
    Line.Refused reference = refusal(Line.all().get(0), json, hostile.type());
    assertThat(reference.pointer()).isEqualTo(hostile.pointer());
    assertThat(reference.message()).contains(hostile.message());
    assertThat(refusal(line, json, hostile.type())).isEqualTo(reference);
    assertThat(refusalOfGeccRead(line, json, hostile.type())).isEqualTo(reference);
  }

  static Line.Refused refusal(Line line, byte[] json, Class<?> type) {
    try {
      Object value = line.readValue(json, type);
      throw new AssertionError(line + " read " + value);
    } catch (Line.Refused0 e) {
      return e.refused;
    }
  }

  static Line.Refused refusalOfGeccRead(Line line, byte[] json, Class<?> type) {
    try {
      Object value = line.geccRead(json, type);
      throw new AssertionError(line + " read " + value);
    } catch (Line.Refused0 e) {
      return e.refused;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void overlongUtf8IsRefusedByGeccRead(Line line) {
    byte[] json = {'{', '"', 'i', 'd', '"', ':', '"', 'a', (byte) 0xC0, (byte) 0xAF, 'x', '"', '}'};
    assertThat(refusalOfGeccRead(line, json, Centre.class))
        .isEqualTo(
            new Line.Refused(
                "the input is not UTF-8: a malformed byte sequence at byte offset 8; send JSON encoded as UTF-8",
                ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void centreIdsAreReadInCompatibilityForm(Line line) throws Exception {
    Centre centre = (Centre) line.read("{\"id\":\"\uff42\uff4b\uff4b-01\"}", Centre.class);
    assertThat(centre.id()).isEqualTo("bkk-01");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void anAssessmentAgainstAnInlineRulebookRoundTrips(Line line) throws Exception {
    Rulebook own =
        Rulebook.builder("OWN-1", FiscalYear.of(2567))
            .addCriterion(Criterion.of("X1", Level.of("BASIC"), 2))
            .addCriterion(Criterion.of("X2", Level.of("BASIC"), 3))
            .addOutcome(Outcome.of("PASSED", Requirement.atLeastPoints(3)))
            .build();
    Assessment assessment = Assessment.ofMet(own, AssessmentKind.COMMITTEE, List.of("X2"));
    Evaluation evaluation = own.evaluate(assessment);
    assertThat(line.read(line.write(assessment), Assessment.class)).isEqualTo(assessment);
    assertThat(line.read(line.write(evaluation), Evaluation.class)).isEqualTo(evaluation);
  }

  @Test
  void bothLinesWriteTheSameDocuments() {
    for (JsonSamples.Sample sample : JsonSamples.all()) {
      List<String> written = new ArrayList<>();
      for (Line line : Line.all()) {
        try {
          written.add(line.write(line.read(sample.json(), sample.type())));
        } catch (Line.Refused0 e) {
          throw new AssertionError(line + " refused " + sample, e);
        }
      }
      assertThat(written).as(sample.toString()).containsOnly(sample.json());
    }
  }

  @Test
  void registeringTheModuleChangesNothingForTheHostsOtherTypes() throws Exception {
    record Other(String name, int count) {}
    String json = "{\"name\":\"x\",\"count\":\"3\",\"extra\":1}";
    com.fasterxml.jackson.databind.ObjectMapper host2 =
        com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .disable(
                com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new io.github.gecc.json.GeccModule())
            .build();
    assertThat(host2.readValue(json, Other.class)).isEqualTo(new Other("x", 3));
    tools.jackson.databind.ObjectMapper host3 =
        tools.jackson.databind.json.JsonMapper.builder()
            .addModule(new io.github.gecc.json.jackson3.GeccModule())
            .build();
    assertThat(host3.readValue(json, Other.class)).isEqualTo(new Other("x", 3));
  }

  @Test
  void aRefusalNamesItsPointerInTheMessageOfTheException() {
    assertThatThrownBy(
            () ->
                io.github.gecc.json.GeccJson.read(
                    io.github.gecc.json.GeccJson.mapper(),
                    "{\"id\":\"a\",\"x\":1}".getBytes(StandardCharsets.UTF_8),
                    Centre.class))
        .isInstanceOf(io.github.gecc.json.GeccJsonException.class)
        .hasMessageContaining("unknown field 'x' in centre")
        .hasMessageContaining("(at /x)");
  }
}

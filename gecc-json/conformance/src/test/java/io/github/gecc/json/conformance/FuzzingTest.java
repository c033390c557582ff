package io.github.gecc.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.gecc.certification.MaintenanceReport;
import io.github.gecc.rules.Rulebook;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken documents fail only with the adapters' exception, and the same way on every line and
 * mapper: the same value or the same refusal at the same pointer. Hostile sizes read in linear
 * time, within a generous bound (quadratic reading takes minutes).
 */
// jqwik reads its own tag, Jupiter its own: both, so that excluding "fuzz" excludes every test
// here.
@Tag("fuzz")
@org.junit.jupiter.api.Tag("fuzz")
class FuzzingTest {

  @Property(tries = 1500)
  void brokenDocumentsFailTheSameWayOnEveryLine(
      @ForAll("sampleIndex") int index, @ForAll Random random) {
    JsonSamples.Sample sample = JsonSamples.all().get(index);
    Readers.accept(JsonMutator.mutate(sample.json(), random), sample.type());
  }

  static Stream<Line> lines() {
    return Line.all().stream();
  }

  @Provide
  Arbitrary<Integer> sampleIndex() {
    return Arbitraries.integers().between(0, JsonSamples.all().size() - 1);
  }

  // --- linear time on hostile sizes (a generous bound: quadratic reading takes minutes)

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void aChecklistOf300000KeysReadsInLinearTime(Line line) {
    StringBuilder json =
        new StringBuilder(
            "{\"fiscalYear\":2561,\"period\":\"H1\",\"submittedOn\":\"2018-04-20\",\"checklist\":{");
    for (int i = 0; i < 300_000; i++) {
      json.append(i == 0 ? "" : ",").append("\"K").append(i).append("\":true");
    }
    String document = json.append("}}").toString();
    MaintenanceReport report =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () ->
                (MaintenanceReport)
                    line.geccRead(
                        document.getBytes(StandardCharsets.UTF_8), MaintenanceReport.class));
    assertThat(report.checklist()).hasSize(300_000);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void aRulebookOf30000LevelsReadsInLinearTime(Line line) {
    StringBuilder json =
        new StringBuilder(
            "{\"id\":\"WIDE\",\"firstRound\":2567,\"selfAssessmentGate\":0,\"criteria\":[");
    for (int i = 0; i < 30_000; i++) {
      json.append(i == 0 ? "" : ",")
          .append("{\"id\":\"C")
          .append(i)
          .append("\",\"level\":\"L")
          .append(i)
          .append("\",\"points\":1}");
    }
    json.append(
        "],\"outcomes\":[{\"name\":\"PASSED\",\"requirements\":[{\"kind\":\"AT_LEAST_POINTS\","
            + "\"minimum\":1}]}]}");
    String document = json.toString();
    Rulebook rulebook =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () ->
                (Rulebook)
                    line.geccRead(document.getBytes(StandardCharsets.UTF_8), Rulebook.class));
    assertThat(rulebook.levels()).hasSize(30_000);
  }
}

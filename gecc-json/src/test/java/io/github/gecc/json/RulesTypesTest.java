package io.github.gecc.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gecc.json.deser.AssessmentDeserializer;
import io.github.gecc.json.deser.EvaluationDeserializer;
import io.github.gecc.rules.Assessment;
import io.github.gecc.rules.AssessmentKind;
import io.github.gecc.rules.BundledRulebooks;
import io.github.gecc.rules.Criterion;
import io.github.gecc.rules.Evaluation;
import io.github.gecc.rules.Level;
import io.github.gecc.rules.Outcome;
import io.github.gecc.rules.Requirement;
import io.github.gecc.rules.Rulebook;
import io.github.gecc.rules.RulebookRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Round trips of every rules type through {@link GeccModule}. */
class RulesTypesTest {

  private final ObjectMapper mapper = GeccJson.mapper();
  private static final Rulebook GECC = BundledRulebooks.gecc2560();

  /** FICTIONAL TEST DATA: a three-level rulebook, not a real GECC rulebook. */
  static Rulebook fictional() throws IOException {
    try (InputStream in = RulesTypesTest.class.getResourceAsStream("fictional-three-level-rulebook.json")) {
      return GeccJson.mapper().readValue(in, Rulebook.class);
    }
  }

  // --- small types

  @Test
  void level_roundTrips() throws Exception {
    Level level = Level.of("EXCELLENT");
    assertThat(mapper.writeValueAsString(level)).isEqualTo("\"EXCELLENT\"");
    assertThat(mapper.readValue("\"EXCELLENT\"", Level.class)).isEqualTo(level);
  }

  @Test
  void criterion_roundTrips() throws Exception {
    Criterion c = Criterion.of("X1", Level.ADVANCED, 2).withThaiTitle("ก").withEnglishTitle("a");
    String json = mapper.writeValueAsString(c);
    assertThat(json).isEqualTo("{\"id\":\"X1\",\"level\":\"ADVANCED\",\"points\":2,\"titleThai\":\"ก\",\"titleEnglish\":\"a\"}");
    assertThat(mapper.readValue(json, Criterion.class)).isEqualTo(c);
  }

  @Test
  void requirements_roundTrip() throws Exception {
    for (Requirement r :
        List.of(Requirement.allOf(Level.BASIC), Requirement.atLeast(10, Level.ADVANCED), Requirement.atLeastPoints(60))) {
      assertThat(mapper.readValue(mapper.writeValueAsString(r), Requirement.class)).isEqualTo(r);
    }
    assertThat(mapper.writeValueAsString(Requirement.atLeast(10, Level.ADVANCED)))
        .isEqualTo("{\"kind\":\"AT_LEAST_COUNT\",\"level\":\"ADVANCED\",\"minimum\":10}");
  }

  @Test
  void outcome_roundTrips() throws Exception {
    Outcome o = GECC.outcomes().get(0);
    assertThat(mapper.readValue(mapper.writeValueAsString(o), Outcome.class)).isEqualTo(o);
  }

  // --- rulebooks

  @Test
  void gecc2560_roundTrips() throws Exception {
    String json = mapper.writeValueAsString(GECC);
    assertThat(mapper.readValue(json, Rulebook.class)).isEqualTo(GECC);
    JsonNode tree = mapper.readTree(json);
    assertThat(tree.get("criteria")).hasSize(60);
    assertThat(tree.get("selfAssessmentGate").intValue()).isEqualTo(60);
  }

  @Test
  void aThreeLevelRulebookLoadsFromJson() throws Exception {
    Rulebook r = fictional();
    assertThat(r.levels()).containsExactly(Level.BASIC, Level.ADVANCED, Level.of("EXCELLENT"));
    assertThat(r.outcomes()).extracting(Outcome::name).containsExactly("EXCELLENT", "ADVANCED", "BASIC");
    assertThat(r.maxPoints()).isEqualTo(18);
    assertThat(mapper.readValue(mapper.writeValueAsString(r), Rulebook.class)).isEqualTo(r);
    Evaluation e = r.evaluate(Assessment.ofMet(r, AssessmentKind.COMMITTEE, List.of("F-B01", "F-B02", "F-B03", "F-B04", "F-B05", "F-A1")));
    assertThat(e.outcome()).isEqualTo("ADVANCED");
    assertThat(e.unmet().keySet()).extracting(Level::name).containsExactly("BASIC", "ADVANCED", "EXCELLENT");
  }

  // --- assessments and evaluations

  @Property(tries = 100)
  void assessments_roundTrip(@ForAll @Size(max = 60) List<@IntRange(min = 0, max = 119) Integer> picks) throws Exception {
    Assessment a = assessment(picks);
    String json = mapper.writeValueAsString(a);
    assertThat(mapper.readValue(json, Assessment.class)).isEqualTo(a);
  }

  @Property(tries = 100)
  void evaluations_roundTrip(@ForAll @Size(max = 60) List<@IntRange(min = 0, max = 119) Integer> picks) throws Exception {
    Evaluation e = GECC.evaluate(assessment(picks));
    String json = mapper.writeValueAsString(e);
    Evaluation read = mapper.readValue(json, Evaluation.class);
    assertThat(read).isEqualTo(e);
    assertThat(mapper.writeValueAsString(read)).isEqualTo(json);
  }

  @Test
  void evaluationOfAFictionalRulebook_roundTripsWithItsRegistry() throws Exception {
    Rulebook r = fictional();
    Evaluation e = r.evaluate(Assessment.builder(r, AssessmentKind.SELF_ASSESSMENT).met("F-E1").notMet("F-B01").build());
    JsonNode tree = mapper.valueToTree(e);
    RulebookRegistry registry = RulebookRegistry.bundled().plus(r);
    assertThat(new EvaluationDeserializer(registry).read(JsonInput.root(tree))).isEqualTo(e);
    assertThat(new AssessmentDeserializer(registry).read(JsonInput.root(tree.get("assessment")))).isEqualTo(e.assessment());
  }

  /** Each pick answers one criterion: 0..59 met, 60..119 not met; later picks of one id are skipped. */
  private static Assessment assessment(List<Integer> picks) {
    Assessment.Builder b = Assessment.builder(GECC, picks.size() % 2 == 0 ? AssessmentKind.COMMITTEE : AssessmentKind.SELF_ASSESSMENT);
    List<String> done = new ArrayList<>();
    for (int p : picks) {
      String id = GECC.criteria().get(p % 60).id();
      if (!done.contains(id)) {
        done.add(id);
        b.answer(id, p < 60);
      }
    }
    return b.build();
  }
}

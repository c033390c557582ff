package io.github.gecc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.json.deser.AssessmentDeserializer;
import io.github.gecc.json.deser.EvaluationDeserializer;
import io.github.gecc.json.ser.EvaluationSerializer;
import io.github.gecc.rules.Assessment;
import io.github.gecc.rules.AssessmentKind;
import io.github.gecc.rules.BundledRulebooks;
import io.github.gecc.rules.Evaluation;
import io.github.gecc.rules.Rulebook;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading evaluations and assessments back: refusals with their pointers. */
class EvaluationDeserializerTest {

  private final ObjectMapper mapper = GeccJson.mapper();
  private static final Rulebook GECC = BundledRulebooks.gecc2560();
  private static final Evaluation EXAMPLE =
      GECC.evaluate(Assessment.ofMet(GECC, AssessmentKind.COMMITTEE, List.of("B01", "B02", "A01")));

  private static GeccJsonException refusal(ThrowingRead read) {
    Throwable t = catchThrowable(read::run);
    assertThat(t).isInstanceOf(GeccJsonException.class);
    return (GeccJsonException) t;
  }

  interface ThrowingRead {
    void run() throws Exception;
  }

  @Test
  void read_withoutComputedFields() throws Exception {
    ObjectNode tree = mapper.createObjectNode();
    tree.set("assessment", mapper.valueToTree(EXAMPLE.assessment()));
    assertThat(new EvaluationDeserializer().read(JsonInput.root(tree))).isEqualTo(EXAMPLE);
  }

  @Test
  void read_refusesAForgedOutcome() {
    ObjectNode tree = EvaluationSerializer.toTree(EXAMPLE);
    tree.put("outcome", "CERTIFIED");
    GeccJsonException e = refusal(() -> new EvaluationDeserializer().read(JsonInput.root(tree)));
    assertThat(e.pointer()).isEqualTo("/outcome");
    assertThat(e.getOriginalMessage()).contains("recorded outcome \"CERTIFIED\" differs from \"NOT_CERTIFIED\"");
  }

  @Test
  void read_refusesForgedPoints() {
    ObjectNode tree = EvaluationSerializer.toTree(EXAMPLE);
    tree.put("points", 60);
    GeccJsonException e = refusal(() -> new EvaluationDeserializer().read(JsonInput.root(tree)));
    assertThat(e.pointer()).isEqualTo("/points");
    assertThat(e.getOriginalMessage()).contains("recorded points 60 differs from 4");
  }

  @Test
  void read_refusesAnUnknownField() {
    ObjectNode tree = EvaluationSerializer.toTree(EXAMPLE);
    tree.put("verdict", "ok");
    GeccJsonException e = refusal(() -> new EvaluationDeserializer().read(JsonInput.root(tree)));
    assertThat(e.pointer()).isEqualTo("/verdict");
  }

  @Test
  void read_refusesAMissingAssessment() {
    GeccJsonException e = refusal(() -> mapper.readValue("{\"points\":4}", Evaluation.class));
    assertThat(e.pointer()).isEqualTo("/assessment");
  }

  @Test
  void assessment_refusesTwoAnswersForOneCriterion() {
    String json =
        "{\"rulebook\":\"GECC-2560\",\"kind\":\"COMMITTEE\",\"answers\":["
            + "{\"criterion\":\"B01\",\"met\":true},{\"criterion\":\"B01\",\"met\":false}]}";
    GeccJsonException e = refusal(() -> mapper.readValue(json, Assessment.class));
    assertThat(e.pointer()).isEqualTo("/answers/1/criterion");
    assertThat(e.getOriginalMessage()).contains("criterion 'B01' is answered twice (first at /answers/0)");
  }

  @Test
  void assessment_refusesAnUnknownCriterion() {
    String json = "{\"rulebook\":\"GECC-2560\",\"kind\":\"COMMITTEE\",\"answers\":[{\"criterion\":\"C01\",\"met\":true}]}";
    GeccJsonException e = refusal(() -> mapper.readValue(json, Assessment.class));
    assertThat(e.pointer()).isEqualTo("/answers/0/criterion");
    assertThat(e.getOriginalMessage()).contains("criterion 'C01' is not in rulebook GECC-2560");
  }

  @Test
  void assessment_refusesAnUnknownKind() {
    String json = "{\"rulebook\":\"GECC-2560\",\"kind\":\"AUDIT\",\"answers\":[]}";
    GeccJsonException e = refusal(() -> new AssessmentDeserializer().read(JsonInput.root(mapper.readTree(json))));
    assertThat(e.pointer()).isEqualTo("/kind");
    assertThat(e.getOriginalMessage()).contains("'AUDIT' is not one of SELF_ASSESSMENT, COMMITTEE");
  }

  @Test
  void assessment_refusesAMetGivenAsText() {
    String json = "{\"rulebook\":\"GECC-2560\",\"kind\":\"COMMITTEE\",\"answers\":[{\"criterion\":\"B01\",\"met\":\"yes\"}]}";
    GeccJsonException e = refusal(() -> mapper.readValue(json, Assessment.class));
    assertThat(e.pointer()).isEqualTo("/answers/0/met");
  }
}

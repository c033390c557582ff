package io.github.gecc.json;

import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import io.github.gecc.json.deser.AssessmentDeserializer;
import io.github.gecc.json.deser.CriterionDeserializer;
import io.github.gecc.json.deser.EvaluationDeserializer;
import io.github.gecc.json.deser.LevelDeserializer;
import io.github.gecc.json.deser.OutcomeDeserializer;
import io.github.gecc.json.deser.RequirementDeserializer;
import io.github.gecc.json.deser.RulebookDeserializer;
import io.github.gecc.json.ser.AssessmentSerializer;
import io.github.gecc.json.ser.CriterionSerializer;
import io.github.gecc.json.ser.EvaluationSerializer;
import io.github.gecc.json.ser.LevelSerializer;
import io.github.gecc.json.ser.OutcomeSerializer;
import io.github.gecc.json.ser.RequirementSerializer;
import io.github.gecc.json.ser.RulebookSerializer;
import io.github.gecc.rules.Assessment;
import io.github.gecc.rules.Criterion;
import io.github.gecc.rules.Evaluation;
import io.github.gecc.rules.Level;
import io.github.gecc.rules.Outcome;
import io.github.gecc.rules.Requirement;
import io.github.gecc.rules.Rulebook;

/**
 * Registers the serializers and deserializers of the rules types with {@link GeccModule}.
 * Assessments and evaluations read through the module look rulebook ids up in the bundled
 * registry; a program with its own rulebooks registers {@code new AssessmentDeserializer(registry)}
 * and {@code new EvaluationDeserializer(registry)} on its own module.
 */
final class RulesTypes {

  private RulesTypes() {}

  static void register(SimpleSerializers serializers, SimpleDeserializers deserializers) {
    serializers.addSerializer(Level.class, new LevelSerializer());
    serializers.addSerializer(Criterion.class, new CriterionSerializer());
    serializers.addSerializer(Requirement.class, new RequirementSerializer());
    serializers.addSerializer(Outcome.class, new OutcomeSerializer());
    serializers.addSerializer(Rulebook.class, new RulebookSerializer());
    serializers.addSerializer(Assessment.class, new AssessmentSerializer());
    serializers.addSerializer(Evaluation.class, new EvaluationSerializer());
    deserializers.addDeserializer(Level.class, new LevelDeserializer());
    deserializers.addDeserializer(Criterion.class, new CriterionDeserializer());
    deserializers.addDeserializer(Requirement.class, new RequirementDeserializer());
    deserializers.addDeserializer(Outcome.class, new OutcomeDeserializer());
    deserializers.addDeserializer(Rulebook.class, new RulebookDeserializer());
    deserializers.addDeserializer(Assessment.class, new AssessmentDeserializer());
    deserializers.addDeserializer(Evaluation.class, new EvaluationDeserializer());
  }
}

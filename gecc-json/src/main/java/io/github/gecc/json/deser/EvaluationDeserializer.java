package io.github.gecc.json.deser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.json.JsonObjectInput;
import io.github.gecc.json.ser.EvaluationSerializer;
import io.github.gecc.rules.Assessment;
import io.github.gecc.rules.Evaluation;
import io.github.gecc.rules.RulebookRegistry;
import java.util.Iterator;
import java.util.Objects;

/**
 * Reads an {@link Evaluation} in the form {@link EvaluationSerializer} writes.
 *
 * <p>An evaluation is a pure function of its rulebook and assessment (RULES.md §3), so the
 * reader re-evaluates the recorded {@code assessment} and checks every other recorded field
 * against the result: a field that differs is refused at its pointer, so an edited or forged
 * evaluation is never accepted. Fields may be left out (they are computed); {@code
 * libraryVersion} is not compared, and the evaluation read carries the running library's
 * version. Unknown fields are refused.
 */
public final class EvaluationDeserializer extends GeccDeserializer<Evaluation> {

  private static final long serialVersionUID = 1L;

  private final transient RulebookRegistry registry;

  /** Creates the deserializer that knows the bundled rulebooks. */
  public EvaluationDeserializer() {
    this(RulebookRegistry.bundled());
  }

  /**
   * Creates the deserializer that looks rulebook ids up in a registry.
   *
   * @param registry the registry, not null
   */
  public EvaluationDeserializer(RulebookRegistry registry) {
    super(Evaluation.class);
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /**
   * Reads an evaluation.
   *
   * @param input a JSON object with at least {@code assessment}
   * @return the evaluation of the recorded assessment
   * @throws GeccJsonException if the assessment is refused, a field is unknown, or a recorded
   *     field differs from the re-evaluation
   */
  @Override
  public Evaluation read(JsonInput input) throws GeccJsonException {
    JsonObjectInput object = input.object("evaluation");
    Assessment assessment =
        new AssessmentDeserializer(registry == null ? RulebookRegistry.bundled() : registry)
            .read(object.required("assessment"));
    Evaluation evaluation = input.core(() -> assessment.rulebook().evaluate(assessment));
    java.util.Optional<JsonInput> version = object.optional("libraryVersion");
    if (version.isPresent()) {
      version.get().text();
    }
    ObjectNode computed = EvaluationSerializer.toTree(evaluation);
    Iterator<String> names = computed.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (name.equals("assessment") || name.equals("libraryVersion")) {
        continue;
      }
      java.util.Optional<JsonInput> recorded = object.optional(name);
      if (recorded.isPresent()) {
        JsonNode expected = computed.get(name);
        if (!expected.equals(recorded.get().node())) {
          throw recorded.get().error(
              "recorded " + name + " " + shorten(recorded.get().node()) + " differs from "
                  + shorten(expected) + ", computed by evaluating the recorded assessment against rulebook "
                  + evaluation.rulebookId());
        }
      }
    }
    object.finish();
    return evaluation;
  }

  private static String shorten(JsonNode node) {
    String text = node.toString();
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}

package io.github.gecc.json;

import com.google.common.collect.ImmutableList;
import io.github.gecc.json.deser.RulebookDeserializer;
import io.github.gecc.rules.Assessment;
import io.github.gecc.rules.AssessmentKind;
import io.github.gecc.rules.Rulebook;
import io.github.gecc.rules.RulebookRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The short form of an assessment that the command line reads: {@code
 * {"rulebook":"GECC-2560","met":["B01","B02","A01"]}}.
 *
 * <p>{@code rulebook} is the id of a rulebook of the registry, or a whole rulebook document (as
 * {@link RulebookDeserializer} reads it); {@code met} lists the criteria met, and every other
 * criterion of the rulebook is answered not met. Reading is strict: an unknown field, an unknown
 * rulebook id, and an unknown or repeated criterion id are refused with the JSON Pointer of the
 * offending element (for example {@code /met/3}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MetListRequest {

  private final Rulebook rulebook;
  private final Assessment assessment;

  private MetListRequest(Rulebook rulebook, Assessment assessment) {
    this.rulebook = rulebook;
    this.assessment = assessment;
  }

  /**
   * Reads the object {@code {"rulebook": <id or document>, "met": [ids]}}.
   *
   * @param input the object, not null
   * @param registry where rulebook ids are looked up, not null
   * @param kind the kind of the assessment built, not null
   * @return the request
   * @throws GeccJsonException if the value is not such an object, has another field, names an
   *     unknown rulebook, holds a broken rulebook, or lists an unknown or repeated criterion
   */
  public static MetListRequest read(JsonInput input, RulebookRegistry registry, AssessmentKind kind)
      throws GeccJsonException {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(kind, "kind");
    JsonObjectInput object = input.object("assessment");
    JsonInput rulebookInput = object.required("rulebook");
    JsonInput metInput = object.required("met");
    object.finish();
    Rulebook rulebook = readRulebook(rulebookInput, registry);
    return new MetListRequest(rulebook, readMet(metInput, rulebook, kind));
  }

  /**
   * Reads a rulebook given by id or as a whole document.
   *
   * @param input a string (an id of the registry) or a rulebook object, not null
   * @param registry where ids are looked up, not null
   * @return the rulebook
   * @throws GeccJsonException if the id is unknown (the message lists the known ids), the
   *     document is refused or reuses a registered id with other content (RULES.md §3, trust), or
   *     the value is neither a string nor an object
   */
  public static Rulebook readRulebook(JsonInput input, RulebookRegistry registry) throws GeccJsonException {
    if (input.node().isObject()) {
      Rulebook given = new RulebookDeserializer().read(input);
      JsonInput id = JsonInput.at(input.node().get("id"), input.pointer().appendProperty("id"));
      return id.core(() -> registry.admit(given));
    }
    if (!input.node().isTextual()) {
      throw input.error(
          "a rulebook is given by its id (a string such as \"GECC-2560\") or as a whole rulebook object, not "
              + describe(input));
    }
    String id = input.text();
    return registry
        .byId(id)
        .orElseThrow(
            () ->
                input.error(
                    "unknown rulebook '"
                        + id
                        + "'; known rulebooks are "
                        + registry.all().stream().map(Rulebook::id).collect(Collectors.joining(", "))
                        + ", or give a whole rulebook object"));
  }

  /**
   * Reads a list of the criteria met and answers every other criterion not met.
   *
   * @param input a JSON array of criterion ids, not null
   * @param rulebook the rulebook, not null
   * @param kind the kind of the assessment, not null
   * @return the assessment, every criterion answered
   * @throws GeccJsonException if the value is not an array of strings, or an id is unknown or
   *     repeated; the pointer names the element
   */
  public static Assessment readMet(JsonInput input, Rulebook rulebook, AssessmentKind kind)
      throws GeccJsonException {
    ImmutableList<String> met = readIds(input, rulebook);
    return input.core(() -> Assessment.ofMet(rulebook, kind, met));
  }

  /**
   * Reads a list of criterion ids of a rulebook, each at most once.
   *
   * @param input a JSON array of criterion ids, not null
   * @param rulebook the rulebook, not null
   * @return the ids, in the order given
   * @throws GeccJsonException if the value is not an array of strings, or an id is not in the
   *     rulebook (the message says which ids it has) or is repeated; the pointer names the element
   */
  public static ImmutableList<String> readIds(JsonInput input, Rulebook rulebook) throws GeccJsonException {
    Map<String, String> seen = new HashMap<>();
    ImmutableList.Builder<String> ids = ImmutableList.builder();
    for (JsonInput element : input.elements()) {
      String id = element.text();
      if (rulebook.criterion(id).isEmpty()) {
        throw element.error(unknownCriterion(id, rulebook));
      }
      String first = seen.putIfAbsent(id, element.pointer().toString());
      if (first != null) {
        throw element.error("criterion '" + id + "' is listed twice (first at " + first + "); list each criterion once");
      }
      ids.add(id);
    }
    return ids.build();
  }

  /**
   * Returns the message for a criterion id a rulebook does not have, naming the ids it has.
   *
   * @param id the id, not null
   * @param rulebook the rulebook, not null
   * @return for example {@code criterion 'A21' is not in rulebook GECC-2560, whose criteria are
   *     BASIC B01..B40, ADVANCED A01..A20}
   */
  public static String unknownCriterion(String id, Rulebook rulebook) {
    StringBuilder text =
        new StringBuilder("criterion '").append(id).append("' is not in rulebook ").append(rulebook.id())
            .append(", whose criteria are ");
    String separator = "";
    for (io.github.gecc.rules.Level level : rulebook.levels()) {
      var criteria = rulebook.criteriaOf(level);
      text.append(separator).append(level.name()).append(' ').append(criteria.get(0).id());
      if (criteria.size() > 1) {
        text.append(criteria.size() > 2 ? ".." : ", ").append(criteria.get(criteria.size() - 1).id());
      }
      separator = ", ";
    }
    return text.toString();
  }

  private static String describe(JsonInput input) {
    switch (input.node().getNodeType()) {
      case ARRAY:
        return "an array";
      case NUMBER:
        return "the number " + input.node();
      case BOOLEAN:
        return input.node().toString();
      default:
        return input.node().getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * Returns the rulebook.
   *
   * @return the rulebook named or given
   */
  public Rulebook rulebook() {
    return rulebook;
  }

  /**
   * Returns the assessment: the listed criteria met, every other not met.
   *
   * @return the assessment
   */
  public Assessment assessment() {
    return assessment;
  }
}

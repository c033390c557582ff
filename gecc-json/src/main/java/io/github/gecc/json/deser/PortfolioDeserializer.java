package io.github.gecc.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.certification.Centre;
import io.github.gecc.certification.CentreLifecycle;
import io.github.gecc.certification.LifecyclePolicy;
import io.github.gecc.certification.Portfolio;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.json.JsonObjectInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a {@link Portfolio}: {@code {"validity":"YEARS_FROM_DATE","dueDays":30,"centres":[…]}},
 * the policy fields optional. A repeated centre id is refused at the second centre's {@code id};
 * a report for a period not owed is refused at that report.
 */
public final class PortfolioDeserializer extends GeccDeserializer<Portfolio> {

  private static final long serialVersionUID = 1L;

  /** Creates the deserializer. */
  public PortfolioDeserializer() {
    super(Portfolio.class);
  }

  /**
   * Reads a portfolio from the stream, reading and checking each centre right after its tree is
   * built, while that tree is still in the processor's caches, rather than building the whole
   * document's tree first and walking it afterwards.
   *
   * <p>Measured with {@code JsonReadBenchmark.gecc} (JFR): walking the whole document's tree after
   * building it spent about a fifth of the read on first touches of its nodes ({@code
   * JsonNode.isNull}, {@code String.hashCode} of the field look-ups, {@code ArrayNode.size}).
   *
   * <p>The result and every refusal are those of {@link #read(JsonInput)} on the whole tree: the
   * whole tree is still built (each centre's tree is kept in it), and whenever anything is not the
   * plain case (a centre refused, a repeated centre id, a policy field refused or after the {@code
   * centres}, {@code centres} not an array), the centres read so far are dropped and {@link
   * #read(JsonInput)} runs on the whole tree, so the error and its pointer are unchanged. Malformed
   * JSON (and a repeated field name) is refused by the parser wherever it is, as before.
   */
  @Override
  public Portfolio deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return super.deserialize(p, ctxt);
    }
    JsonPointer at = pointerOf(p);
    ObjectNode document = ctxt.getNodeFactory().objectNode();
    List<CentreLifecycle> lifecycles = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    boolean plain = true;
    boolean centresSeen = false;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      JsonToken value = p.nextToken();
      if (centresSeen) {
        plain = false; // a field after the centres could change the policy they were read under
      }
      if (!name.equals("centres") || value != JsonToken.START_ARRAY) {
        document.set(name, ctxt.readTree(p));
        continue;
      }
      centresSeen = true;
      LifecyclePolicy policy = null;
      try {
        policy = LifecyclePolicyDeserializer.readFields(JsonInput.at(document, at).object("portfolio"));
      } catch (GeccJsonException | RuntimeException e) {
        plain = false;
      }
      ArrayNode centres = document.putArray(name);
      JsonPointer centresAt = at.appendProperty(name);
      for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
        JsonNode centre = ctxt.readTree(p);
        centres.add(centre);
        if (plain) {
          try {
            CentreLifecycle lifecycle =
                CentreDeserializer.readLifecycle(JsonInput.at(centre, centresAt.appendIndex(i)), policy);
            plain = ids.add(lifecycle.centre().id());
            lifecycles.add(lifecycle);
          } catch (GeccJsonException | RuntimeException e) {
            plain = false;
          }
        }
      }
    }
    JsonInput input = JsonInput.at(document, at);
    if (!plain || !centresSeen) {
      return read(input);
    }
    // The checks of read(JsonInput) before the centres, in its order; the policy is the one the
    // centres were read under, as no field follows the centres.
    JsonObjectInput object = input.object("portfolio");
    LifecyclePolicy policy = LifecyclePolicyDeserializer.readFields(object);
    JsonInput centres = object.required("centres");
    object.finish();
    return centres.core(() -> Portfolio.ofLifecycles(lifecycles, policy));
  }

  /**
   * Reads a portfolio.
   *
   * @param input the portfolio object
   * @return the portfolio
   * @throws GeccJsonException if a field is missing, unknown or refused, or a centre id repeats
   */
  @Override
  public Portfolio read(JsonInput input) throws GeccJsonException {
    JsonObjectInput object = input.object("portfolio");
    LifecyclePolicy policy = LifecyclePolicyDeserializer.readFields(object);
    JsonInput centres = object.required("centres");
    object.finish();
    return readCentres(centres, policy);
  }

  /**
   * Reads a list of centres into a portfolio under given policies.
   *
   * @param centres the JSON array of centres
   * @param policy the policies, not null
   * @return the portfolio
   * @throws GeccJsonException if a centre is refused or a centre id repeats
   */
  public static Portfolio readCentres(JsonInput centres, LifecyclePolicy policy) throws GeccJsonException {
    // Each centre's schedule is computed once, by the reader's check of its reports, and kept in
    // its lifecycle: Portfolio.of computed it again (JsonReadBenchmark.gecc, JFR: 14% of the read
    // was computing schedules, half of it the second time).
    List<CentreLifecycle> list = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (JsonInput element : centres.elements()) {
      CentreLifecycle lifecycle = CentreDeserializer.readLifecycle(element, policy);
      Centre centre = lifecycle.centre();
      if (!ids.add(centre.id())) {
        throw JsonInput.at(element.node().get("id"), element.pointer().appendProperty("id"))
            .error("centre id '" + centre.id() + "' appears twice in the portfolio; centre ids are unique");
      }
      list.add(lifecycle);
    }
    return centres.core(() -> Portfolio.ofLifecycles(list, policy));
  }
}

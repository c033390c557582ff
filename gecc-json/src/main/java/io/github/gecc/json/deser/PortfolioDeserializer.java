package io.github.gecc.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
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
   * Reads a portfolio from the stream: a plainly valid document straight into the core values,
   * without a tree ({@link PortfolioStreamReader}), anything else by {@link #read(JsonInput)} on
   * the document's tree, so that the result and every refusal, with its pointer, are those of
   * {@link #read(JsonInput)}. Malformed JSON (and a repeated field name) is refused by the parser
   * wherever it is, as before.
   */
  @Override
  public Portfolio deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return super.deserialize(p, ctxt);
    }
    return PortfolioStreamReader.read(p, ctxt, pointerOf(p), this);
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

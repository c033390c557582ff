package io.github.gecc.json.deser;

import io.github.gecc.certification.Centre;
import io.github.gecc.certification.LifecyclePolicy;
import io.github.gecc.certification.Portfolio;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.json.JsonObjectInput;
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
    List<Centre> list = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (JsonInput element : centres.elements()) {
      Centre centre = CentreDeserializer.read(element, policy);
      if (!ids.add(centre.id())) {
        throw JsonInput.at(element.node().get("id"), element.pointer().appendProperty("id"))
            .error("centre id '" + centre.id() + "' appears twice in the portfolio; centre ids are unique");
      }
      list.add(centre);
    }
    return centres.core(() -> Portfolio.of(list, policy));
  }
}

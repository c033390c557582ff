package io.github.gecc.json.deser;

import io.github.gecc.certification.Certification;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.json.JsonObjectInput;
import io.github.gecc.time.FiscalYear;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads a {@link Certification}: {@code {"centre":"c-1","round":2560,"certifiedOn":"2017-09-21",
 * "outcome":"CERTIFIED","rulebook":"GECC-2560"}}; {@code outcome} and {@code rulebook} are
 * optional. Inside a centre document the {@code centre} field may be left out.
 */
public final class CertificationDeserializer extends GeccDeserializer<Certification> {

  private static final long serialVersionUID = 1L;

  /** Creates the deserializer. */
  public CertificationDeserializer() {
    super(Certification.class);
  }

  /**
   * Reads a certification whose {@code centre} field is required.
   *
   * @param input the certification object
   * @return the certification
   * @throws GeccJsonException if a field is missing, unknown, of the wrong type, or refused by the
   *     core (a Common Era round, a date that does not fit the round)
   */
  @Override
  public Certification read(JsonInput input) throws GeccJsonException {
    return read(input, null);
  }

  /**
   * Reads a certification of a known centre: {@code centre} may be absent, and must match when
   * present.
   *
   * @param input the certification object
   * @param centreId the id of the centre it belongs to, or null when the document must name it
   * @return the certification
   * @throws GeccJsonException if a field is missing, unknown, of the wrong type, names another
   *     centre, or is refused by the core
   */
  public static Certification read(JsonInput input, String centreId) throws GeccJsonException {
    JsonObjectInput object = input.object("certification");
    String centre;
    if (centreId == null) {
      centre = object.required("centre").nonBlankText();
    } else {
      Optional<JsonInput> named = object.optional("centre");
      if (named.isPresent() && !named.get().text().equals(centreId)) {
        throw named.get().error(
            "certification names centre '" + named.get().text() + "' inside centre '" + centreId + "'");
      }
      centre = centreId;
    }
    JsonInput roundInput = object.required("round");
    FiscalYear round = new FiscalYearDeserializer().read(roundInput);
    JsonInput dateInput = object.required("certifiedOn");
    LocalDate certifiedOn = dateInput.date();
    Optional<JsonInput> outcome = object.optional("outcome");
    Optional<JsonInput> rulebook = object.optional("rulebook");
    object.finish();
    Certification.Builder builder = Certification.builder();
    builder.centreId(centre).round(round).certifiedOn(certifiedOn);
    if (outcome.isPresent()) {
      String value = outcome.get().nonBlankText();
      builder.outcome(value);
    }
    if (rulebook.isPresent()) {
      String value = rulebook.get().nonBlankText();
      builder.rulebookId(value);
    }
    return dateInput.core(builder::build);
  }
}

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
    Fields fields = readFields(object);
    object.finish();
    return fields.build(centre);
  }

  /**
   * Reads the fields of a certification other than its centre — {@code round}, {@code
   * certifiedOn} and the optional {@code outcome} and {@code rulebook} — from an object that may
   * hold other fields too (the {@code certification} command's request). The caller finishes the
   * object, then builds the certification.
   *
   * @param object the object being read, not null
   * @return the fields read, to build once the object is finished
   * @throws GeccJsonException if one of those fields is missing or of the wrong type, or the round
   *     is refused
   */
  public static Fields readFields(JsonObjectInput object) throws GeccJsonException {
    FiscalYear round = new FiscalYearDeserializer().read(object.required("round"));
    JsonInput dateInput = object.required("certifiedOn");
    LocalDate certifiedOn = dateInput.date();
    Optional<JsonInput> outcome = object.optional("outcome");
    Optional<JsonInput> rulebook = object.optional("rulebook");
    Certification.Builder builder = Certification.builder().round(round).certifiedOn(certifiedOn);
    if (outcome.isPresent()) {
      builder.outcome(outcome.get().nonBlankText());
    }
    if (rulebook.isPresent()) {
      builder.rulebookId(rulebook.get().nonBlankText());
    }
    return new Fields(builder, dateInput);
  }

  /** The fields of a certification read by {@link #readFields}, waiting for its centre. */
  public static final class Fields {
    private final Certification.Builder builder;
    private final JsonInput dateInput;

    private Fields(Certification.Builder builder, JsonInput dateInput) {
      this.builder = builder;
      this.dateInput = dateInput;
    }

    /**
     * Returns the {@code certifiedOn} field, where a refusal of the certification is reported.
     *
     * @return the field's value with its pointer
     */
    public JsonInput certifiedOn() {
      return dateInput;
    }

    /**
     * Builds the certification of a centre.
     *
     * @param centreId the centre's id, not blank
     * @return the certification
     * @throws GeccJsonException at {@code certifiedOn} if the core refuses the certification (a
     *     date that does not fit the round)
     */
    public Certification build(String centreId) throws GeccJsonException {
      return dateInput.core(() -> builder.centreId(centreId).build());
    }
  }
}

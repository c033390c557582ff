package io.github.gecc.json.deser;

import io.github.gecc.application.Organisation;
import io.github.gecc.application.OrganisationKind;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.json.JsonObjectInput;
import java.util.Optional;

/**
 * Reads an {@link Organisation}: {@code kind} (required, one of the organisation kinds), {@code
 * informationOnly} and {@code divisionOnly} (optional, default {@code false}), {@code id} and {@code location} (optional).
 */
public final class OrganisationDeserializer extends GeccDeserializer<Organisation> {

  private static final long serialVersionUID = 1L;

  /** Creates the deserializer. */
  public OrganisationDeserializer() {
    super(Organisation.class);
  }

  /**
   * Reads an organisation.
   *
   * @param input the organisation object
   * @return the organisation
   * @throws GeccJsonException if the kind is missing or unknown (the message lists the kinds), a
   *     field is unknown or of the wrong type, or a text is blank
   */
  @Override
  public Organisation read(JsonInput input) throws GeccJsonException {
    JsonObjectInput object = input.object("organisation");
    OrganisationKind kind = object.required("kind").enumValue(OrganisationKind.class);
    Optional<JsonInput> infoInput = object.optional("informationOnly");
    boolean informationOnly = infoInput.isPresent() && infoInput.get().bool();
    Optional<JsonInput> divisionInput = object.optional("divisionOnly");
    boolean divisionOnly = divisionInput.isPresent() && divisionInput.get().bool();
    Optional<JsonInput> idInput = object.optional("id");
    Optional<String> id = idInput.isPresent() ? Optional.of(idInput.get().nonBlankText()) : Optional.empty();
    Optional<JsonInput> locationInput = object.optional("location");
    Optional<String> location =
        locationInput.isPresent() ? Optional.of(locationInput.get().nonBlankText()) : Optional.empty();
    object.finish();
    return input.core(
        () -> Organisation.of(kind, informationOnly, id, location).withDivisionOnly(divisionOnly));
  }
}

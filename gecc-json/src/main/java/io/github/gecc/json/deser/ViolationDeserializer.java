package io.github.gecc.json.deser;

import io.github.gecc.application.Violation;
import io.github.gecc.application.ViolationCode;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.json.JsonObjectInput;

/** Reads a {@link Violation}: {@code code}, {@code message} (English), {@code messageTh}, {@code source}. */
public final class ViolationDeserializer extends GeccDeserializer<Violation> {

  private static final long serialVersionUID = 1L;

  /** Creates the deserializer. */
  public ViolationDeserializer() {
    super(Violation.class);
  }

  /**
   * Reads a violation.
   *
   * @param input the violation object
   * @return the violation
   * @throws GeccJsonException if a field is missing, unknown, blank or the code is unknown
   */
  @Override
  public Violation read(JsonInput input) throws GeccJsonException {
    JsonObjectInput object = input.object("violation");
    ViolationCode code = object.required("code").enumValue(ViolationCode.class);
    String message = object.required("message").nonBlankText();
    String messageTh = object.required("messageTh").nonBlankText();
    String source = object.required("source").nonBlankText();
    object.finish();
    return input.core(() -> Violation.of(code, messageTh, message, source));
  }
}

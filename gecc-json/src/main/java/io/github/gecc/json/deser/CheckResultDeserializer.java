package io.github.gecc.json.deser;

import com.google.common.collect.ImmutableList;
import io.github.gecc.application.CheckResult;
import io.github.gecc.application.Violation;
import io.github.gecc.application.Warning;
import io.github.gecc.application.WarningCode;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.json.JsonObjectInput;

/**
 * Reads a {@link CheckResult}: {@code accepted}, {@code violations} and {@code warnings} (optional); {@code accepted} must be
 * {@code true} exactly when there is no violation.
 */
public final class CheckResultDeserializer extends GeccDeserializer<CheckResult> {

  private static final long serialVersionUID = 1L;

  /** Creates the deserializer. */
  public CheckResultDeserializer() {
    super(CheckResult.class);
  }

  /**
   * Reads a check result.
   *
   * @param input the result object
   * @return the result
   * @throws GeccJsonException if a field is missing, unknown or of the wrong type, a violation is
   *     refused, or {@code accepted} contradicts the violations
   */
  @Override
  public CheckResult read(JsonInput input) throws GeccJsonException {
    JsonObjectInput object = input.object("check result");
    JsonInput acceptedInput = object.required("accepted");
    boolean accepted = acceptedInput.bool();
    ImmutableList<Violation> violations =
        object.required("violations").list(new ViolationDeserializer()::read);
    java.util.Optional<JsonInput> warningsInput = object.optional("warnings");
    ImmutableList<Warning> warnings =
        warningsInput.isPresent() ? warningsInput.get().list(CheckResultDeserializer::warning) : ImmutableList.of();
    object.finish();
    if (accepted != violations.isEmpty()) {
      throw acceptedInput.error(
          "accepted is " + accepted + " but there are " + violations.size()
              + " violations; an application is accepted exactly when it breaks no rule");
    }
    return CheckResult.of(violations, warnings);
  }

  private static Warning warning(JsonInput input) throws GeccJsonException {
    JsonObjectInput object = input.object("warning");
    WarningCode code = object.required("code").enumValue(WarningCode.class);
    String message = object.required("message").nonBlankText();
    String messageTh = object.required("messageTh").nonBlankText();
    String source = object.required("source").nonBlankText();
    object.finish();
    return input.core(() -> Warning.of(code, messageTh, message, source));
  }
}

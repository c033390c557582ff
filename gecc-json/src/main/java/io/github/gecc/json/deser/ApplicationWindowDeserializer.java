package io.github.gecc.json.deser;

import io.github.gecc.application.ApplicationWindow;
import io.github.gecc.application.Channel;
import io.github.gecc.application.DocumentFormat;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.json.JsonObjectInput;
import io.github.gecc.time.FiscalYear;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an {@link ApplicationWindow}: {@code round} (BE), {@code opensAt} (instant, absent or
 * {@code null} when unknown), {@code closesAt} (instant, the last one included), {@code channels},
 * {@code documents} (arrays of names, documents optional) and {@code source}. Instants without
 * an offset are Bangkok time.
 */
public final class ApplicationWindowDeserializer extends GeccDeserializer<ApplicationWindow> {

  private static final long serialVersionUID = 1L;

  /** Creates the deserializer. */
  public ApplicationWindowDeserializer() {
    super(ApplicationWindow.class);
  }

  /**
   * Reads a window.
   *
   * @param input the window object
   * @return the window
   * @throws GeccJsonException if a field is missing, unknown or of the wrong type, a name is not
   *     a channel or document format, or the window breaks a structural rule (closing outside
   *     the round, opening after closing, no channel)
   */
  @Override
  public ApplicationWindow read(JsonInput input) throws GeccJsonException {
    JsonObjectInput object = input.object("application window");
    FiscalYear round = new FiscalYearDeserializer().read(object.required("round"));
    Optional<JsonInput> opensInput = object.optional("opensAt");
    Optional<Instant> opensAt =
        opensInput.isPresent() ? Optional.of(opensInput.get().instant()) : Optional.empty();
    Instant closesAt = object.required("closesAt").instant();
    Set<Channel> channels = EnumLists.read(object.required("channels"), Channel.class);
    Optional<JsonInput> documentsInput = object.optional("documents");
    Set<DocumentFormat> documents =
        documentsInput.isPresent()
            ? EnumLists.read(documentsInput.get(), DocumentFormat.class)
            : Set.of();
    String source = object.required("source").nonBlankText();
    object.finish();
    return input.core(() -> ApplicationWindow.of(round, opensAt, closesAt, channels, documents, source));
  }
}

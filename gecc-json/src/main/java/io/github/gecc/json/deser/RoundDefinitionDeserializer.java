package io.github.gecc.json.deser;

import com.google.common.collect.ImmutableList;
import io.github.gecc.application.ApplicationWindow;
import io.github.gecc.application.Channel;
import io.github.gecc.application.DeadlinePurpose;
import io.github.gecc.application.DocumentFormat;
import io.github.gecc.application.ReportingDeadline;
import io.github.gecc.application.OrganisationKind;
import io.github.gecc.application.RoundDefinition;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.json.JsonObjectInput;
import io.github.gecc.time.FiscalYear;
import io.github.gecc.time.ThaiTime;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one round of a round register ({@code round-register.schema.json}): the fields of an
 * application window ({@code round}, {@code opensAt}, {@code closesAt}, {@code channels}, {@code
 * documents}, {@code source}), or {@code thaiText}, the window as the circular writes it, instead
 * of {@code opensAt} and {@code closesAt}; and optionally {@code eligibleKinds}, {@code rulebook},
 * {@code deadlines} and {@code replaces}.
 *
 * <p>{@code opensAt} and {@code closesAt} are ISO date-times (a local one is Bangkok time) or ISO
 * dates: a whole-day window opens at 00:00 of its first day and closes at the end of its last
 * (RULES.md §4, DECISION). A deadline is {@code {"setBy","purpose","due","task","source"}}: {@code
 * due} likewise, a date being due at the end of that Bangkok day; {@code source} left out cites the
 * round's source.
 *
 * <p>Every refusal names the field: an unknown channel, document format or kind at its element,
 * a {@code thaiText} that is not a Thai date range or closes in another round at {@code
 * /thaiText}, a closing outside the round at {@code /closesAt}, an opening after the closing or
 * too early at {@code /opensAt} (or {@code /thaiText}).
 */
public final class RoundDefinitionDeserializer extends GeccDeserializer<RoundDefinition> {

  private static final long serialVersionUID = 1L;

  /** Creates the deserializer. */
  public RoundDefinitionDeserializer() {
    super(RoundDefinition.class);
  }

  /**
   * Reads a round.
   *
   * @param input the round object
   * @return the definition
   * @throws GeccJsonException if a field is missing, unknown or of the wrong type, or the round
   *     breaks a rule of {@link RoundDefinition} or {@link ApplicationWindow}
   */
  @Override
  public RoundDefinition read(JsonInput input) throws GeccJsonException {
    JsonObjectInput object = input.object("round");
    FiscalYear round = new FiscalYearDeserializer().read(object.required("round"));
    Optional<JsonInput> thaiText = object.optional("thaiText");
    Optional<JsonInput> opensInput = object.optional("opensAt");
    Optional<JsonInput> closesInput = object.optional("closesAt");
    Set<Channel> channels = EnumLists.read(object.required("channels"), Channel.class);
    Optional<JsonInput> documentsInput = object.optional("documents");
    Set<DocumentFormat> documents =
        documentsInput.isPresent()
            ? EnumLists.read(documentsInput.get(), DocumentFormat.class)
            : Set.of();
    String source = object.required("source").nonBlankText();
    Optional<JsonInput> kindsInput = object.optional("eligibleKinds");
    Optional<JsonInput> rulebookInput = object.optional("rulebook");
    Optional<JsonInput> deadlinesInput = object.optional("deadlines");
    Optional<JsonInput> replacesInput = object.optional("replaces");
    object.finish();

    ApplicationWindow window;
    JsonInput openingInput;
    if (thaiText.isPresent()) {
      JsonInput text = thaiText.get();
      if (opensInput.isPresent() || closesInput.isPresent()) {
        throw opensInput.orElseGet(closesInput::get)
            .error("give the window either as thaiText or as opensAt and closesAt, not both");
      }
      String written = text.nonBlankText();
      window = text.core(() -> ApplicationWindow.fromThaiText(written, channels, documents, source));
      if (!window.round().equals(round)) {
        throw text.error(
            "'"
                + written
                + "' closes on "
                + ThaiTime.atBangkok(window.closesAt()).toLocalDate()
                + ", in round "
                + window.round().getValue()
                + ", not in round "
                + round.getValue());
      }
      openingInput = text;
    } else {
      if (closesInput.isEmpty()) {
        throw new GeccJsonException(
            "round needs 'closesAt' or 'thaiText', the window as the circular writes it",
            input.pointer().appendProperty("closesAt"));
      }
      Optional<Instant> opensAt =
          opensInput.isPresent() ? Optional.of(bound(opensInput.get(), false)) : Optional.empty();
      Instant closesAt = bound(closesInput.get(), true);
      // The window's own check refuses; the field blamed is the closing when it falls outside the
      // round, the opening when it comes after the closing.
      FiscalYear closingRound = closesInput.get().core(() -> FiscalYear.from(closesAt));
      JsonInput blamed =
          !closingRound.equals(round)
              ? closesInput.get()
              : opensAt.isPresent() && opensAt.get().isAfter(closesAt) ? opensInput.get() : input;
      window = blamed.core(() -> ApplicationWindow.of(round, opensAt, closesAt, channels, documents, source));
      openingInput = opensInput.orElse(input);
    }

    RoundDefinition.Draft draft = RoundDefinition.builder(window);
    if (kindsInput.isPresent()) {
      Set<OrganisationKind> kinds = EnumLists.read(kindsInput.get(), OrganisationKind.class);
      if (kinds.isEmpty()) {
        throw kindsInput.get()
            .error("an empty list admits no organisation; leave eligibleKinds out to admit every kind");
      }
      draft.eligibleKinds(kinds);
    }
    if (rulebookInput.isPresent()) {
      draft.rulebook(rulebookInput.get().nonBlankText());
    }
    if (deadlinesInput.isPresent()) {
      draft.deadlines(deadlinesInput.get().list(d -> deadline(d, round, source)));
    }
    if (replacesInput.isPresent()) {
      draft.replaces(replacesInput.get().bool());
    }
    return openingInput.core(draft::build);
  }

  private static ReportingDeadline deadline(JsonInput input, FiscalYear round, String roundSource)
      throws GeccJsonException {
    JsonObjectInput object = input.object("internal deadline");
    String setBy = object.required("setBy").nonBlankText();
    DeadlinePurpose purpose = object.required("purpose").enumValue(DeadlinePurpose.class);
    JsonInput dueInput = object.required("due");
    String task = object.required("task").nonBlankText();
    Optional<JsonInput> sourceInput = object.optional("source");
    String source = sourceInput.isPresent() ? sourceInput.get().nonBlankText() : roundSource;
    object.finish();
    Instant due = bound(dueInput, true);
    return input.core(() -> ReportingDeadline.of(round, setBy, purpose, due, task, source));
  }

  /**
   * Reads an ISO date-time, or an ISO date: its first instant for an opening, its last for a
   * closing or a due date, Bangkok time (RULES.md §4, DECISION on whole days).
   */
  private static Instant bound(JsonInput input, boolean end) throws GeccJsonException {
    if (input.text().indexOf('T') < 0) {
      java.time.LocalDate day = input.date();
      return end ? ThaiTime.endOfDay(day) : ThaiTime.startOfDay(day);
    }
    return input.instant();
  }
}

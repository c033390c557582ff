package io.github.gecc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.application.ApplicationWindow;
import io.github.gecc.application.Rounds;
import io.github.gecc.application.WindowState;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.json.JsonObjectInput;
import io.github.gecc.json.JsonOutput;
import io.github.gecc.json.deser.FiscalYearDeserializer;
import io.github.gecc.time.FiscalYear;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code window}: {@code {"round":2567,"at":"2024-02-29T16:30:00+07:00"}} → {@code
 * {"round":2567,"open":true,"state":"OPEN","opensAt":"2024-01-08T08:30:00+07:00",
 * "closesAt":"2024-02-29T16:30:00+07:00","channels":["ONLINE"],"documents":[],"source":"…"}}.
 *
 * <p>Without {@code at}, {@code open} and {@code state} are left out. An opening the sources do
 * not give is {@code null}; {@code effectiveOpensAt} then shows the first instant of the round's
 * fiscal year, from which the window counts as open (RULES.md §4, DECISION).
 *
 * <p>The request may carry a round register, {@code "rounds": […]}, merged over the bundled rounds
 * and those of {@code --rounds FILE} for this call ({@link RoundsOption}). A round known from none
 * of them is bad input at {@code /round}, and the message says how to supply it.
 */
final class WindowCommand implements Command {

  @Override
  public String name() {
    return "window";
  }

  @Override
  public String description() {
    return "the application window of a round, and whether it is open at an instant";
  }

  @Override
  public boolean takesRounds() {
    return true;
  }

  @Override
  public JsonNode run(JsonInput input, CliContext context) throws GeccJsonException {
    JsonObjectInput request = input.object("window request");
    JsonInput roundInput = request.required("round");
    Optional<JsonInput> atInput = request.optional("at");
    Optional<JsonInput> roundsInput = request.optional("rounds");
    request.finish();
    FiscalYear round = new FiscalYearDeserializer().read(roundInput);
    Rounds rounds = RoundsOption.withInline(roundsInput, context.rounds());
    ApplicationWindow window = RoundsOption.windowOf(rounds, round, roundInput);
    Optional<Instant> at = atInput.isPresent() ? Optional.of(atInput.get().instant()) : Optional.empty();

    ObjectNode written = context.mapper().valueToTree(window);
    ObjectNode out = context.object();
    out.put("round", round.getValue());
    if (at.isPresent()) {
      WindowState state = window.stateAt(at.get());
      out.put("open", state == WindowState.OPEN);
      out.put("state", state.name());
      out.put("at", JsonOutput.instant(at.get()));
    }
    out.set("opensAt", written.get("opensAt"));
    out.put("effectiveOpensAt", JsonOutput.instant(window.effectiveOpening()));
    out.set("closesAt", written.get("closesAt"));
    out.set("channels", written.get("channels"));
    out.set("documents", written.get("documents"));
    out.set("source", written.get("source"));
    return out;
  }
}

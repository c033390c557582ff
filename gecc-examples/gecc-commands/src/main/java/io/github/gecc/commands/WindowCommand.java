package io.github.gecc.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.application.ApplicationWindow;
import io.github.gecc.application.Rounds;
import io.github.gecc.application.WindowState;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.time.FiscalYear;
import io.github.gecc.time.ThaiTime;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * {@code window}: {@code {"round":2567,"at":"2024-02-29T16:30:00+07:00"}} → {@code
 * {"round":2567,"open":true,"state":"OPEN","opensAt":"2024-01-08T08:30:00+07:00",
 * "closesAt":"2024-02-29T16:30:00+07:00","channels":["ONLINE"],"documents":[],"source":"…"}}.
 *
 * <p>Without {@code at}, {@code open} and {@code state} are left out. An opening the sources do not
 * give is {@code null}; {@code effectiveOpensAt} then shows the first instant of the round's fiscal
 * year, from which the window counts as open (RULES.md §4, DECISION).
 *
 * <p>The request may carry a round register, {@code "rounds": […]}, merged over the bundled rounds
 * and those of {@code --rounds FILE} for this call ({@link RoundsOption}). A round known from none
 * of them is bad input at {@code /round}, and the message says how to supply it.
 */
final class WindowCommand implements Command {

  private static final List<String> FIELDS = List.of("round", "at", "rounds");

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
  public JsonNode run(JsonNode input, CliContext context) throws GeccJsonException {
    Request request = new Request(context, input, "window request", FIELDS);
    if (!request.has("round")) {
      throw request.error("round", "window request needs the field 'round'");
    }
    FiscalYear round = request.read("round", FiscalYear.class);
    Rounds rounds = RoundsOption.withInline(context, input, context.rounds());
    ApplicationWindow window = RoundsOption.windowOf(rounds, round, "/round");
    Optional<Instant> at =
        request.has("at") ? Optional.of(request.instant("at")) : Optional.empty();

    ObjectNode written = context.mapper().valueToTree(window);
    ObjectNode out = context.object();
    out.put("round", round.getValue());
    if (at.isPresent()) {
      WindowState state = window.stateAt(at.get());
      out.put("open", state == WindowState.OPEN);
      out.put("state", state.name());
      out.put("at", instant(at.get()));
    }
    out.set("opensAt", written.get("opensAt"));
    out.put("effectiveOpensAt", instant(window.effectiveOpening()));
    out.set("closesAt", written.get("closesAt"));
    out.set("channels", written.get("channels"));
    out.set("documents", written.get("documents"));
    out.set("source", written.get("source"));
    return out;
  }

  /** Writes an instant at Bangkok's offset, with seconds, as the module writes instants. */
  static String instant(Instant instant) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ThaiTime.atBangkok(instant));
  }
}

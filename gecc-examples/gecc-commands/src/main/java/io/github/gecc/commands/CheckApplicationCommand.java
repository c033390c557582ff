package io.github.gecc.commands;

import io.github.gecc.json.GeccJsonException;
import java.util.List;
import io.github.gecc.json.GeccJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.application.Application;
import io.github.gecc.application.CheckResult;
import io.github.gecc.application.Rounds;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.gecc.json.GeccModule;
import io.github.gecc.rules.RulebookRegistry;

/**
 * {@code check-application}: every rule an application breaks.
 *
 * <p>In: {@code {"round":2567,"organisation":{"kind":"DISTRICT_OFFICE","informationOnly":false},
 * "selfAssessment":{"rulebook":"GECC-2560","met":[…]},"submittedAt":"…","channels":["ONLINE"],
 * "documents":[]}}. Out: {@code {"round":2567,"accepted":false,"violations":[{"code":…,
 * "message":…English…,"messageTh":…,"source":…}]}}.
 *
 * <p>The request may carry a round register, {@code "rounds": […]}, merged over the bundled rounds
 * and those of {@code --rounds FILE} ({@link RoundsOption}); a registered round's eligible kinds
 * are checked with the rest. A round known from none of them is bad input at {@code /round}.
 */
final class CheckApplicationCommand implements Command {

  @Override
  public String name() {
    return "check-application";
  }

  @Override
  public String description() {
    return "every rule an application breaks";
  }

  @Override
  public boolean takesRounds() {
    return true;
  }

  @Override
  public JsonNode run(JsonNode input, CliContext context) throws GeccJsonException {
    // The register travels beside the application; the application is read without it, its
    // self-assessment against the rulebooks the rounds know.
    Rounds rounds = input.isObject()
        ? RoundsOption.withInline(context.mapper(), input, context.rounds()) : context.rounds();
    JsonNode request = input;
    if (input.isObject() && input.has("rounds")) {
      request = ((ObjectNode) input).deepCopy();
      ((ObjectNode) request).remove("rounds");
    }
    // The tree is parsed already, within the tool's limits; this mapper adds the rounds' rulebooks.
    ObjectMapper mapper = JsonMapper.builder().addModule(new GeccModule(rounds.registry())).build();
    Application application = read(mapper, rounds, request, "");
    CheckResult result = check(rounds, application, "");
    ObjectNode out = context.object();
    out.put("round", application.round().getValue());
    out.setAll((ObjectNode) context.mapper().valueToTree(result));
    return out;
  }

  /**
   * Reads the application at {@code at} of a document, refusing (at the application's round
   * field) a round the rounds do not know or whose rulebook none names.
   */
  static Application read(ObjectMapper mapper, Rounds rounds, JsonNode document, String at)
      throws GeccJsonException {
    Application application = GeccJson.read(mapper, document, at, Application.class);
    RoundsOption.windowOf(rounds, application.round(), at + "/round");
    if (rounds.rulebookOf(application.round()).isEmpty()) {
      throw new GeccJsonException(
          "no registered rulebook applies to round " + application.round().getValue(), at + "/round");
    }
    return application;
  }

  /** Checks an application read at {@code at}, blaming its self-assessment for a core refusal. */
  static CheckResult check(Rounds rounds, Application application, String at)
      throws GeccJsonException {
    try {
      return rounds.checker().check(application);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new GeccJsonException(Request.messageOf(e), at + "/selfAssessment", e);
    }
  }
}

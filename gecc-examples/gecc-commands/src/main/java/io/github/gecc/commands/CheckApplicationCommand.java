package io.github.gecc.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.RefusalException;
import io.github.gecc.application.Application;
import io.github.gecc.application.CheckResult;
import io.github.gecc.application.Rounds;
import io.github.gecc.json.GeccDocument;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.GeccModule;
import java.util.ArrayList;
import java.util.List;

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
    Rounds rounds =
        input.isObject()
            ? RoundsOption.withInline(context, input, context.rounds())
            : context.rounds();
    GeccDocument request = context.request(input).document();
    if (input.isObject() && input.has("rounds")) {
      List<String> fields = new ArrayList<>();
      input.fieldNames().forEachRemaining(fields::add);
      fields.remove("rounds");
      request = request.select(fields); // the other fields, as written, in their order
    }
    // The request is parsed already, within the tool's limits; this mapper adds the rounds'
    // rulebooks.
    ObjectMapper mapper =
        JsonMapper.builder().addModule(new GeccModule(rounds.rulebooks())).build();
    Application application = request.read(mapper, "", Application.class);
    CheckResult result = check(rounds, application, "");
    ObjectNode out = context.object();
    out.put("round", application.round().getValue());
    out.setAll((ObjectNode) context.mapper().valueToTree(result));
    return out;
  }

  /**
   * Checks an application read at {@code at}; a core refusal (a round not known, no rulebook for
   * it, a self-assessment's rulebook not the registered one) points at its own path under it.
   */
  static CheckResult check(Rounds rounds, Application application, String at)
      throws GeccJsonException {
    try {
      return rounds.checker().check(application);
    } catch (RefusalException e) {
      throw RoundsOption.refused(e, at, 0);
    }
  }
}

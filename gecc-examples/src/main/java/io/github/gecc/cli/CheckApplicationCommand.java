package io.github.gecc.cli;

import io.github.gecc.json.GeccJsonException;
import java.util.List;
import io.github.gecc.json.GeccJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.application.Application;
import io.github.gecc.application.ApplicationChecker;
import io.github.gecc.application.CheckResult;
import io.github.gecc.rules.RulebookRegistry;

/**
 * {@code check-application}: every rule an application breaks.
 *
 * <p>In: {@code {"round":2567,"organisation":{"kind":"DISTRICT_OFFICE","informationOnly":false},
 * "selfAssessment":{"rulebook":"GECC-2560","met":[…]},"submittedAt":"…","channels":["ONLINE"],
 * "documents":[]}}. Out: {@code {"round":2567,"accepted":false,"violations":[{"code":…,
 * "message":…English…,"messageTh":…,"source":…}]}}. A round the bundled calendar does not hold is
 * bad input at {@code /round}.
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
  public JsonNode run(JsonNode input, CliContext context) throws GeccJsonException {
    Application application = GeccJson.read(context.mapper(), input, "", Application.class);
    ApplicationChecker checker = ApplicationChecker.bundled();
    try {
      checker.calendar().windowOf(application.round());
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new GeccJsonException(e.getMessage(), "/round", e);
    }
    CheckResult result = checker.check(application);
    ObjectNode out = context.object();
    out.put("round", application.round().getValue());
    out.setAll((ObjectNode) context.mapper().valueToTree(result));
    return out;
  }
}

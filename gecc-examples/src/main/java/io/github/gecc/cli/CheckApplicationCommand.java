package io.github.gecc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.application.Application;
import io.github.gecc.application.ApplicationChecker;
import io.github.gecc.application.CheckResult;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.json.deser.ApplicationDeserializer;
import io.github.gecc.json.deser.SelfAssessmentResultDeserializer;
import io.github.gecc.rules.RulebookRegistry;

/**
 * {@code check-application}: every rule an application breaks.
 *
 * <p>In: {@code {"round":2567,"organisation":{"kind":"DISTRICT_OFFICE","informationOnly":false},
 * "selfAssessment":{"rulebook":"GECC-2560","met":[…]},"submittedAt":"…","channels":["ONLINE"],
 * "documents":[]}}. Out: {@code {"round":2567,"accepted":false,"violations":[{"code":…,
 * "message":…English…,"messageTh":…,"source":…}],"warnings":[…]}}. A round the bundled calendar
 * does not hold is bad input at {@code /round}. The self-assessment lists the criteria met and is
 * judged by the rulebook the registry gives for the round (RULES.md §3); a points-only summary, an
 * unknown rulebook id or a rulebook document that redefines a registered id is bad input.
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
  public JsonNode run(JsonInput input, CliContext context) throws GeccJsonException {
    input.object("check-application request");
    ApplicationDeserializer reader =
        new ApplicationDeserializer(
            new SelfAssessmentResultDeserializer(RulebookRegistry.bundled())::read);
    Application application = reader.read(input);
    ApplicationChecker checker = ApplicationChecker.bundled();
    JsonInput roundInput =
        JsonInput.at(input.node().get("round"), input.pointer().appendProperty("round"));
    roundInput.core(() -> checker.calendar().windowOf(application.round()));
    roundInput.core(
        () ->
            checker
                .rulebooks()
                .forRound(application.round())
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "no registered rulebook applies to round " + application.round().getValue())));
    JsonInput selfInput =
        JsonInput.at(input.node().get("selfAssessment"), input.pointer().appendProperty("selfAssessment"));
    CheckResult result = selfInput.core(() -> checker.check(application));
    ObjectNode out = context.object();
    out.put("round", application.round().getValue());
    out.setAll((ObjectNode) context.mapper().valueToTree(result));
    return out;
  }
}

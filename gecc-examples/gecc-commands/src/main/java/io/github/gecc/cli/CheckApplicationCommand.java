package io.github.gecc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.application.Application;
import io.github.gecc.application.ApplicationChecker;
import io.github.gecc.application.CheckResult;
import io.github.gecc.application.Rounds;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.json.deser.ApplicationDeserializer;
import io.github.gecc.json.deser.SelfAssessmentResultDeserializer;
import java.util.Optional;

/**
 * {@code check-application}: every rule an application breaks.
 *
 * <p>In: {@code {"round":2567,"organisation":{"kind":"DISTRICT_OFFICE","informationOnly":false},
 * "selfAssessment":{"rulebook":"GECC-2560","met":[…]},"submittedAt":"…","channels":["ONLINE"],
 * "documents":[]}}. Out: {@code {"round":2567,"accepted":false,"violations":[{"code":…,
 * "message":…English…,"messageTh":…,"source":…}],"warnings":[…]}}. The self-assessment lists the
 * criteria met and is judged by the rulebook of the round ({@code Rounds.rulebookOf}, RULES.md
 * §3); a points-only summary, an unknown rulebook id or a rulebook document that redefines a
 * registered id is bad input.
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
  public JsonNode run(JsonInput input, CliContext context) throws GeccJsonException {
    input.object("check-application request");
    // The register travels beside the application; the application is read without it.
    JsonNode roundsNode = input.node().get("rounds");
    Rounds rounds =
        RoundsOption.withInline(
            roundsNode == null || roundsNode.isNull()
                ? Optional.empty()
                : Optional.of(JsonInput.at(roundsNode, input.pointer().appendProperty("rounds"))),
            context.rounds());
    ObjectNode request = ((ObjectNode) input.node()).deepCopy();
    request.remove("rounds");
    JsonInput applicationInput = JsonInput.at(request, input.pointer());
    ApplicationDeserializer reader =
        new ApplicationDeserializer(
            new SelfAssessmentResultDeserializer(rounds.registry())::read);
    Application application = reader.read(applicationInput);
    ApplicationChecker checker = rounds.checker();
    JsonInput roundInput =
        JsonInput.at(input.node().get("round"), input.pointer().appendProperty("round"));
    RoundsOption.windowOf(rounds, application.round(), roundInput);
    roundInput.core(
        () ->
            rounds
                .rulebookOf(application.round())
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

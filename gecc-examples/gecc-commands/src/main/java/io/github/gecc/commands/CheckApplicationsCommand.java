package io.github.gecc.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.RefusalException;
import io.github.gecc.application.Application;
import io.github.gecc.application.ApplicationRegister;
import io.github.gecc.application.CheckResult;
import io.github.gecc.application.Rounds;
import io.github.gecc.application.Violation;
import io.github.gecc.application.Warning;
import io.github.gecc.json.GeccDocument;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.GeccModule;
import java.util.List;

/**
 * {@code check-applications}: many applications at once, each checked like {@code
 * check-application} and against the applications before it in an {@link ApplicationRegister}: a
 * second application of the same round, organisation id and location is refused as {@code
 * DUPLICATE_APPLICATION}, naming the first (RULES.md §2).
 *
 * <p>In: {@code {"applications":[…check-application documents, each with organisation.id…]}},
 * optional {@code rounds} (a round register for every application). Out: {@code accepted} and
 * {@code refused} (counts) and {@code results}, one per application in order: its index, round,
 * organisation id, location when given, {@code accepted}, {@code violations} and {@code warnings}.
 *
 * <p>DECISION: only an accepted application enters the register, so an application refused for
 * another rule (for example sent after the window closed) does not make a corrected one a
 * duplicate; a register needs each organisation's {@code id}, and an application without one is bad
 * input at its {@code organisation}.
 */
final class CheckApplicationsCommand implements Command {

  private static final List<String> FIELDS = List.of("applications", "rounds");

  @Override
  public String name() {
    return "check-applications";
  }

  @Override
  public String description() {
    return "many applications at once: every rule each breaks, duplicates naming the first";
  }

  @Override
  public boolean takesRounds() {
    return true;
  }

  @Override
  public JsonNode run(JsonNode input, CliContext context) throws GeccJsonException {
    Request request = new Request(context, input, "check-applications request", FIELDS);
    Rounds rounds = RoundsOption.withInline(context, input, context.rounds());
    ObjectMapper mapper =
        JsonMapper.builder().addModule(new GeccModule(rounds.rulebooks())).build();
    JsonNode applications = input.path("applications");
    if (!applications.isArray()) {
      throw request.error(
          "applications",
          applications.isMissingNode()
              ? "check-applications request needs the field 'applications'"
              : "expected an array of applications, not " + Request.describe(applications));
    }
    ApplicationRegister register = ApplicationRegister.empty();
    ObjectNode out = context.object();
    ArrayNode results = context.mapper().createArrayNode();
    int accepted = 0;
    // One pass over the request's tokens, each application's own.
    List<GeccDocument> documents = request.parsed().document().elements("/applications");
    for (int i = 0; i < documents.size(); i++) {
      String at = "/applications/" + i;
      Application application =
          RequestDocument.read(documents.get(i), mapper, at, Application.class);
      CheckResult check = CheckApplicationCommand.check(rounds, application, at);
      CheckResult duplicate;
      try {
        duplicate = register.check(application);
      } catch (RefusalException e) {
        throw RoundsOption.refused(e, at, 0);
      }
      ObjectNode row = results.addObject();
      row.put("index", i);
      row.put("round", application.round().getValue());
      row.put("organisation", application.organisation().id().get());
      application.organisation().location().ifPresent(l -> row.put("location", l));
      boolean ok = check.accepted() && duplicate.accepted();
      row.put("accepted", ok);
      ArrayNode violations = row.putArray("violations");
      for (Violation violation : duplicate.violations()) {
        violations.add(context.mapper().<JsonNode>valueToTree(violation));
      }
      for (Violation violation : check.violations()) {
        violations.add(context.mapper().<JsonNode>valueToTree(violation));
      }
      ArrayNode warnings = row.putArray("warnings");
      for (Warning warning : check.warnings()) {
        warnings.add(context.mapper().<JsonNode>valueToTree(warning));
      }
      if (ok) {
        accepted++;
        register = register.plus(application);
      }
    }
    out.put("accepted", accepted);
    out.put("refused", documents.size() - accepted);
    out.set("results", results);
    return out;
  }
}

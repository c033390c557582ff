package io.github.gecc.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.certification.Centre;
import io.github.gecc.certification.CentreLifecycle;
import io.github.gecc.certification.Certification;
import io.github.gecc.certification.LifecyclePolicy;
import io.github.gecc.certification.MaintenanceReport;
import io.github.gecc.certification.Obligation;
import io.github.gecc.certification.ObligationState;
import io.github.gecc.json.GeccDocument;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code certification}: validity and maintenance-report obligations of one certification.
 *
 * <p>In: {@code {"round":2560,"certifiedOn":"2017-09-21","asOf":"2019-06-01",
 * "validity":"YEARS_FROM_DATE","reports":[{"fiscalYear":2561,"period":"H1",
 * "submittedOn":"2018-04-20"}]}}; optional {@code centre}, {@code outcome}, {@code rulebook},
 * {@code dueDays} (default 30), {@code satisfactionThreshold}, {@code firstOwedPeriod} ({@code
 * {"fiscalYear":2565,"period":"FY"}}, RULES.md §6). A report may give its {@code parts} ({@code
 * SATISFACTION_RESULTS}, {@code SELF_CHECKLIST}); one that lacks either is {@code INCOMPLETE}, with
 * {@code missingParts}. Out: {@code status}, {@code validFrom}, {@code validUntil} and the {@code
 * obligations} with their statuses as of {@code asOf}: a report submitted after {@code asOf} is not
 * yet known.
 *
 * <p>DECISION: {@code asOf} is optional and the clock is never read; without it, {@code status} and
 * each obligation's {@code status} are left out (as {@code window} leaves out {@code open} without
 * {@code at}). A report for a period the schedule does not hold is bad input at that report's
 * {@code period}, one dated before its period begins or before the certification at its {@code
 * submittedOn} (RULES.md 6.8); a certification dated before its round's window opened is bad input
 * at {@code certifiedOn}.
 */
final class CertificationCommand implements Command {

  static final String DEFAULT_CENTRE = "centre";

  private static final List<String> FIELDS =
      List.of(
          "centre",
          "round",
          "certifiedOn",
          "outcome",
          "rulebook",
          "asOf",
          "validity",
          "dueDays",
          "satisfactionThreshold",
          "firstOwedPeriod",
          "reports");

  @Override
  public String name() {
    return "certification";
  }

  @Override
  public String description() {
    return "validity and maintenance-report obligations of one certification";
  }

  @Override
  public JsonNode run(JsonNode input, CliContext context) throws GeccJsonException {
    Request request = new Request(context, input, "certification request", FIELDS);
    // The certification's fields, with the default centre when none is named, are a
    // certification document; the policy fields a lifecycle policy document.
    GeccDocument fields =
        request.has("centre")
            ? request.fields(true, "centre", "round", "certifiedOn", "outcome", "rulebook")
            : request
                .fields(true, "round", "certifiedOn", "outcome", "rulebook")
                .with("centre", DEFAULT_CENTRE);
    Certification certification = fields.read(context.mapper(), "", Certification.class);
    String centre = certification.centreId();
    Optional<LocalDate> asOf =
        request.has("asOf") ? Optional.of(request.date("asOf")) : Optional.empty();
    LifecyclePolicy policy = request.policy();
    List<MaintenanceReport> reports = new ArrayList<>();
    if (request.has("reports")) {
      JsonNode list = input.get("reports");
      if (!list.isArray()) {
        throw request.error("reports", "expected a JSON array, not " + Request.describe(list));
      }
      List<GeccDocument> documents = request.parsed().document().elements("/reports");
      for (int i = 0; i < documents.size(); i++) {
        reports.add(
            RequestDocument.read(
                documents.get(i), context.mapper(), "/reports/" + i, MaintenanceReport.class));
      }
    }
    // The one certification and its reports are a centre; the core refuses a report that answers
    // no obligation at the report's place in "reports".
    CentreLifecycle lifecycle =
        request.core(
            "certifiedOn",
            () -> CentreLifecycle.of(Centre.of(centre, List.of(certification), reports), policy));
    DateRange validity = lifecycle.validity(certification);

    ObjectNode out = context.object();
    out.put("centre", centre);
    out.put("round", certification.round().getValue());
    out.put("certifiedOn", certification.certifiedOn().toString());
    out.put("validity", policy.validity().name());
    out.put("dueDays", policy.report().dueAfterDays());
    if (asOf.isPresent()) {
      out.put("asOf", asOf.get().toString());
      out.put("status", lifecycle.statusOn(certification, asOf.get()).name());
    }
    out.put("validFrom", validity.startInclusive().toString());
    out.put("validUntil", validity.endInclusive().toString());
    ArrayNode obligations = out.putArray("obligations");
    if (asOf.isPresent()) {
      for (ObligationState state : lifecycle.obligations(asOf.get())) {
        obligations.add(context.mapper().<JsonNode>valueToTree(state));
      }
    } else {
      for (Obligation obligation : lifecycle.schedule().obligations()) {
        obligations.add(context.mapper().<JsonNode>valueToTree(obligation));
      }
    }
    return out;
  }
}

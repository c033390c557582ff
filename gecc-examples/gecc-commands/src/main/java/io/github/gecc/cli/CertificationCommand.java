package io.github.gecc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import io.github.gecc.certification.Centre;
import io.github.gecc.certification.CentreLifecycle;
import io.github.gecc.certification.Certification;
import io.github.gecc.certification.LifecyclePolicy;
import io.github.gecc.certification.MaintenanceReport;
import io.github.gecc.certification.Obligation;
import io.github.gecc.certification.ObligationState;
import io.github.gecc.certification.ReportSchedule;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.json.JsonObjectInput;
import io.github.gecc.json.deser.CertificationDeserializer;
import io.github.gecc.json.deser.LifecyclePolicyDeserializer;
import io.github.gecc.json.deser.MaintenanceReportDeserializer;
import io.github.gecc.time.DateRange;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code certification}: validity and maintenance-report obligations of one certification.
 *
 * <p>In: {@code {"round":2560,"certifiedOn":"2017-09-21","asOf":"2019-06-01",
 * "validity":"YEARS_FROM_DATE","reports":[{"fiscalYear":2561,"period":"H1",
 * "submittedOn":"2018-04-20"}]}}; optional {@code centre}, {@code outcome}, {@code rulebook},
 * {@code dueDays} (default 30), {@code satisfactionThreshold}. Out: {@code status}, {@code
 * validFrom}, {@code validUntil} and the {@code obligations} with their statuses.
 *
 * <p>DECISION: {@code asOf} is optional and the clock is never read; without it, {@code status}
 * and each obligation's {@code status} are left out (as {@code window} leaves out {@code open}
 * without {@code at}). A report for a period the schedule does not hold is bad input at that
 * report.
 */
final class CertificationCommand implements Command {

  /** The centre id used when the request names none. */
  static final String DEFAULT_CENTRE = "centre";

  @Override
  public String name() {
    return "certification";
  }

  @Override
  public String description() {
    return "validity and maintenance-report obligations of one certification";
  }

  @Override
  public JsonNode run(JsonInput input, CliContext context) throws GeccJsonException {
    JsonObjectInput request = input.object("certification request");
    Optional<JsonInput> centreInput = request.optional("centre");
    String centre = centreInput.isPresent() ? centreInput.get().nonBlankText() : DEFAULT_CENTRE;
    CertificationDeserializer.Fields fields = CertificationDeserializer.readFields(request);
    Optional<JsonInput> asOfInput = request.optional("asOf");
    Optional<LocalDate> asOf = asOfInput.isPresent() ? Optional.of(asOfInput.get().date()) : Optional.empty();
    LifecyclePolicy policy = LifecyclePolicyDeserializer.readFields(request);
    Optional<JsonInput> reportsInput = request.optional("reports");
    request.finish();

    Certification certification = fields.build(centre);
    JsonInput certifiedOnInput = fields.certifiedOn();
    DateRange validity = certifiedOnInput.core(() -> certification.validity(policy.validity()));
    ReportSchedule schedule = certifiedOnInput.core(() -> ReportSchedule.of(certification, policy));

    ImmutableList.Builder<MaintenanceReport> reports = ImmutableList.builder();
    if (reportsInput.isPresent()) {
      MaintenanceReportDeserializer reader = new MaintenanceReportDeserializer();
      for (JsonInput element : reportsInput.get().elements()) {
        MaintenanceReport report = reader.read(element);
        element.core(() -> schedule.requireOwed(report.period()));
        reports.add(report);
      }
    }
    ImmutableList<MaintenanceReport> reportList = reports.build();
    JsonInput reportsBlame = reportsInput.orElse(input);
    Centre single =
        reportsBlame.core(() -> Centre.of(centre, ImmutableList.of(certification), reportList));
    CentreLifecycle lifecycle = reportsBlame.core(() -> CentreLifecycle.of(single, policy));

    ObjectNode out = context.object();
    out.put("centre", centre);
    out.put("round", certification.round().getValue());
    out.put("certifiedOn", certification.certifiedOn().toString());
    out.put("validity", policy.validity().name());
    out.put("dueDays", policy.report().dueAfterDays());
    if (asOf.isPresent()) {
      out.put("asOf", asOf.get().toString());
      out.put("status", certification.statusOn(asOf.get(), policy.validity()).name());
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

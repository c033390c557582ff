package io.github.gecc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.certification.CentreObligation;
import io.github.gecc.certification.Certification;
import io.github.gecc.certification.LifecyclePolicy;
import io.github.gecc.certification.Portfolio;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.json.JsonObjectInput;
import io.github.gecc.json.deser.FiscalYearDeserializer;
import io.github.gecc.json.deser.LifecyclePolicyDeserializer;
import io.github.gecc.json.deser.PortfolioDeserializer;
import io.github.gecc.time.DateRange;
import io.github.gecc.time.FiscalYear;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code portfolio}: centres under certification, centres that must apply, overdue reports.
 *
 * <p>In: {@code {"asOf":"2024-01-15","round":2567,"centres":[{"id":…,"certifications":[…],
 * "reports":[…]}]}}; optional {@code validity}, {@code dueDays}, {@code satisfactionThreshold},
 * {@code expiringWithinDays} and {@code dueFrom}/{@code dueTo} (together). Out: {@code
 * underCertification} (a count), {@code mustApply} (sorted ids; left out without {@code round}),
 * {@code overdue} (every {@code MISSING} obligation, by centre id, fiscal year, {@code H1} before
 * {@code FY}), and {@code expiring}/{@code fallingDue} when asked.
 *
 * <p>DECISION: {@code asOf} is required (no hidden clock); a repeated centre id is bad input at
 * the second centre's {@code id}.
 */
final class PortfolioCommand implements Command {

  @Override
  public String name() {
    return "portfolio";
  }

  @Override
  public String description() {
    return "centres under certification, centres that must apply, overdue reports";
  }

  @Override
  public JsonNode run(JsonInput input, CliContext context) throws GeccJsonException {
    JsonObjectInput request = input.object("portfolio request");
    LocalDate asOf = request.required("asOf").date();
    Optional<JsonInput> roundInput = request.optional("round");
    Optional<FiscalYear> round =
        roundInput.isPresent()
            ? Optional.of(new FiscalYearDeserializer().read(roundInput.get()))
            : Optional.empty();
    LifecyclePolicy policy = LifecyclePolicyDeserializer.readFields(request);
    Optional<JsonInput> expiringInput = request.optional("expiringWithinDays");
    Optional<JsonInput> dueFrom = request.optional("dueFrom");
    Optional<JsonInput> dueTo = request.optional("dueTo");
    JsonInput centres = request.required("centres");
    request.finish();
    Optional<Integer> expiringDays = Optional.empty();
    if (expiringInput.isPresent()) {
      int days = expiringInput.get().integer();
      if (days < 0) {
        throw expiringInput.get().error("expiringWithinDays " + days + " must be at least 0");
      }
      expiringDays = Optional.of(days);
    }
    Optional<DateRange> dueRange = Optional.empty();
    if (dueFrom.isPresent() != dueTo.isPresent()) {
      JsonInput given = dueFrom.isPresent() ? dueFrom.get() : dueTo.get();
      throw given.error("dueFrom and dueTo go together: give both or neither");
    }
    if (dueFrom.isPresent()) {
      LocalDate from = dueFrom.get().date();
      LocalDate to = dueTo.get().date();
      dueRange = Optional.of(dueTo.get().core(() -> DateRange.ofClosed(from, to)));
    }

    Portfolio portfolio = PortfolioDeserializer.readCentres(centres, policy);

    ObjectNode out = context.object();
    out.put("asOf", asOf.toString());
    out.put("centres", portfolio.size());
    out.put("underCertification", portfolio.countUnderCertification(asOf));
    if (round.isPresent()) {
      out.put("round", round.get().getValue());
      ArrayNode mustApply = out.putArray("mustApply");
      portfolio.mustApply(round.get()).forEach(mustApply::add);
    }
    ArrayNode overdue = out.putArray("overdue");
    for (CentreObligation row : portfolio.overdue(asOf)) {
      ObjectNode node = overdue.addObject();
      node.put("centre", row.centreId());
      node.put("fiscalYear", row.state().period().fiscalYear().getValue());
      node.put("period", row.state().period().kind().name());
      node.put("due", row.state().obligation().due().toString());
    }
    if (expiringDays.isPresent()) {
      ArrayNode expiring = out.putArray("expiring");
      for (Certification certification : portfolio.expiringWithin(asOf, expiringDays.get())) {
        ObjectNode node = expiring.addObject();
        node.put("centre", certification.centreId());
        node.put("round", certification.round().getValue());
        node.put("certifiedOn", certification.certifiedOn().toString());
        node.put("validUntil", certification.validity(policy.validity()).endInclusive().toString());
      }
    }
    if (dueRange.isPresent()) {
      ArrayNode due = out.putArray("fallingDue");
      for (CentreObligation row : portfolio.fallingDue(asOf, dueRange.get())) {
        ObjectNode node = context.mapper().valueToTree(row.state());
        ObjectNode withCentre = due.addObject();
        withCentre.put("centre", row.centreId());
        withCentre.setAll(node);
      }
    }
    return out;
  }
}

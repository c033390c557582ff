package io.github.gecc.json.internal;

import com.google.common.collect.ImmutableSet;
import io.github.gecc.application.OrganisationKind;
import io.github.gecc.certification.Centre;
import io.github.gecc.certification.CentreLifecycle;
import io.github.gecc.certification.Certification;
import io.github.gecc.certification.CertificationHistory;
import io.github.gecc.certification.LifecyclePolicy;
import io.github.gecc.certification.MaintenanceReport;
import io.github.gecc.certification.Obligation;
import io.github.gecc.certification.ObligationState;
import io.github.gecc.certification.PeriodKind;
import io.github.gecc.certification.Portfolio;
import io.github.gecc.certification.ReportPart;
import io.github.gecc.certification.ReportPolicy;
import io.github.gecc.certification.ReportSchedule;
import io.github.gecc.certification.ReportStatus;
import io.github.gecc.certification.ReportingPeriod;
import io.github.gecc.certification.SatisfactionResult;
import io.github.gecc.certification.ValidityPolicy;
import io.github.gecc.time.FiscalYear;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and writes the lifecycle types: certifications, reports, portfolios. Obligations, their
 * states and schedules are answers, written only.
 */
final class LifecycleCodecs {

  private static final List<String> CERTIFICATION =
      List.of("centre", "round", "certifiedOn", "outcome", "rulebook");
  private static final List<String> REPORT =
      List.of("fiscalYear", "period", "submittedOn", "satisfaction", "checklist", "parts");
  private static final List<String> PERIOD = List.of("fiscalYear", "period");
  private static final List<String> SATISFACTION = List.of("respondents", "score");
  private static final List<String> POLICY =
      List.of("validity", "dueDays", "satisfactionThreshold", "firstOwedPeriod");
  private static final List<String> CENTRE = List.of("id", "certifications", "reports", "kind", "province");
  private static final List<String> PORTFOLIO =
      List.of("validity", "dueDays", "satisfactionThreshold", "firstOwedPeriod", "centres");

  private LifecycleCodecs() {}

  static List<Codec<?>> all() {
    return List.of(
        new Codec<>(Certification.class, LifecycleCodecs::certification,
            LifecycleCodecs::writeCertification),
        new Codec<>(MaintenanceReport.class, LifecycleCodecs::report, LifecycleCodecs::writeReport),
        new Codec<>(Obligation.class, null,
            (v, out) -> writeObligation(v, out.startObject()).endObject()),
        new Codec<>(ReportSchedule.class, null, LifecycleCodecs::writeSchedule),
        new Codec<>(LifecyclePolicy.class, in -> policy(in.object("lifecycle policy", POLICY,
            LifecycleCodecs::policyField), in), (v, out) -> writePolicy(v, out.startObject()).endObject()),
        new Codec<>(Centre.class, in -> centre(in, new ArrayList<>()), LifecycleCodecs::writeCentre),
        new Codec<>(Portfolio.class, LifecycleCodecs::portfolio, LifecycleCodecs::writePortfolio),
        new Codec<>(ObligationState.class, null, LifecycleCodecs::writeState));
  }

  /**
   * Reads a centre id: not blank, without leading or trailing white space, and in Unicode
   * compatibility form NFKC, so that ids differing only by such forms are the same id.
   */
  static String centreId(Input in) {
    String id = in.nonBlank();
    if (!id.strip().equals(id)) {
      throw in.refuse("centre id '" + Input.shorten(id)
          + "' has leading or trailing white space; centre ids are trimmed");
    }
    return Normalizer.isNormalized(id, Normalizer.Form.NFKC)
        ? id : Normalizer.normalize(id, Normalizer.Form.NFKC);
  }

  private static Object certificationField(int i, Input v) {
    switch (i) {
      case 0: return centreId(v);
      case 1: return Codecs.fiscalYear(v);
      case 2: return v.date();
      default: return v.nonBlank();
    }
  }

  private static Certification certification(Input in) {
    Fields f = in.object("certification", CERTIFICATION, LifecycleCodecs::certificationField);
    return certification(f, f.need(0), in::pointer);
  }

  /** Builds a certification read at {@code at}, blaming its date for the core's refusal. */
  private static Certification certification(
      Fields f, String centre, java.util.function.Supplier<String> at) {
    Certification.Builder builder =
        Certification.builder().centreId(centre).round(f.need(1)).certifiedOn(f.need(2));
    f.<String>get(3).ifPresent(builder::outcome);
    f.<String>get(4).ifPresent(builder::rulebookId);
    try {
      return builder.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new Refusal(e.getMessage(), at.get() + "/certifiedOn", e);
    }
  }

  private static void writeCertification(Certification value, Output out) {
    writeCertificationFields(value, out.startObject().field("centre", value.centreId()));
    out.endObject();
  }

  private static void writeCertificationFields(Certification value, Output out) {
    out.field("round", value.round().getValue()).field("certifiedOn", value.certifiedOn().toString())
        .field("outcome", value.outcome()).field("rulebook", value.rulebookId());
  }

  static MaintenanceReport report(Input in) {
    MaintenanceReport.Builder builder = MaintenanceReport.builder();
    Fields f = in.object("maintenance report", REPORT, (i, v) -> {
      switch (i) {
        case 0: return Codecs.fiscalYear(v);
        case 1: return v.enumValue(PeriodKind.class);
        case 2: return v.date();
        case 3: return satisfaction(v);
        case 5: return Codecs.enumSet(v, ReportPart.class);
        default:
          v.map("checklist", Input::bool, builder::putChecklist);
          return builder;
      }
    });
    builder.period(ReportingPeriod.of(f.<FiscalYear>need(0), f.<PeriodKind>need(1)))
        .submittedOn(f.need(2));
    f.<SatisfactionResult>get(3).ifPresent(builder::satisfaction);
    f.<Set<ReportPart>>get(5).ifPresent(parts -> builder.parts(ImmutableSet.copyOf(parts)));
    return in.core(builder::build);
  }

  private static SatisfactionResult satisfaction(Input in) {
    Fields f = in.object("satisfaction results", SATISFACTION,
        (i, v) -> i == 0 ? (Object) v.integer() : (Object) v.decimal());
    int respondents = f.<Integer>need(0);
    double score = f.<Double>need(1);
    return in.core(() -> SatisfactionResult.of(respondents, score));
  }

  private static void writeReport(MaintenanceReport value, Output out) {
    writePeriod(value.period(), out.startObject());
    out.field("submittedOn", value.submittedOn().toString());
    value.satisfaction().ifPresent(r -> out.name("satisfaction").startObject()
        .field("respondents", r.respondents()).name("score").number(r.score()).endObject());
    out.name("checklist").startObject();
    value.checklist().forEach(out::field);
    out.endObject();
    value.parts().ifPresent(parts -> out.strings("parts", parts));
    out.endObject();
  }

  private static void writePeriod(ReportingPeriod period, Output out) {
    out.field("fiscalYear", period.fiscalYear().getValue()).field("period", period.kind().name());
  }

  private static Output writeObligation(Obligation value, Output out) {
    writePeriod(value.period(), out);
    return out.field("from", value.range().startInclusive().toString())
        .field("to", value.range().endInclusive().toString()).field("due", value.due().toString());
  }

  private static void writeSchedule(ReportSchedule value, Output out) {
    out.startObject().array("obligations", value.obligations(),
        (obligation, o) -> writeObligation(obligation, o.startObject()).endObject()).endObject();
  }

  private static Object policyField(int i, Input v) {
    switch (i) {
      case 0: return v.core(() -> ValidityPolicy.named(v.text()));
      case 1: return v.integer();
      case 3: return period(v);
      default: return v.decimal();
    }
  }

  /** Reads a reporting period: {@code {"fiscalYear":2565,"period":"FY"}}. */
  private static ReportingPeriod period(Input in) {
    Fields f = in.object("reporting period", PERIOD,
        (i, v) -> i == 0 ? Codecs.fiscalYear(v) : v.enumValue(PeriodKind.class));
    return ReportingPeriod.of(f.<FiscalYear>need(0), f.<PeriodKind>need(1));
  }

  /** Builds the policy from the first fields of an object ending on {@code in}. */
  private static LifecyclePolicy policy(Fields f, Input in) {
    ReportPolicy.Builder report = ReportPolicy.builder();
    f.<Integer>get(1).ifPresent(days -> {
      report.dueAfterDays(days);
      in.coreAt("dueDays", report::build);
    });
    f.<Double>get(2).ifPresent(report::satisfactionThreshold);
    f.<ReportingPeriod>get(3).ifPresent(report::firstOwedPeriod);
    ReportPolicy reportPolicy = in.coreAt("satisfactionThreshold", report::build);
    return LifecyclePolicy.of(
        f.<ValidityPolicy>get(0).orElse(ValidityPolicy.YEARS_FROM_DATE), reportPolicy);
  }

  private static Output writePolicy(LifecyclePolicy value, Output out) {
    out.field("validity", value.validity().name()).field("dueDays", value.report().dueAfterDays());
    value.report().satisfactionThreshold()
        .ifPresent(t -> out.name("satisfactionThreshold").number(t));
    value.report().firstOwedPeriod().ifPresent(period -> {
      out.name("firstOwedPeriod").startObject();
      writePeriod(period, out);
      out.endObject();
    });
    return out;
  }

  /** Reads a centre, adding its reports in document order to {@code reports}. */
  private static Centre centre(Input in, List<MaintenanceReport> reports) {
    Fields f = in.object("centre", CENTRE, (i, v) -> {
      switch (i) {
        case 0: return centreId(v);
        case 3: return v.enumValue(OrganisationKind.class);
        case 4: return v.nonBlank();
        case 1: return v.list(c -> {
          Fields read = c.object("certification", CERTIFICATION, LifecycleCodecs::certificationField);
          read.need(1);
          read.need(2);
          return read;
        });
        default: return v.list(r -> {
          MaintenanceReport report = report(r);
          reports.add(report);
          return report;
        });
      }
    });
    String id = f.need(0);
    List<Fields> certificationFields = f.<List<Fields>>get(1).orElse(List.of());
    List<Certification> certifications = new ArrayList<>(certificationFields.size());
    for (int i = 0; i < certificationFields.size(); i++) {
      Fields c = certificationFields.get(i);
      String at = "/certifications/" + i;
      if (c.has(0) && !id.equals(c.need(0))) {
        throw new Refusal("certification names centre '" + c.need(0) + "' inside centre '" + id
            + "'", in.pointer() + at + "/centre", null);
      }
      certifications.add(certification(c, id, () -> in.pointer() + at));
    }
    Centre centre;
    try {
      centre = Centre.of(id, certifications, reports);
    } catch (IllegalArgumentException e) {
      in.coreAt("certifications", () -> CertificationHistory.of(id, certifications));
      throw in.refuseField("reports", e.getMessage(), e);
    }
    Optional<OrganisationKind> kind = f.get(3);
    if (kind.isPresent()) {
      centre = centre.withKind(kind.get());
    }
    Optional<String> province = f.get(4);
    return province.isPresent() ? centre.withProvince(province.get()) : centre;
  }

  private static void writeCentre(Centre value, Output out) {
    out.startObject().field("id", value.id())
        .array("certifications", value.history().certifications(), (certification, o) -> {
          writeCertificationFields(certification, o.startObject());
          o.endObject();
        })
        .array("reports", value.reports(), LifecycleCodecs::writeReport);
    value.kind().ifPresent(kind -> out.field("kind", kind.name()));
    value.province().ifPresent(province -> out.field("province", province));
    out.endObject();
  }

  private static Portfolio portfolio(Input in) {
    List<List<MaintenanceReport>> reports = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    Fields f = in.object("portfolio", PORTFOLIO, (i, v) -> i < 4 ? policyField(i, v)
        : v.list(c -> {
          List<MaintenanceReport> ofCentre = new ArrayList<>();
          Centre centre = centre(c, ofCentre);
          Integer first = ids.putIfAbsent(centre.id(), reports.size());
          if (first != null) {
            throw c.refuseField("id", "centre id '" + centre.id() + "' appears twice in the"
                + " portfolio (first at /centres/" + first + "); centre ids are unique", null);
          }
          reports.add(ofCentre);
          return centre;
        }));
    LifecyclePolicy policy = policy(f, in);
    List<Centre> centres = f.need(4);
    try {
      return Portfolio.of(centres, policy);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw blame(in, centres, reports, policy, e);
    }
  }

  /** Finds the centre and report a portfolio's policies refuse. */
  private static Refusal blame(Input in, List<Centre> centres,
      List<List<MaintenanceReport>> reports, LifecyclePolicy policy, RuntimeException e) {
    for (int i = 0; i < centres.size(); i++) {
      String at = in.pointer() + "/centres/" + i;
      try {
        CentreLifecycle.of(centres.get(i), policy);
      } catch (IllegalArgumentException | IllegalStateException refused) {
        ReportSchedule schedule;
        try {
          schedule = ReportSchedule.of(centres.get(i).history(), policy);
        } catch (IllegalArgumentException | IllegalStateException history) {
          return new Refusal(history.getMessage(), at + "/certifications", history);
        }
        for (int j = 0; j < reports.get(i).size(); j++) {
          if (schedule.find(reports.get(i).get(j).period()).isEmpty()) {
            return new Refusal(refused.getMessage(), at + "/reports/" + j, refused);
          }
        }
        return new Refusal(refused.getMessage(), at, refused);
      }
    }
    return new Refusal(e.getMessage(), in.pointer() + "/centres", e);
  }

  private static void writePortfolio(Portfolio value, Output out) {
    writePolicy(value.policy(), out.startObject());
    out.array("centres", value.centres(), LifecycleCodecs::writeCentre).endObject();
  }

  private static void writeState(ObligationState value, Output out) {
    writeObligation(value.obligation(), out.startObject());
    out.field("status", value.status().name())
        .field("submittedOn", value.report().map(r -> r.submittedOn().toString()));
    if (value.isBelowThreshold()) {
      out.field("satisfactionBelowThreshold", true);
    }
    if (value.status() == ReportStatus.INCOMPLETE) {
      out.strings("missingParts", value.report().orElseThrow().missingParts());
    }
    out.endObject();
  }
}

package io.github.gecc.json.internal;

import com.google.common.collect.ImmutableSet;
import io.github.gecc.RefusalException;
import io.github.gecc.application.OrganisationKind;
import io.github.gecc.certification.Centre;
import io.github.gecc.certification.Certification;
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
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

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
        new Codec<>(Centre.class, LifecycleCodecs::centre, LifecycleCodecs::writeCentre),
        new Codec<>(Portfolio.class, LifecycleCodecs::portfolio, LifecycleCodecs::writePortfolio),
        new Codec<>(ObligationState.class, null, LifecycleCodecs::writeState));
  }

  /**
   * The JSON names of the core properties whose names differ from them: the one place a core
   * refusal's path is mapped to this module's field names.
   */
  private static final Map<String, String> JSON_NAMES =
      Map.of("centreId", "centre", "rulebookId", "rulebook", "dueAfterDays", "dueDays");

  /**
   * Runs a core factory for the value at the JSON Pointer {@code base}. A {@link
   * RefusalException} is reported at the value its path names under {@code base}, the path's
   * property names mapped by {@link #JSON_NAMES}; a refusal of the value as a whole, and any other
   * exception of the factory, is reported at {@code field} of that value when one is given.
   */
  private static <T> T core(Supplier<String> at, @Nullable String field, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (RefusalException e) {
      String base = at.get();
      String whole = field == null ? base : base + "/" + Input.escape(field);
      StringBuilder pointer = new StringBuilder(e.path().isRoot() ? whole : base);
      for (String token : e.path().tokens()) {
        pointer.append('/').append(Input.escape(JSON_NAMES.getOrDefault(token, token)));
      }
      throw new Refusal(e.getMessage(), pointer.toString(), e);
    } catch (IllegalArgumentException | IllegalStateException | DateTimeException e) {
      String base = at.get();
      throw new Refusal(e.getMessage(), field == null ? base : base + "/" + Input.escape(field), e);
    }
  }

  private static Object certificationField(int i, Input v) {
    switch (i) {
      case 0: return v.text();
      case 1: return Codecs.fiscalYear(v);
      case 2: return v.date();
      default: return v.text();
    }
  }

  private static Certification certification(Input in) {
    Fields f = in.object("certification", CERTIFICATION, LifecycleCodecs::certificationField);
    return certification(f, f.need(0), in::pointer);
  }

  /**
   * Builds a certification from its fields; {@code at} gives, only when the core refuses it, the
   * JSON Pointer they were read at. A refusal of the certification as a whole is one of its date.
   */
  private static Certification certification(Fields f, String centre, Supplier<String> at) {
    Certification.Builder builder =
        Certification.builder().centreId(centre).round(f.need(1)).certifiedOn(f.need(2));
    f.<String>get(3).ifPresent(builder::outcome);
    f.<String>get(4).ifPresent(builder::rulebookId);
    return core(at, "certifiedOn", builder::build);
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
    return core(in::pointer, null, builder::build);
  }

  private static SatisfactionResult satisfaction(Input in) {
    Fields f = in.object("satisfaction results", SATISFACTION,
        (i, v) -> i == 0 ? (Object) v.integer() : (Object) v.decimal());
    int respondents = f.<Integer>need(0);
    double score = f.<Double>need(1);
    return core(in::pointer, null, () -> SatisfactionResult.of(respondents, score));
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
    f.<Integer>get(1).ifPresent(report::dueAfterDays);
    f.<Double>get(2).ifPresent(report::satisfactionThreshold);
    f.<ReportingPeriod>get(3).ifPresent(report::firstOwedPeriod);
    ReportPolicy reportPolicy = core(in::pointer, null, report::build);
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

  /** Reads a centre. */
  private static Centre centre(Input in) {
    Fields f = in.object("centre", CENTRE, (i, v) -> {
      switch (i) {
        case 0: return v.text();
        case 3: return v.enumValue(OrganisationKind.class);
        case 4: return v.text();
        case 1: return v.list(c -> {
          Fields read = c.object("certification", CERTIFICATION, LifecycleCodecs::certificationField);
          read.need(1);
          read.need(2);
          return read;
        });
        default: return v.list(LifecycleCodecs::report);
      }
    });
    String id = f.need(0);
    List<Fields> certificationFields = f.<List<Fields>>get(1).orElse(List.of());
    List<Certification> certifications = new ArrayList<>(certificationFields.size());
    for (int i = 0; i < certificationFields.size(); i++) {
      // A certification inside a centre may leave out its centre: it is the centre's.
      Fields c = certificationFields.get(i);
      int index = i;
      certifications.add(certification(c, c.<String>get(0).orElse(id),
          () -> in.pointer() + "/certifications/" + index));
    }
    List<MaintenanceReport> reports = f.<List<MaintenanceReport>>get(2).orElse(List.of());
    Optional<OrganisationKind> kind = f.get(3);
    Optional<String> province = f.get(4);
    return core(in::pointer, null, () -> {
      Centre centre = Centre.of(id, certifications, reports);
      if (kind.isPresent()) {
        centre = centre.withKind(kind.get());
      }
      return province.isPresent() ? centre.withProvince(province.get()) : centre;
    });
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
    Fields f = in.object("portfolio", PORTFOLIO,
        (i, v) -> i < 4 ? policyField(i, v) : v.list(LifecycleCodecs::centre));
    LifecyclePolicy policy = policy(f, in);
    List<Centre> centres = f.need(4);
    return core(in::pointer, null, () -> Portfolio.of(centres, policy));
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

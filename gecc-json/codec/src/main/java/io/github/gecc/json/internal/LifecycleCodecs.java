package io.github.gecc.json.internal;

import com.google.common.collect.ImmutableSet;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads and writes the lifecycle types: certifications, reports, portfolios. Obligations, their
 * states and schedules are answers, written only.
 */
final class LifecycleCodecs {

  private static final Field<String> CERTIFICATION_CENTRE = Field.of("centre", Input::text);
  private static final Field<FiscalYear> CERTIFICATION_ROUND =
      Field.of("round", Codecs::fiscalYear);
  private static final Field<LocalDate> CERTIFICATION_CERTIFIED_ON =
      Field.of("certifiedOn", Input::date);
  private static final Field<String> CERTIFICATION_OUTCOME = Field.of("outcome", Input::text);
  private static final Field<String> CERTIFICATION_RULEBOOK = Field.of("rulebook", Input::text);
  private static final Shape CERTIFICATION =
      Shape.of(
          "certification",
          CERTIFICATION_CENTRE,
          CERTIFICATION_ROUND,
          CERTIFICATION_CERTIFIED_ON,
          CERTIFICATION_OUTCOME,
          CERTIFICATION_RULEBOOK);

  // A reporting period's fields, a report's first two too.
  private static final Field<FiscalYear> PERIOD_FISCAL_YEAR =
      Field.of("fiscalYear", Codecs::fiscalYear);
  private static final Field<PeriodKind> PERIOD_KIND =
      Field.of("period", in -> in.enumValue(PeriodKind.class));
  private static final Shape PERIOD = Shape.of("reporting period", PERIOD_FISCAL_YEAR, PERIOD_KIND);

  private static final Field<LocalDate> REPORT_SUBMITTED_ON = Field.of("submittedOn", Input::date);
  private static final Field<SatisfactionResult> REPORT_SATISFACTION =
      Field.of("satisfaction", LifecycleCodecs::satisfaction);

  /**
   * A report's checklist, read straight into a new builder of the report, which its other fields
   * then complete: the answers are not copied on the way.
   */
  private static final Field<MaintenanceReport.Builder> REPORT_CHECKLIST =
      Field.of("checklist", LifecycleCodecs::checklist);

  private static final Field<Set<ReportPart>> REPORT_PARTS =
      Field.of("parts", in -> Codecs.enumSet(in, ReportPart.class));
  private static final Shape REPORT =
      Shape.of(
          "maintenance report",
          PERIOD_FISCAL_YEAR,
          PERIOD_KIND,
          REPORT_SUBMITTED_ON,
          REPORT_SATISFACTION,
          REPORT_CHECKLIST,
          REPORT_PARTS);

  private static final Field<Integer> SATISFACTION_RESPONDENTS =
      Field.of("respondents", Input::integer);
  private static final Field<Double> SATISFACTION_SCORE = Field.of("score", Input::decimal);
  private static final Shape SATISFACTION =
      Shape.of("satisfaction results", SATISFACTION_RESPONDENTS, SATISFACTION_SCORE);

  // A lifecycle policy's fields, a portfolio's first four too.
  private static final Field<ValidityPolicy> POLICY_VALIDITY =
      Field.of("validity", in -> in.core(() -> ValidityPolicy.named(in.text())));
  private static final Field<Integer> POLICY_DUE_DAYS = Field.of("dueDays", Input::integer);
  private static final Field<Double> POLICY_SATISFACTION_THRESHOLD =
      Field.of("satisfactionThreshold", Input::decimal);
  private static final Field<ReportingPeriod> POLICY_FIRST_OWED_PERIOD =
      Field.of("firstOwedPeriod", LifecycleCodecs::period);
  private static final Shape POLICY =
      Shape.of(
          "lifecycle policy",
          POLICY_VALIDITY,
          POLICY_DUE_DAYS,
          POLICY_SATISFACTION_THRESHOLD,
          POLICY_FIRST_OWED_PERIOD);

  private static final Field<String> CENTRE_ID = Field.of("id", Input::text);
  private static final Field<List<Fields>> CENTRE_CERTIFICATIONS =
      Field.of("certifications", in -> in.list(LifecycleCodecs::centreCertification));
  private static final Field<List<MaintenanceReport>> CENTRE_REPORTS =
      Field.of("reports", in -> in.list(LifecycleCodecs::report));
  private static final Field<OrganisationKind> CENTRE_KIND =
      Field.of("kind", in -> in.enumValue(OrganisationKind.class));
  private static final Field<String> CENTRE_PROVINCE = Field.of("province", Input::text);
  private static final Shape CENTRE =
      Shape.of(
          "centre", CENTRE_ID, CENTRE_CERTIFICATIONS, CENTRE_REPORTS, CENTRE_KIND, CENTRE_PROVINCE);

  private static final Field<List<Centre>> PORTFOLIO_CENTRES =
      Field.of("centres", in -> in.list(LifecycleCodecs::centre));
  private static final Shape PORTFOLIO =
      Shape.of(
          "portfolio",
          POLICY_VALIDITY,
          POLICY_DUE_DAYS,
          POLICY_SATISFACTION_THRESHOLD,
          POLICY_FIRST_OWED_PERIOD,
          PORTFOLIO_CENTRES);

  private LifecycleCodecs() {}

  static List<Codec<?>> all() {
    return List.of(
        new Codec<>(
            Certification.class,
            LifecycleCodecs::certification,
            LifecycleCodecs::writeCertification),
        new Codec<>(MaintenanceReport.class, LifecycleCodecs::report, LifecycleCodecs::writeReport),
        new Codec<>(
            Obligation.class, null, (v, out) -> writeObligation(v, out.startObject()).endObject()),
        new Codec<>(ReportSchedule.class, null, LifecycleCodecs::writeSchedule),
        new Codec<>(
            LifecyclePolicy.class,
            in -> policy(in.object(POLICY), in),
            (v, out) -> writePolicy(v, out.startObject()).endObject()),
        new Codec<>(Centre.class, LifecycleCodecs::centre, LifecycleCodecs::writeCentre),
        new Codec<>(Portfolio.class, LifecycleCodecs::portfolio, LifecycleCodecs::writePortfolio),
        new Codec<>(ObligationState.class, null, LifecycleCodecs::writeState));
  }

  private static Certification certification(Input in) {
    Fields f = in.object(CERTIFICATION);
    return certification(f, f.need(CERTIFICATION_CENTRE), in::pointer);
  }

  /**
   * Builds a certification from its fields; {@code at} gives, only when the core refuses it, the
   * JSON Pointer they were read at. A refusal of the certification as a whole is one of its date.
   */
  private static Certification certification(Fields f, String centre, Supplier<String> at) {
    Certification.Builder builder =
        Certification.builder()
            .centreId(centre)
            .round(f.need(CERTIFICATION_ROUND))
            .certifiedOn(f.need(CERTIFICATION_CERTIFIED_ON));
    f.get(CERTIFICATION_OUTCOME).ifPresent(builder::outcome);
    f.get(CERTIFICATION_RULEBOOK).ifPresent(builder::rulebookId);
    return Input.coreAt(at, "certifiedOn", builder::build);
  }

  private static void writeCertification(Certification value, Output out) {
    writeCertificationFields(value, out.startObject().field("centre", value.centreId()));
    out.endObject();
  }

  private static void writeCertificationFields(Certification value, Output out) {
    out.field("round", value.round().getValue())
        .field("certifiedOn", value.certifiedOn().toString())
        .field("outcome", value.outcome())
        .field("rulebook", value.rulebookId());
  }

  static MaintenanceReport report(Input in) {
    Fields f = in.object(REPORT);
    ReportingPeriod period = period(f);
    LocalDate submittedOn = f.need(REPORT_SUBMITTED_ON);
    Optional<SatisfactionResult> satisfaction = f.get(REPORT_SATISFACTION);
    MaintenanceReport.Builder builder =
        f.get(REPORT_CHECKLIST).orElseGet(MaintenanceReport::builder);
    builder.period(period).submittedOn(submittedOn);
    satisfaction.ifPresent(builder::satisfaction);
    f.get(REPORT_PARTS).ifPresent(parts -> builder.parts(ImmutableSet.copyOf(parts)));
    return in.core(builder::build);
  }

  /** Reads a report's checklist into a new builder of the report. */
  private static MaintenanceReport.Builder checklist(Input in) {
    MaintenanceReport.Builder builder = MaintenanceReport.builder();
    in.map("checklist", Input::bool, builder::putChecklist);
    return builder;
  }

  private static SatisfactionResult satisfaction(Input in) {
    Fields f = in.object(SATISFACTION);
    int respondents = f.need(SATISFACTION_RESPONDENTS);
    double score = f.need(SATISFACTION_SCORE);
    return in.core(() -> SatisfactionResult.of(respondents, score));
  }

  private static void writeReport(MaintenanceReport value, Output out) {
    writePeriod(value.period(), out.startObject());
    out.field("submittedOn", value.submittedOn().toString());
    value
        .satisfaction()
        .ifPresent(
            r ->
                out.name("satisfaction")
                    .startObject()
                    .field("respondents", r.respondents())
                    .name("score")
                    .number(r.score())
                    .endObject());
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
        .field("to", value.range().endInclusive().toString())
        .field("due", value.due().toString());
  }

  private static void writeSchedule(ReportSchedule value, Output out) {
    out.startObject()
        .array(
            "obligations",
            value.obligations(),
            (obligation, o) -> writeObligation(obligation, o.startObject()).endObject())
        .endObject();
  }

  /** Reads a reporting period: {@code {"fiscalYear":2565,"period":"FY"}}. */
  private static ReportingPeriod period(Input in) {
    return period(in.object(PERIOD));
  }

  /** The reporting period of a period's or a report's fields. */
  private static ReportingPeriod period(Fields f) {
    return ReportingPeriod.of(f.need(PERIOD_FISCAL_YEAR), f.need(PERIOD_KIND));
  }

  /** Builds the policy from the first fields of an object ending on {@code in}. */
  private static LifecyclePolicy policy(Fields f, Input in) {
    ValidityPolicy validity = f.get(POLICY_VALIDITY).orElse(ValidityPolicy.YEARS_FROM_DATE);
    ReportPolicy.Builder report = ReportPolicy.builder();
    f.get(POLICY_DUE_DAYS).ifPresent(report::dueAfterDays);
    f.get(POLICY_SATISFACTION_THRESHOLD).ifPresent(report::satisfactionThreshold);
    f.get(POLICY_FIRST_OWED_PERIOD).ifPresent(report::firstOwedPeriod);
    ReportPolicy reportPolicy = in.core(report::build);
    return LifecyclePolicy.of(validity, reportPolicy);
  }

  private static Output writePolicy(LifecyclePolicy value, Output out) {
    out.field("validity", value.validity().name()).field("dueDays", value.report().dueAfterDays());
    value
        .report()
        .satisfactionThreshold()
        .ifPresent(t -> out.name("satisfactionThreshold").number(t));
    value
        .report()
        .firstOwedPeriod()
        .ifPresent(
            period -> {
              out.name("firstOwedPeriod").startObject();
              writePeriod(period, out);
              out.endObject();
            });
    return out;
  }

  /** Reads a centre. */
  private static Centre centre(Input in) {
    Fields f = in.object(CENTRE);
    String id = f.need(CENTRE_ID);
    List<Fields> certificationFields = f.get(CENTRE_CERTIFICATIONS).orElse(List.of());
    List<Certification> certifications = new ArrayList<>(certificationFields.size());
    for (int i = 0; i < certificationFields.size(); i++) {
      // A certification inside a centre may leave out its centre: it is the centre's.
      Fields c = certificationFields.get(i);
      int index = i;
      certifications.add(
          certification(
              c,
              c.get(CERTIFICATION_CENTRE).orElse(id),
              () -> in.pointer() + "/certifications/" + index));
    }
    List<MaintenanceReport> reports = f.get(CENTRE_REPORTS).orElse(List.of());
    Optional<OrganisationKind> kind = f.get(CENTRE_KIND);
    Optional<String> province = f.get(CENTRE_PROVINCE);
    return in.core(
        () -> {
          Centre centre = Centre.of(id, certifications, reports);
          if (kind.isPresent()) {
            centre = centre.withKind(kind.get());
          }
          return province.isPresent() ? centre.withProvince(province.get()) : centre;
        });
  }

  /**
   * Reads a certification of a centre, refusing a missing round or date at its own pointer while
   * the input stands on it; the centre builds it once its own fields are read.
   */
  private static Fields centreCertification(Input in) {
    Fields f = in.object(CERTIFICATION);
    f.need(CERTIFICATION_ROUND);
    f.need(CERTIFICATION_CERTIFIED_ON);
    return f;
  }

  private static void writeCentre(Centre value, Output out) {
    out.startObject()
        .field("id", value.id())
        .array(
            "certifications",
            value.history().certifications(),
            (certification, o) -> {
              writeCertificationFields(certification, o.startObject());
              o.endObject();
            })
        .array("reports", value.reports(), LifecycleCodecs::writeReport);
    value.kind().ifPresent(kind -> out.field("kind", kind.name()));
    value.province().ifPresent(province -> out.field("province", province));
    out.endObject();
  }

  private static Portfolio portfolio(Input in) {
    Fields f = in.object(PORTFOLIO);
    LifecyclePolicy policy = policy(f, in);
    List<Centre> centres = f.need(PORTFOLIO_CENTRES);
    return in.core(() -> Portfolio.of(centres, policy));
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

package io.github.gecc.json.internal;

import io.github.gecc.RefusalException;
import io.github.gecc.application.Application;
import io.github.gecc.application.ApplicationWindow;
import io.github.gecc.application.ApplyDirective;
import io.github.gecc.application.Channel;
import io.github.gecc.application.CheckResult;
import io.github.gecc.application.DeadlinePurpose;
import io.github.gecc.application.DocumentFormat;
import io.github.gecc.application.Notice;
import io.github.gecc.application.Organisation;
import io.github.gecc.application.OrganisationKind;
import io.github.gecc.application.ReportingDeadline;
import io.github.gecc.application.RoundDefinition;
import io.github.gecc.application.Violation;
import io.github.gecc.application.ViolationCode;
import io.github.gecc.application.Warning;
import io.github.gecc.application.WarningCode;
import io.github.gecc.rules.CommitteeResult;
import io.github.gecc.rules.Rulebook;
import io.github.gecc.rules.RulebookRegistry;
import io.github.gecc.rules.SelfAssessmentResult;
import io.github.gecc.time.FiscalYear;
import io.github.gecc.time.ThaiTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Reads and writes the application types: windows, applications, check results. */
final class ApplicationCodecs {

  private static final Field<FiscalYear> WINDOW_ROUND = Field.of("round", Codecs::fiscalYear);
  private static final Field<Instant> WINDOW_OPENS_AT = Field.of("opensAt", Input::instant);
  private static final Field<Instant> WINDOW_CLOSES_AT = Field.of("closesAt", Input::instant);
  private static final Field<Set<Channel>> WINDOW_CHANNELS =
      Field.of("channels", in -> Codecs.enumSet(in, Channel.class));
  private static final Field<Set<DocumentFormat>> WINDOW_DOCUMENTS =
      Field.of("documents", in -> Codecs.enumSet(in, DocumentFormat.class));
  private static final Field<String> WINDOW_SOURCE = Field.of("source", Input::nonBlank);
  private static final Shape WINDOW =
      Shape.of(
          "application window",
          WINDOW_ROUND,
          WINDOW_OPENS_AT,
          WINDOW_CLOSES_AT,
          WINDOW_CHANNELS,
          WINDOW_DOCUMENTS,
          WINDOW_SOURCE);

  private static final Field<OrganisationKind> ORGANISATION_KIND =
      Field.of("kind", in -> in.enumValue(OrganisationKind.class));
  private static final Field<Boolean> ORGANISATION_INFORMATION_ONLY =
      Field.of("informationOnly", Input::bool);
  private static final Field<String> ORGANISATION_ID = Field.of("id", Input::text);
  private static final Field<String> ORGANISATION_LOCATION = Field.of("location", Input::text);
  private static final Field<Boolean> ORGANISATION_DIVISION_ONLY =
      Field.of("divisionOnly", Input::bool);
  private static final Shape ORGANISATION =
      Shape.of(
          "organisation",
          ORGANISATION_KIND,
          ORGANISATION_INFORMATION_ONLY,
          ORGANISATION_ID,
          ORGANISATION_LOCATION,
          ORGANISATION_DIVISION_ONLY);

  /** A self-assessment is the rulebook and the criteria met; its figures are refused. */
  private static final Shape RESULT =
      Shape.of(
          "self-assessment",
          RulesCodecs.RULEBOOK_OR_ID,
          RulesCodecs.MET_IDS,
          computedFigure("points"),
          computedFigure("gate"),
          computedFigure("maxPoints"),
          computedFigure("reachesGate"));

  private static final Shape COMMITTEE =
      Shape.of("committee result", RulesCodecs.RULEBOOK_OR_ID, RulesCodecs.MET_IDS);

  private static final Field<FiscalYear> APPLICATION_ROUND = Field.of("round", Codecs::fiscalYear);
  private static final Field<Organisation> APPLICATION_ORGANISATION =
      Field.of("organisation", ApplicationCodecs::organisation);
  private static final Field<Instant> APPLICATION_SUBMITTED_AT =
      Field.of("submittedAt", Input::instant);
  private static final Field<Set<Channel>> APPLICATION_CHANNELS =
      Field.of("channels", in -> Codecs.enumSet(in, Channel.class));
  private static final Field<Set<DocumentFormat>> APPLICATION_DOCUMENTS =
      Field.of("documents", in -> Codecs.enumSet(in, DocumentFormat.class));

  private static final Field<ViolationCode> VIOLATION_CODE =
      Field.of("code", in -> in.enumValue(ViolationCode.class));
  private static final Field<WarningCode> WARNING_CODE =
      Field.of("code", in -> in.enumValue(WarningCode.class));
  private static final Field<String> NOTICE_MESSAGE = Field.of("message", Input::nonBlank);
  private static final Field<String> NOTICE_MESSAGE_THAI = Field.of("messageTh", Input::nonBlank);
  private static final Field<String> NOTICE_SOURCE = Field.of("source", Input::nonBlank);
  private static final Shape VIOLATION =
      Shape.of("violation", VIOLATION_CODE, NOTICE_MESSAGE, NOTICE_MESSAGE_THAI, NOTICE_SOURCE);
  private static final Shape WARNING =
      Shape.of("warning", WARNING_CODE, NOTICE_MESSAGE, NOTICE_MESSAGE_THAI, NOTICE_SOURCE);

  private static final Field<Boolean> CHECK_ACCEPTED = Field.of("accepted", Input::bool);
  private static final Field<List<Violation>> CHECK_VIOLATIONS =
      Field.of("violations", in -> in.list(ApplicationCodecs::violation));
  private static final Field<List<Warning>> CHECK_WARNINGS =
      Field.of("warnings", in -> in.list(ApplicationCodecs::warning));
  private static final Shape CHECK =
      Shape.of("check result", CHECK_ACCEPTED, CHECK_VIOLATIONS, CHECK_WARNINGS);

  private static final Field<String> DEADLINE_SET_BY = Field.of("setBy", Input::nonBlank);
  private static final Field<DeadlinePurpose> DEADLINE_PURPOSE =
      Field.of("purpose", in -> in.enumValue(DeadlinePurpose.class));
  private static final Field<Instant> DEADLINE_DUE = Field.of("due", in -> bound(in, true));
  private static final Field<String> DEADLINE_TASK = Field.of("task", Input::nonBlank);
  private static final Field<String> DEADLINE_SOURCE = Field.of("source", Input::nonBlank);
  private static final Field<String> DEADLINE_REPORTED_BY = Field.of("reportedBy", Input::nonBlank);
  private static final Field<String> DEADLINE_REPORTED_TO = Field.of("reportedTo", Input::nonBlank);
  private static final Shape DEADLINE =
      Shape.of(
          "internal deadline",
          DEADLINE_SET_BY,
          DEADLINE_PURPOSE,
          DEADLINE_DUE,
          DEADLINE_TASK,
          DEADLINE_SOURCE,
          DEADLINE_REPORTED_BY,
          DEADLINE_REPORTED_TO);

  private static final Field<String> DIRECTIVE_DIRECTED_BY =
      Field.of("directedBy", Input::nonBlank);
  private static final Field<Set<OrganisationKind>> DIRECTIVE_KINDS =
      Field.of("kinds", in -> Codecs.enumSet(in, OrganisationKind.class));
  private static final Field<List<FiscalYear>> DIRECTIVE_EXEMPT_IF_CERTIFIED_IN =
      Field.of("exemptIfCertifiedIn", in -> in.list(Codecs::fiscalYear));
  private static final Field<String> DIRECTIVE_SOURCE = Field.of("source", Input::nonBlank);
  private static final Shape DIRECTIVE =
      Shape.of(
          "directive",
          DIRECTIVE_DIRECTED_BY,
          DIRECTIVE_KINDS,
          DIRECTIVE_EXEMPT_IF_CERTIFIED_IN,
          DIRECTIVE_SOURCE);

  private static final Field<FiscalYear> ROUND_ROUND = Field.of("round", Codecs::fiscalYear);
  private static final Field<String> ROUND_THAI_TEXT = Field.of("thaiText", Input::nonBlank);
  private static final Field<Instant> ROUND_OPENS_AT = Field.of("opensAt", in -> bound(in, false));
  private static final Field<Instant> ROUND_CLOSES_AT = Field.of("closesAt", in -> bound(in, true));
  private static final Field<Set<Channel>> ROUND_CHANNELS =
      Field.of("channels", in -> Codecs.enumSet(in, Channel.class));
  private static final Field<Set<DocumentFormat>> ROUND_DOCUMENTS =
      Field.of("documents", in -> Codecs.enumSet(in, DocumentFormat.class));
  private static final Field<String> ROUND_SOURCE = Field.of("source", Input::nonBlank);
  private static final Field<Set<OrganisationKind>> ROUND_ELIGIBLE_KINDS =
      Field.of("eligibleKinds", in -> Codecs.enumSet(in, OrganisationKind.class));
  private static final Field<String> ROUND_RULEBOOK = Field.of("rulebook", Input::nonBlank);
  private static final Field<List<Fields>> ROUND_DEADLINES =
      Field.of("deadlines", in -> in.list(ApplicationCodecs::deadline));
  private static final Field<Boolean> ROUND_REPLACES = Field.of("replaces", Input::bool);
  private static final Field<Fields> ROUND_DIRECTIVE =
      Field.of("directive", ApplicationCodecs::directive);
  private static final Shape ROUND =
      Shape.of(
          "round",
          ROUND_ROUND,
          ROUND_THAI_TEXT,
          ROUND_OPENS_AT,
          ROUND_CLOSES_AT,
          ROUND_CHANNELS,
          ROUND_DOCUMENTS,
          ROUND_SOURCE,
          ROUND_ELIGIBLE_KINDS,
          ROUND_RULEBOOK,
          ROUND_DEADLINES,
          ROUND_REPLACES,
          ROUND_DIRECTIVE);

  private ApplicationCodecs() {}

  static List<Codec<?>> all(RulebookRegistry registry) {
    // An application's self-assessment is read with this registry, so the registry's applications
    // have a shape of their own.
    Field<SelfAssessmentResult> selfAssessment =
        Field.of("selfAssessment", in -> result(in, registry));
    Shape application =
        Shape.of(
            "application",
            APPLICATION_ROUND,
            APPLICATION_ORGANISATION,
            selfAssessment,
            APPLICATION_SUBMITTED_AT,
            APPLICATION_CHANNELS,
            APPLICATION_DOCUMENTS);
    return List.of(
        new Codec<>(
            ApplicationWindow.class, ApplicationCodecs::window, ApplicationCodecs::writeWindow),
        new Codec<>(
            Organisation.class,
            ApplicationCodecs::organisation,
            ApplicationCodecs::writeOrganisation),
        new Codec<>(
            SelfAssessmentResult.class,
            in -> result(in, registry),
            (v, out) -> writeResult(v, out, registry)),
        new Codec<>(
            CommitteeResult.class,
            in -> committee(in, registry),
            (v, out) -> writeCommittee(v, out, registry)),
        new Codec<>(
            Application.class,
            in -> application(in, application, selfAssessment),
            (v, out) -> writeApplication(v, out, registry)),
        new Codec<>(Violation.class, ApplicationCodecs::violation, ApplicationCodecs::writeNotice),
        new Codec<>(Warning.class, ApplicationCodecs::warning, ApplicationCodecs::writeNotice),
        new Codec<>(CheckResult.class, ApplicationCodecs::check, ApplicationCodecs::writeCheck),
        new Codec<>(RoundDefinition.class, ApplicationCodecs::round, ApplicationCodecs::writeRound),
        new Codec<>(
            RoundDefinition[].class,
            in -> in.list(ApplicationCodecs::round).toArray(new RoundDefinition[0]),
            (register, out) -> {
              out.startArray();
              for (RoundDefinition definition : register) {
                writeRound(definition, out);
              }
              out.endArray();
            }));
  }

  private static ApplicationWindow window(Input in) {
    Fields f = in.object(WINDOW);
    FiscalYear round = f.need(WINDOW_ROUND);
    Optional<Instant> opensAt = f.get(WINDOW_OPENS_AT);
    Instant closesAt = f.need(WINDOW_CLOSES_AT);
    Set<Channel> channels = f.need(WINDOW_CHANNELS);
    Set<DocumentFormat> documents = f.get(WINDOW_DOCUMENTS).orElse(Set.of());
    String source = f.need(WINDOW_SOURCE);
    return in.core(() -> window(round, opensAt, closesAt, channels, documents, source));
  }

  /** A window whose opening, when not given, is unknown. */
  private static ApplicationWindow window(
      FiscalYear round,
      Optional<Instant> opensAt,
      Instant closesAt,
      Set<Channel> channels,
      Set<DocumentFormat> documents,
      String source) {
    return opensAt.isPresent()
        ? ApplicationWindow.of(round, opensAt.get(), closesAt, channels, documents, source)
        : ApplicationWindow.ofClosing(round, closesAt, channels, documents, source);
  }

  private static void writeWindow(ApplicationWindow value, Output out) {
    writeWindowFields(value, out.startObject()).endObject();
  }

  private static Output writeWindowFields(ApplicationWindow value, Output out) {
    out.field("round", value.round().getValue()).name("opensAt");
    value.opensAt().ifPresentOrElse(at -> out.string(Codecs.instant(at)), out::nullValue);
    return out.field("closesAt", Codecs.instant(value.closesAt()))
        .strings("channels", value.channels())
        .strings("documents", value.documents())
        .field("source", value.source());
  }

  private static Organisation organisation(Input in) {
    Fields f = in.object(ORGANISATION);
    OrganisationKind kind = f.need(ORGANISATION_KIND);
    boolean informationOnly = f.get(ORGANISATION_INFORMATION_ONLY).orElse(false);
    return in.core(
        () ->
            Organisation.of(
                    kind, informationOnly, f.get(ORGANISATION_ID), f.get(ORGANISATION_LOCATION))
                .withDivisionOnly(f.get(ORGANISATION_DIVISION_ONLY).orElse(false)));
  }

  private static void writeOrganisation(Organisation value, Output out) {
    out.startObject()
        .field("kind", value.kind().name())
        .field("informationOnly", value.informationOnly())
        .field("id", value.id())
        .field("location", value.location());
    if (value.divisionOnly()) {
      out.field("divisionOnly", true);
    }
    out.endObject();
  }

  /** A result as written, or an assessment in met-list form (rulebook and met) to evaluate. */
  private static SelfAssessmentResult result(Input in, RulebookRegistry registry) {
    Fields f = in.object(RESULT);
    Rulebook rulebook = RulesCodecs.resolve(f.need(RulesCodecs.RULEBOOK_OR_ID), in, registry);
    List<String> met = f.need(RulesCodecs.MET_IDS);
    return in.core(() -> rulebook.selfAssessment(met));
  }

  /**
   * A figure of a self-assessment as another tool writes it, refused even as null: the library
   * computes the figures from the criteria met (RULES.md 3.7).
   */
  private static Field<Void> computedFigure(String name) {
    return Field.readingNull(
        name,
        in -> {
          throw in.refuse(
              "3.7",
              "a self-assessment given as '"
                  + name
                  + "' cannot show the"
                  + " condition to apply (all basic and at least 10 advanced criteria in GECC-2560,"
                  + " RULES.md §3); list the criteria met instead:"
                  + " {\"rulebook\":\"GECC-2560\",\"met\":[\"B01\",…]}");
        });
  }

  /** Writes the rulebook as its id when the registry holds it, else whole, as it is read. */
  private static void writeResult(
      SelfAssessmentResult value, Output out, RulebookRegistry registry) {
    RulesCodecs.writeRulebookOrId(
        value.assessment().rulebook(), out.startObject().name("rulebook"), registry);
    out.strings("met", new TreeSet<>(value.assessment().metIds())).endObject();
  }

  /**
   * A committee result as the rulebook and the criteria the committee found met; its points and
   * outcome are computed, never read (RULES.md 3.22).
   */
  private static CommitteeResult committee(Input in, RulebookRegistry registry) {
    Fields f = in.object(COMMITTEE);
    Rulebook rulebook = RulesCodecs.resolve(f.need(RulesCodecs.RULEBOOK_OR_ID), in, registry);
    List<String> met = f.need(RulesCodecs.MET_IDS);
    return in.core(() -> rulebook.committeeResult(met));
  }

  /** Writes the rulebook as its id when the registry holds it, else whole, as it is read. */
  private static void writeCommittee(CommitteeResult value, Output out, RulebookRegistry registry) {
    RulesCodecs.writeRulebookOrId(
        value.assessment().rulebook(), out.startObject().name("rulebook"), registry);
    out.strings("met", new TreeSet<>(value.assessment().metIds())).endObject();
  }

  /**
   * Reads an application of the registry's {@code shape}, whose field {@code selfAssessment} reads
   * the self-assessment.
   */
  private static Application application(
      Input in, Shape shape, Field<SelfAssessmentResult> selfAssessment) {
    Fields f = in.object(shape);
    FiscalYear round = f.need(APPLICATION_ROUND);
    Organisation organisation = f.need(APPLICATION_ORGANISATION);
    SelfAssessmentResult result = f.need(selfAssessment);
    Instant submittedAt = f.need(APPLICATION_SUBMITTED_AT);
    Set<Channel> channels = f.get(APPLICATION_CHANNELS).orElse(Set.of());
    Set<DocumentFormat> documents = f.get(APPLICATION_DOCUMENTS).orElse(Set.of());
    return in.core(
        () -> Application.of(round, organisation, result, submittedAt, channels, documents));
  }

  private static void writeApplication(Application value, Output out, RulebookRegistry registry) {
    writeOrganisation(
        value.organisation(),
        out.startObject().field("round", value.round().getValue()).name("organisation"));
    writeResult(value.selfAssessment(), out.name("selfAssessment"), registry);
    out.field("submittedAt", Codecs.instant(value.submittedAt()))
        .strings("channels", value.channels())
        .strings("documents", value.documents())
        .endObject();
  }

  private static Violation violation(Input in) {
    return notice(in, VIOLATION, VIOLATION_CODE, Violation::of);
  }

  private static Warning warning(Input in) {
    return notice(in, WARNING, WARNING_CODE, Warning::of);
  }

  /** A violation or a warning: the same four fields, the code of its own kind. */
  private static <E extends Enum<E>, N> N notice(
      Input in, Shape shape, Field<E> codeField, NoticeFactory<E, N> of) {
    Fields f = in.object(shape);
    E code = f.need(codeField);
    String message = f.need(NOTICE_MESSAGE);
    String thai = f.need(NOTICE_MESSAGE_THAI);
    String source = f.need(NOTICE_SOURCE);
    return in.core(() -> of.make(code, thai, message, source));
  }

  private interface NoticeFactory<E, N> {
    N make(E code, String thai, String english, String source);
  }

  private static void writeNotice(Notice<?> notice, Output out) {
    out.startObject()
        .field("code", notice.code().name())
        .field("message", notice.english())
        .field("messageTh", notice.thai())
        .field("source", notice.source())
        .endObject();
  }

  private static CheckResult check(Input in) {
    Fields f = in.object(CHECK);
    boolean accepted = f.need(CHECK_ACCEPTED);
    List<Violation> violations = f.need(CHECK_VIOLATIONS);
    if (accepted != violations.isEmpty()) {
      throw f.refuse(
          CHECK_ACCEPTED,
          "accepted is "
              + accepted
              + " but there are "
              + violations.size()
              + " violations; an application is accepted exactly when it breaks"
              + " no rule");
    }
    return CheckResult.of(violations, f.get(CHECK_WARNINGS).orElse(List.of()));
  }

  private static void writeCheck(CheckResult value, Output out) {
    out.startObject()
        .field("accepted", value.accepted())
        .array("violations", value.violations(), ApplicationCodecs::writeNotice)
        .array("warnings", value.warnings(), ApplicationCodecs::writeNotice)
        .endObject();
  }

  /** A round of a register: its window as the circular writes it or as instants, and more. */
  private static RoundDefinition round(Input in) {
    Fields f = in.object(ROUND);
    FiscalYear round = f.need(ROUND_ROUND);
    Set<Channel> channels = f.need(ROUND_CHANNELS);
    Set<DocumentFormat> documents = f.get(ROUND_DOCUMENTS).orElse(Set.of());
    String source = f.need(ROUND_SOURCE);
    ApplicationWindow window;
    // The field that carries the window's opening, if any: thaiText or opensAt.
    @Nullable String opening =
        f.has(ROUND_THAI_TEXT)
            ? ROUND_THAI_TEXT.name
            : f.has(ROUND_OPENS_AT) ? ROUND_OPENS_AT.name : null;
    if (f.has(ROUND_THAI_TEXT)) {
      if (f.has(ROUND_OPENS_AT) || f.has(ROUND_CLOSES_AT)) {
        throw f.refuse(
            f.has(ROUND_OPENS_AT) ? ROUND_OPENS_AT : ROUND_CLOSES_AT,
            "give the window either as thaiText or as opensAt and closesAt, not both");
      }
      String text = f.need(ROUND_THAI_TEXT);
      window =
          in.coreAt(
              ROUND_THAI_TEXT.name,
              () -> ApplicationWindow.fromThaiText(round, text, channels, documents, source));
    } else {
      if (!f.has(ROUND_CLOSES_AT)) {
        throw f.refuse(
            ROUND_CLOSES_AT,
            "round needs 'closesAt' or 'thaiText', the window as the" + " circular writes it");
      }
      Instant closesAt = f.need(ROUND_CLOSES_AT);
      Optional<Instant> opensAt = f.get(ROUND_OPENS_AT);
      window = in.core(() -> window(round, opensAt, closesAt, channels, documents, source));
    }
    RoundDefinition.Draft draft = RoundDefinition.builder(window);
    f.get(ROUND_ELIGIBLE_KINDS).ifPresent(draft::eligibleKinds);
    f.get(ROUND_RULEBOOK).ifPresent(draft::rulebook);
    f.get(ROUND_REPLACES).ifPresent(draft::replaces);
    List<Fields> deadlines = f.get(ROUND_DEADLINES).orElse(List.of());
    List<ReportingDeadline> read = new ArrayList<>();
    for (int i = 0; i < deadlines.size(); i++) {
      Fields d = deadlines.get(i);
      try {
        ReportingDeadline deadline =
            ReportingDeadline.of(
                round,
                d.need(DEADLINE_SET_BY),
                d.need(DEADLINE_PURPOSE),
                d.need(DEADLINE_DUE),
                d.need(DEADLINE_TASK),
                d.get(DEADLINE_SOURCE).orElse(source));
        if (d.has(DEADLINE_REPORTED_BY) || d.has(DEADLINE_REPORTED_TO)) {
          deadline =
              deadline.reported(
                  d.get(DEADLINE_REPORTED_BY)
                      .orElseThrow(
                          () ->
                              d.refuse(
                                  DEADLINE_REPORTED_BY,
                                  "reportedTo needs reportedBy, who reports")),
                  d.get(DEADLINE_REPORTED_TO).orElse(d.need(DEADLINE_SET_BY)));
        }
        read.add(deadline);
      } catch (RefusalException e) {
        throw Refusal.of(e.at("deadlines", i), in.pointer());
      }
    }
    draft.deadlines(read);
    Optional<Fields> directive = f.get(ROUND_DIRECTIVE);
    if (directive.isPresent()) {
      Fields d = directive.get();
      String directedBy = d.need(DIRECTIVE_DIRECTED_BY);
      Set<OrganisationKind> kinds = d.need(DIRECTIVE_KINDS);
      Set<FiscalYear> exempting =
          new HashSet<>(d.get(DIRECTIVE_EXEMPT_IF_CERTIFIED_IN).orElse(List.of()));
      String cited = d.get(DIRECTIVE_SOURCE).orElse(source);
      draft.directive(
          in.core(
              () -> {
                try {
                  return ApplyDirective.exempting(round, directedBy, kinds, exempting, cited);
                } catch (RefusalException e) {
                  throw e.at("directive");
                }
              }));
    }
    return in.coreAt(opening, draft::build); // the window's opening, if given, is blamed
  }

  /**
   * Reads an internal deadline of a round, refusing a missing field at its own pointer while the
   * input stands on the deadline; the round builds it once its own fields are read.
   */
  private static Fields deadline(Input in) {
    Fields d = in.object(DEADLINE);
    d.need(DEADLINE_SET_BY);
    d.need(DEADLINE_PURPOSE);
    d.need(DEADLINE_DUE);
    d.need(DEADLINE_TASK);
    return d;
  }

  /**
   * Reads a round's directive, refusing a missing field or a repeated round at its own pointer
   * while the input stands on the directive; the round builds it once its own fields are read.
   */
  private static Fields directive(Input in) {
    Fields d = in.object(DIRECTIVE);
    d.need(DIRECTIVE_DIRECTED_BY);
    d.need(DIRECTIVE_KINDS);
    List<FiscalYear> listed = d.get(DIRECTIVE_EXEMPT_IF_CERTIFIED_IN).orElse(List.of());
    if (new HashSet<>(listed).size() != listed.size()) {
      throw d.refuse(
          DIRECTIVE_EXEMPT_IF_CERTIFIED_IN,
          "a round is repeated in " + listed + "; list each round once");
    }
    return d;
  }

  private static Instant bound(Input in, boolean end) {
    if (in.token() != Input.STRING || in.text().indexOf('T') >= 0) {
      return in.instant();
    }
    LocalDate day = in.date();
    return in.core(() -> end ? ThaiTime.endOfDay(day) : ThaiTime.startOfDay(day));
  }

  private static void writeRound(RoundDefinition value, Output out) {
    writeWindowFields(value.window(), out.startObject());
    value.eligibleKinds().ifPresent(kinds -> out.strings("eligibleKinds", kinds));
    out.field("rulebook", value.rulebook())
        .array(
            "deadlines",
            value.deadlines(),
            (d, o) ->
                o.startObject()
                    .field("setBy", d.setBy())
                    .field("purpose", d.purpose().name())
                    .field("due", Codecs.instant(d.due()))
                    .field("task", d.task())
                    .field("source", d.source())
                    .field("reportedBy", d.reportedBy())
                    .field("reportedTo", d.reportedBy().map(by -> d.reportedTo()))
                    .endObject());
    value
        .directive()
        .ifPresent(
            d -> {
              out.name("directive")
                  .startObject()
                  .field("directedBy", d.directedBy())
                  .strings("kinds", d.kinds());
              d.exemptIfCertifiedIn()
                  .ifPresent(
                      rounds -> {
                        out.name("exemptIfCertifiedIn").startArray();
                        rounds.forEach(r -> out.number(r.getValue()));
                        out.endArray();
                      });
              out.field("source", d.source()).endObject();
            });
    if (value.replaces()) {
      out.field("replaces", true);
    }
    out.endObject();
  }
}

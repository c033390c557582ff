package io.github.gecc.json.internal;

import io.github.gecc.RefusalException;
import io.github.gecc.application.Application;
import io.github.gecc.application.ApplicationWindow;
import io.github.gecc.application.ApplyDirective;
import io.github.gecc.application.Channel;
import io.github.gecc.application.CheckResult;
import io.github.gecc.application.CommitteeResult;
import io.github.gecc.application.DeadlinePurpose;
import io.github.gecc.application.DocumentFormat;
import io.github.gecc.application.Notice;
import io.github.gecc.application.Organisation;
import io.github.gecc.application.OrganisationKind;
import io.github.gecc.application.ReportingDeadline;
import io.github.gecc.application.RoundDefinition;
import io.github.gecc.application.SelfAssessmentResult;
import io.github.gecc.application.Violation;
import io.github.gecc.application.ViolationCode;
import io.github.gecc.application.Warning;
import io.github.gecc.application.WarningCode;
import io.github.gecc.rules.Rulebook;
import io.github.gecc.rules.RulebookRegistry;
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

  private static final List<String> WINDOW =
      List.of("round", "opensAt", "closesAt", "channels", "documents", "source");
  private static final List<String> ORGANISATION =
      List.of("kind", "informationOnly", "id", "location", "divisionOnly");
  private static final List<String> RESULT =
      List.of("rulebook", "met", "points", "gate", "maxPoints", "reachesGate");
  private static final List<String> COMMITTEE = List.of("rulebook", "met");
  private static final List<String> APPLICATION = List.of(
      "round", "organisation", "selfAssessment", "submittedAt", "channels", "documents");
  private static final List<String> VIOLATION = List.of("code", "message", "messageTh", "source");
  private static final List<String> CHECK = List.of("accepted", "violations", "warnings");
  private static final List<String> ROUND = List.of("round", "thaiText", "opensAt", "closesAt",
      "channels", "documents", "source", "eligibleKinds", "rulebook", "deadlines", "replaces",
      "directive");
  private static final List<String> DIRECTIVE =
      List.of("directedBy", "kinds", "exemptIfCertifiedIn", "source");
  private static final List<String> DEADLINE =
      List.of("setBy", "purpose", "due", "task", "source", "reportedBy", "reportedTo");

  private ApplicationCodecs() {}

  static List<Codec<?>> all(RulebookRegistry registry) {
    return List.of(
        new Codec<>(ApplicationWindow.class, ApplicationCodecs::window, ApplicationCodecs::writeWindow),
        new Codec<>(Organisation.class, ApplicationCodecs::organisation,
            ApplicationCodecs::writeOrganisation),
        new Codec<>(SelfAssessmentResult.class, in -> result(in, registry),
            (v, out) -> writeResult(v, out, registry)),
        new Codec<>(CommitteeResult.class, in -> committee(in, registry),
            (v, out) -> writeCommittee(v, out, registry)),
        new Codec<>(Application.class, in -> application(in, registry),
            (v, out) -> writeApplication(v, out, registry)),
        new Codec<>(Violation.class, in -> notice(in, ViolationCode.class, Violation::of),
            ApplicationCodecs::writeNotice),
        new Codec<>(Warning.class, in -> notice(in, WarningCode.class, Warning::of),
            ApplicationCodecs::writeNotice),
        new Codec<>(CheckResult.class, ApplicationCodecs::check, ApplicationCodecs::writeCheck),
        new Codec<>(RoundDefinition.class, ApplicationCodecs::round, ApplicationCodecs::writeRound),
        new Codec<>(RoundDefinition[].class,
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
    Fields f = in.object("application window", WINDOW, (i, v) -> {
      switch (i) {
        case 0: return Codecs.fiscalYear(v);
        case 1:
        case 2: return v.instant();
        case 3: return Codecs.enumSet(v, Channel.class);
        case 4: return Codecs.enumSet(v, DocumentFormat.class);
        default: return v.nonBlank();
      }
    });
    FiscalYear round = f.need(0);
    Optional<Instant> opensAt = f.get(1);
    Instant closesAt = f.need(2);
    Set<Channel> channels = f.need(3);
    Set<DocumentFormat> documents = f.<Set<DocumentFormat>>get(4).orElse(Set.of());
    String source = f.need(5);
    return in.core(() -> window(round, opensAt, closesAt, channels, documents, source));
  }

  /** A window whose opening, when not given, is unknown. */
  private static ApplicationWindow window(FiscalYear round, Optional<Instant> opensAt,
      Instant closesAt, Set<Channel> channels, Set<DocumentFormat> documents, String source) {
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
        .strings("channels", value.channels()).strings("documents", value.documents())
        .field("source", value.source());
  }

  private static Organisation organisation(Input in) {
    Fields f = in.object("organisation", ORGANISATION, (i, v) -> i == 0
        ? v.enumValue(OrganisationKind.class) : i == 1 || i == 4 ? v.bool() : v.text());
    OrganisationKind kind = f.need(0);
    boolean informationOnly = f.<Boolean>get(1).orElse(false);
    return in.core(() -> Organisation.of(kind, informationOnly, f.get(2), f.get(3))
        .withDivisionOnly(f.<Boolean>get(4).orElse(false)));
  }

  private static void writeOrganisation(Organisation value, Output out) {
    out.startObject().field("kind", value.kind().name())
        .field("informationOnly", value.informationOnly()).field("id", value.id())
        .field("location", value.location());
    if (value.divisionOnly()) {
      out.field("divisionOnly", true);
    }
    out.endObject();
  }

  /** A result as written, or an assessment in met-list form (rulebook and met) to evaluate. */
  private static SelfAssessmentResult result(Input in, RulebookRegistry registry) {
    Fields f = in.object("self-assessment", RESULT, true, (i, v) -> {
      if (i > 1) {
        throw v.refuse("3.7", "a self-assessment given as '" + RESULT.get(i) + "' cannot show the"
            + " condition to apply (all basic and at least 10 advanced criteria in GECC-2560,"
            + " RULES.md §3); list the criteria met instead:"
            + " {\"rulebook\":\"GECC-2560\",\"met\":[\"B01\",…]}");
      }
      return v.token() == Input.NULL ? null : i == 0 ? RulesCodecs.rulebookOrId(v)
          : v.list(Input::text);
    });
    Rulebook rulebook = RulesCodecs.resolve(f.need(0), in, registry);
    List<String> met = f.need(1);
    return in.core(() -> rulebook.selfAssessment(met));
  }

  /** Writes the rulebook as its id when the registry holds it, else whole, as it is read. */
  private static void writeResult(SelfAssessmentResult value, Output out, RulebookRegistry registry) {
    RulesCodecs.writeRulebookOrId(value.assessment().rulebook(), out.startObject().name("rulebook"),
        registry);
    out.strings("met", new TreeSet<>(value.assessment().metIds())).endObject();
  }

  /**
   * A committee result as the rulebook and the criteria the committee found met; its points and
   * outcome are computed, never read (RULES.md 3.22).
   */
  private static CommitteeResult committee(Input in, RulebookRegistry registry) {
    Fields f = in.object("committee result", COMMITTEE,
        (i, v) -> i == 0 ? RulesCodecs.rulebookOrId(v) : v.list(Input::text));
    Rulebook rulebook = RulesCodecs.resolve(f.need(0), in, registry);
    List<String> met = f.need(1);
    return in.core(() -> rulebook.committeeResult(met));
  }

  /** Writes the rulebook as its id when the registry holds it, else whole, as it is read. */
  private static void writeCommittee(CommitteeResult value, Output out, RulebookRegistry registry) {
    RulesCodecs.writeRulebookOrId(value.assessment().rulebook(), out.startObject().name("rulebook"),
        registry);
    out.strings("met", new TreeSet<>(value.assessment().metIds())).endObject();
  }

  private static Application application(Input in, RulebookRegistry registry) {
    Fields f = in.object("application", APPLICATION, (i, v) -> {
      switch (i) {
        case 0: return Codecs.fiscalYear(v);
        case 1: return organisation(v);
        case 2: return result(v, registry);
        case 3: return v.instant();
        case 4: return Codecs.enumSet(v, Channel.class);
        default: return Codecs.enumSet(v, DocumentFormat.class);
      }
    });
    FiscalYear round = f.need(0);
    Organisation organisation = f.need(1);
    SelfAssessmentResult result = f.need(2);
    Instant submittedAt = f.need(3);
    Set<Channel> channels = f.<Set<Channel>>get(4).orElse(Set.of());
    Set<DocumentFormat> documents = f.<Set<DocumentFormat>>get(5).orElse(Set.of());
    return in.core(
        () -> Application.of(round, organisation, result, submittedAt, channels, documents));
  }

  private static void writeApplication(Application value, Output out, RulebookRegistry registry) {
    writeOrganisation(value.organisation(),
        out.startObject().field("round", value.round().getValue()).name("organisation"));
    writeResult(value.selfAssessment(), out.name("selfAssessment"), registry);
    out.field("submittedAt", Codecs.instant(value.submittedAt()))
        .strings("channels", value.channels()).strings("documents", value.documents()).endObject();
  }

  /** A violation or a warning: the same four fields. */
  private static <E extends Enum<E>, N> N notice(Input in, Class<E> codes, NoticeFactory<E, N> of) {
    Fields f = in.object(codes == ViolationCode.class ? "violation" : "warning", VIOLATION,
        (i, v) -> i == 0 ? v.enumValue(codes) : v.nonBlank());
    E code = f.need(0);
    String message = f.need(1);
    String thai = f.need(2);
    String source = f.need(3);
    return in.core(() -> of.make(code, thai, message, source));
  }

  private interface NoticeFactory<E, N> {
    N make(E code, String thai, String english, String source);
  }

  private static void writeNotice(Notice<?> notice, Output out) {
    out.startObject().field("code", notice.code().name()).field("message", notice.english())
        .field("messageTh", notice.thai()).field("source", notice.source()).endObject();
  }

  private static CheckResult check(Input in) {
    Fields f = in.object("check result", CHECK, (i, v) -> i == 0 ? v.bool() : i == 1
        ? v.list(n -> notice(n, ViolationCode.class, Violation::of))
        : v.list(n -> notice(n, WarningCode.class, Warning::of)));
    boolean accepted = f.<Boolean>need(0);
    List<Violation> violations = f.need(1);
    if (accepted != violations.isEmpty()) {
      throw f.refuse(0, "accepted is " + accepted + " but there are " + violations.size()
          + " violations; an application is accepted exactly when it breaks no rule");
    }
    return CheckResult.of(violations, f.<List<Warning>>get(2).orElse(List.of()));
  }

  private static void writeCheck(CheckResult value, Output out) {
    out.startObject().field("accepted", value.accepted())
        .array("violations", value.violations(), ApplicationCodecs::writeNotice)
        .array("warnings", value.warnings(), ApplicationCodecs::writeNotice).endObject();
  }

  /** A round of a register: its window as the circular writes it or as instants, and more. */
  private static RoundDefinition round(Input in) {
    Fields f = in.object("round", ROUND, (i, v) -> {
      switch (i) {
        case 0: return Codecs.fiscalYear(v);
        case 2: return bound(v, false);
        case 3: return bound(v, true);
        case 4: return Codecs.enumSet(v, Channel.class);
        case 5: return Codecs.enumSet(v, DocumentFormat.class);
        case 7: return Codecs.enumSet(v, OrganisationKind.class);
        case 9: return v.list(d -> {
          Fields deadline = d.object("internal deadline", DEADLINE, (j, w) ->
              j == 1 ? w.enumValue(DeadlinePurpose.class) : j == 2 ? bound(w, true) : w.nonBlank());
          List.of(0, 1, 2, 3).forEach(deadline::need);
          return deadline;
        });
        case 10: return v.bool();
        case 11: return directive(v);
        default: return v.nonBlank();
      }
    });
    FiscalYear round = f.need(0);
    Set<Channel> channels = f.need(4);
    Set<DocumentFormat> documents = f.<Set<DocumentFormat>>get(5).orElse(Set.of());
    String source = f.need(6);
    ApplicationWindow window;
    // The field that carries the window's opening, if any: thaiText or opensAt.
    @Nullable String opening = f.has(1) ? ROUND.get(1) : f.has(2) ? ROUND.get(2) : null;
    if (f.has(1)) {
      if (f.has(2) || f.has(3)) {
        throw f.refuse(f.has(2) ? 2 : 3,
            "give the window either as thaiText or as opensAt and closesAt, not both");
      }
      String text = f.need(1);
      window = in.coreAt("thaiText",
          () -> ApplicationWindow.fromThaiText(round, text, channels, documents, source));
    } else {
      if (!f.has(3)) {
        throw f.refuse(3, "round needs 'closesAt' or 'thaiText', the window as the circular"
            + " writes it");
      }
      Instant closesAt = f.need(3);
      Optional<Instant> opensAt = f.get(2);
      window = in.core(() -> window(round, opensAt, closesAt, channels, documents, source));
    }
    RoundDefinition.Draft draft = RoundDefinition.builder(window);
    f.<Set<OrganisationKind>>get(7).ifPresent(draft::eligibleKinds);
    f.<String>get(8).ifPresent(draft::rulebook);
    f.<Boolean>get(10).ifPresent(draft::replaces);
    List<Fields> deadlines = f.<List<Fields>>get(9).orElse(List.of());
    List<ReportingDeadline> read = new ArrayList<>();
    for (int i = 0; i < deadlines.size(); i++) {
      Fields d = deadlines.get(i);
      try {
        ReportingDeadline deadline = ReportingDeadline.of(round, d.need(0), d.need(1), d.need(2),
            d.need(3), d.<String>get(4).orElse(source));
        if (d.has(5) || d.has(6)) {
          deadline = deadline.reported(d.<String>get(5).orElseThrow(() -> d.refuse(5,
              "reportedTo needs reportedBy, who reports")), d.<String>get(6).orElse(d.need(0)));
        }
        read.add(deadline);
      } catch (RefusalException e) {
        throw Refusal.of(e.at("deadlines", i), in.pointer());
      }
    }
    draft.deadlines(read);
    Optional<Fields> directive = f.get(11);
    if (directive.isPresent()) {
      Fields d = directive.get();
      String directedBy = d.need(0);
      Set<OrganisationKind> kinds = d.need(1);
      Set<FiscalYear> exempting = new HashSet<>(d.<List<FiscalYear>>get(2).orElse(List.of()));
      String cited = d.<String>get(3).orElse(source);
      draft.directive(in.core(() -> {
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
   * Reads a round's directive, refusing a missing field or a repeated round at its own pointer
   * while the input stands on the directive; the round builds it once its own fields are read.
   */
  private static Fields directive(Input in) {
    Fields d = in.object("directive", DIRECTIVE, (j, w) ->
        j == 1 ? Codecs.enumSet(w, OrganisationKind.class)
            : j == 2 ? w.list(Codecs::fiscalYear) : w.nonBlank());
    d.need(0);
    d.need(1);
    List<FiscalYear> listed = d.<List<FiscalYear>>get(2).orElse(List.of());
    if (new HashSet<>(listed).size() != listed.size()) {
      throw d.refuse(2, "a round is repeated in " + listed + "; list each round once");
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
    out.field("rulebook", value.rulebook()).array("deadlines", value.deadlines(), (d, o) ->
        o.startObject().field("setBy", d.setBy()).field("purpose", d.purpose().name())
            .field("due", Codecs.instant(d.due())).field("task", d.task())
            .field("source", d.source()).field("reportedBy", d.reportedBy())
            .field("reportedTo", d.reportedBy().map(by -> d.reportedTo())).endObject());
    value.directive().ifPresent(d -> {
      out.name("directive").startObject().field("directedBy", d.directedBy())
          .strings("kinds", d.kinds());
      d.exemptIfCertifiedIn().ifPresent(rounds -> {
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

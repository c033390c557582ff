package io.github.gecc.json.internal;

import io.github.gecc.application.Application;
import io.github.gecc.application.ApplicationWindow;
import io.github.gecc.application.Channel;
import io.github.gecc.application.CheckResult;
import io.github.gecc.application.DocumentFormat;
import io.github.gecc.application.Organisation;
import io.github.gecc.application.OrganisationKind;
import io.github.gecc.application.SelfAssessmentResult;
import io.github.gecc.application.Violation;
import io.github.gecc.application.ViolationCode;
import io.github.gecc.rules.AssessmentKind;
import io.github.gecc.rules.Assessment;
import io.github.gecc.rules.Rulebook;
import io.github.gecc.rules.RulebookRegistry;
import io.github.gecc.time.FiscalYear;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads and writes the application types: windows, applications, check results. */
final class ApplicationCodecs {

  private static final List<String> WINDOW =
      List.of("round", "opensAt", "closesAt", "channels", "documents", "source");
  private static final List<String> ORGANISATION = List.of("kind", "informationOnly", "id", "location");
  private static final List<String> RESULT =
      List.of("rulebook", "points", "gate", "maxPoints", "reachesGate", "met");
  private static final List<String> APPLICATION = List.of(
      "round", "organisation", "selfAssessment", "submittedAt", "channels", "documents");
  private static final List<String> VIOLATION = List.of("code", "message", "messageTh", "source");
  private static final List<String> CHECK = List.of("accepted", "violations");

  private ApplicationCodecs() {}

  static List<Codec<?>> all(RulebookRegistry registry) {
    return List.of(
        Codec.of(ApplicationWindow.class, ApplicationCodecs::window, ApplicationCodecs::writeWindow),
        Codec.of(Organisation.class, ApplicationCodecs::organisation,
            ApplicationCodecs::writeOrganisation),
        Codec.of(SelfAssessmentResult.class, in -> result(in, registry),
            ApplicationCodecs::writeResult),
        Codec.of(Application.class, in -> application(in, registry),
            ApplicationCodecs::writeApplication),
        Codec.of(Violation.class, ApplicationCodecs::violation, ApplicationCodecs::writeViolation),
        Codec.of(CheckResult.class, ApplicationCodecs::check, ApplicationCodecs::writeCheck));
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
    return in.core(() -> ApplicationWindow.of(round, opensAt, closesAt, channels, documents, source));
  }

  private static void writeWindow(ApplicationWindow value, Output out) {
    out.startObject().field("round", value.round().getValue()).name("opensAt");
    value.opensAt().ifPresentOrElse(at -> out.string(Codecs.instant(at)), out::nullValue);
    out.field("closesAt", Codecs.instant(value.closesAt())).strings("channels", value.channels())
        .strings("documents", value.documents()).field("source", value.source()).endObject();
  }

  private static Organisation organisation(Input in) {
    Fields f = in.object("organisation", ORGANISATION, (i, v) ->
        i == 0 ? v.enumValue(OrganisationKind.class) : i == 1 ? v.bool() : v.nonBlank());
    OrganisationKind kind = f.need(0);
    boolean informationOnly = f.<Boolean>get(1).orElse(false);
    return in.core(() -> Organisation.of(kind, informationOnly, f.get(2), f.get(3)));
  }

  private static void writeOrganisation(Organisation value, Output out) {
    out.startObject().field("kind", value.kind().name())
        .field("informationOnly", value.informationOnly()).field("id", value.id())
        .field("location", value.location()).endObject();
  }

  /** A result as written, or an assessment in met-list form (rulebook and met) to evaluate. */
  private static SelfAssessmentResult result(Input in, RulebookRegistry registry) {
    Fields f = in.object("self-assessment result", RESULT, (i, v) -> {
      switch (i) {
        case 0: return RulesCodecs.rulebookOrId(v);
        case 4: return v.bool();
        case 5: return v.list(Input::text);
        default: return v.integer();
      }
    });
    if (f.has(5)) {
      for (int i = 1; i < 5; i++) {
        if (f.has(i)) {
          throw f.refuse(i, "a self-assessment given by 'met' is evaluated; it has no field '"
              + RESULT.get(i) + "'");
        }
      }
      Rulebook rulebook = RulesCodecs.resolve(f.need(0), in, registry);
      List<String> met = f.need(5);
      RulesCodecs.checkIds(in, rulebook, met, "met", "", "listed");
      Assessment assessment = in.coreAt("met",
          () -> Assessment.ofMet(rulebook, AssessmentKind.SELF_ASSESSMENT, met));
      return in.core(() -> SelfAssessmentResult.from(rulebook.evaluate(assessment)));
    }
    if (!(f.<Object>need(0) instanceof String)) {
      throw f.refuse(0, "a self-assessment result names its rulebook by id");
    }
    String rulebook = f.need(0);
    int points = f.<Integer>need(1);
    int gate = f.<Integer>need(2);
    int maxPoints = f.<Integer>need(3);
    SelfAssessmentResult result =
        in.core(() -> SelfAssessmentResult.of(rulebook, points, gate, maxPoints));
    if (f.has(4) && f.<Boolean>need(4) != result.reachesGate()) {
      throw f.refuse(4, "reachesGate is " + !result.reachesGate() + " but " + points
          + " points against a gate of " + gate + " give " + result.reachesGate());
    }
    return result;
  }

  private static void writeResult(SelfAssessmentResult value, Output out) {
    out.startObject().field("rulebook", value.rulebook()).field("points", value.points())
        .field("gate", value.gate()).field("maxPoints", value.maxPoints())
        .field("reachesGate", value.reachesGate()).endObject();
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

  private static void writeApplication(Application value, Output out) {
    writeOrganisation(value.organisation(),
        out.startObject().field("round", value.round().getValue()).name("organisation"));
    writeResult(value.selfAssessment(), out.name("selfAssessment"));
    out.field("submittedAt", Codecs.instant(value.submittedAt()))
        .strings("channels", value.channels()).strings("documents", value.documents()).endObject();
  }

  private static Violation violation(Input in) {
    Fields f = in.object("violation", VIOLATION,
        (i, v) -> i == 0 ? v.enumValue(ViolationCode.class) : v.nonBlank());
    ViolationCode code = f.need(0);
    String message = f.need(1);
    String messageTh = f.need(2);
    String source = f.need(3);
    return in.core(() -> Violation.of(code, messageTh, message, source));
  }

  private static void writeViolation(Violation value, Output out) {
    out.startObject().field("code", value.code().name()).field("message", value.messageEn())
        .field("messageTh", value.messageTh()).field("source", value.source()).endObject();
  }

  private static CheckResult check(Input in) {
    Fields f = in.object("check result", CHECK,
        (i, v) -> i == 0 ? v.bool() : v.list(ApplicationCodecs::violation));
    boolean accepted = f.<Boolean>need(0);
    List<Violation> violations = f.need(1);
    if (accepted != violations.isEmpty()) {
      throw f.refuse(0, "accepted is " + accepted + " but there are " + violations.size()
          + " violations; an application is accepted exactly when it breaks no rule");
    }
    return CheckResult.of(violations);
  }

  private static void writeCheck(CheckResult value, Output out) {
    out.startObject().field("accepted", value.accepted())
        .array("violations", value.violations(), ApplicationCodecs::writeViolation).endObject();
  }
}

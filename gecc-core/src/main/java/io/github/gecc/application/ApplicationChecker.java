package io.github.gecc.application;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.gecc.RefusalException;
import io.github.gecc.rules.Reason;
import io.github.gecc.rules.ReasonCode;
import io.github.gecc.rules.Rulebook;
import io.github.gecc.rules.SelfAssessmentResult;
import io.github.gecc.time.FiscalYear;
import io.github.gecc.time.ThaiDateStyle;
import io.github.gecc.time.ThaiDateText;
import io.github.gecc.time.ThaiDigits;
import io.github.gecc.time.ThaiTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks an application against every rule and lists every rule it breaks, not only the first:
 * eligibility ({@link EligibilityPolicy}), the condition to apply (RULES.md §3: the gate and the
 * application requirement, judged by the rulebook of the round: {@link Rounds#rulebook}), the
 * window (RULES.md §4), the required channels and document files (RULES.md §4, §7). Advice that
 * does not refuse, a division-only application (RULES.md §2), is listed as a warning.
 *
 * <p>Violations come in a fixed order: {@code INELIGIBLE_ORGANISATION}, {@code
 * INFORMATION_ONLY_CENTRE}, {@code RULEBOOK_NOT_OF_ROUND} or else {@code
 * SELF_ASSESSMENT_BELOW_THRESHOLD} or, when the gate is reached, {@code
 * SELF_ASSESSMENT_REQUIREMENT_NOT_MET}, {@code WINDOW_CLOSED}, {@code CHANNEL_MISSING}, {@code
 * DOCUMENT_MISSING}. A missing channel or document gives one violation naming all that are missing
 * (one rule, one violation). The window violations cite the window's own source.
 *
 * <p>RULES.md §3 (DECISION, trust): the gate, the maximum and the requirements are those of the
 * registered rulebook, never the caller's: a self-assessment whose rulebook reuses a registered id
 * with other content is refused as bad input ({@link IllegalArgumentException}); one against any
 * other rulebook than the one the registry gives for the round is the violation {@code
 * RULEBOOK_NOT_OF_ROUND}, naming both.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ApplicationChecker {

  private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
  private static final DateTimeFormatter THAI_MINUTES = DateTimeFormatter.ofPattern("HH.mm");
  private static final DateTimeFormatter THAI_SECONDS = DateTimeFormatter.ofPattern("HH.mm.ss");
  private static final String OPENING_NOT_GIVEN = "(opening not given)";
  private static final String OPENING_NOT_GIVEN_TH = "(ไม่ได้ระบุวันเปิดรับสมัคร)";

  private final Rounds rounds;

  /** The checker of some rounds ({@link Rounds#checker()}), the one way to a checker. */
  ApplicationChecker(Rounds rounds) {
    this.rounds = Objects.requireNonNull(rounds, "rounds");
  }

  /**
   * Returns the rounds checked against: their windows, eligibility and rulebooks.
   *
   * @return the rounds
   */
  public Rounds rounds() {
    return rounds;
  }

  /**
   * Checks an application against the window and the rulebook of its round.
   *
   * @param application the application, not null
   * @return every rule it breaks, and the advice it gets
   * @throws RefusalException (4.14) at {@code round} if the round is not known, (3.14) at {@code
   *     round} if no registered rulebook applies to it, or the rules' refusal at {@code
   *     selfAssessment.rulebook} if the self-assessment's rulebook reuses a registered id with
   *     other content
   * @throws NullPointerException if {@code application} is null
   */
  public CheckResult check(Application application) {
    ApplicationWindow window;
    try {
      window = rounds.windowOf(application.round());
    } catch (RefusalException e) {
      throw e.at("round");
    }
    Rulebook ofRound = rulebookOf(application);
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    violations.addAll(rounds.eligibility().check(application.round(), application.organisation()));
    SelfAssessmentResult self = application.selfAssessment();
    if (!self.assessment().rulebook().id().equals(ofRound.id())) {
      violations.add(notOfRound(self, ofRound, application));
    } else {
      violations.addAll(conditionViolations(self));
    }
    windowViolation(window, application).ifPresent(violations::add);
    ImmutableSet<Channel> missingChannels = window.missingChannels(application.channels());
    if (!missingChannels.isEmpty()) {
      violations.add(
          Violation.of(
              ViolationCode.CHANNEL_MISSING,
              "ยังไม่ได้ส่งใบสมัคร"
                  + missingChannels.stream().map(Channel::thai).collect(Collectors.joining(" และ "))
                  + " ตามที่รอบ "
                  + window.round().getValue()
                  + " กำหนด",
              "round "
                  + window.round().getValue()
                  + " requires sending the application "
                  + missingChannels.stream()
                      .map(Channel::english)
                      .collect(Collectors.joining(" and "))
                  + "; missing "
                  + missingChannels,
              window.source() + "; " + ViolationCode.CHANNEL_MISSING.defaultSource()));
    }
    ImmutableSet<DocumentFormat> missingDocuments =
        window.missingDocuments(application.documents());
    if (!missingDocuments.isEmpty()) {
      violations.add(
          Violation.of(
              ViolationCode.DOCUMENT_MISSING,
              "ยังไม่ได้ส่งเอกสาร"
                  + missingDocuments.stream()
                      .map(DocumentFormat::thai)
                      .collect(Collectors.joining(" และ "))
                  + " ตามที่รอบ "
                  + window.round().getValue()
                  + " กำหนด",
              "round "
                  + window.round().getValue()
                  + " requires the documents as "
                  + missingDocuments.stream()
                      .map(DocumentFormat::english)
                      .collect(Collectors.joining(" and "))
                  + "; missing "
                  + missingDocuments,
              window.source() + "; " + ViolationCode.DOCUMENT_MISSING.defaultSource()));
    }
    ImmutableList.Builder<Warning> warnings = ImmutableList.builder();
    if (application.organisation().divisionOnly()) {
      warnings.add(
          Warning.of(
              WarningCode.DIVISION_ONLY_APPLICATION,
              "หน่วยงานที่มีหลายส่วนงานในสถานที่เดียวกันไม่ควรสมัครทีละส่วนงาน"
                  + " ควรพัฒนาทุกงานบริการให้ได้มาตรฐานและสมัครในนามหน่วยงานทั้งหมด"
                  + " (เป็นคำแนะนำ ไม่ใช่เหตุให้ปฏิเสธใบสมัคร)",
              "a unit with several divisions at one location should not apply one division at a"
                  + " time but bring every sub-service up to the standard and apply as a whole"
                  + " office (advice; the application is not refused for it)"));
    }
    FiscalYear round = application.round();
    rounds.rulebookWarning(round).ifPresent(warnings::add);
    return CheckResult.of(violations.build(), warnings.build());
  }

  /**
   * The registered rulebook of the application's round, after checking that the self-assessment's
   * rulebook does not redefine a registered one (trust: the caller never sets the rules).
   */
  private Rulebook rulebookOf(Application application) {
    try {
      rounds.rulebooks().admit(application.selfAssessment().assessment().rulebook());
    } catch (RefusalException e) {
      throw e.at("rulebook").at("selfAssessment");
    }
    try {
      return rounds.requireRulebook(application.round());
    } catch (RefusalException e) {
      throw e.at("round");
    }
  }

  private static Violation notOfRound(
      SelfAssessmentResult self, Rulebook ofRound, Application application) {
    int round = application.round().getValue();
    return Violation.of(
        ViolationCode.RULEBOOK_NOT_OF_ROUND,
        "ผลการประเมินตนเองใช้เกณฑ์ "
            + self.rulebook()
            + " แต่รอบ "
            + round
            + " ใช้เกณฑ์ "
            + ofRound.id()
            + " จึงต้องประเมินตนเองตามเกณฑ์ "
            + ofRound.id(),
        "the self-assessment answers rulebook "
            + self.rulebook()
            + ", but round "
            + round
            + " is judged by rulebook "
            + ofRound.id()
            + "; assess against "
            + ofRound.id());
  }

  /**
   * The violations of the condition to apply, each rule with its own: the self-assessment gate and
   * the rulebook's application requirement are both checked, and every one that fails is listed (in
   * GECC-2560 meeting the requirement implies at least 60 points, so below the gate both fail).
   */
  static ImmutableList<Violation> conditionViolations(SelfAssessmentResult self) {
    ImmutableList.Builder<Violation> out = ImmutableList.builder();
    if (!self.reachesGate()) {
      out.add(belowGate(self));
    }
    if (!self.meetsApplicationRequirements()) {
      ImmutableList<Reason> failing =
          self.evaluation().reasons().stream()
              .filter(r -> r.code() == ReasonCode.APPLICATION_REQUIREMENT_NOT_MET)
              .collect(ImmutableList.toImmutableList());
      out.add(
          Violation.of(
              ViolationCode.SELF_ASSESSMENT_REQUIREMENT_NOT_MET,
              "ผลการประเมินตนเองไม่ผ่านเงื่อนไขการขอรับการรับรองของเกณฑ์ "
                  + self.rulebook()
                  + ": "
                  + failing.stream().map(Reason::thai).collect(Collectors.joining("; ")),
              "the self-assessment does not meet the application requirement of rulebook "
                  + self.rulebook()
                  + ": "
                  + failing.stream().map(Reason::english).collect(Collectors.joining("; ")),
              failing.get(0).source()));
    }
    return out.build();
  }

  static Violation belowGate(SelfAssessmentResult self) {
    return Violation.of(
        ViolationCode.SELF_ASSESSMENT_BELOW_THRESHOLD,
        "ผลการประเมินตนเอง "
            + self.points()
            + " คะแนน ต่ำกว่าเกณฑ์ "
            + self.gate()
            + " คะแนน ("
            + self.rulebook()
            + ") จึงยังสมัครไม่ได้",
        "the self-assessment scores "
            + self.points()
            + " of "
            + self.maxPoints()
            + " points, below the gate of "
            + self.gate()
            + " points of rulebook "
            + self.rulebook()
            + "; an organisation applies only from the gate on",
        self.evaluation().reasons().stream()
            .filter(r -> r.code() == ReasonCode.SELF_ASSESSMENT_BELOW_GATE)
            .map(Reason::source)
            .findFirst()
            .orElse(ViolationCode.SELF_ASSESSMENT_BELOW_THRESHOLD.defaultSource()));
  }

  private static Optional<Violation> windowViolation(
      ApplicationWindow window, Application application) {
    WindowState state = window.stateAt(application.submittedAt());
    if (state == WindowState.OPEN) {
      return Optional.empty();
    }
    boolean early = state == WindowState.NOT_YET_OPEN;
    Instant submitted = application.submittedAt();
    // The bound the submission missed; seconds are written when they decide the case.
    Instant missed = early ? window.effectiveOpening() : window.closesAt();
    boolean seconds = sameMinute(submitted, missed);
    String at = english(submitted, seconds);
    String bounds =
        window.opensAt().map(o -> bound(o, false, seconds, false)).orElse(OPENING_NOT_GIVEN)
            + " .. "
            + bound(window.closesAt(), true, seconds, false);
    String boundsTh =
        "เปิดรับสมัคร "
            + window.opensAt().map(o -> bound(o, false, seconds, true)).orElse(OPENING_NOT_GIVEN_TH)
            + " ปิดรับสมัคร "
            + bound(window.closesAt(), true, seconds, true);
    return Optional.of(
        Violation.of(
            ViolationCode.WINDOW_CLOSED,
            "ส่งใบสมัครเมื่อ "
                + thai(submitted, seconds)
                + (early ? " ก่อนเปิดรับสมัคร" : " หลังปิดรับสมัคร")
                + "ของรอบ "
                + window.round().getValue()
                + " ("
                + boundsTh
                + ")",
            "submitted at "
                + at
                + (early ? ", before the window of round " : ", after the window of round ")
                + window.round().getValue()
                + (early ? " opened (" : " closed (")
                + bounds
                + ")",
            window.source()));
  }

  /**
   * Tells whether two instants fall in the same Bangkok minute, where minutes cannot tell them
   * apart.
   */
  private static boolean sameMinute(Instant a, Instant b) {
    return ThaiTime.atBangkok(a)
        .truncatedTo(ChronoUnit.MINUTES)
        .equals(ThaiTime.atBangkok(b).truncatedTo(ChronoUnit.MINUTES));
  }

  /**
   * A window bound for a message (RULES.md §4): a whole-day bound (an opening at 00:00 or a closing
   * at the last instant of its day, Bangkok time) as its day alone, with no invented time; any
   * other bound with its time, and its seconds when they decide the case.
   */
  private static String bound(Instant instant, boolean closing, boolean seconds, boolean thai) {
    OffsetDateTime local = ThaiTime.atBangkok(instant);
    boolean wholeDay =
        closing
            ? instant.equals(ThaiTime.endOfDay(local.toLocalDate()))
            : instant.equals(ThaiTime.startOfDay(local.toLocalDate()));
    if (!wholeDay) {
      return thai ? thai(instant, seconds) : english(instant, seconds);
    }
    if (!thai) {
      return local.toLocalDate()
          + (closing ? " (to the end of the day)" : " (from the start of the day)");
    }
    return thaiDate(local.toLocalDate()) + (closing ? " (ตลอดทั้งวัน)" : " (ตั้งแต่ต้นวัน)");
  }

  /** An instant in ISO form, Bangkok time, to the minute unless seconds decide the case. */
  private static String english(Instant instant, boolean seconds) {
    OffsetDateTime local = ThaiTime.atBangkok(instant);
    return (seconds ? local : local.truncatedTo(ChronoUnit.MINUTES)).format(INSTANT);
  }

  /**
   * An instant as Thai text, Bangkok time: {@code 29 กุมภาพันธ์ 2567 เวลา 16.30 น.}, or {@code เวลา
   * 16.30.01 น.} when seconds decide the case; an instant outside the Thai years the library writes
   * stays ISO.
   */
  private static String thai(Instant instant, boolean seconds) {
    LocalDateTime local = ThaiTime.atBangkok(instant).toLocalDateTime();
    if (local.toLocalDate().isBefore(ThaiDateText.MIN_DATE)
        || local.toLocalDate().isAfter(ThaiDateText.MAX_DATE)) {
      return INSTANT.format(ThaiTime.atBangkok(instant)); // no Buddhist Era year to write it in
    }
    return thaiDate(local.toLocalDate())
        + " เวลา "
        + local.toLocalTime().format(seconds ? THAI_SECONDS : THAI_MINUTES)
        + " น.";
  }

  private static String thaiDate(LocalDate date) {
    if (date.isBefore(ThaiDateText.MIN_DATE) || date.isAfter(ThaiDateText.MAX_DATE)) {
      return date.toString(); // no Buddhist Era year to write it in
    }
    return ThaiDateText.format(date, ThaiDateStyle.FULL, ThaiDigits.ARABIC);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ApplicationChecker && ((ApplicationChecker) obj).rounds.equals(rounds);
  }

  @Override
  public int hashCode() {
    return rounds.hashCode();
  }

  @Override
  public String toString() {
    return "ApplicationChecker{" + rounds + "}";
  }
}

package io.github.gecc.application;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.gecc.time.ThaiTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks an application against every rule and lists every rule it breaks, not only the first:
 * eligibility ({@link EligibilityPolicy}), the self-assessment gate (RULES.md §3), the window
 * (RULES.md §4), the required channels and document files (RULES.md §4, §7).
 *
 * <p>Violations come in a fixed order: {@code INELIGIBLE_ORGANISATION}, {@code
 * INFORMATION_ONLY_CENTRE}, {@code SELF_ASSESSMENT_BELOW_THRESHOLD}, {@code WINDOW_CLOSED},
 * {@code CHANNEL_MISSING}, {@code DOCUMENT_MISSING}. A missing channel or document gives one
 * violation naming all that are missing (one rule, one violation). The window violations cite
 * the window's own source.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ApplicationChecker {

  private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private final ApplicationCalendar calendar;
  private final EligibilityPolicy eligibility;

  private ApplicationChecker(ApplicationCalendar calendar, EligibilityPolicy eligibility) {
    this.calendar = calendar;
    this.eligibility = eligibility;
  }

  /**
   * Returns a checker.
   *
   * @param calendar the windows to check against, not null
   * @param eligibility who may apply, not null
   * @return the checker
   * @throws NullPointerException if an argument is null
   */
  public static ApplicationChecker of(ApplicationCalendar calendar, EligibilityPolicy eligibility) {
    return new ApplicationChecker(
        Objects.requireNonNull(calendar, "calendar"), Objects.requireNonNull(eligibility, "eligibility"));
  }

  /**
   * Returns the checker of the bundled calendar and eligibility policy.
   *
   * @return the bundled checker
   */
  public static ApplicationChecker bundled() {
    return of(ApplicationCalendar.bundled(), EligibilityPolicy.bundled());
  }

  /**
   * Returns the calendar checked against.
   *
   * @return the calendar
   */
  public ApplicationCalendar calendar() {
    return calendar;
  }

  /**
   * Returns the eligibility policy.
   *
   * @return the policy
   */
  public EligibilityPolicy eligibility() {
    return eligibility;
  }

  /**
   * Checks an application against the window of its round.
   *
   * @param application the application, not null
   * @return every rule it breaks
   * @throws IllegalArgumentException if the calendar has no window for the application's round
   * @throws NullPointerException if {@code application} is null
   */
  public CheckResult check(Application application) {
    ApplicationWindow window = calendar.windowOf(application.round());
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    violations.addAll(eligibility.check(application.round(), application.organisation()));
    SelfAssessmentResult self = application.selfAssessment();
    if (!self.reachesGate()) {
      violations.add(belowGate(self));
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
                  + missingChannels.stream().map(Channel::english).collect(Collectors.joining(" and "))
                  + "; missing "
                  + missingChannels,
              window.source() + "; " + ViolationCode.CHANNEL_MISSING.defaultSource()));
    }
    ImmutableSet<DocumentFormat> missingDocuments = window.missingDocuments(application.documents());
    if (!missingDocuments.isEmpty()) {
      violations.add(
          Violation.of(
              ViolationCode.DOCUMENT_MISSING,
              "ยังไม่ได้ส่งเอกสาร"
                  + missingDocuments.stream().map(DocumentFormat::thai).collect(Collectors.joining(" และ "))
                  + " ตามที่รอบ "
                  + window.round().getValue()
                  + " กำหนด",
              "round "
                  + window.round().getValue()
                  + " requires the documents as "
                  + missingDocuments.stream().map(DocumentFormat::english).collect(Collectors.joining(" and "))
                  + "; missing "
                  + missingDocuments,
              window.source() + "; " + ViolationCode.DOCUMENT_MISSING.defaultSource()));
    }
    return CheckResult.of(violations.build());
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
            + "; an organisation applies only from the gate on");
  }

  private static Optional<Violation> windowViolation(
      ApplicationWindow window, Application application) {
    WindowState state = window.stateAt(application.submittedAt());
    if (state == WindowState.OPEN) {
      return Optional.empty();
    }
    String at = INSTANT.format(ThaiTime.atBangkok(application.submittedAt()));
    String bounds =
        window.opensAt().map(o -> INSTANT.format(ThaiTime.atBangkok(o))).orElse("(opening not given)")
            + " .. "
            + INSTANT.format(ThaiTime.atBangkok(window.closesAt()));
    boolean early = state == WindowState.NOT_YET_OPEN;
    return Optional.of(
        Violation.of(
            ViolationCode.WINDOW_CLOSED,
            "ส่งใบสมัครเมื่อ "
                + at
                + (early ? " ก่อนเปิดรับสมัคร" : " หลังปิดรับสมัคร")
                + " ของรอบ "
                + window.round().getValue()
                + " ("
                + bounds
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

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ApplicationChecker
        && ((ApplicationChecker) obj).calendar.equals(calendar)
        && ((ApplicationChecker) obj).eligibility.equals(eligibility);
  }

  @Override
  public int hashCode() {
    return Objects.hash(calendar, eligibility);
  }

  @Override
  public String toString() {
    return "ApplicationChecker{" + calendar + ", " + eligibility + "}";
  }
}

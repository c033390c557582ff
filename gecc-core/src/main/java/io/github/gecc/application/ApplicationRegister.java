package io.github.gecc.application;

import com.google.common.collect.ImmutableList;
import io.github.gecc.RefusalException;
import io.github.gecc.time.ThaiTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The applications received, which refuses a second application from the same organisation and
 * location in one round, naming the first (RULES.md 2.10, DECISION, reading DLA นท 0812/694, round
 * 2560, which advises applying as one whole office at its location).
 *
 * <p>Two applications are the same when their round, organisation id and location are equal (an
 * absent location equals an absent location). An application without an organisation id cannot be
 * compared and is refused as a bad argument.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ApplicationRegister {

  private final ImmutableList<Application> applications;

  private ApplicationRegister(ImmutableList<Application> applications) {
    this.applications = applications;
  }

  /**
   * Returns a register with no application.
   *
   * @return the empty register
   */
  public static ApplicationRegister empty() {
    return new ApplicationRegister(ImmutableList.of());
  }

  /**
   * Returns the applications received, in order.
   *
   * @return the applications
   */
  public ImmutableList<Application> applications() {
    return applications;
  }

  /**
   * Returns the earlier application of the same organisation and location in the same round.
   *
   * @param application a candidate with an organisation id, not null
   * @return the first such application, or empty
   * @throws RefusalException (2.10) at {@code organisation} if the candidate's organisation has no
   *     id
   */
  public Optional<Application> firstOf(Application application) {
    String id = idOf(application);
    return applications.stream()
        .filter(a -> a.round().equals(application.round()))
        .filter(a -> a.organisation().id().equals(Optional.of(id)))
        .filter(a -> a.organisation().location().equals(application.organisation().location()))
        .findFirst();
  }

  /**
   * Checks a candidate against the register.
   *
   * @param application a candidate with an organisation id, not null
   * @return accepted, or one {@link ViolationCode#DUPLICATE_APPLICATION} naming the first
   * @throws RefusalException (2.10) at {@code organisation} if the candidate's organisation has no
   *     id
   */
  public CheckResult check(Application application) {
    Optional<Application> first = firstOf(application);
    if (first.isEmpty()) {
      return CheckResult.of(ImmutableList.of());
    }
    Application earlier = first.get();
    String who = idOf(earlier) + earlier.organisation().location().map(l -> " at " + l).orElse("");
    String when = ThaiTime.atBangkok(earlier.submittedAt()).toString();
    return CheckResult.of(
        ImmutableList.of(
            Violation.of(
                ViolationCode.DUPLICATE_APPLICATION,
                who
                    + " สมัครในรอบ "
                    + application.round().getValue()
                    + " แล้วเมื่อ "
                    + when
                    + " หน่วยงานหนึ่งสมัครได้ครั้งเดียวต่อสถานที่ต่อรอบ",
                "a second application from "
                    + who
                    + " in round "
                    + application.round().getValue()
                    + "; the first was submitted at "
                    + when)));
  }

  /**
   * Returns the register with one more application.
   *
   * @param application an application with an organisation id, not a duplicate, not null
   * @return a new register
   * @throws RefusalException (2.10) at {@code organisation} if it has no organisation id, at {@code
   *     organisation.id} if it duplicates an earlier one (the message names the first)
   */
  public ApplicationRegister plus(Application application) {
    CheckResult result = check(application);
    if (!result.accepted()) {
      Violation duplicate = result.violations().get(0);
      throw RefusalException.of(
              "2.10",
              application.organisation().id().orElseThrow(),
              duplicate.english(),
              duplicate.thai())
          .at("id")
          .at("organisation");
    }
    return new ApplicationRegister(
        ImmutableList.<Application>builder().addAll(applications).add(application).build());
  }

  private static String idOf(Application application) {
    Objects.requireNonNull(application, "application");
    return application
        .organisation()
        .id()
        .orElseThrow(
            () ->
                RefusalException.withoutValue(
                        "2.10",
                        "the register needs the organisation id of an application of round "
                            + application.round().getValue()
                            + " to find duplicates; give the organisation's 'id'",
                        "ทะเบียนใบสมัครต้องใช้รหัสหน่วยงานของใบสมัครรอบ "
                            + application.round().getValue()
                            + " เพื่อตรวจการสมัครซ้ำ ให้ระบุ 'id' ของหน่วยงาน")
                    .at("organisation"));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ApplicationRegister
        && ((ApplicationRegister) obj).applications.equals(applications);
  }

  @Override
  public int hashCode() {
    return applications.hashCode();
  }

  @Override
  public String toString() {
    return "ApplicationRegister{" + applications.size() + " applications}";
  }
}

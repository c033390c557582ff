package io.github.gecc.testing.assertj;

import io.github.gecc.certification.Certification;
import io.github.gecc.certification.ValidityPolicy;
import io.github.gecc.certification.ValidityStatus;
import io.github.gecc.time.DateRange;
import java.time.LocalDate;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link Certification}'s validity (RULES.md §5), under {@link
 * ValidityPolicy#YEARS_FROM_DATE} unless {@link #under(ValidityPolicy)} says otherwise: {@code
 * assertThat(certification).isValidOn(date).hasLastValidDay(LocalDate.of(2020, 9, 20))}.
 */
public final class CertificationAssert extends AbstractAssert<CertificationAssert, Certification> {

  private final ValidityPolicy policy;

  CertificationAssert(Certification actual, ValidityPolicy policy) {
    super(actual, CertificationAssert.class);
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * Continues under another validity policy.
   *
   * @param other the policy, not null
   * @return a new assertion on the same certification
   */
  public CertificationAssert under(ValidityPolicy other) {
    return new CertificationAssert(actual, other);
  }

  /**
   * Checks the status on a date is {@code VALID}.
   *
   * @param date the date, not null
   * @return this assertion
   */
  public CertificationAssert isValidOn(LocalDate date) {
    return hasStatusOn(date, ValidityStatus.VALID);
  }

  /**
   * Checks the status on a date is {@code EXPIRED}.
   *
   * @param date the date, not null
   * @return this assertion
   */
  public CertificationAssert isExpiredOn(LocalDate date) {
    return hasStatusOn(date, ValidityStatus.EXPIRED);
  }

  /**
   * Checks the status on a date is {@code NOT_YET_VALID}.
   *
   * @param date the date, not null
   * @return this assertion
   */
  public CertificationAssert isNotYetValidOn(LocalDate date) {
    return hasStatusOn(date, ValidityStatus.NOT_YET_VALID);
  }

  /**
   * Checks the status on a date.
   *
   * @param date the date, not null
   * @param status the expected status, not null
   * @return this assertion
   */
  public CertificationAssert hasStatusOn(LocalDate date, ValidityStatus status) {
    isNotNull();
    ValidityStatus found = actual.statusOn(date, policy);
    if (found != status) {
      failWithMessage(
          "expected %s on %s under %s but it was %s (valid %s)",
          status, date, policy.name(), found, actual.validity(policy));
    }
    return this;
  }

  /**
   * Checks the last valid day.
   *
   * @param lastValidDay the expected last valid day, not null
   * @return this assertion
   */
  public CertificationAssert hasLastValidDay(LocalDate lastValidDay) {
    isNotNull();
    DateRange validity = actual.validity(policy);
    if (!validity.endInclusive().equals(lastValidDay)) {
      failWithMessage(
          "expected the last valid day %s under %s but it was %s",
          lastValidDay, policy.name(), validity.endInclusive());
    }
    return this;
  }
}

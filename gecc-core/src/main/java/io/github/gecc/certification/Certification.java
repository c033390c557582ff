package io.github.gecc.certification;

import io.github.gecc.RefusalException;
import io.github.gecc.application.ApplicationWindow;
import io.github.gecc.application.Rounds;
import io.github.gecc.time.DateRange;
import io.github.gecc.time.FiscalYear;
import io.github.gecc.time.ThaiTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One certification of one centre: the centre's id, the round (a fiscal year) in which it was
 * granted, the certification date, the outcome the rulebook gave and the rulebook's id.
 *
 * <p>How long it is valid is not stored: a {@link ValidityPolicy} computes it (RULES.md §5,
 * DECISION), so a caller may replace the rule without touching the data.
 *
 * <p>Structural invariants, checked on creation: the centre id is a centre's identity (RULES.md
 * 5.7: not blank, trimmed, held in Unicode NFKC form); the outcome and rulebook ids are not blank;
 * the certification date lies in the round's fiscal year or the one after it. DECISION: a round
 * cannot certify before its fiscal year starts, and the ceremonies reported in RULES.md §10 fall up
 * to a few days after the round's fiscal year ends (2 Oct 2563); allowing one fiscal year of slack
 * keeps such dates while refusing a round number that cannot belong to the date. DECISION (RULES.md
 * §6): a certification is not dated before its round's application window opened, where the
 * circulars give the opening ({@link Rounds#bundled()}: round 2565 from 1 Jan 2565, round 2567 from
 * 8 Jan 2567 08:30), as DLA นท 0812/694 puts the application before the committee's assessment and
 * certification.
 *
 * <p>DECISION: the outcome is recorded, not judged. A {@code Certification} is the record of a
 * granted certification, whatever the rulebook calls its passing outcome ({@code CERTIFIED}, a
 * level such as {@code GOLD}); an application that failed is simply not a certification.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Certification {

  /** The outcome used when none is given: the BE 2560 rulebook's passing outcome. */
  public static final String DEFAULT_OUTCOME = "CERTIFIED";

  /** The rulebook id used when none is given: the one rulebook the circulars define. */
  public static final String DEFAULT_RULEBOOK = "GECC-2560";

  Certification() {}

  /**
   * Returns the id of the certified centre.
   *
   * @return a non-blank id
   */
  public abstract String centreId();

  /**
   * Returns the round in which the certification was granted.
   *
   * @return the round's fiscal year
   */
  public abstract FiscalYear round();

  /**
   * Returns the day the certification was granted, its first valid day.
   *
   * @return the certification date
   */
  public abstract LocalDate certifiedOn();

  /**
   * Returns the outcome the rulebook gave, for example {@code CERTIFIED}.
   *
   * @return a non-blank outcome id; {@value #DEFAULT_OUTCOME} unless set
   */
  @Value.Default
  public String outcome() {
    return DEFAULT_OUTCOME;
  }

  /**
   * Returns the id of the rulebook the centre was assessed against.
   *
   * @return a non-blank rulebook id; {@value #DEFAULT_RULEBOOK} unless set
   */
  @Value.Default
  public String rulebookId() {
    return DEFAULT_RULEBOOK;
  }

  /**
   * Returns a certification with the default outcome and rulebook.
   *
   * @param centreId the centre's id, not blank
   * @param round the round, not null
   * @param certifiedOn the certification date, in the round's fiscal year or the next
   * @return the certification
   * @throws IllegalArgumentException if the id is blank, the date does not fit the round or is
   *     before the round's known window opened
   * @throws NullPointerException if an argument is null
   */
  public static Certification of(String centreId, FiscalYear round, LocalDate certifiedOn) {
    return builder().centreId(centreId).round(round).certifiedOn(certifiedOn).build();
  }

  /**
   * Returns a builder; {@code centreId}, {@code round} and {@code certifiedOn} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Certification}; not thread-safe, use it on one thread. */
  public static final class Builder extends ImmutableCertification.Builder {
    Builder() {}
  }

  /**
   * Returns the validity under a policy.
   *
   * @param policy the validity policy, not null
   * @return the closed range from {@link #certifiedOn()} to the policy's last valid day
   * @throws IllegalStateException if the policy gives a last valid day before the certification
   *     date
   * @throws NullPointerException if {@code policy} is null
   */
  public DateRange validity(ValidityPolicy policy) {
    LocalDate last = Objects.requireNonNull(policy, "policy").lastValidDay(this);
    if (last.isBefore(certifiedOn())) {
      throw new IllegalStateException(
          "validity policy "
              + policy.name()
              + " gives last valid day "
              + last
              + ", before the certification date "
              + certifiedOn()
              + " of "
              + this);
    }
    return DateRange.ofClosed(certifiedOn(), last);
  }

  /**
   * Returns the status on a date under a policy.
   *
   * @param date the date asked about, not null
   * @param policy the validity policy, not null
   * @return {@code NOT_YET_VALID} before the certification date, {@code VALID} through the last
   *     valid day, {@code EXPIRED} after it
   * @throws IllegalStateException if the policy gives a last valid day before the certification
   *     date
   * @throws NullPointerException if an argument is null
   */
  public ValidityStatus statusOn(LocalDate date, ValidityPolicy policy) {
    Objects.requireNonNull(date, "date");
    DateRange validity = validity(policy);
    if (date.isBefore(validity.startInclusive())) {
      return ValidityStatus.NOT_YET_VALID;
    }
    return date.isAfter(validity.endInclusive()) ? ValidityStatus.EXPIRED : ValidityStatus.VALID;
  }

  /**
   * Checks the certification and holds its centre id in NFKC form (RULES.md 5.7): a certification
   * built with {@code ｂｋｋ-01} is the certification of {@code bkk-01}.
   */
  @Value.Check
  Certification normalized() {
    String centreId;
    try {
      centreId = CentreIds.canonical(centreId());
    } catch (RefusalException e) {
      throw e.at("centreId");
    }
    requireNonBlank("outcome", "outcome", outcome(), "ผลการรับรอง");
    requireNonBlank("rulebookId", "rulebook id", rulebookId(), "รหัสเกณฑ์");
    checkDate();
    if (centreId.equals(centreId())) {
      return this;
    }
    return builder()
        .centreId(centreId)
        .round(round())
        .certifiedOn(certifiedOn())
        .outcome(outcome())
        .rulebookId(rulebookId())
        .build();
  }

  private void checkDate() {
    LocalDate earliest = round().start();
    LocalDate latest = round().end().plusYears(1);
    if (certifiedOn().isBefore(earliest) || certifiedOn().isAfter(latest)) {
      throw RefusalException.of(
              "6.10",
              certifiedOn(),
              "certifiedOn "
                  + certifiedOn()
                  + " does not fit round "
                  + round().getValue()
                  + ": a round's certification date lies in its fiscal year or the next, "
                  + earliest
                  + ".."
                  + latest,
              "วันที่รับรอง "
                  + certifiedOn()
                  + " ไม่อยู่ในรอบ "
                  + round().getValue()
                  + ": วันที่รับรองของรอบต้องอยู่ในปีงบประมาณของรอบหรือปีถัดไป "
                  + earliest
                  + ".."
                  + latest)
          .at("certifiedOn");
    }
    LocalDate earliestCertified = earliestDate(round());
    if (certifiedOn().isBefore(earliestCertified)) {
      ApplicationWindow window = Rounds.bundled().window(round()).orElseThrow();
      throw RefusalException.of(
              "6.10",
              certifiedOn(),
              "certifiedOn "
                  + certifiedOn()
                  + " is before round "
                  + round().getValue()
                  + "'s application window opened on "
                  + earliestCertified
                  + " (window "
                  + ThaiTime.atBangkok(window.effectiveOpening())
                  + " .. "
                  + ThaiTime.atBangkok(window.closesAt())
                  + ", "
                  + window.source()
                  + "); a unit applies before the committee assesses and certifies it (DLA นท"
                  + " 0812/694, round 2560)",
              "วันที่รับรอง "
                  + certifiedOn()
                  + " อยู่ก่อนวันเปิดรับสมัครของรอบ "
                  + round().getValue()
                  + " คือ "
                  + earliestCertified
                  + " หน่วยงานต้องสมัครก่อนคณะกรรมการตรวจประเมินและรับรอง")
          .at("certifiedOn");
    }
  }

  /**
   * Returns the first day a certification of a round may be dated (RULES.md §6, DECISION): the day
   * the round's application window opened, where the circulars give it ({@link Rounds#bundled()}: 1
   * Jan 2565 for round 2565, 8 Jan 2567 for round 2567), else the first day of the round's fiscal
   * year.
   *
   * @param round the round, not null
   * @return the earliest certification date
   * @throws NullPointerException if {@code round} is null
   */
  public static LocalDate earliestDate(FiscalYear round) {
    Objects.requireNonNull(round, "round");
    Optional<Instant> opens = Rounds.bundled().window(round).flatMap(ApplicationWindow::opensAt);
    return opens.isPresent() ? ThaiTime.atBangkok(opens.get()).toLocalDate() : round.start();
  }

  /** Refuses a blank id of a certification (RULES.md 5.7) at the field that holds it. */
  private static void requireNonBlank(String field, String what, String value, String thaiWhat) {
    if (value.isBlank()) {
      throw RefusalException.of(
              "5.7",
              value,
              what + " must not be blank, got '" + value + "'",
              thaiWhat + " ต้องไม่เป็นค่าว่าง ได้รับ '" + value + "'")
          .at(field);
    }
  }

  /**
   * Returns the certification as {@code centre-1 round 2560 on 2017-09-21 (CERTIFIED, GECC-2560)}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return centreId()
        + " round "
        + round().getValue()
        + " on "
        + certifiedOn()
        + " ("
        + outcome()
        + ", "
        + rulebookId()
        + ")";
  }
}

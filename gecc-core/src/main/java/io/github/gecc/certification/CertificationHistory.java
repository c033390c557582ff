package io.github.gecc.certification;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.gecc.RefusalException;
import io.github.gecc.time.DateRange;
import io.github.gecc.time.FiscalYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The certifications of one centre, in round order: is it covered on a date, where are the gaps,
 * which certification renewed which (RULES.md §5, DECISION: a renewal is the next certification of
 * the same centre).
 *
 * <p>Structural invariants, checked by {@link #of} (RULES.md 5.8): every certification is of this
 * centre; no round appears twice; a later round has a later certification date.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class CertificationHistory {

  CertificationHistory() {}

  /**
   * Returns the history of a centre.
   *
   * @param centreId the centre's id, not blank, trimmed; held in NFKC form (RULES.md 5.7)
   * @param certifications its certifications in any order, not null; may be empty
   * @return the history, sorted by round
   * @throws RefusalException if the id is not a centre id (rule 5.7, at {@code centreId}), or a
   *     certification is of another centre, a round appears twice, or a later round is not dated
   *     after an earlier one (rule 5.8, at {@code certifications[i]}, {@code i} the place of the
   *     refused certification in {@code certifications})
   * @throws NullPointerException if an argument or an element is null
   */
  public static CertificationHistory of(String centreId, Iterable<Certification> certifications) {
    String id;
    try {
      id = CentreIds.canonical(Objects.requireNonNull(centreId, "centreId"));
    } catch (RefusalException e) {
      throw e.at("centreId");
    }
    List<Certification> given = new ArrayList<>();
    for (Certification certification : certifications) {
      Certification element = Objects.requireNonNull(certification, "certification");
      if (!element.centreId().equals(id)) {
        throw RefusalException.of(
                "5.8",
                element.centreId(),
                "certification "
                    + element
                    + " is of centre '"
                    + element.centreId()
                    + "', not of '"
                    + id
                    + "'; a centre's history holds its own certifications",
                "การรับรอง "
                    + element
                    + " เป็นของศูนย์ '"
                    + element.centreId()
                    + "' ไม่ใช่ของศูนย์ '"
                    + id
                    + "' ประวัติของศูนย์มีเฉพาะการรับรองของศูนย์นั้น")
            .at("centreId")
            .at("certifications", given.size());
      }
      given.add(element);
    }
    Integer[] order = new Integer[given.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparing(i -> given.get(i).round()));
    for (int k = 1; k < order.length; k++) {
      checkFollows(
          id, given.get(order[k - 1]), given.get(order[k]), Math.max(order[k - 1], order[k]));
    }
    ImmutableList.Builder<Certification> sorted =
        ImmutableList.builderWithExpectedSize(order.length);
    for (Integer i : order) {
      sorted.add(given.get(i));
    }
    return ImmutableCertificationHistory.builder()
        .centreId(id)
        .addAllCertifications(sorted.build())
        .build();
  }

  /**
   * Refuses two certifications of a centre, in round order, unless the second is of a later round
   * and dated later (RULES.md 5.8). The refusal sits at {@code certifications[at]}, the one of the
   * two given later.
   */
  private static void checkFollows(String id, Certification previous, Certification next, int at) {
    if (previous.round().equals(next.round())) {
      throw RefusalException.of(
              "5.8",
              next.round().getValue(),
              "centre '"
                  + id
                  + "' is certified twice in round "
                  + next.round().getValue()
                  + ": on "
                  + previous.certifiedOn()
                  + " and on "
                  + next.certifiedOn()
                  + "; a centre is certified once a round",
              "ศูนย์ '"
                  + id
                  + "' ได้รับการรับรองสองครั้งในรอบปี "
                  + next.round().getValue()
                  + " คือวันที่ "
                  + previous.certifiedOn()
                  + " และ "
                  + next.certifiedOn()
                  + " ศูนย์หนึ่งได้รับการรับรองได้ครั้งเดียวต่อรอบ")
          .at("round")
          .at("certifications", at);
    }
    if (!next.certifiedOn().isAfter(previous.certifiedOn())) {
      throw RefusalException.of(
              "5.8",
              next.certifiedOn(),
              "centre '"
                  + id
                  + "': the certification of round "
                  + next.round().getValue()
                  + " on "
                  + next.certifiedOn()
                  + " is not after the one of round "
                  + previous.round().getValue()
                  + " on "
                  + previous.certifiedOn()
                  + "; a later round is certified on a later day",
              "ศูนย์ '"
                  + id
                  + "': การรับรองรอบปี "
                  + next.round().getValue()
                  + " วันที่ "
                  + next.certifiedOn()
                  + " ไม่ได้อยู่หลังการรับรองรอบปี "
                  + previous.round().getValue()
                  + " วันที่ "
                  + previous.certifiedOn()
                  + " การรับรองรอบหลังต้องลงวันที่หลังกว่า")
          .at("certifiedOn")
          .at("certifications", at);
    }
  }

  /**
   * Returns the centre's id.
   *
   * @return the id
   */
  public abstract String centreId();

  /**
   * Returns the certifications in round order.
   *
   * @return the certifications, oldest first
   */
  public abstract ImmutableList<Certification> certifications();

  /**
   * Tells whether the centre was certified in a round.
   *
   * @param round a round, not null
   * @return true if a certification of that round exists
   * @throws NullPointerException if {@code round} is null
   */
  public boolean isCertifiedIn(FiscalYear round) {
    Objects.requireNonNull(round, "round");
    for (Certification certification : certifications()) {
      if (certification.round().equals(round)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the rounds the centre was certified in: what a round's directive to apply looks at
   * ({@link io.github.gecc.application.ApplyDirective#mustApply}, {@link Centre#mustApply}).
   *
   * @return the rounds, oldest first, possibly empty
   */
  public ImmutableSet<FiscalYear> certifiedRounds() {
    ImmutableSet.Builder<FiscalYear> rounds =
        ImmutableSet.builderWithExpectedSize(certifications().size());
    for (Certification certification : certifications()) {
      rounds.add(certification.round());
    }
    return rounds.build();
  }

  /**
   * Returns the certifications valid on a date.
   *
   * @param date the date, not null
   * @param policy the validity policy, not null
   * @return the certifications whose validity holds the date, in round order
   * @throws NullPointerException if an argument is null
   */
  public ImmutableList<Certification> validOn(LocalDate date, ValidityPolicy policy) {
    Objects.requireNonNull(date, "date");
    ImmutableList.Builder<Certification> valid = ImmutableList.builder();
    for (Certification certification : certifications()) {
      if (certification.validity(policy).contains(date)) {
        valid.add(certification);
      }
    }
    return valid.build();
  }

  /**
   * Tells whether some certification is valid on a date: the centre is "under certification".
   *
   * @param date the date, not null
   * @param policy the validity policy, not null
   * @return true if covered
   * @throws NullPointerException if an argument is null
   */
  public boolean isCoveredOn(LocalDate date, ValidityPolicy policy) {
    return !validOn(date, policy).isEmpty();
  }

  /**
   * Returns the days covered by some certification, as disjoint ranges in date order; ranges that
   * overlap or abut are joined.
   *
   * @param policy the validity policy, not null
   * @return the covered ranges
   * @throws NullPointerException if {@code policy} is null
   */
  public ImmutableList<DateRange> coverage(ValidityPolicy policy) {
    ImmutableList.Builder<DateRange> ranges = ImmutableList.builder();
    for (Span span : spans(policy)) {
      ranges.add(span.range());
    }
    return ranges.build();
  }

  /**
   * Returns the stretches of unbroken coverage in date order, each with the certification that
   * began it: the one rule of coverage, which {@link #coverage}, {@link #gaps} and the report
   * schedule read.
   */
  ImmutableList<Span> spans(ValidityPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    // In round order the certification dates increase, so the validities come by start date.
    ImmutableList.Builder<Span> spans = ImmutableList.builder();
    ImmutableList<Certification> all = certifications();
    if (all.isEmpty()) {
      return spans.build();
    }
    Certification first = all.get(0);
    DateRange firstValidity = first.validity(policy);
    LocalDate start = firstValidity.startInclusive();
    LocalDate end = firstValidity.endInclusive();
    for (Certification certification : all.subList(1, all.size())) {
      DateRange validity = certification.validity(policy);
      if (!validity.startInclusive().isAfter(end.plusDays(1))) {
        if (validity.endInclusive().isAfter(end)) {
          end = validity.endInclusive();
        }
      } else {
        spans.add(new Span(DateRange.ofClosed(start, end), first));
        first = certification;
        start = validity.startInclusive();
        end = validity.endInclusive();
      }
    }
    spans.add(new Span(DateRange.ofClosed(start, end), first));
    return spans.build();
  }

  /** A stretch of unbroken coverage and the certification that began it. */
  record Span(DateRange range, Certification first) {}

  /**
   * Returns the gaps: the days between the first certification date and the last valid day that no
   * certification covers.
   *
   * @param policy the validity policy, not null
   * @return the uncovered ranges in date order, empty when coverage is continuous
   * @throws NullPointerException if {@code policy} is null
   */
  public ImmutableList<DateRange> gaps(ValidityPolicy policy) {
    ImmutableList<DateRange> coverage = coverage(policy);
    ImmutableList.Builder<DateRange> gaps = ImmutableList.builder();
    for (int i = 1; i < coverage.size(); i++) {
      gaps.add(
          DateRange.ofClosed(
              coverage.get(i - 1).endInclusive().plusDays(1),
              coverage.get(i).startInclusive().minusDays(1)));
    }
    return gaps.build();
  }

  /**
   * Returns each renewal: a certification and the next one of the same centre.
   *
   * @return the renewals in round order, one fewer than the certifications (none for zero or one)
   */
  public ImmutableList<Renewal> renewals() {
    ImmutableList.Builder<Renewal> renewals = ImmutableList.builder();
    for (int i = 1; i < certifications().size(); i++) {
      renewals.add(Renewal.of(certifications().get(i - 1), certifications().get(i)));
    }
    return renewals.build();
  }

  /**
   * Returns the certification that renewed a given one.
   *
   * @param certification a certification of this history, not null
   * @return the next certification, or empty if it is the latest
   * @throws RefusalException (rule 5.8) if the certification is not in this history
   * @throws NullPointerException if {@code certification} is null
   */
  public Optional<Certification> renewalOf(Certification certification) {
    int index = certifications().indexOf(Objects.requireNonNull(certification, "certification"));
    if (index < 0) {
      throw RefusalException.of(
          "5.8",
          certification,
          "certification " + certification + " is not in the history of '" + centreId() + "'",
          "การรับรอง " + certification + " ไม่อยู่ในประวัติของศูนย์ '" + centreId() + "'");
    }
    return index + 1 < certifications().size()
        ? Optional.of(certifications().get(index + 1))
        : Optional.empty();
  }

  /**
   * Returns the history as text.
   *
   * @return the centre id and its certifications
   */
  @Override
  public String toString() {
    return centreId() + " " + certifications();
  }
}

package io.github.gecc.certification;

import io.github.gecc.time.DateRange;
import java.util.Objects;
import java.util.Optional;

/**
 * One certification renewed by the next certification of the same centre (RULES.md §5,
 * DECISION).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Renewal {

  private final Certification previous;
  private final Certification next;

  private Renewal(Certification previous, Certification next) {
    this.previous = previous;
    this.next = next;
  }

  /**
   * Returns a renewal.
   *
   * @param previous the renewed certification, not null
   * @param next the renewing certification, not null, of the same centre and a later round
   * @return the renewal
   * @throws IllegalArgumentException if the centres differ or {@code next} is not of a later round
   * @throws NullPointerException if an argument is null
   */
  public static Renewal of(Certification previous, Certification next) {
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(next, "next");
    if (!previous.centreId().equals(next.centreId()) || !next.round().isAfter(previous.round())) {
      throw new IllegalArgumentException(
          "a renewal is a later certification of the same centre: " + next + " does not renew " + previous);
    }
    return new Renewal(previous, next);
  }

  /**
   * Returns the renewed certification.
   *
   * @return the earlier certification
   */
  public Certification previous() {
    return previous;
  }

  /**
   * Returns the renewing certification.
   *
   * @return the later certification
   */
  public Certification next() {
    return next;
  }

  /**
   * Returns the days between the two validities that neither covers.
   *
   * @param policy the validity policy, not null
   * @return the gap, or empty when the renewal starts on or before the day after the previous
   *     validity ends
   * @throws NullPointerException if {@code policy} is null
   */
  public Optional<DateRange> gap(ValidityPolicy policy) {
    DateRange before = previous.validity(policy);
    DateRange after = next.validity(policy);
    if (!after.startInclusive().isAfter(before.endInclusive().plusDays(1))) {
      return Optional.empty();
    }
    return Optional.of(
        DateRange.ofClosed(before.endInclusive().plusDays(1), after.startInclusive().minusDays(1)));
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Renewal)) {
      return false;
    }
    Renewal other = (Renewal) obj;
    return previous.equals(other.previous) && next.equals(other.next);
  }

  @Override
  public int hashCode() {
    return previous.hashCode() * 31 + next.hashCode();
  }

  /**
   * Returns the renewal as text.
   *
   * @return for example {@code round 2560 renewed by round 2563}
   */
  @Override
  public String toString() {
    return previous + " renewed by " + next;
  }
}

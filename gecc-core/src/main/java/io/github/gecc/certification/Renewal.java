package io.github.gecc.certification;

import io.github.gecc.RefusalException;
import io.github.gecc.time.DateRange;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One certification renewed by the next certification of the same centre (RULES.md §5, DECISION).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Renewal {

  Renewal() {}

  /**
   * Returns a renewal.
   *
   * @param previous the renewed certification, not null
   * @param next the renewing certification, not null, of the same centre and a later round
   * @return the renewal
   * @throws RefusalException (rule 5.8) if the centres differ or {@code next} is not of a later
   *     round
   * @throws NullPointerException if an argument is null
   */
  public static Renewal of(Certification previous, Certification next) {
    return ImmutableRenewal.of(previous, next);
  }

  @Value.Check
  void check() {
    if (!previous().centreId().equals(next().centreId())
        || !next().round().isAfter(previous().round())) {
      throw RefusalException.of(
          "5.8",
          next(),
          "a renewal is a later certification of the same centre: "
              + next()
              + " does not renew "
              + previous(),
          "การต่ออายุคือการรับรองครั้งถัดไปของศูนย์เดียวกัน: "
              + next()
              + " ไม่ใช่การต่ออายุของ "
              + previous());
    }
  }

  /**
   * Returns the renewed certification.
   *
   * @return the earlier certification
   */
  @Value.Parameter
  public abstract Certification previous();

  /**
   * Returns the renewing certification.
   *
   * @return the later certification
   */
  @Value.Parameter
  public abstract Certification next();

  /**
   * Returns the days between the two validities that neither covers.
   *
   * @param policy the validity policy, not null
   * @return the gap, or empty when the renewal starts on or before the day after the previous
   *     validity ends
   * @throws NullPointerException if {@code policy} is null
   */
  public Optional<DateRange> gap(ValidityPolicy policy) {
    DateRange before = previous().validity(policy);
    DateRange after = next().validity(policy);
    if (!after.startInclusive().isAfter(before.endInclusive().plusDays(1))) {
      return Optional.empty();
    }
    return Optional.of(
        DateRange.ofClosed(before.endInclusive().plusDays(1), after.startInclusive().minusDays(1)));
  }

  /**
   * Returns the renewal as text.
   *
   * @return for example {@code round 2560 renewed by round 2563}
   */
  @Override
  public String toString() {
    return previous() + " renewed by " + next();
  }
}

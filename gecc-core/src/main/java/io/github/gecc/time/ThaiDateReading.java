package io.github.gecc.time;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What {@link ThaiDateText#read} found in a text: one date, or a range of two.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ThaiDateReading {

  // Exactly one is set.
  private final @Nullable ThaiDateTime date;
  private final @Nullable ThaiDateRange range;

  private ThaiDateReading(@Nullable ThaiDateTime date, @Nullable ThaiDateRange range) {
    this.date = date;
    this.range = range;
  }

  static ThaiDateReading ofDate(ThaiDateTime date) {
    return new ThaiDateReading(Objects.requireNonNull(date, "date"), null);
  }

  static ThaiDateReading ofRange(ThaiDateRange range) {
    return new ThaiDateReading(null, Objects.requireNonNull(range, "range"));
  }

  /**
   * Returns the date, when the text held one date.
   *
   * @return the date, or empty when the text held a range
   */
  public Optional<ThaiDateTime> date() {
    return Optional.ofNullable(date);
  }

  /**
   * Returns the range, when the text held one.
   *
   * @return the range, or empty when the text held one date
   */
  public Optional<ThaiDateRange> range() {
    return Optional.ofNullable(range);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ThaiDateReading
        && Objects.equals(((ThaiDateReading) obj).date, date)
        && Objects.equals(((ThaiDateReading) obj).range, range);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, range);
  }

  @Override
  public String toString() {
    return String.valueOf(date != null ? date : range);
  }
}

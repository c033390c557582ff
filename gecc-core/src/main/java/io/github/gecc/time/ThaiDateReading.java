package io.github.gecc.time;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What {@link ThaiDateText#read} found in a text: one date, or a range of two, and what the words
 * in front of it say it is ({@link #role()}, RULES.md §8).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ThaiDateReading {

  private final @Nullable ThaiDateTime date;
  private final @Nullable ThaiDateRange range;
  private final @Nullable DateRole role;

  private ThaiDateReading(
      @Nullable ThaiDateTime date, @Nullable ThaiDateRange range, @Nullable DateRole role) {
    this.date = date;
    this.range = range;
    this.role = role;
  }

  static ThaiDateReading ofDate(ThaiDateTime date, @Nullable DateRole role) {
    return new ThaiDateReading(Objects.requireNonNull(date, "date"), null, role);
  }

  static ThaiDateReading ofRange(ThaiDateRange range, @Nullable DateRole role) {
    return new ThaiDateReading(null, Objects.requireNonNull(range, "range"), role);
  }

  /**
   * Returns what the words printed in front of the date say it is: {@code ภายในวันที่ ๓๑ มกราคม
   * ๒๕๖๕} is a {@link DateRole#DEADLINE}, {@code เมื่อวันที่ ๓ พฤษภาคม ๒๕๖๕} a {@link
   * DateRole#PAST_EVENT}.
   *
   * @return the role, or empty when the text starts with the date itself ({@code วันที่}, a weekday
   *     or the day)
   */
  public Optional<DateRole> role() {
    return Optional.ofNullable(role);
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
        && Objects.equals(((ThaiDateReading) obj).range, range)
        && ((ThaiDateReading) obj).role == role;
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, range, role);
  }

  @Override
  public String toString() {
    String value = String.valueOf(date != null ? date : range);
    return role == null ? value : role + " " + value;
  }
}

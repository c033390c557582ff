package io.github.gecc;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a value sits inside the value being built: a sequence of property names and list indices,
 * such as {@code centres[3].reports[0].submittedOn}.
 *
 * <p>The names are those of the model's accessors, which are also the field names of the library's
 * JSON documents; an adapter turns a path into its own notation (a JSON Pointer is {@code /}
 * followed by {@link #tokens()} joined with {@code /}, each escaped as RFC 6901 says). The empty
 * path, {@link #root()}, is the value being built itself.
 *
 * <p>Immutable and thread-safe.
 */
@Immutable
public final class ValuePath {

  private static final ValuePath ROOT = new ValuePath(ImmutableList.of());

  /** The segments, outermost first: a {@link String} name or an {@link Integer} index. */
  @SuppressWarnings("Immutable") // elements are String or Integer, both immutable
  private final ImmutableList<Object> segments;

  private ValuePath(ImmutableList<Object> segments) {
    this.segments = segments;
  }

  /**
   * Returns the empty path: the value being built itself.
   *
   * @return the empty path
   */
  public static ValuePath root() {
    return ROOT;
  }

  /**
   * Returns the path of one property of the value being built.
   *
   * @param name the property's name, not blank
   * @return the path
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static ValuePath of(String name) {
    return ROOT.name(name);
  }

  /**
   * Returns this path followed by a property name.
   *
   * @param name the property's name, not blank
   * @return the longer path
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public ValuePath name(String name) {
    if (name.isBlank()) {
      throw new IllegalArgumentException("a path segment's name is blank");
    }
    return new ValuePath(
        ImmutableList.builderWithExpectedSize(segments.size() + 1)
            .addAll(segments)
            .add(name)
            .build());
  }

  /**
   * Returns this path followed by a list index.
   *
   * @param index the index in the list, from 0
   * @return the longer path
   * @throws IllegalArgumentException if {@code index} is negative
   */
  public ValuePath index(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("a path segment's index is negative: " + index);
    }
    return new ValuePath(
        ImmutableList.builderWithExpectedSize(segments.size() + 1)
            .addAll(segments)
            .add(index)
            .build());
  }

  /**
   * Returns this path followed by another: the path of a value found at {@code inner} inside the
   * value this path names.
   *
   * @param inner the path inside the value this path names, not null
   * @return the longer path
   */
  public ValuePath resolve(ValuePath inner) {
    if (inner.segments.isEmpty()) {
      return this;
    }
    if (segments.isEmpty()) {
      return inner;
    }
    return new ValuePath(
        ImmutableList.builderWithExpectedSize(segments.size() + inner.segments.size())
            .addAll(segments)
            .addAll(inner.segments)
            .build());
  }

  /**
   * Returns whether this is the empty path, the value being built itself.
   *
   * @return true for {@link #root()}
   */
  public boolean isRoot() {
    return segments.isEmpty();
  }

  /**
   * Returns the segments as text, outermost first: names as they are, indices in decimal. These are
   * the reference tokens of the path's JSON Pointer, before RFC 6901 escaping.
   *
   * @return the tokens, empty for the root; immutable
   */
  public List<String> tokens() {
    ImmutableList.Builder<String> tokens = ImmutableList.builderWithExpectedSize(segments.size());
    for (Object segment : segments) {
      tokens.add(segment.toString());
    }
    return tokens.build();
  }

  /**
   * Returns whether the segment at a position is a list index rather than a property name.
   *
   * @param position the segment's position, from 0 to {@code tokens().size() - 1}
   * @return true for an index
   * @throws IndexOutOfBoundsException if {@code position} is outside the path
   */
  public boolean isIndex(int position) {
    return segments.get(position) instanceof Integer;
  }

  /**
   * Compares this path with another object.
   *
   * @param other the object, may be null
   * @return true if {@code other} is a path of the same segments
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ValuePath && ((ValuePath) other).segments.equals(segments);
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return segments.hashCode();
  }

  /**
   * Returns the path in dotted notation: {@code centres[3].reports[0].submittedOn}; the root is the
   * empty string.
   *
   * @return the path as text
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (Object segment : segments) {
      if (segment instanceof Integer) {
        text.append('[').append(segment).append(']');
      } else {
        if (text.length() > 0) {
          text.append('.');
        }
        text.append(segment);
      }
    }
    return text.toString();
  }
}

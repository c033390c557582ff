package io.github.gecc.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import io.github.gecc.time.BuddhistEra;
import io.github.gecc.time.ThaiTime;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A JSON value together with the JSON Pointer where it was found: the strict reader every
 * deserializer of this adapter is built on.
 *
 * <p>Each accessor checks the value's type and refuses anything else with a {@link
 * GeccJsonException} that names the pointer, the offending value and what was expected. Nothing
 * is coerced: a number in quotes is not a number, a string is not a list.
 *
 * <p>Instances are immutable views over a tree that must not be changed while it is read.
 */
public final class JsonInput {

  /**
   * The most elements {@link #elements()} and {@link #list(Reader)} accept: 1,000,000, ten times
   * a national portfolio of 100,000 centres (a library DECISION; see {@link GeccJson}).
   */
  public static final int MAX_ARRAY_LENGTH = 1_000_000;

  private final JsonNode node;
  // The pointer is built only when asked for (errors, mostly): building it for every field read
  // cost more than the reading itself (profiled with JsonReadBenchmark). A root holds its pointer;
  // a child holds its parent and its property name or array index.
  private final JsonPointer rootPointer;
  private final JsonInput parent;
  private final String property;
  private final int index;

  private JsonInput(
      JsonNode node, JsonPointer rootPointer, JsonInput parent, String property, int index) {
    this.node = node;
    this.rootPointer = rootPointer;
    this.parent = parent;
    this.property = property;
    this.index = index;
  }

  /** Returns the input of a property of this object's node; its pointer is built lazily. */
  JsonInput property(JsonNode value, String name) {
    return new JsonInput(value, null, this, name, -1);
  }

  /**
   * Wraps the root of a document.
   *
   * @param node the parsed document, not null
   * @return the input at pointer {@code ""}
   */
  public static JsonInput root(JsonNode node) {
    return at(node, JsonPointer.empty());
  }

  /**
   * Wraps a value found at a given pointer.
   *
   * @param node the value, not null
   * @param pointer where it was found, not null
   * @return the input
   */
  public static JsonInput at(JsonNode node, JsonPointer pointer) {
    return new JsonInput(
        Objects.requireNonNull(node, "node"), Objects.requireNonNull(pointer, "pointer"), null, null, -1);
  }

  /**
   * Returns the raw node.
   *
   * @return the JSON value
   */
  public JsonNode node() {
    return node;
  }

  /**
   * Returns where the value was found.
   *
   * @return the JSON Pointer
   */
  public JsonPointer pointer() {
    if (parent == null) {
      return rootPointer;
    }
    JsonPointer above = parent.pointer();
    return property != null ? above.appendProperty(property) : above.appendIndex(index);
  }

  /**
   * Returns an exception blaming this value.
   *
   * @param message what is wrong with it
   * @return the exception, to be thrown by the caller
   */
  public GeccJsonException error(String message) {
    return new GeccJsonException(message, pointer());
  }

  /**
   * Returns an exception blaming this value, with the core exception that refused it.
   *
   * @param message what is wrong with it
   * @param cause the refusing exception
   * @return the exception, to be thrown by the caller
   */
  public GeccJsonException error(String message, Throwable cause) {
    return new GeccJsonException(message, pointer(), cause);
  }

  /**
   * Reads the value as an object whose fields are all checked.
   *
   * @param what what the object is, for messages, for example {@code "rulebook"}
   * @return the object reader
   * @throws GeccJsonException if the value is not an object
   */
  public JsonObjectInput object(String what) throws GeccJsonException {
    if (!node.isObject()) {
      throw error(what + " must be a JSON object, not " + describe(node));
    }
    return new JsonObjectInput(this, what);
  }

  /**
   * Reads the value as a string.
   *
   * @return the text
   * @throws GeccJsonException if the value is not a string
   */
  public String text() throws GeccJsonException {
    if (!node.isTextual()) {
      throw error("expected a string, not " + describe(node));
    }
    return node.textValue();
  }

  /**
   * Reads the value as a non-blank string.
   *
   * @return the text
   * @throws GeccJsonException if the value is not a string or is blank
   */
  public String nonBlankText() throws GeccJsonException {
    String text = text();
    if (text.isBlank()) {
      throw error("expected a non-empty string, not " + describe(node));
    }
    return text;
  }

  /**
   * Reads the value as a whole number that fits an {@code int}.
   *
   * @return the number
   * @throws GeccJsonException if the value is not an integral JSON number in int range
   */
  public int integer() throws GeccJsonException {
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw error("expected a whole number, not " + describe(node));
    }
    return node.intValue();
  }

  /**
   * Reads the value as a JSON number.
   *
   * @return the number as a double
   * @throws GeccJsonException if the value is not a number
   */
  public double number() throws GeccJsonException {
    if (!node.isNumber()) {
      throw error("expected a number, not " + describe(node));
    }
    return node.doubleValue();
  }

  /**
   * Reads the value as a boolean.
   *
   * @return the boolean
   * @throws GeccJsonException if the value is not {@code true} or {@code false}
   */
  public boolean bool() throws GeccJsonException {
    if (!node.isBoolean()) {
      throw error("expected true or false, not " + describe(node));
    }
    return node.booleanValue();
  }

  /** Refuses an ISO text whose year looks Buddhist Era, with the conversion (RULES.md §4). */
  private void commonEra(String text) throws GeccJsonException {
    try {
      BuddhistEra.checkCommonEraText(text);
    } catch (DateTimeParseException e) {
      throw error(e.getMessage(), e);
    }
  }

  /**
   * Reads the value as an ISO date, {@code YYYY-MM-DD}, in the Common Era.
   *
   * @return the date
   * @throws GeccJsonException if the value is not a string holding a real ISO date, or its year
   *     looks Buddhist Era (2500..2800; the message gives the conversion)
   */
  public LocalDate date() throws GeccJsonException {
    String text = text();
    commonEra(text);
    if (isPlainIsoDate(text)) {
      // The common YYYY-MM-DD without the formatter, which allocates a map per date parsed (a
      // visible share of reading a portfolio, profiled with JsonReadBenchmark); an impossible day
      // falls through to LocalDate.parse for its message.
      try {
        return LocalDate.of(
            digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
      } catch (DateTimeException impossible) {
        // reported below, as LocalDate.parse words it
      }
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw error(
          "'" + text + "' is not a valid ISO date YYYY-MM-DD: " + rootMessage(e), e);
    }
  }

  /**
   * Reads the value as an instant: ISO-8601 with an offset, or a local date-time read as Bangkok
   * time (RULES.md §4).
   *
   * @return the instant
   * @throws GeccJsonException if the value is not such a string, or its year looks Buddhist Era
   *     (2500..2800; the message gives the conversion)
   */
  public Instant instant() throws GeccJsonException {
    String text = text();
    commonEra(text);
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException withOffset) {
      try {
        return ThaiTime.toInstant(LocalDateTime.parse(text));
      } catch (DateTimeParseException local) {
        throw error(
            "'"
                + text
                + "' is not an ISO-8601 date-time such as 2024-02-29T16:30:00+07:00: "
                + rootMessage(withOffset),
            withOffset);
      }
    }
  }

  /**
   * Reads the value as the name of an enum constant, exactly as written.
   *
   * @param type the enum type, not null
   * @param <E> the enum type
   * @return the constant
   * @throws GeccJsonException if the value is not a string naming a constant; the message lists
   *     the allowed names
   */
  public <E extends Enum<E>> E enumValue(Class<E> type) throws GeccJsonException {
    String text = text();
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw error(
        "'"
            + text
            + "' is not one of "
            + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
  }

  /**
   * Reads the value as an array.
   *
   * @return its elements, each with its own pointer
   * @throws GeccJsonException if the value is not an array, or has more than {@link
   *     #MAX_ARRAY_LENGTH} elements
   */
  public ImmutableList<JsonInput> elements() throws GeccJsonException {
    if (!node.isArray()) {
      throw error("expected a JSON array, not " + describe(node));
    }
    if (node.size() > MAX_ARRAY_LENGTH) {
      throw error(
          "an array of "
              + node.size()
              + " elements is longer than "
              + MAX_ARRAY_LENGTH
              + ", the most the reader accepts");
    }
    ImmutableList.Builder<JsonInput> elements = ImmutableList.builderWithExpectedSize(node.size());
    for (int i = 0; i < node.size(); i++) {
      elements.add(new JsonInput(node.get(i), null, this, null, i));
    }
    return elements.build();
  }

  /**
   * Reads the value as an array and maps each element.
   *
   * @param reader reads one element, not null
   * @param <T> the element type
   * @return the mapped elements, in order
   * @throws GeccJsonException if the value is not an array, has more than {@link
   *     #MAX_ARRAY_LENGTH} elements, or an element is refused
   */
  public <T> ImmutableList<T> list(Reader<T> reader) throws GeccJsonException {
    ImmutableList.Builder<T> out = ImmutableList.builder();
    for (JsonInput element : elements()) {
      out.add(reader.read(element));
    }
    return out.build();
  }

  /**
   * Runs a core factory and turns the exception it throws for a bad value into a {@link
   * GeccJsonException} at this pointer, keeping its message and the exception as the cause.
   *
   * @param factory builds the core value, not null
   * @param <T> the value type
   * @return the value
   * @throws GeccJsonException if the factory throws {@link IllegalArgumentException}, {@link
   *     IllegalStateException} or {@link DateTimeException}
   */
  public <T> T core(Supplier<T> factory) throws GeccJsonException {
    try {
      return factory.get();
    } catch (IllegalArgumentException | IllegalStateException | DateTimeException e) {
      throw error(e.getMessage(), e);
    }
  }

  /**
   * Reads a value with a mapping function that may refuse it.
   *
   * @param <T> the value type
   */
  @FunctionalInterface
  public interface Reader<T> {
    /**
     * Reads one value.
     *
     * @param input the value and its pointer
     * @return the read value
     * @throws GeccJsonException if the value is refused
     */
    T read(JsonInput input) throws GeccJsonException;
  }

  static String describe(JsonNode node) {
    switch (node.getNodeType()) {
      case NULL:
        return "null";
      case STRING:
        return "the string " + shorten(node.toString());
      case NUMBER:
        return "the number " + shorten(node.toString());
      case BOOLEAN:
        return node.toString();
      case ARRAY:
        return "an array";
      case OBJECT:
        return "an object";
      default:
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private static boolean isPlainIsoDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      if (i != 4 && i != 7 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
        return false;
      }
    }
    return true;
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  private static String shorten(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }
}

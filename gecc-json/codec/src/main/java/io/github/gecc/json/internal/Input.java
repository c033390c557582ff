package io.github.gecc.json.internal;

import io.github.gecc.RefusalException;
import io.github.gecc.time.ThaiTime;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A Jackson line's parser as the GECC readers see it, strict once for both lines. Hand-written
 * because databind's strictness switches are mapper-wide: this keeps GECC documents strict under
 * any host mapper, each refusal at the pointer of the parser's own context. Not API.
 */
public abstract class Input {

  // Token ids: both Jackson lines number their tokens alike (JsonTokenId).
  static final int START_OBJECT = 1, END_OBJECT = 2, START_ARRAY = 3, END_ARRAY = 4, FIELD = 5;
  static final int STRING = 6, INT = 7, FLOAT = 8, TRUE = 9, FALSE = 10, NULL = 11;

  /** Creates the input. */
  protected Input() {}

  /** Returns the id of the current token, as Jackson's {@code JsonTokenId} numbers it. */
  protected abstract int token();

  /** Moves the parser to the next token and returns its id. */
  protected abstract int next();

  /** Returns the text of the current string, number (as written) or property name. */
  protected abstract String rawText();

  /** Returns the current whole number if it fits an {@code int}, else {@link Long#MIN_VALUE}. */
  protected abstract long intOrMin();

  /**
   * Returns how many characters the current token takes in the source, or 0 when the parser cannot
   * tell (a tree, a buffer, the root). A host parser's leniency rewrites a number's text ({@code
   * 060} and {@code +2567} come back as {@code 60} and {@code 2567}); the length as written is what
   * gives it away.
   *
   * @return the length as written, or 0
   */
  protected abstract int writtenLength();

  /**
   * Returns the JSON Pointer of the current value, from the parser's own context.
   *
   * @return the JSON Pointer
   */
  public abstract String pointer();

  /** Reads the value the input stands on, leaving it on the value's last token. */
  @FunctionalInterface
  interface Reader<T> {
    T read(Input in);
  }

  /** Returns a refusal of the current value's JSON type or shape (RULES.md 11.3). */
  Refusal refuse(String message) {
    return refuse("11.3", message);
  }

  /** Returns a refusal of the current value under a rule of the documents (RULES.md §11). */
  Refusal refuse(String rule, String message) {
    return Refusal.ofDocument(rule, message, pointer());
  }

  /**
   * Returns a refusal of a property of the object whose end the input stands on, for its JSON
   * shape: missing or of the wrong type (RULES.md 11.3).
   */
  Refusal refuseField(String field, String message) {
    return Refusal.ofDocument("11.3", message, pointer() + "/" + escape(field));
  }

  /** Returns a refusal of a property of the object whose end the input stands on. */
  Refusal refuseField(String field, @Nullable String message, @Nullable Throwable cause) {
    return new Refusal(message, pointer() + "/" + escape(field), cause);
  }

  /** Runs a core factory; the exception it throws for a bad value refuses the current value. */
  <T> T core(Supplier<T> factory) {
    return coreAt(null, factory);
  }

  /**
   * Core factory refusals blamed on a property (if not null) of the object the input ends. A {@link
   * RefusalException} names its own path inside the value built, which is resolved against that
   * object; only a refusal of the value as a whole is blamed on {@code field}.
   */
  <T> T coreAt(@Nullable String field, Supplier<T> factory) {
    return coreAt(this::pointer, field, factory);
  }

  /**
   * Runs a core factory for the value at the JSON Pointer {@code base} gives, asked for only when
   * the factory refuses (a value built after the input has moved on, such as a centre's
   * certification). A {@link RefusalException} is reported at the value its path names under that
   * pointer ({@link Refusal#of}); a refusal of the value as a whole, and any other exception of the
   * factory, at {@code field} of that value when one is given.
   */
  static <T> T coreAt(Supplier<String> base, @Nullable String field, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (RefusalException e) {
      throw refusedAt(base.get(), field, e);
    } catch (DateTimeException e) {
      // A parse exception whose cause is the core refusal (ThaiDateText keeps java.time's type).
      if (e.getCause() instanceof RefusalException) {
        throw refusedAt(base.get(), field, (RefusalException) e.getCause());
      }
      throw e;
    }
  }

  private static Refusal refusedAt(String base, @Nullable String field, RefusalException e) {
    return Refusal.of(e, e.path().isRoot() ? at(base, field) : base);
  }

  private static String at(String base, @Nullable String field) {
    return field == null ? base : base + "/" + escape(field);
  }

  /** Reads a string, free of lone surrogates. */
  String text() {
    if (token() != STRING) {
      throw refuse("expected a string, not " + describe());
    }
    return checkedText(rawText());
  }

  private String checkedText(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw refuse(
            "11.1",
            "a lone surrogate \\u"
                + Integer.toHexString(c)
                + " at character "
                + i
                + " is not text; strings must be valid Unicode");
      }
    }
    return text;
  }

  /** Reads a string that is not blank. */
  String nonBlank() {
    String text = text();
    if (text.isBlank()) {
      throw refuse("expected a non-empty string, not " + describe());
    }
    return text;
  }

  /** Reads a whole number that fits an {@code int}. */
  int integer() {
    long value = token() == INT ? intOrMin() : Long.MIN_VALUE;
    if (value == Long.MIN_VALUE) {
      throw refuse("expected a whole number, not " + describe());
    }
    int written = writtenLength();
    if (written > 0 && written != decimalLength(value)) {
      throw refuse("11.2", notJsonNumber(rawText()));
    }
    return (int) value;
  }

  /** Returns the number of characters JSON writes for a whole number: its digits and minus. */
  private static int decimalLength(long value) {
    int length = value < 0 ? 2 : 1;
    for (long rest = Math.abs(value / 10); rest != 0; rest /= 10) {
      length++;
    }
    return length;
  }

  /**
   * Tells whether a text is a number as JSON writes it (RFC 8259 §6): an optional minus, an integer
   * part without a leading zero or plus sign, an optional fraction and an optional exponent.
   */
  static boolean isJsonNumber(String text) {
    int i = 0;
    int end = text.length();
    if (i < end && text.charAt(i) == '-') {
      i++;
    }
    if (i < end && text.charAt(i) == '0') {
      i++;
    } else {
      int from = i;
      i = skipDigits(text, i);
      if (i == from) {
        return false;
      }
    }
    if (i < end && text.charAt(i) == '.') {
      int from = ++i;
      i = skipDigits(text, i);
      if (i == from) {
        return false;
      }
    }
    if (i < end && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < end && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int from = i;
      i = skipDigits(text, i);
      if (i == from) {
        return false;
      }
    }
    return i == end;
  }

  /** Returns the index of the first character at or after {@code i} that is not a digit 0-9. */
  private static int skipDigits(String text, int i) {
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  /** The message for number text outside JSON's grammar that a host parser let through. */
  private static String notJsonNumber(String text) {
    return "the number "
        + shorten(text)
        + " is not written as JSON writes numbers (RFC 8259: an"
        + " optional minus, digits without a leading zero or plus sign, an optional fraction and"
        + " exponent)";
  }

  /** Reads a number that a {@code double} holds exactly as written, to its shortest form. */
  double decimal() {
    if (token() != INT && token() != FLOAT) {
      throw refuse("expected a number, not " + describe());
    }
    String text = rawText();
    int asWritten = writtenLength();
    if (!isJsonNumber(text) || (asWritten > 0 && asWritten != text.length())) {
      // A host parser's leniency (JsonReadFeature: 060, +2567, .8e2, 80., NaN) stops here.
      throw refuse("11.2", notJsonNumber(text));
    }
    if (text.length() <= 16 && text.indexOf('e') < 0 && text.indexOf('E') < 0) {
      return Double.parseDouble(text); // at most 15 significant digits: a double holds it exactly
    }
    if (overflows(text)) {
      throw refuse("11.2", unreadableNumber(text));
    }
    BigDecimal written = new BigDecimal(text);
    double value = written.doubleValue();
    if (Double.isInfinite(value) || BigDecimal.valueOf(value).compareTo(written) != 0) {
      throw refuse(
          "11.2",
          "the number "
              + shorten(rawText())
              + " cannot be read exactly; give at most 15"
              + " significant digits within the range of a double");
    }
    return value;
  }

  /** The largest exponent, either way, of a number the readers take: 999,999,999. */
  public static final int MAX_EXPONENT = 999_999_999;

  /**
   * Tells whether a number's exponent is out of range: beyond {@link #MAX_EXPONENT} either way, or
   * past what a {@code BigDecimal} holds (as {@code 1e2147483648} is on Java 17, though not on Java
   * 25: the bound makes the answer the same on both).
   *
   * @param text the number as written, not null
   * @return whether it overflows
   */
  public static boolean overflows(String text) {
    try {
      return overflows(new BigDecimal(text));
    } catch (NumberFormatException e) {
      return true;
    }
  }

  /**
   * Tells whether a decimal's exponent is beyond {@link #MAX_EXPONENT} either way.
   *
   * @param value the decimal, not null
   * @return whether it overflows
   */
  public static boolean overflows(BigDecimal value) {
    return Math.abs((long) value.scale()) > MAX_EXPONENT;
  }

  /**
   * Returns the message for a number whose exponent overflows, whichever reader finds it.
   *
   * @param text the number as written, not null
   * @return the message
   */
  public static String unreadableNumber(String text) {
    return "the number "
        + shorten(text)
        + " cannot be read: its exponent is out of range; give"
        + " a number within the range of a double";
  }

  /** Reads {@code true} or {@code false}. */
  boolean bool() {
    if (token() == TRUE || token() == FALSE) {
      return token() == TRUE;
    }
    throw refuse("expected true or false, not " + describe());
  }

  /** Reads an ISO date, {@code YYYY-MM-DD}, in the Common Era. */
  LocalDate date() {
    String text = text();
    return core(() -> ThaiTime.parseIsoDate(text));
  }

  /** Reads an ISO-8601 instant in the Common Era; without an offset it is Bangkok time. */
  Instant instant() {
    String text = text();
    return core(() -> ThaiTime.parseIsoInstant(text));
  }

  /** Reads the exact name of an enum constant. */
  <E extends Enum<E>> E enumValue(Class<E> type) {
    String text = text();
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw refuse(
          "'"
              + shorten(text)
              + "' is not one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(Enum::name)
                  .collect(Collectors.joining(", ")));
    }
  }

  /** Reads an array, each element with a reader. */
  <T> List<T> list(Reader<T> reader) {
    if (token() != START_ARRAY) {
      throw refuse("expected a JSON array, not " + describe());
    }
    List<T> out = new ArrayList<>();
    while (next() != END_ARRAY) {
      out.add(reader.read(this));
    }
    return out;
  }

  /**
   * Reads an object of a shape: each field known to it, at most once, in any order, by the field's
   * reader; {@code null} counts as absent unless the field reads it. Leaves the input on the
   * object's end.
   */
  Fields object(Shape shape) {
    if (token() != START_OBJECT) {
      throw refuse(shape.what + " must be a JSON object, not " + describe());
    }
    Fields fields = new Fields(this, shape);
    long seen = 0;
    int index = -1;
    while (next() == FIELD) {
      String name = rawText();
      index = shape.indexOf(name, index); // fields mostly come in the written order
      if (index < 0) {
        throw refuse(
            "unknown field '"
                + shorten(name)
                + "' in "
                + shape.what
                + "; allowed fields are "
                + shape.allowed);
      }
      if ((seen & (1L << index)) != 0) {
        throw refuse("11.2", repeated(name));
      }
      seen |= 1L << index;
      Field<?> field = shape.field(index);
      if (next() != NULL || field.nullIsValue) {
        fields.put(index, field.reader.read(this));
      }
    }
    return fields;
  }

  /**
   * Returns the message for a property given twice, whichever reader finds the repeat.
   *
   * @param name the repeated property's name, not null
   * @return the message
   */
  public static String repeated(String name) {
    return "field '" + shorten(name) + "' appears twice; give each field once";
  }

  /**
   * Reads an object of free property names, each a non-blank id given once, into {@code sink} in
   * document order, one value each.
   */
  <T> void map(String what, Reader<T> reader, BiConsumer<String, T> sink) {
    if (token() != START_OBJECT) {
      throw refuse(what + " must be a JSON object, not " + describe());
    }
    Set<String> names = new HashSet<>();
    while (next() == FIELD) {
      String name = checkedText(rawText());
      if (name.isBlank()) {
        throw refuse(what + " keys must not be blank");
      }
      if (!names.add(name)) {
        throw refuse("'" + shorten(name) + "' appears twice in " + what + "; give each once");
      }
      next();
      sink.accept(name, reader.read(this));
    }
  }

  /** Copies the current value to an output, token by token: numbers as written. */
  void copyTo(Output out) {
    switch (token()) {
      case START_OBJECT:
        out.startObject();
        Set<String> names = new HashSet<>();
        while (next() == FIELD) {
          if (!names.add(checkedText(rawText()))) {
            throw refuse("11.2", repeated(rawText()));
          }
          out.name(rawText());
          next();
          copyTo(out);
        }
        out.endObject();
        break;
      case START_ARRAY:
        out.startArray();
        while (next() != END_ARRAY) {
          copyTo(out);
        }
        out.endArray();
        break;
      case STRING:
        out.string(text());
        break;
      case INT:
      case FLOAT:
        out.rawNumber(token(), rawText());
        break;
      case TRUE:
      case FALSE:
        out.bool(token() == TRUE);
        break;
      default:
        throw refuse("null is not allowed here");
    }
  }

  /** Says what the current value is, for messages. */
  String describe() {
    switch (token()) {
      case STRING:
        return "the string \"" + shorten(rawText()) + "\"";
      case INT:
      case FLOAT:
        return "the number " + shorten(rawText());
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      default:
        return token() == TRUE
            ? "true"
            : token() == FALSE ? "false" : token() == NULL ? "null" : "the end of input";
    }
  }

  static String shorten(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }

  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}

package io.github.gecc.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gecc.RefusalException;
import io.github.gecc.certification.LifecyclePolicy;
import io.github.gecc.certification.Portfolio;
import io.github.gecc.json.GeccDocument;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.time.ThaiTime;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A command's request document: its own plain fields (dates, options) read here from its tree, its
 * GECC values read at their pointers from the request parsed once ({@link
 * io.github.gecc.json.GeccDocument}), never from the tree, so that a reader sees repeated keys and
 * every digit as written and every refusal is a {@link GeccJsonException} with the pointer of the
 * field to blame.
 *
 * <p>Immutable and thread-safe as long as no caller changes the document.
 */
public final class Request {

  private final ObjectMapper mapper;
  private final JsonNode document;

  /** The request parsed once, whose tokens the GECC values are read from; null for a tree. */
  private final @Nullable RequestDocument request;

  /**
   * Checks the document is an object with only the allowed fields. Its GECC values are read from
   * the tree written once and parsed (a tree the caller built holds them as its mapper left them).
   *
   * @param mapper the strict mapper the fields are read with
   * @param document the request document
   * @param what names the document in messages ({@code "the request"})
   * @param allowed the names of the fields the document may hold
   * @throws GeccJsonException if the document is no object or holds another field
   */
  public Request(ObjectMapper mapper, JsonNode document, String what, List<String> allowed)
      throws GeccJsonException {
    this(mapper, document, null, what, allowed);
  }

  /**
   * Checks the document is an object with only the allowed fields; its GECC values are read from
   * the request the context is answering (or, for another tree, that tree's document).
   */
  Request(CliContext context, JsonNode document, String what, List<String> allowed)
      throws GeccJsonException {
    this(context.mapper(), document, context.request(document), what, allowed);
  }

  /** Checks a request parsed once is an object with only the allowed fields. */
  Request(ObjectMapper mapper, RequestDocument request, String what, List<String> allowed)
      throws GeccJsonException {
    this(mapper, request.tree(), request, what, allowed);
  }

  private Request(
      ObjectMapper mapper,
      JsonNode document,
      @Nullable RequestDocument request,
      String what,
      List<String> allowed)
      throws GeccJsonException {
    this.mapper = mapper;
    this.document = document;
    this.request = request;
    if (!document.isObject()) {
      throw new GeccJsonException(
          Invoker.FIELDS, what + " must be a JSON object, not " + describe(document), "", null);
    }
    for (String name : (Iterable<String>) document::fieldNames) {
      if (!allowed.contains(name)) {
        throw new GeccJsonException(
            Invoker.FIELDS,
            "unknown field '"
                + name
                + "' in "
                + what
                + "; allowed fields are "
                + allowed.stream().sorted().collect(Collectors.joining(", ")),
            pointer(name),
            null);
      }
    }
  }

  /** The request parsed once: the one given, else the tree written once and parsed. */
  RequestDocument parsed() throws GeccJsonException {
    return request != null ? request : RequestDocument.ofTree(mapper, document);
  }

  /**
   * The JSON Pointer of a top-level field.
   *
   * @param name the field's name
   * @return the pointer, {@code /name} with {@code ~} and {@code /} escaped
   */
  public static String pointer(String name) {
    return "/" + name.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Tells whether a field is present and not null.
   *
   * @param name the field's name
   * @return true if present and not null
   */
  public boolean has(String name) {
    return document.hasNonNull(name);
  }

  /**
   * Returns an error blaming a field for the request's shape: a field missing, of the wrong type or
   * not to be given with another (RULES.md 11.3).
   *
   * @param name the field's name
   * @param message what is wrong with it
   * @return the error, to throw
   */
  public GeccJsonException error(String name, String message) {
    return error(Invoker.FIELDS, name, message);
  }

  /**
   * Returns an error blaming a field under a rule.
   *
   * @param rule the code of the rule broken, a row of RULES.md
   * @param name the field's name
   * @param message what is wrong with it
   * @return the error, to throw
   */
  public GeccJsonException error(String rule, String name, String message) {
    return new GeccJsonException(rule, message, pointer(name), null);
  }

  /**
   * Reads a field as a GECC type.
   *
   * @param <T> the type
   * @param name the field's name
   * @param type the type's class
   * @return the value
   * @throws GeccJsonException if the field is refused, with its pointer
   */
  public <T> T read(String name, Class<T> type) throws GeccJsonException {
    return parsed().read(mapper, pointer(name), type);
  }

  /** The fields in which a request gives a lifecycle policy, in the order they are written. */
  static final List<String> POLICY_FIELDS =
      List.of("validity", "dueDays", "satisfactionThreshold", "firstOwedPeriod");

  /**
   * Reads the lifecycle policy the request gives in its {@link #POLICY_FIELDS}, the library's
   * defaults for those it leaves out; refusals point from the request's root.
   */
  LifecyclePolicy policy() throws GeccJsonException {
    return readFields(LifecyclePolicy.class, POLICY_FIELDS.toArray(new String[0]));
  }

  /**
   * Reads the portfolio the request gives in its {@link #POLICY_FIELDS} and {@code centres};
   * refusals point from the request's root.
   */
  Portfolio portfolio() throws GeccJsonException {
    List<String> names = new ArrayList<>(POLICY_FIELDS);
    names.add("centres");
    return readFields(Portfolio.class, names.toArray(new String[0]));
  }

  /**
   * Reads some of the request's fields, as they were written, as one GECC value: the fields in the
   * order named, refusals pointing from the request's root.
   */
  <T> T readFields(Class<T> type, String... names) throws GeccJsonException {
    return fields(false, names).read(mapper, "", type);
  }

  /**
   * Some of the request's fields, as they were written, as one document whose refusals point from
   * the request's root: in the order of the request when {@code documentOrder}, else as named.
   */
  GeccDocument fields(boolean documentOrder, String... names) throws GeccJsonException {
    return parsed().fields(Arrays.asList(names), documentOrder);
  }

  /**
   * Reads a field that must be present as a string.
   *
   * @param name the field's name
   * @return the string
   * @throws GeccJsonException if the field is absent or no string
   */
  public String text(String name) throws GeccJsonException {
    JsonNode node = document.path(name);
    if (!node.isTextual()) {
      throw error(
          name,
          has(name)
              ? "expected a string, not " + describe(node)
              : "the request needs the field '" + name + "'");
    }
    return node.textValue();
  }

  /**
   * Reads an optional array of reporting-body names (the bodies a unit reports through, such as
   * {@code ["DOPA","SAKON_NAKHON"]}), none blank or repeated; empty when the field is absent.
   */
  List<String> chain(String name) throws GeccJsonException {
    List<String> chain = new java.util.ArrayList<>();
    if (!has(name)) {
      return chain;
    }
    JsonNode array = document.get(name);
    if (!array.isArray()) {
      throw error(
          name,
          "expected an array of reporting bodies such as [\"DOPA\",\"SAKON_NAKHON\"],"
              + " not "
              + describe(array));
    }
    for (int i = 0; i < array.size(); i++) {
      JsonNode body = array.get(i);
      if (!body.isTextual() || body.textValue().isBlank()) {
        throw new GeccJsonException(
            Invoker.FIELDS,
            "expected the name of a reporting body such as DOPA, not " + describe(body),
            pointer(name) + "/" + i,
            null);
      }
      if (chain.contains(body.textValue())) {
        throw new GeccJsonException(
            Invoker.FIELDS,
            "the reporting body " + body + " is given twice; list each once",
            pointer(name) + "/" + i,
            null);
      }
      chain.add(body.textValue());
    }
    return chain;
  }

  /**
   * Reads a field as a whole number that fits an int.
   *
   * @param name the field's name
   * @return the number
   * @throws GeccJsonException if the field is absent or no such number
   */
  public int integer(String name) throws GeccJsonException {
    JsonNode node = document.path(name);
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw error(name, "expected a whole number, not " + describe(node));
    }
    return node.intValue();
  }

  /**
   * Reads a field as an ISO date, YYYY-MM-DD, in the Common Era.
   *
   * @param name the field's name
   * @return the date
   * @throws GeccJsonException if the field is absent or no such date
   */
  public LocalDate date(String name) throws GeccJsonException {
    String text = text(name);
    return core(name, () -> ThaiTime.parseIsoDate(text));
  }

  /** Reads a field as an ISO-8601 instant; without an offset it is Bangkok time. */
  Instant instant(String name) throws GeccJsonException {
    String text = text(name);
    return core(name, () -> ThaiTime.parseIsoInstant(text));
  }

  /**
   * Reads a field as the exact name of an enum constant.
   *
   * @param <E> the enum type
   * @param name the field's name
   * @param type the enum's class
   * @return the constant
   * @throws GeccJsonException if the field is absent or names no constant, listing the constants
   */
  public <E extends Enum<E>> E enumValue(String name, Class<E> type) throws GeccJsonException {
    String text = text(name);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw error(
        name,
        "'"
            + text
            + "' is not one of "
            + Arrays.stream(type.getEnumConstants())
                .map(Enum::name)
                .collect(Collectors.joining(", ")));
  }

  /**
   * Runs a core computation, blaming a field for the value it refuses: a core {@link
   * RefusalException} of the value as a whole is blamed on {@code name}; one that names its own
   * path inside the request is blamed there.
   *
   * @param <T> the result's type
   * @param name the field to blame, or empty to blame the whole request
   * @param computation the computation
   * @return its result
   * @throws GeccJsonException if the computation refuses a value
   */
  public <T> T core(String name, Supplier<T> computation) throws GeccJsonException {
    return coreOf(name, computation);
  }

  /**
   * {@link #core} for a value read outside a request's fields (a portfolio centre read on its own):
   * with {@code name} empty, a refusal's path is its pointer from that value.
   */
  static <T> T coreOf(String name, Supplier<T> computation) throws GeccJsonException {
    try {
      return computation.get();
    } catch (RefusalException e) {
      throw refused(name, e);
    } catch (DateTimeException e) {
      // A parse exception whose cause is the core refusal (ThaiDateText keeps java.time's type).
      if (e.getCause() instanceof RefusalException) {
        throw refused(name, (RefusalException) e.getCause());
      }
      throw e;
    }
  }

  private static GeccJsonException refused(String name, RefusalException e) {
    String base = name.isEmpty() || !e.path().isRoot() ? "" : pointer(name);
    return new GeccJsonException(e.rule(), e.english(), Invoker.pointer(base, e.path()), e);
  }

  /**
   * The message of a refusal, or the refusal itself where it carries no message.
   *
   * @param refusal the refusal
   * @return the message
   */
  public static String messageOf(Throwable refusal) {
    String message = refusal.getMessage();
    return message != null ? message : refusal.toString();
  }

  /**
   * Describes a JSON value for a message: {@code nothing}, {@code an object}, {@code the string
   * "x"}, {@code the number 3}.
   *
   * @param node the value
   * @return the description
   */
  public static String describe(JsonNode node) {
    if (node.isMissingNode()) {
      return "nothing";
    }
    return node.isObject()
        ? "an object"
        : node.isArray()
            ? "an array"
            : node.isTextual()
                ? "the string " + node
                : node.isNumber() ? "the number " + node : node.toString();
  }
}

package io.github.gecc.golden;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The shapes of a case file, read by Jackson databind with every leniency off: an unknown or
 * misspelled field, a repeated key, a value of the wrong JSON type and trailing content are refused
 * with the file and the JSON Pointer of the value, as every other document is.
 */
final class CaseDocuments {

  /** A case file: {@code {"cases":[…]}}; each case is read on its own, to know its pointer. */
  record CaseFile(@JsonProperty("cases") List<JsonNode> cases) {}

  /** One case, as written. */
  record Case(
      @JsonProperty("name") String name,
      @JsonProperty("rule") String rule,
      @JsonProperty("source") String source,
      @JsonProperty("policy") String policy,
      @JsonProperty("command") String command,
      @JsonProperty("input") JsonNode input,
      @JsonProperty("expect") Expect expect) {}

  /** What a case expects: a status, and an output subset or an error. */
  record Expect(
      @JsonProperty("status") Integer status,
      @JsonProperty("output") JsonNode output,
      @JsonProperty("error") ExpectedError error) {}

  /** The error a refused input is expected to give: its path, a part of its message, its rule. */
  record ExpectedError(
      @JsonProperty("path") String path,
      @JsonProperty("messageContains") String messageContains,
      @JsonProperty("rule") String rule) {}

  /** What each shape is called in a message. */
  private static final Map<Class<?>, String> NAMES =
      Map.of(
          CaseFile.class, "a case file",
          Case.class, "a case",
          Expect.class, "a case's \"expect\"",
          ExpectedError.class, "a case's \"expect.error\"");

  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          // A case's input reaches the command as written: no decimal digit is lost to a double.
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .build();

  private CaseDocuments() {}

  /**
   * Reads a tree as one of the shapes.
   *
   * @param file the case file, for messages
   * @param pointer the JSON Pointer of the tree in the file, empty for the whole file
   * @param tree the tree
   * @param type the shape
   * @throws GoldenCaseException naming the file and the pointer of the value at fault
   */
  static <T> T read(String file, String pointer, JsonNode tree, Class<T> type) {
    try {
      return MAPPER.treeToValue(tree, type);
    } catch (JsonMappingException e) {
      throw refusal(file, pointer, e);
    } catch (JsonProcessingException e) {
      throw new GoldenCaseException(file, pointer, e.getOriginalMessage(), e);
    }
  }

  private static GoldenCaseException refusal(String file, String pointer, JsonMappingException e) {
    StringBuilder at = new StringBuilder(pointer);
    for (JsonMappingException.Reference reference : e.getPath()) {
      at.append('/');
      if (reference.getFieldName() != null) {
        at.append(reference.getFieldName().replace("~", "~0").replace("/", "~1"));
      } else {
        at.append(reference.getIndex());
      }
    }
    String message;
    if (e instanceof UnrecognizedPropertyException unknown) {
      TreeSet<String> known = new TreeSet<>();
      unknown.getKnownPropertyIds().forEach(id -> known.add(id.toString()));
      message =
          "unknown field \""
              + unknown.getPropertyName()
              + "\"; "
              + NAMES.getOrDefault(unknown.getReferringClass(), "this object")
              + " has only the fields "
              + String.join(", ", known);
    } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      message = "expected " + jsonType(mismatch.getTargetType());
    } else {
      message = e.getOriginalMessage();
    }
    return new GoldenCaseException(file, at.toString(), message, e);
  }

  private static String jsonType(Class<?> type) {
    if (type == String.class) {
      return "a string";
    }
    if (type == Integer.class || type == int.class) {
      return "an integer";
    }
    if (List.class.isAssignableFrom(type)) {
      return "an array";
    }
    if (NAMES.containsKey(type)) {
      return "a JSON object (" + NAMES.get(type) + ")";
    }
    return "another JSON type";
  }
}

package io.github.gecc.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Ready-made Jackson mappers for GECC documents.
 *
 * <p>{@link #mapper()} is strict and bounded for documents from outside: duplicate keys and
 * trailing content are refused, and the limits below stop hostile input early. These limits are
 * a library DECISION sized far beyond any real GECC document (a national portfolio of 100,000
 * centres stays under them); a host with other needs builds its own mapper and registers {@link
 * GeccModule}.
 */
public final class GeccJson {

  /** The deepest nesting accepted, in objects and arrays. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The longest string value accepted, in characters. */
  public static final int MAX_STRING_LENGTH = 100_000;

  /** The longest number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 40;

  /** The largest document accepted, in bytes (512 MiB). */
  public static final long MAX_DOCUMENT_LENGTH = 512L * 1024 * 1024;

  /**
   * The most tokens (brackets, names and values) a document may hold: 50,000,000. It bounds the
   * memory a parsed tree takes before any reader sees it; a national portfolio of 100,000 centres
   * with ten reports each is about 11,000,000 tokens.
   */
  public static final long MAX_TOKEN_COUNT = 50_000_000L;

  /**
   * The most elements a JSON array may hold: 1,000,000, ten times a national portfolio of
   * 100,000 centres. Jackson has no such constraint; {@link JsonInput#elements()} enforces it.
   */
  public static final int MAX_ARRAY_LENGTH = JsonInput.MAX_ARRAY_LENGTH;

  private GeccJson() {}

  /**
   * Returns a new strict, bounded mapper with {@link GeccModule} registered.
   *
   * @return a mapper; each call returns a new one, safe to share once configured
   */
  public static ObjectMapper mapper() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                    .maxTokenCount(MAX_TOKEN_COUNT)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    return JsonMapper.builder(factory)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .addModule(new GeccModule())
        .build();
  }

  /**
   * Reads one value of a GECC type from untrusted bytes with {@link #mapper()}, turning every
   * refusal into the adapter's one exception: malformed or truncated JSON, a limit exceeded, a
   * wrong type, an unknown field or a core rule all surface as {@link GeccJsonException} with the
   * JSON Pointer of the field to blame ({@code ""} for the whole document).
   *
   * @param mapper a mapper built by {@link #mapper()} (or configured like it), not null
   * @param json the document, UTF-8 (or UTF-16/32 with a byte-order mark), not null
   * @param type the type to read, one registered by {@link GeccModule}, not null
   * @param <T> the type
   * @return the value, never null
   * @throws GeccJsonException if the document is refused
   */
  public static <T> T read(ObjectMapper mapper, byte[] json, Class<T> type) throws GeccJsonException {
    java.util.Objects.requireNonNull(type, "type");
    JsonNode tree = readTree(mapper, json);
    try {
      T value = mapper.treeToValue(tree, type);
      if (value == null) {
        throw new GeccJsonException(
            "a " + type.getSimpleName() + " is required, not null", JsonPointer.empty());
      }
      return value;
    } catch (GeccJsonException e) {
      throw e;
    } catch (JsonMappingException e) {
      throw new GeccJsonException(e.getOriginalMessage(), pointerOf(e), e);
    } catch (JsonProcessingException e) {
      throw new GeccJsonException(e.getOriginalMessage(), JsonPointer.empty(), e);
    }
  }

  /**
   * Parses untrusted bytes into a tree with {@link #mapper()}'s strictness and limits, turning
   * malformed, truncated, trailing or oversized content into a {@link GeccJsonException} at
   * pointer {@code ""} whose message says what is wrong and where (line and column).
   *
   * @param mapper a mapper built by {@link #mapper()}, not null
   * @param json the document, not null
   * @return the tree, never null
   * @throws GeccJsonException if the bytes are not exactly one JSON value within the limits
   */
  public static JsonNode readTree(ObjectMapper mapper, byte[] json) throws GeccJsonException {
    java.util.Objects.requireNonNull(json, "json");
    try {
      JsonNode tree = mapper.readTree(json);
      if (tree == null || tree.isMissingNode()) {
        throw new GeccJsonException(
            "no JSON document on input; expected one JSON value", JsonPointer.empty());
      }
      return tree;
    } catch (GeccJsonException e) {
      throw e;
    } catch (JsonProcessingException e) {
      throw new GeccJsonException(
          "malformed JSON: " + e.getOriginalMessage() + location(e), JsonPointer.empty(), e);
    } catch (java.io.IOException e) {
      throw new GeccJsonException(
          "unreadable JSON: " + e.getMessage(), JsonPointer.empty(), e);
    }
  }

  private static String location(JsonProcessingException e) {
    com.fasterxml.jackson.core.JsonLocation location = e.getLocation();
    if (location == null || location.getLineNr() < 0) {
      return "";
    }
    return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static JsonPointer pointerOf(JsonMappingException e) {
    JsonPointer pointer = JsonPointer.empty();
    for (JsonMappingException.Reference ref : e.getPath()) {
      pointer =
          ref.getFieldName() != null
              ? pointer.appendProperty(ref.getFieldName())
              : pointer.appendIndex(Math.max(ref.getIndex(), 0));
    }
    return pointer;
  }
}

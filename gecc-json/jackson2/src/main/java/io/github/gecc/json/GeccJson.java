package io.github.gecc.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ValueNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.gecc.json.internal.Codecs;
import io.github.gecc.json.internal.Input;
import io.github.gecc.json.internal.Limits;
import io.github.gecc.json.internal.Refusal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A ready-made Jackson 2 mapper for GECC documents, and the reads that turn every refusal into
 * a {@link GeccJsonException}.
 *
 * <p>{@link #mapper()} bounds documents from outside (64 levels of nesting, strings of 100,000
 * characters, numbers of 40, 512 MiB, 50,000,000 tokens: a library DECISION sized far beyond a
 * national portfolio of 100,000 centres).
 * A host with other needs registers {@link GeccModule} on its own mapper: GECC documents are read
 * as strictly there. {@link GeccDocument} parses a document once and reads GECC values out of it at
 * their JSON Pointers.
 */
public final class GeccJson {

  private GeccJson() {}

  /**
   * Returns a new bounded mapper with {@link GeccModule} registered: trailing content refused,
   * repeated keys too (in GECC values by the module, in trees), decimals kept exact in trees.
   *
   * @return a mapper; each call returns a new one, safe to share
   */
  public static ObjectMapper mapper() {
    JsonFactory factory = JsonFactory.builder() // the limits of the class comment
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(Limits.MAX_NESTING_DEPTH)
            .maxStringLength(Limits.MAX_STRING_LENGTH)
            .maxNumberLength(Limits.MAX_NUMBER_LENGTH)
            .maxDocumentLength(Limits.MAX_DOCUMENT_LENGTH)
            .maxTokenCount(Limits.MAX_TOKEN_COUNT)
            .build())
        .build();
    return JsonMapper.builder(factory)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .nodeFactory(new BoundedNumbers())
        .addModule(new GeccModule())
        .build();
  }

  /**
   * Reads one value from untrusted bytes, every refusal (not UTF-8, malformed, trailing content,
   * a limit, a rule) a {@link GeccJsonException} at its JSON Pointer.
   *
   * @param mapper a mapper with {@link GeccModule} registered, not null
   * @param json the document in UTF-8 (RULES.md 11.1); not null
   * @param type a GECC type, not null
   * @param <T> the type
   * @return the value, never null
   * @throws GeccJsonException if the document is refused
   */
  public static <T> T read(ObjectMapper mapper, byte[] json, Class<T> type)
      throws GeccJsonException {
    Objects.requireNonNull(type, "type");
    try {
      Codecs.checkUtf8(json);
    } catch (Refusal refusal) {
      throw GeccJsonException.of(refusal);
    }
    try (JsonParser parser = mapper.createParser(json)) {
      try {
        return mapper.readerFor(type).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .readValue(parser);
      } catch (NumberFormatException e) {
        // Databind converting a number whose exponent overflows (1e2147483648) into a tree's
        // BigDecimal: the parser still stands on the number, so its context is the pointer.
        throw unreadableNumber(parser, e);
      }
    } catch (Refusal refusal) {
      throw GeccJsonException.of(refusal);
    } catch (JsonProcessingException e) {
      throw GeccJsonException.of(e, "");
    } catch (IOException e) {
      throw new GeccJsonException("11.1", "unreadable JSON: " + e.getMessage(), "", e);
    }
  }

  /**
   * Trees whose decimals keep their exponent within {@link Input#MAX_EXPONENT}: the same bound on
   * every Java version, whatever its {@code BigDecimal} can hold.
   */
  private static final class BoundedNumbers extends JsonNodeFactory {
    private static final long serialVersionUID = 1L;

    @Override
    public ValueNode numberNode(BigDecimal value) {
      if (value != null && Input.overflows(value)) {
        throw new NumberFormatException("exponent out of range: " + value);
      }
      return super.numberNode(value);
    }
  }

  /** The refusal of a number databind could not convert, at the parser's place. */
  static GeccJsonException unreadableNumber(
      JsonParser parser, NumberFormatException cause) throws IOException {
    GeccModule.ParserInput at = new GeccModule.ParserInput(parser);
    return new GeccJsonException(
        "11.2", Input.unreadableNumber(parser.getText()), at.pointer(), cause);
  }

  /**
   * Reads one value from a part of a parsed document, refusals' pointers from its root.
   *
   * @param mapper a mapper with {@link GeccModule} registered, not null
   * @param document the whole document, not null
   * @param at the JSON Pointer of the value, {@code ""} for the whole document, not null
   * @param type a GECC type, not null
   * @param <T> the type
   * @return the value, never null
   * @throws GeccJsonException if the value is absent or refused
   */
  public static <T> T read(ObjectMapper mapper, JsonNode document, String at, Class<T> type)
      throws GeccJsonException {
    JsonNode node = document.at(at);
    if (node.isMissingNode()) {
      throw new GeccJsonException(
          "11.3", "a " + type.getSimpleName() + " is required here", at, null);
    }
    try {
      return mapper.readerFor(type).readValue(mapper.treeAsTokens(node));
    } catch (JsonProcessingException e) {
      throw GeccJsonException.of(e, at);
    } catch (IOException e) {
      throw new GeccJsonException("11.1", "unreadable JSON: " + e.getMessage(), at, e);
    }
  }

  /**
   * Reads one document from untrusted bytes into its tokens, refused as {@link #read(ObjectMapper,
   * byte[], Class)} refuses it: the text is parsed once, and values read from the tokens ({@link
   * #read(ObjectMapper, TokenBuffer, String, Class)}) see repeated keys and every digit as written.
   *
   * @param mapper a mapper with {@link GeccModule} registered, not null
   * @param json the document in UTF-8 (RULES.md 11.1); not null
   * @return the document's tokens, never null
   * @throws GeccJsonException if the document is refused
   */
  public static TokenBuffer tokens(ObjectMapper mapper, byte[] json) throws GeccJsonException {
    TokenBuffer tokens = read(mapper, json, TokenBuffer.class);
    if (tokens == null) { // the document null, which databind reads as no buffer at all
      tokens = new TokenBuffer(mapper, false);
      try {
        tokens.writeNull();
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a buffer in memory does not fail
      }
    }
    return tokens;
  }

  /**
   * Reads one value from a part of a document's tokens ({@link #tokens}), refusals' pointers from
   * its root: the tokens are replayed to the value at {@code at}, siblings skipped, and the value
   * read from them, so a GECC reader sees repeated keys and exact numbers as they were written.
   *
   * @param mapper a mapper with {@link GeccModule} registered, not null
   * @param document the whole document's tokens, not null
   * @param at the JSON Pointer of the value, {@code ""} for the whole document, not null
   * @param type a GECC type (or {@code JsonNode}), not null
   * @param <T> the type
   * @return the value, never null unless the value is JSON {@code null} and the type reads it so
   * @throws GeccJsonException if the value is absent or refused
   * @throws IllegalArgumentException if {@code at} is not a JSON Pointer
   */
  public static <T> T read(ObjectMapper mapper, TokenBuffer document, String at, Class<T> type)
      throws GeccJsonException {
    Objects.requireNonNull(type, "type");
    JsonPointer pointer = JsonPointer.compile(at);
    // The value alone, so refusals are placed from its root and then under at, as for a tree.
    TokenBuffer value = new TokenBuffer(mapper, false);
    boolean present;
    try (JsonParser whole = document.asParser(mapper)) {
      present = moveTo(whole, pointer);
      if (present) {
        value.copyCurrentStructure(whole);
      }
    } catch (IOException e) {
      throw new GeccJsonException("11.1", "unreadable JSON: " + e.getMessage(), at, e);
    }
    if (!present) {
      throw new GeccJsonException(
          "11.3", "a " + type.getSimpleName() + " is required here", at, null);
    }
    try (JsonParser parser = value.asParser(mapper)) {
      try {
        return mapper.readerFor(type).readValue(parser);
      } catch (NumberFormatException e) {
        GeccJsonException refusal = unreadableNumber(parser, e);
        throw new GeccJsonException(
            "11.2", refusal.getOriginalMessage(), at + refusal.pointer(), e);
      }
    } catch (JsonProcessingException e) {
      throw GeccJsonException.of(e, at);
    } catch (IOException e) {
      throw new GeccJsonException("11.1", "unreadable JSON: " + e.getMessage(), at, e);
    }
  }

  /**
   * Moves a parser that has not started to the first token of the value at {@code pointer},
   * skipping every sibling before it; false if there is no such value.
   */
  private static boolean moveTo(JsonParser parser, JsonPointer pointer) throws IOException {
    JsonToken token = parser.nextToken();
    for (JsonPointer at = pointer; !at.matches(); at = at.tail()) {
      if (token == JsonToken.START_OBJECT) {
        String name = at.getMatchingProperty();
        token = parser.nextToken();
        for (; token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
          boolean found = name.equals(parser.currentName());
          token = parser.nextToken();
          if (found) {
            break;
          }
          parser.skipChildren();
        }
        if (token == JsonToken.END_OBJECT || token == null) {
          return false;
        }
      } else if (token == JsonToken.START_ARRAY && at.getMatchingIndex() >= 0) {
        int index = at.getMatchingIndex();
        token = parser.nextToken();
        for (int i = 0; i < index && token != JsonToken.END_ARRAY && token != null; i++) {
          parser.skipChildren();
          token = parser.nextToken();
        }
        if (token == JsonToken.END_ARRAY || token == null) {
          return false;
        }
      } else {
        return false;
      }
    }
    return token != null;
  }
}

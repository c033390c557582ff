package io.github.gecc.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ValueNode;
import io.github.gecc.json.internal.Codecs;
import io.github.gecc.json.internal.Input;
import io.github.gecc.json.internal.Limits;
import io.github.gecc.json.internal.Refusal;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A ready-made Jackson 2 mapper for GECC documents, and the reads that turn every refusal into a
 * {@link GeccJsonException}.
 *
 * <p>{@link #mapper()} bounds documents from outside (64 levels of nesting, strings of 100,000
 * characters, numbers of 40, 512 MiB, 50,000,000 tokens: a library DECISION sized far beyond a
 * national portfolio of 100,000 centres). A host with other needs registers {@link GeccModule} on
 * its own mapper: GECC documents are read as strictly there. {@link GeccDocument} parses a document
 * once and reads GECC values out of it at their JSON Pointers.
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
    JsonFactory factory =
        JsonFactory.builder() // the limits of the class comment
            .streamReadConstraints(
                StreamReadConstraints.builder()
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
   * Reads one value from untrusted bytes, every refusal (not UTF-8, malformed, trailing content, a
   * limit, a rule) a {@link GeccJsonException} at its JSON Pointer.
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
        return mapper
            .readerFor(type)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
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
  static GeccJsonException unreadableNumber(JsonParser parser, NumberFormatException cause)
      throws IOException {
    GeccModule.ParserInput at = new GeccModule.ParserInput(parser);
    return new GeccJsonException(
        "11.2", Input.unreadableNumber(parser.getText()), at.pointer(), cause);
  }

  /**
   * Reads one value from a part of a tree, refusals' pointers from its root. The value is read as
   * the tree holds it: a tree built by a mapper without the library's tree features may already
   * have dropped a repeated key or rounded a decimal. To read values as they were written, parse
   * the document once with {@link GeccDocument#parse} and read them from it.
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
}

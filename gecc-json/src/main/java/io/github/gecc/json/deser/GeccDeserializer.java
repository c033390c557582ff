package io.github.gecc.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import java.io.IOException;

/**
 * The base of every deserializer in this adapter: it reads the value as a tree, remembers the
 * JSON Pointer where it starts, and hands both to {@link #read(JsonInput)}, so that every refusal
 * names the exact field.
 *
 * @param <T> the core type read
 */
public abstract class GeccDeserializer<T> extends StdDeserializer<T> {

  /** The serialization version. */
  private static final long serialVersionUID = 1L;

  /**
   * Creates the deserializer.
   *
   * @param type the core type it reads, not null
   */
  protected GeccDeserializer(Class<T> type) {
    super(type);
  }

  /**
   * Reads the value as a tree and hands it to {@link #read(JsonInput)}. A subclass may read the
   * stream itself for speed, provided the result and every refusal stay those of {@link
   * #read(JsonInput)} on the whole value's tree.
   *
   * @param p the parser, on the value's first token
   * @param ctxt the context
   * @return the core value
   * @throws IOException if the JSON is malformed or the value refused
   */
  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonPointer at = pointerOf(p);
    JsonNode tree = ctxt.readTree(p);
    return read(JsonInput.at(tree, at));
  }

  @Override
  public T getNullValue(DeserializationContext ctxt) throws GeccJsonException {
    JsonPointer at = ctxt.getParser() == null ? JsonPointer.empty() : pointerOf(ctxt.getParser());
    throw new GeccJsonException("a " + handledType().getSimpleName() + " is required here, not null", at);
  }

  /**
   * Reads the value.
   *
   * @param input the value and where it stands in the document
   * @return the core value
   * @throws GeccJsonException if the value is refused
   */
  public abstract T read(JsonInput input) throws GeccJsonException;

  /**
   * Returns the JSON Pointer of the value the parser stands on.
   *
   * @param p a parser positioned on a value, not null
   * @return the pointer of that value in its document
   */
  public static JsonPointer pointerOf(JsonParser p) {
    JsonStreamContext context = p.getParsingContext();
    JsonToken token = p.currentToken();
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context.getParent() != null) {
      context = context.getParent();
    }
    return context.pathAsPointer();
  }
}

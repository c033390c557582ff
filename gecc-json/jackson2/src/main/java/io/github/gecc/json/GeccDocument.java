package io.github.gecc.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A JSON document parsed once into its tokens, from which GECC values are read at their JSON
 * Pointers by replaying the tokens: a reader sees repeated keys and every digit as written,
 * whatever the mapper's tree features (a tree built by a host's mapper may already have dropped a
 * repeated key or rounded a decimal to a double). Every refusal is a {@link GeccJsonException}
 * whose pointer is given from the document's root.
 *
 * <p>Immutable and thread-safe: the tokens are only ever replayed.
 */
public final class GeccDocument {

  private final ObjectMapper mapper;
  private final TokenBuffer tokens;

  private GeccDocument(ObjectMapper mapper, TokenBuffer tokens) {
    this.mapper = mapper;
    this.tokens = tokens;
  }

  /**
   * Parses a document from untrusted bytes once, refused as {@link GeccJson#read(ObjectMapper,
   * byte[], Class)} refuses it (not UTF-8, malformed, trailing content, a limit of the mapper).
   *
   * @param mapper a mapper with {@link GeccModule} registered, which the document's values are read
   *     with; not null
   * @param json the document in UTF-8 (RULES.md 11.1); not null
   * @return the document, never null
   * @throws GeccJsonException if the document is refused
   */
  public static GeccDocument parse(ObjectMapper mapper, byte[] json) throws GeccJsonException {
    Objects.requireNonNull(mapper, "mapper");
    TokenBuffer tokens;
    try {
      tokens = GeccJson.read(mapper, json, TokenBuffer.class);
    } catch (GeccJsonException e) {
      throw asTree(e);
    }
    if (tokens != null) {
      // Replayed from the root of its own: databind's buffer keeps the parser's context otherwise,
      // and a refusal's pointer would start from there.
      tokens.overrideParentContext(null);
    } else { // the document null, which databind reads as no buffer at all
      tokens = buffer(mapper);
      try {
        tokens.writeNull();
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a buffer in memory does not fail
      }
    }
    return new GeccDocument(mapper, tokens);
  }

  /**
   * Copies the value a parser stands on (a portfolio's centre read as it streams, say) into a
   * document of its own, whose refusals point from that value; the parser is left on the value's
   * last token.
   *
   * @param mapper a mapper with {@link GeccModule} registered, which the document's values are read
   *     with; not null
   * @param parser a parser standing on the first token of a value, not null
   * @return the document, never null
   * @throws IOException if the parser fails reading the value (malformed JSON, a limit)
   * @throws IllegalArgumentException if the parser stands on no token
   */
  public static GeccDocument copyOf(ObjectMapper mapper, JsonParser parser) throws IOException {
    Objects.requireNonNull(mapper, "mapper");
    if (!parser.hasCurrentToken()) {
      throw new IllegalArgumentException("the parser stands on no value");
    }
    TokenBuffer tokens = buffer(mapper);
    tokens.copyCurrentStructure(parser);
    return new GeccDocument(mapper, tokens);
  }

  /**
   * Reads the value at a JSON Pointer with the mapper the document was parsed with.
   *
   * @param at the JSON Pointer of the value, {@code ""} for the whole document; not null
   * @param type a GECC type (or {@code JsonNode}), not null
   * @param <T> the type
   * @return the value, never null unless the value is JSON {@code null} and the type reads it so
   * @throws GeccJsonException if the value is absent or refused, at the pointer from the root
   * @throws IllegalArgumentException if {@code at} is not a JSON Pointer
   */
  public <T> T read(String at, Class<T> type) throws GeccJsonException {
    return read(mapper, at, type);
  }

  /**
   * Reads the value at a JSON Pointer with another mapper (one whose {@link GeccModule} knows more
   * rulebooks, say): the tokens are replayed to the value, its siblings skipped, and the value read
   * from them, so the reader sees repeated keys and exact numbers as written.
   *
   * @param reader a mapper with {@link GeccModule} registered, not null
   * @param at the JSON Pointer of the value, {@code ""} for the whole document; not null
   * @param type a GECC type (or {@code JsonNode}), not null
   * @param <T> the type
   * @return the value, never null unless the value is JSON {@code null} and the type reads it so
   * @throws GeccJsonException if the value is absent or refused, at the pointer from the root
   * @throws IllegalArgumentException if {@code at} is not a JSON Pointer
   */
  public <T> T read(ObjectMapper reader, String at, Class<T> type) throws GeccJsonException {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(type, "type");
    TokenBuffer value = value(at);
    if (value == null) {
      throw new GeccJsonException(
          "11.3", "a " + type.getSimpleName() + " is required here", at, null);
    }
    try (JsonParser parser = value.asParser(reader)) {
      try {
        return reader.readerFor(type).readValue(parser);
      } catch (NumberFormatException e) {
        GeccJsonException refusal = GeccJson.unreadableNumber(parser, e);
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
   * A new parser that replays the document's tokens (a portfolio streamed centre by centre, say),
   * not yet started; the caller closes it.
   *
   * @return the parser, never null
   */
  public JsonParser parser() {
    return tokens.asParser(mapper);
  }

  /**
   * Tells whether the document holds a value at a JSON Pointer ({@code null} counts).
   *
   * @param at the JSON Pointer, {@code ""} for the whole document; not null
   * @return true if there is a value there
   * @throws IllegalArgumentException if {@code at} is not a JSON Pointer
   */
  public boolean has(String at) {
    return value(at) != null;
  }

  /**
   * Builds a new tree of the whole document with the mapper it was parsed with, for fields that are
   * no GECC values: the mapper's tree features apply (the library's mapper refuses a repeated key
   * and keeps decimals exact; a host's may not). Each call builds a new tree.
   *
   * @return the tree, never null ({@code NullNode} for the document {@code null})
   * @throws GeccJsonException if the mapper refuses the tree, at the pointer from the root
   */
  public JsonNode tree() throws GeccJsonException {
    return read("", JsonNode.class);
  }

  /**
   * The value at a JSON Pointer as a document of its own, whose refusals point from that value.
   *
   * @param at the JSON Pointer of the value, {@code ""} for the whole document; not null
   * @return the document, never null
   * @throws GeccJsonException if there is no value at {@code at} (RULES.md 11.3)
   * @throws IllegalArgumentException if {@code at} is not a JSON Pointer
   */
  public GeccDocument at(String at) throws GeccJsonException {
    TokenBuffer value = value(at);
    if (value == null) {
      throw new GeccJsonException("11.3", "a value is required here", at, null);
    }
    return new GeccDocument(mapper, value);
  }

  /**
   * The elements of the array at a JSON Pointer, each as a document of its own whose refusals point
   * from that element: one pass over the tokens, however long the array.
   *
   * @param at the JSON Pointer of the array, {@code ""} for the whole document; not null
   * @return the elements in order, never null
   * @throws GeccJsonException if there is no array at {@code at} (RULES.md 11.3)
   * @throws IllegalArgumentException if {@code at} is not a JSON Pointer
   */
  public List<GeccDocument> elements(String at) throws GeccJsonException {
    JsonPointer pointer = JsonPointer.compile(at);
    List<GeccDocument> elements = new ArrayList<>();
    try (JsonParser parser = tokens.asParser(mapper)) {
      if (!moveTo(parser, pointer) || parser.currentToken() != JsonToken.START_ARRAY) {
        throw new GeccJsonException("11.3", "an array is required here", at, null);
      }
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        TokenBuffer element = buffer(mapper);
        element.copyCurrentStructure(parser);
        elements.add(new GeccDocument(mapper, element));
      }
    } catch (GeccJsonException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // tokens in memory, read already, do not fail
    }
    return List.copyOf(elements);
  }

  /**
   * Some top-level fields of an object document, as an object document of their own: the fields in
   * the order named, each as often as it is written (so a repeated key still reaches a reader); a
   * name the document does not hold is left out. Its refusals point from the same root.
   *
   * @param names the names of the fields, not null
   * @return the document, never null
   * @throws IllegalStateException if the document is not a JSON object
   */
  public GeccDocument select(List<String> names) {
    TokenBuffer selected = buffer(mapper);
    try (JsonParser parser = tokens.asParser(mapper)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalStateException("the document is not a JSON object");
      }
      selected.writeStartObject();
      for (String name : names) {
        try (JsonParser fields = tokens.asParser(mapper)) {
          fields.nextToken();
          while (fields.nextToken() == JsonToken.FIELD_NAME) {
            boolean named = name.equals(fields.currentName());
            fields.nextToken();
            if (named) {
              selected.writeFieldName(name);
              selected.copyCurrentStructure(fields);
            } else {
              fields.skipChildren();
            }
          }
        }
      }
      selected.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // tokens in memory, read already, do not fail
    }
    return new GeccDocument(mapper, selected);
  }

  /**
   * An object document with one more string field at its end: a value the caller supplies (a
   * default, an id it chose) beside the fields as written.
   *
   * @param name the field's name, not null
   * @param value the field's value, not null
   * @return the document, never null
   * @throws IllegalStateException if the document is not a JSON object
   */
  public GeccDocument with(String name, String value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    TokenBuffer extended = buffer(mapper);
    try (JsonParser parser = tokens.asParser(mapper)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalStateException("the document is not a JSON object");
      }
      extended.writeStartObject();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        extended.writeFieldName(parser.currentName());
        parser.nextToken();
        extended.copyCurrentStructure(parser);
      }
      extended.writeFieldName(name);
      extended.writeString(value);
      extended.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // tokens in memory, read already, do not fail
    }
    return new GeccDocument(mapper, extended);
  }

  /**
   * A refusal of the bytes as a tree's: databind names the type it bound in some messages (trailing
   * content), and a document is refused as its tree would be.
   */
  private static GeccJsonException asTree(GeccJsonException refusal) {
    String message = refusal.getOriginalMessage();
    String asTree =
        message.replace(
            "`com.fasterxml.jackson.databind.util.TokenBuffer`",
            "`com.fasterxml.jackson.databind.JsonNode`");
    if (asTree.equals(message)) {
      return refusal;
    }
    return refusal.rule().isPresent()
        ? new GeccJsonException(refusal.rule().get(), asTree, refusal.pointer(), refusal.getCause())
        : new GeccJsonException(asTree, refusal.pointer(), refusal.getCause());
  }

  private static TokenBuffer buffer(ObjectMapper mapper) {
    return new TokenBuffer(mapper, false);
  }

  /** The tokens of the value at {@code at} alone, or null if there is none. */
  private @Nullable TokenBuffer value(String at) {
    JsonPointer pointer = JsonPointer.compile(at);
    if (pointer.matches()) {
      return tokens;
    }
    try (JsonParser whole = tokens.asParser(mapper)) {
      if (!moveTo(whole, pointer)) {
        return null;
      }
      TokenBuffer value = buffer(mapper);
      value.copyCurrentStructure(whole);
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // tokens in memory, read already, do not fail
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

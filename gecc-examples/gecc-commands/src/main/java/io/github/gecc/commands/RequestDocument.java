package io.github.gecc.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.gecc.json.GeccJson;
import io.github.gecc.json.GeccJsonException;

/**
 * A request document parsed once: its tokens, from which every GECC value is read at its JSON
 * Pointer (so the readers see repeated keys and exact numbers as written), and the tree built
 * from the same tokens, from which a command reads its own light fields and which receipts and
 * echoes write.
 *
 * <p>Immutable once built; the tokens are only ever replayed.
 */
final class RequestDocument {

  private final TokenBuffer tokens;
  private final JsonNode tree;

  private RequestDocument(TokenBuffer tokens, JsonNode tree) {
    this.tokens = tokens;
    this.tree = tree;
  }

  /**
   * Parses request bytes once, refused as {@link GeccJson#read(ObjectMapper, byte[], Class)}
   * refuses them (RULES.md 11.1), and builds the tree from the tokens.
   */
  static RequestDocument parse(ObjectMapper mapper, byte[] bytes) throws GeccJsonException {
    TokenBuffer tokens = GeccJson.tokens(mapper, bytes);
    return new RequestDocument(tokens, GeccJson.read(mapper, tokens, "", JsonNode.class));
  }

  /** The tree built from the tokens: the command's input. */
  JsonNode tree() {
    return tree;
  }

  /**
   * Reads the value at a JSON Pointer of {@code document} with {@code mapper}: from the tokens
   * when {@code document} is the request {@code context} is answering, else from the tree (one a
   * caller built or parsed itself). Refusals carry the whole pointer.
   */
  static <T> T read(CliContext context, ObjectMapper mapper, JsonNode document, String at,
      Class<T> type) throws GeccJsonException {
    RequestDocument request = context.request(document);
    return request != null
        ? GeccJson.read(mapper, request.tokens, at, type)
        : GeccJson.read(mapper, document, at, type);
  }
}

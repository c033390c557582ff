package io.github.gecc.commands;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gecc.json.GeccDocument;
import io.github.gecc.json.GeccJsonException;
import java.util.ArrayList;
import java.util.List;

/**
 * A request document parsed once: the {@link GeccDocument} every GECC value is read from at its
 * JSON Pointer (so the readers see repeated keys and exact numbers as written), and the tree built
 * from the same tokens, from which a command reads its own plain fields (dates, round numbers,
 * flags) and which receipts and echoes write. No GECC value is read from the tree.
 *
 * <p>Immutable once built; the tree is never handed to a caller that changes it.
 */
final class RequestDocument {

  private final GeccDocument document;
  private final JsonNode tree;

  private RequestDocument(GeccDocument document, JsonNode tree) {
    this.document = document;
    this.tree = tree;
  }

  /**
   * Parses request bytes once, refused as the strict mapper refuses them (RULES.md 11.1), and
   * builds the tree from the tokens.
   */
  static RequestDocument parse(ObjectMapper mapper, byte[] bytes) throws GeccJsonException {
    return of(GeccDocument.parse(mapper, bytes));
  }

  /** A document parsed already (a batch line's input), with the tree built from its tokens. */
  static RequestDocument of(GeccDocument document) throws GeccJsonException {
    return new RequestDocument(document, document.tree());
  }

  /**
   * The document of a tree a caller built or parsed itself (a host answering its own tree, a
   * command run outside the invoker): the tree is written once and its text parsed, so its values
   * are read as that tree holds them, and the tree itself is the one the command reads.
   */
  static RequestDocument ofTree(ObjectMapper mapper, JsonNode tree) throws GeccJsonException {
    byte[] text;
    try {
      text = mapper.writeValueAsBytes(tree);
    } catch (JsonProcessingException e) {
      throw new GeccJsonException(
          Invoker.DOCUMENT,
          "the request cannot be written as JSON: " + e.getOriginalMessage(),
          "",
          e);
    }
    return new RequestDocument(GeccDocument.parse(mapper, text), tree);
  }

  /** The tree built from the tokens: the command's input, for its plain fields. */
  JsonNode tree() {
    return tree;
  }

  /** The document the GECC values are read from. */
  GeccDocument document() {
    return document;
  }

  /** Reads the GECC value at a JSON Pointer with {@code mapper}; refusals carry its pointer. */
  <T> T read(ObjectMapper mapper, String at, Class<T> type) throws GeccJsonException {
    return document.read(mapper, at, type);
  }

  /**
   * Some top-level fields of the request, as they were written, as one document: in the order of
   * the request when {@code documentOrder}, else in the order named.
   */
  GeccDocument fields(List<String> names, boolean documentOrder) {
    if (!documentOrder) {
      return document.select(names);
    }
    List<String> present = new ArrayList<>();
    for (String name : (Iterable<String>) tree::fieldNames) {
      if (names.contains(name)) {
        present.add(name);
      }
    }
    return document.select(present);
  }

  /**
   * Reads an element of an array ({@link GeccDocument#elements}) that stands at {@code at} of the
   * request: refusals carry the whole pointer, as a read at {@code at} of the request gives them.
   */
  static <T> T read(GeccDocument element, ObjectMapper mapper, String at, Class<T> type)
      throws GeccJsonException {
    try {
      return element.read(mapper, "", type);
    } catch (GeccJsonException e) {
      throw new GeccJsonException(e.getOriginalMessage(), at + e.pointer(), e);
    }
  }

  /**
   * Reads the value at a JSON Pointer of {@code input} with {@code mapper}, from the tokens of the
   * request {@code context} is answering when {@code input} is its tree (as it is for every command
   * the invoker runs), else from the document of {@code input} written once. Refusals carry the
   * whole pointer.
   */
  static <T> T read(
      CliContext context, ObjectMapper mapper, JsonNode input, String at, Class<T> type)
      throws GeccJsonException {
    return context.request(input).read(mapper, at, type);
  }
}

package io.github.gecc.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.GeccVersion;
import java.util.Map;

/**
 * A decision's receipt: the SHA-256 digests of the canonical (RFC 8785) request, of the rulebook
 * and round register that decided (by content), of the answer, and the library version. The same
 * request gives the same receipt on the command line, in {@code batch} and from {@code serve}.
 *
 * <p>Its document: {@code {"format":"gecc-receipt/1","command":…,"libraryVersion":…,"input":…,
 * "rulebook":{"id":…,"sha256":…,"parts":{…}},"rounds":{"sha256":…,"parts":{…}},"answer":…}}. The
 * {@code parts} digest each criterion, outcome and other member of the rulebook (each round of the
 * register) apart, keyed by a pointer such as {@code /criteria/B07}, so that {@code verify} names
 * the part that changed; the whole digest alone proves the content.
 */
public final class Receipt {

  /** The member of an answer, or of a batch line, that holds the receipt. */
  public static final String FIELD = "receipt";

  /** The receipt format, bumped if its members ever change meaning. */
  static final String FORMAT = "gecc-receipt/1";

  /** Hex digits of a part's digest: enough to tell parts apart, the whole digest proves. */
  private static final int PART_DIGITS = 16;

  private Receipt() {}

  /**
   * The receipt of an answer.
   *
   * @param mapper makes the receipt document
   * @param command the command's name
   * @param input the request document as read
   * @param configuration what decided besides the input
   * @param answer the answer without its receipt (a text answer as a JSON string)
   * @return the receipt document
   */
  static ObjectNode of(
      ObjectMapper mapper,
      String command,
      JsonNode input,
      Configuration configuration,
      JsonNode answer) {
    ObjectNode receipt = mapper.createObjectNode();
    receipt.put("format", FORMAT);
    receipt.put("command", command);
    receipt.put("libraryVersion", GeccVersion.version());
    receipt.put("input", Canonical.sha256(input));
    configuration
        .rulebook()
        .ifPresent(
            r -> {
              ObjectNode rulebook = receipt.putObject("rulebook");
              rulebook.put("id", r.path("id").asText());
              rulebook.put("sha256", Canonical.sha256(r));
              rulebook.set("parts", parts(mapper, r));
            });
    configuration
        .rounds()
        .ifPresent(
            r -> {
              ObjectNode rounds = receipt.putObject("rounds");
              rounds.put("sha256", Canonical.sha256(r));
              rounds.set("parts", parts(mapper, r));
            });
    receipt.put("answer", Canonical.sha256(answer));
    return receipt;
  }

  /**
   * The digest of each part of a document: each element of an array member (of the array itself)
   * keyed by its {@code id}, {@code round} or {@code name} when it has one, else by its index; each
   * other member by its name.
   */
  static ObjectNode parts(ObjectMapper mapper, JsonNode document) {
    ObjectNode parts = mapper.createObjectNode();
    if (document.isArray()) {
      elements(document, "", parts);
      return parts;
    }
    for (Map.Entry<String, JsonNode> member : document.properties()) {
      String pointer = Request.pointer(member.getKey());
      if (member.getValue().isArray()) {
        elements(member.getValue(), pointer, parts);
      } else {
        parts.put(pointer, digest(member.getValue()));
      }
    }
    return parts;
  }

  private static void elements(JsonNode array, String pointer, ObjectNode parts) {
    if (array.isEmpty()) {
      parts.put(pointer, digest(array));
    }
    for (int i = 0; i < array.size(); i++) {
      JsonNode element = array.get(i);
      String key = String.valueOf(i);
      for (String name : new String[] {"id", "round", "name"}) {
        if (element.path(name).isValueNode()) {
          key = element.get(name).asText();
          break;
        }
      }
      parts.put(pointer + Request.pointer(key), digest(element));
    }
  }

  private static String digest(JsonNode node) {
    return Canonical.sha256(node).substring(0, PART_DIGITS);
  }
}

package io.github.gecc.commands;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.google.common.collect.ImmutableSortedSet;
import io.github.gecc.json.GeccJsonException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code verify}: runs a stored request again and compares the answer and its receipt with the
 * stored ones.
 *
 * <p>In: a receipt file, {@code {"command":"evaluate","input":{…},"answer":{…with its receipt…}}};
 * for a text answer ({@code calendar}) {@code answer} is the text, whose receipt stands beside it
 * as {@code receipt} or inside a calendar as its {@code X-GECC-RECEIPT} property. Optional {@code
 * --rounds FILE}, the register to verify against.
 *
 * <p>Out: {@code {"verdict":"SAME_ANSWER"|"DIFFERENT_ANSWER","differences":[…],"receipt":{…the
 * receipt now…}}}. Each difference says {@code what} changed: {@code input} (the stored request is
 * not the one the receipt digests), {@code storedAnswer} (likewise the stored answer), {@code
 * libraryVersion} ({@code was}, {@code now}), {@code rulebook} or {@code rounds} (their content:
 * {@code pointer} names each part added, removed or changed, such as {@code /criteria/B07}), and
 * {@code answer} (each field that differs, by JSON Pointer, with {@code was} and {@code now}; or
 * the refusal the request now meets).
 */
final class VerifyCommand implements Command {

  private static final List<String> FIELDS = List.of("command", "input", "answer", Receipt.FIELD);

  @Override
  public String name() {
    return "verify";
  }

  @Override
  public String description() {
    return "run a stored request with its receipt again: same answer, or what differs and why";
  }

  @Override
  public boolean takesRounds() {
    return true;
  }

  @Override
  public JsonNode run(JsonNode input, CliContext context) throws GeccJsonException {
    Request request = new Request(context, input, "verify request", FIELDS);
    String name = request.text("command");
    Command command = Commands.documents().get(name);
    if (command == null || command instanceof VerifyCommand) {
      throw request.error(
          "command",
          "'"
              + name
              + "' is not a command a receipt is given for;"
              + " commands are "
              + String.join(", ", Commands.documents().keySet()));
    }
    if (!input.has("input")) {
      throw request.error("input", "the request needs the field 'input', the stored request");
    }
    if (!input.has("answer")) {
      throw request.error("answer", "the request needs the field 'answer', the stored answer");
    }
    JsonNode storedRequest = input.get("input");
    JsonNode storedAnswer = input.get("answer").deepCopy();
    JsonNode stored = input.path(Receipt.FIELD);
    String receiptAt = "/" + Receipt.FIELD;
    if (storedAnswer.isObject() && storedAnswer.has(Receipt.FIELD)) {
      stored = ((ObjectNode) storedAnswer).remove(Receipt.FIELD);
      receiptAt = "/answer/" + Receipt.FIELD;
    } else if (storedAnswer.isTextual()) {
      // A stored calendar carries its receipt inside its text, which the receipt does not digest.
      String text = storedAnswer.textValue();
      Optional<String> inside = ICalendarText.receiptOf(text);
      if (inside.isPresent()) {
        if (!input.has(Receipt.FIELD)) {
          receiptAt = "/answer";
          try {
            stored = context.mapper().readTree(inside.get());
          } catch (JsonProcessingException e) {
            throw new GeccJsonException(
                Invoker.DOCUMENT,
                "the calendar's "
                    + ICalendarText.RECEIPT_PROPERTY
                    + " is not a receipt: "
                    + e.getOriginalMessage(),
                receiptAt,
                e);
          }
        }
        storedAnswer = TextNode.valueOf(ICalendarText.withoutReceipt(text));
      }
    }
    if (!stored.isObject() || !Receipt.FORMAT.equals(stored.path("format").asText())) {
      throw new GeccJsonException(
          Invoker.FIELDS,
          "expected a receipt of format "
              + Receipt.FORMAT
              + " (the answer's member 'receipt', or 'receipt' beside a text answer)",
          receiptAt,
          null);
    }

    ObjectNode result = context.object();
    ArrayNode differences = context.mapper().createArrayNode();
    if (!stored.path("input").asText().equals(Canonical.sha256(storedRequest))) {
      differences
          .addObject()
          .put("what", "input")
          .put("message", "the stored request is not the one the receipt was given for");
    }
    if (!stored.path("answer").asText().equals(Canonical.sha256(storedAnswer))) {
      differences
          .addObject()
          .put("what", "storedAnswer")
          .put("message", "the stored answer is not the one the receipt was given for");
    }
    Answer now =
        new Invoker(context.mapper(), context.clock(), context.rounds())
            .answer(command, request.parsed().document().at("/input"), true);
    JsonNode nowReceipt = now.receipt().map(r -> (JsonNode) r).orElse(null);
    String version = stored.path("libraryVersion").asText();
    String nowVersion = io.github.gecc.GeccVersion.version();
    if (!version.equals(nowVersion)) {
      differences
          .addObject()
          .put("what", "libraryVersion")
          .put("was", version)
          .put("now", nowVersion);
    }
    if (nowReceipt == null) {
      differences
          .addObject()
          .put("what", "answer")
          .put(
              "message",
              "the request is now refused: "
                  + now.message()
                  + now.pointer().map(p -> " (at " + p + ")").orElse(""));
    } else {
      for (String part : new String[] {"rulebook", "rounds"}) {
        parts(part, stored.path(part), nowReceipt.path(part), differences);
      }
      JsonNode nowAnswer = now.output().deepCopy();
      if (nowAnswer.isObject()) {
        ((ObjectNode) nowAnswer).remove(Receipt.FIELD);
      } else if (nowAnswer.isTextual()) {
        nowAnswer = TextNode.valueOf(ICalendarText.withoutReceipt(nowAnswer.textValue()));
      }
      diff("", storedAnswer, nowAnswer, differences);
    }
    boolean same = true;
    for (JsonNode difference : differences) {
      same &=
          !difference.path("what").asText().equals("answer")
              && !difference.path("what").asText().equals("storedAnswer");
    }
    result.put("verdict", same ? "SAME_ANSWER" : "DIFFERENT_ANSWER");
    result.set("differences", differences);
    if (nowReceipt != null) {
      result.set(Receipt.FIELD, nowReceipt);
    }
    return result;
  }

  /** Names each part of a rulebook or register added, removed or changed. */
  private static void parts(String what, JsonNode was, JsonNode now, ArrayNode differences) {
    if (was.path("sha256").equals(now.path("sha256"))) {
      return;
    }
    if (was.isMissingNode() || now.isMissingNode()) {
      differences
          .addObject()
          .put("what", what)
          .put(
              "message",
              was.isMissingNode()
                  ? "the answer is now decided by a " + what + " as well"
                  : "no " + what + " decides now");
      return;
    }
    if (!was.path("id").equals(now.path("id"))) {
      differences
          .addObject()
          .put("what", what)
          .put(
              "message",
              "the " + what + " was " + was.path("id") + " and is now " + now.path("id"));
    }
    JsonNode wasParts = was.path("parts");
    JsonNode nowParts = now.path("parts");
    Set<String> names =
        ImmutableSortedSet.<String>naturalOrder()
            .addAll(wasParts.fieldNames())
            .addAll(nowParts.fieldNames())
            .build();
    for (String pointer : names) {
      String change =
          !nowParts.has(pointer)
              ? "REMOVED"
              : !wasParts.has(pointer)
                  ? "ADDED"
                  : wasParts.get(pointer).equals(nowParts.get(pointer)) ? null : "CHANGED";
      if (change != null) {
        differences.addObject().put("what", what).put("pointer", pointer).put("change", change);
      }
    }
  }

  /** Names each field of the answer that differs, by JSON Pointer. */
  private static void diff(String pointer, JsonNode was, JsonNode now, ArrayNode differences) {
    // Compared as canonical JSON: 47 read from a file and 47 computed are the same number
    // whatever node type each has.
    if (was.isMissingNode() == now.isMissingNode()
        && (was.isMissingNode() || Canonical.text(was).equals(Canonical.text(now)))) {
      return;
    }
    if (was.isObject() && now.isObject()) {
      Set<String> names =
          ImmutableSortedSet.<String>naturalOrder()
              .addAll(was.fieldNames())
              .addAll(now.fieldNames())
              .build();
      for (String name : names) {
        diff(pointer + Request.pointer(name), was.path(name), now.path(name), differences);
      }
      return;
    }
    if (was.isArray() && now.isArray()) {
      for (int i = 0; i < Math.max(was.size(), now.size()); i++) {
        diff(pointer + "/" + i, was.path(i), now.path(i), differences);
      }
      return;
    }
    ObjectNode difference = differences.addObject().put("what", "answer").put("pointer", pointer);
    if (!was.isMissingNode()) {
      difference.set("was", was);
    }
    if (!now.isMissingNode()) {
      difference.set("now", now);
    }
  }
}

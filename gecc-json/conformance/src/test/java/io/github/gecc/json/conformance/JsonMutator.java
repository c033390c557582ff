package io.github.gecc.json.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Breaks valid JSON documents the way hostile or careless senders do: truncation, flipped bytes,
 * swapped types, deeper nesting, huge numbers, extreme dates, unknown and missing fields, repeated
 * elements. Test fixture for the fuzzing properties (gecc-examples uses it through gecc-json's test
 * jar).
 */
public final class JsonMutator {

  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Replacement values: every JSON type, boundary numbers, extreme and impossible dates. */
  private static final List<String> VALUES =
      List.of(
          "null",
          "true",
          "false",
          "0",
          "-1",
          "1.5",
          "-0.0",
          "2147483647",
          "-2147483648",
          "2147483648",
          "9223372036854775808",
          "1e308",
          "1e-308",
          "-1e400",
          "1E+999999999",
          "123456789012345678901234567890123456789",
          "2024",
          "2500",
          "2567",
          "2800",
          "99999",
          "\"\"",
          "\" \"",
          "\"x\"",
          "\"\\u0000\"",
          "\"2024-02-30\"",
          "\"9999-12-31\"",
          "\"+999999999-12-31\"",
          "\"-999999999-01-01\"",
          "\"0000-01-01\"",
          "\"2024-13-01\"",
          "\"2024-02-29T16:30:00+18:00\"",
          "\"+999999999-12-31T23:59:59\"",
          "\"-999999999-01-01T00:00:00-18:00\"",
          "\"2024-02-29T24:00:00+07:00\"",
          "\"25:61\"",
          "\"23:59\"",
          "\"H1\"",
          "\"FY\"",
          "\"GECC-2560\"",
          "\"B01\"",
          "\"ONLINE\"",
          "\"FISCAL_YEARS\"",
          "\"วันศุกร์ที่ ๓๒ มกราคม ๒๕๖๗\"",
          "\"๑๙ มกราคม ๙๙๙๙๙๙๙๙๙\"",
          "\"๑๙ - ๑๘ มกราคม ๒๕๖๗\"",
          "[]",
          "[null]",
          "[1,1]",
          "{}",
          "{\"\":null}");

  private JsonMutator() {}

  /** Returns a broken variant of a valid document: one to three mutations in a row. */
  public static byte[] mutate(String valid, Random random) {
    byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
    int rounds = 1 + random.nextInt(3);
    for (int i = 0; i < rounds; i++) {
      bytes = once(bytes, random);
    }
    return bytes;
  }

  /**
   * Returns every variant of a valid document in which one value (any field or element, or the
   * whole document) is replaced by one of the hostile replacement values.
   */
  public static List<String> substitutions(String valid) {
    List<String> out = new ArrayList<>();
    int count = slotsOf(valid).size();
    for (int slot = 0; slot < count; slot++) {
      for (String value : VALUES) {
        ArrayNode holder = NODES.arrayNode().add(value(valid));
        List<Slot> slots = new ArrayList<>();
        collect(holder, slots);
        slots.get(slot).set(value(value));
        out.add(write(holder.get(0)));
      }
    }
    return out;
  }

  private static List<Slot> slotsOf(String valid) {
    List<Slot> slots = new ArrayList<>();
    collect(NODES.arrayNode().add(value(valid)), slots);
    return slots;
  }

  private static byte[] once(byte[] bytes, Random random) {
    int kind = random.nextInt(10);
    if (kind == 0) {
      return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
    }
    if (kind == 1 && bytes.length > 0) {
      byte[] copy = bytes.clone();
      int at = random.nextInt(copy.length);
      copy[at] =
          random.nextBoolean()
              ? (byte) (copy[at] ^ (1 << random.nextInt(8)))
              : (byte) random.nextInt(256);
      return copy;
    }
    JsonNode tree;
    try {
      tree = PLAIN.readTree(bytes);
    } catch (IOException e) {
      return bytes; // already broken: keep it broken
    }
    if (tree == null || tree.isMissingNode()) {
      return bytes;
    }
    ArrayNode holder = NODES.arrayNode().add(tree);
    List<Slot> slots = new ArrayList<>();
    collect(holder, slots);
    Slot slot = slots.get(random.nextInt(slots.size()));
    JsonNode old = slot.get();
    switch (kind) {
      case 2:
      case 3:
        slot.set(value(VALUES.get(random.nextInt(VALUES.size()))));
        break;
      case 4:
        JsonNode deep = old;
        int depth = 1 + random.nextInt(80);
        for (int d = 0; d < depth; d++) {
          deep =
              random.nextBoolean()
                  ? NODES.arrayNode().add(deep)
                  : NODES.objectNode().set("x", deep);
        }
        slot.set(deep);
        break;
      case 5:
        StringBuilder digits = new StringBuilder();
        int length = 1 + random.nextInt(45);
        for (int d = 0; d < length; d++) {
          digits.append((char) ('1' + random.nextInt(9)));
        }
        slot.set(
            value(
                (random.nextBoolean() ? "-" : "")
                    + digits
                    + (random.nextBoolean() ? "" : "e" + random.nextInt(400))));
        break;
      case 6:
        if (old.isObject()) {
          ((ObjectNode) old).put("unexpected" + random.nextInt(3), 1);
        } else if (old.isArray() && old.size() > 0) {
          ((ArrayNode) old).add(old.get(random.nextInt(old.size())).deepCopy());
        } else {
          slot.set(value(VALUES.get(random.nextInt(VALUES.size()))));
        }
        break;
      case 7:
        if (old.isObject() && old.size() > 0) {
          Iterator<String> names = old.fieldNames();
          List<String> all = new ArrayList<>();
          names.forEachRemaining(all::add);
          ((ObjectNode) old).remove(all.get(random.nextInt(all.size())));
        } else if (old.isArray() && old.size() > 0) {
          ((ArrayNode) old).remove(random.nextInt(old.size()));
        } else {
          slot.set(NODES.nullNode());
        }
        break;
      case 8:
        if (old.isObject() && old.size() > 0) {
          String text = write(holder.get(0));
          String name = old.fieldNames().next();
          String field = "\"" + name + "\":";
          int at = text.indexOf(field);
          if (at >= 0) {
            return (text.substring(0, at) + field + "0," + text.substring(at))
                .getBytes(StandardCharsets.UTF_8);
          }
        }
        slot.set(
            random.nextBoolean() ? NODES.arrayNode().add(old) : NODES.textNode(old.toString()));
        break;
      default:
        String text = write(holder.get(0));
        String[] tails = {" {}", ",", "]", "}", " x", "\u0000", " //", "\"", "\n[1]"};
        return (text + tails[random.nextInt(tails.length)]).getBytes(StandardCharsets.UTF_8);
    }
    return write(holder.get(0)).getBytes(StandardCharsets.UTF_8);
  }

  private static JsonNode value(String json) {
    try {
      return PLAIN.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String write(JsonNode node) {
    try {
      return PLAIN.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collect(ContainerNode<?> parent, List<Slot> slots) {
    if (parent.isArray()) {
      ArrayNode array = (ArrayNode) parent;
      for (int i = 0; i < array.size(); i++) {
        int index = i;
        slots.add(new Slot(() -> array.get(index), n -> array.set(index, n)));
        if (array.get(i).isContainerNode()) {
          collect((ContainerNode<?>) array.get(i), slots);
        }
      }
    } else {
      ObjectNode object = (ObjectNode) parent;
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
      fields.addAll(object.properties());
      for (Map.Entry<String, JsonNode> field : fields) {
        String name = field.getKey();
        slots.add(new Slot(() -> object.get(name), n -> object.set(name, n)));
        if (field.getValue().isContainerNode()) {
          collect((ContainerNode<?>) field.getValue(), slots);
        }
      }
    }
  }

  private static final class Slot {
    private final java.util.function.Supplier<JsonNode> getter;
    private final java.util.function.Consumer<JsonNode> setter;

    Slot(
        java.util.function.Supplier<JsonNode> getter,
        java.util.function.Consumer<JsonNode> setter) {
      this.getter = getter;
      this.setter = setter;
    }

    JsonNode get() {
      return getter.get();
    }

    void set(JsonNode node) {
      setter.accept(node);
    }
  }
}

package io.github.gecc.golden;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The subset match of golden cases: every field of an expected object must be in the actual object
 * with a matching value (extra actual fields are fine); arrays match element by element and must
 * have the same length; scalars must be equal, numbers by value.
 */
final class JsonSubset {

  private JsonSubset() {}

  /** Returns one line per mismatch, each starting with the JSON Pointer; empty when it matches. */
  static List<String> mismatches(JsonNode expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    compare("", expected, actual, out);
    return out;
  }

  private static void compare(String at, JsonNode expected, JsonNode actual, List<String> out) {
    if (actual == null || actual.isMissingNode()) {
      out.add(at + ": expected " + expected + " but the field is absent");
    } else if (expected.isObject()) {
      if (!actual.isObject()) {
        out.add(at + ": expected an object but was " + actual);
        return;
      }
      for (Map.Entry<String, JsonNode> field : expected.properties()) {
        compare(at + "/" + field.getKey(), field.getValue(), actual.get(field.getKey()), out);
      }
    } else if (expected.isArray()) {
      if (!actual.isArray() || actual.size() != expected.size()) {
        out.add(at + ": expected " + expected + " but was " + actual);
        return;
      }
      for (int i = 0; i < expected.size(); i++) {
        compare(at + "/" + i, expected.get(i), actual.get(i), out);
      }
    } else if (expected.isNumber() && actual.isNumber()) {
      if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
        out.add(at + ": expected " + expected + " but was " + actual);
      }
    } else if (!expected.equals(actual)) {
      out.add(at + ": expected " + expected + " but was " + actual);
    }
  }
}

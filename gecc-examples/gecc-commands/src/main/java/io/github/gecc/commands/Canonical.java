package io.github.gecc.commands;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JSON Canonicalization Scheme of RFC 8785: members sorted by their names' UTF-16 code units,
 * no whitespace, strings escaped as ECMAScript's {@code JSON.stringify} does, and numbers written
 * as IEEE-754 doubles in ECMAScript's shortest form ({@code Number.prototype.toString}). The digest
 * of a receipt is the SHA-256 of these bytes.
 *
 * <p>A small implementation of its own rather than a library: the scheme is short, and the number
 * form is checked against the RFC's own test vectors ({@code CanonicalTest}).
 */
public final class Canonical {

  private Canonical() {}

  /**
   * The canonical UTF-8 bytes of a tree.
   *
   * @throws IllegalArgumentException if a number is not finite as a double
   */
  static byte[] bytes(JsonNode node) {
    StringBuilder out = new StringBuilder();
    write(node, out);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The canonical text of a tree.
   *
   * @param node the tree
   * @return its canonical text
   * @throws IllegalArgumentException if a number is not finite as a double
   */
  public static String text(JsonNode node) {
    return new String(bytes(node), StandardCharsets.UTF_8);
  }

  /**
   * The lower-case hexadecimal SHA-256 of the canonical bytes of a tree.
   *
   * @param node the tree
   * @return 64 hexadecimal digits
   * @throws IllegalArgumentException if a number is not finite as a double
   */
  public static String sha256(JsonNode node) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes(node));
      StringBuilder hex = new StringBuilder(64);
      for (byte b : digest) {
        hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static void write(JsonNode node, StringBuilder out) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
      node.properties().forEach(members::add);
      // String.compareTo compares UTF-16 code units, as the RFC's §3.2.3 asks.
      members.sort(Map.Entry.comparingByKey());
      out.append('{');
      for (int i = 0; i < members.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        string(members.get(i).getKey(), out);
        out.append(':');
        write(members.get(i).getValue(), out);
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(node.get(i), out);
      }
      out.append(']');
    } else if (node.isTextual()) {
      string(node.textValue(), out);
    } else if (node.isNumber()) {
      out.append(number(node.doubleValue()));
    } else if (node.isBoolean()) {
      out.append(node.booleanValue());
    } else if (node.isNull()) {
      out.append("null");
    } else {
      throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
    }
  }

  private static void string(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }

  /**
   * A double as ECMAScript writes it: the fewest significant digits that read back as the same
   * double (the nearest such decimal when several have as few), in plain notation for decimal
   * exponents from -6 to 21 and in exponent notation ({@code 1e+30}) outside.
   *
   * @throws IllegalArgumentException for NaN and the infinities, which JSON cannot hold
   */
  static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("JSON has no number " + value);
    }
    if (value == 0) {
      return "0";
    }
    String sign = value < 0 ? "-" : "";
    BigDecimal exact = new BigDecimal(Math.abs(value));
    BigDecimal shortest = exact;
    for (int precision = 1; precision <= 17; precision++) {
      BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
      if (rounded.doubleValue() == Math.abs(value)) {
        shortest = rounded;
        break;
      }
    }
    BigDecimal stripped = shortest.stripTrailingZeros();
    String digits = stripped.unscaledValue().toString();
    int k = digits.length();
    // The decimal exponent n of the RFC: the value is 0.digits × 10^n.
    int n = k - stripped.scale();
    StringBuilder out = new StringBuilder(sign);
    if (k <= n && n <= 21) {
      out.append(digits);
      for (int i = k; i < n; i++) {
        out.append('0');
      }
    } else if (0 < n && n <= 21) {
      out.append(digits, 0, n).append('.').append(digits, n, k);
    } else if (-6 < n && n <= 0) {
      out.append("0.");
      for (int i = n; i < 0; i++) {
        out.append('0');
      }
      out.append(digits);
    } else {
      out.append(digits.charAt(0));
      if (k > 1) {
        out.append('.').append(digits, 1, k);
      }
      int exponent = n - 1;
      out.append('e').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent));
    }
    return out.toString();
  }
}

package io.github.gecc.json.internal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Compact JSON text, for comparing a recorded value with a computed one and for messages. */
final class JsonText extends Output {

  private final StringBuilder text = new StringBuilder();
  private boolean first = true;

  @Override
  protected void write(int token, @Nullable String value) {
    if (token != Input.END_OBJECT && token != Input.END_ARRAY && !first) {
      text.append(',');
    }
    first = token == Input.START_OBJECT || token == Input.START_ARRAY || token == Input.FIELD;
    switch (token) {
      case Input.START_OBJECT:
        text.append('{');
        break;
      case Input.END_OBJECT:
        text.append('}');
        break;
      case Input.START_ARRAY:
        text.append('[');
        break;
      case Input.END_ARRAY:
        text.append(']');
        break;
      case Input.FIELD:
      case Input.STRING:
        text.append('"');
        String name = Objects.requireNonNull(value, "a name or string token carries its text");
        for (int i = 0; i < name.length(); i++) {
          char c = name.charAt(i);
          if (c == '"' || c == '\\' || c < 0x20) {
            text.append(String.format("\\u%04x", (int) c));
          } else {
            text.append(c);
          }
        }
        text.append(token == Input.FIELD ? "\":" : "\"");
        break;
      case Input.TRUE:
        text.append("true");
        break;
      case Input.FALSE:
        text.append("false");
        break;
      case Input.NULL:
        text.append("null");
        break;
      default:
        text.append(value);
    }
  }

  @Override
  public String toString() {
    return text.toString();
  }
}

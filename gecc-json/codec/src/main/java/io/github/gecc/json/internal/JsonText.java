package io.github.gecc.json.internal;

/** Compact JSON text, for comparing a recorded value with a computed one and for messages. */
final class JsonText extends Output {

  private final StringBuilder text = new StringBuilder();
  private boolean first = true;

  private void separate() {
    if (!first) {
      text.append(',');
    }
    first = false;
  }

  private void open(char c) {
    separate();
    text.append(c);
    first = true;
  }

  @Override
  public void startObject() {
    open('{');
  }

  @Override
  public void endObject() {
    text.append('}');
    first = false;
  }

  @Override
  public void startArray() {
    open('[');
  }

  @Override
  public void endArray() {
    text.append(']');
    first = false;
  }

  @Override
  public void name(String name) {
    string(name);
    text.append(':');
    first = true;
  }

  @Override
  public void string(String value) {
    separate();
    text.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        text.append('\\').append(c);
      } else if (c < 0x20) {
        text.append(String.format("\\u%04x", (int) c));
      } else {
        text.append(c);
      }
    }
    text.append('"');
  }

  @Override
  public void number(long value) {
    separate();
    text.append(value);
  }

  @Override
  public void number(double value) {
    separate();
    text.append(value);
  }

  @Override
  public void rawNumber(String number) {
    separate();
    text.append(number);
  }

  @Override
  public void bool(boolean value) {
    separate();
    text.append(value);
  }

  @Override
  public void nullValue() {
    separate();
    text.append("null");
  }

  @Override
  public String toString() {
    return text.toString();
  }
}

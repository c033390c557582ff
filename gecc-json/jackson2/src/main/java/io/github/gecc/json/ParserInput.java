package io.github.gecc.json;

import com.fasterxml.jackson.core.JsonParser;
import io.github.gecc.json.internal.Input;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The shared readers' view of a Jackson 2 parser: tokens and the parser's own pointer. */
final class ParserInput extends Input {

  private final JsonParser parser;

  ParserInput(JsonParser parser) {
    this.parser = parser;
  }

  @Override
  protected int token() {
    return parser.currentTokenId();
  }

  @Override
  protected void advance() {
    try {
      parser.nextToken();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected String rawText() {
    try {
      return parser.getText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String pointer() {
    return parser.getParsingContext().pathAsPointer().toString();
  }
}

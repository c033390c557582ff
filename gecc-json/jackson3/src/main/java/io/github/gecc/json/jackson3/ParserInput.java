package io.github.gecc.json.jackson3;

import tools.jackson.core.JsonParser;
import io.github.gecc.json.internal.Input;

/** The shared readers' view of a Jackson 3 parser: tokens and the parser's own pointer. */
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
    parser.nextToken();
  }

  @Override
  protected String rawText() {
    return parser.getString();
  }

  @Override
  public String pointer() {
    return parser.streamReadContext().pathAsPointer().toString();
  }
}

package io.github.gecc.json.jackson3;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import io.github.gecc.json.internal.Input;

/** The shared readers' view of a Jackson 3 parser: tokens and the parser's own pointer. */
final class ParserInput extends Input {

  private final JsonParser parser;

  ParserInput(JsonParser parser) {
    this.parser = parser;
  }

  @Override
  public Token token() {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return null;
    }
    switch (token) {
      case START_OBJECT: return Token.START_OBJECT;
      case END_OBJECT: return Token.END_OBJECT;
      case START_ARRAY: return Token.START_ARRAY;
      case END_ARRAY: return Token.END_ARRAY;
      case PROPERTY_NAME: return Token.FIELD;
      case VALUE_STRING: return Token.STRING;
      case VALUE_NUMBER_INT: return Token.INT;
      case VALUE_NUMBER_FLOAT: return Token.FLOAT;
      case VALUE_TRUE: return Token.TRUE;
      case VALUE_FALSE: return Token.FALSE;
      default: return Token.NULL;
    }
  }

  @Override
  protected Token next() {
    parser.nextToken();
    return token();
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

package io.github.gecc.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
      case FIELD_NAME: return Token.FIELD;
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
    try {
      parser.nextToken();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return token();
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

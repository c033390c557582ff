package io.github.gecc.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Records the tokens a parser reads, compactly, so that a value read once from a stream can be
 * read again as a tree ({@link #tree}) if it has to be: the recording of {@link
 * PortfolioStreamReader}.
 *
 * <p>A {@link TokenBuffer} could record the same; this recorder keeps a token to one byte of kind
 * plus the name or string the parser made anyway, or the {@code int}, in small segments (one huge
 * array per document was a humongous allocation and measurably slower), and writes the tokens into
 * a {@code TokenBuffer} only when the tree is asked for, which happens only for a document the fast
 * path does not read. Measured with {@code JsonReadBenchmark.gecc} on a loaded machine, recording
 * (either way) cost about a sixth of the fast read; the two ways were within the noise of each
 * other. Every token that is not one of the common kinds (a number outside {@code int}, a
 * floating-point number that the context would not read as a double, an embedded object) is
 * recorded as Jackson records it ({@link TokenBuffer#copyCurrentEvent}), so the tree built from the
 * recording is the tree the context builds from the parser.
 *
 * <p>For one reading on one thread.
 */
final class TokenRecorder {

  private static final byte START_OBJECT = 0;
  private static final byte END_OBJECT = 1;
  private static final byte START_ARRAY = 2;
  private static final byte END_ARRAY = 3;
  private static final byte FIELD_NAME = 4;
  private static final byte STRING = 5;
  private static final byte INT = 6;
  private static final byte DOUBLE = 7;
  private static final byte TRUE = 8;
  private static final byte FALSE = 9;
  private static final byte NULL = 10;
  private static final byte OTHER = 11;

  private final JsonParser parser;
  private final DeserializationContext ctxt;
  private final boolean doubles;
  /** Tokens per segment: small arrays, allocated in the thread's buffer, never one huge array. */
  private static final int SEGMENT = 1024;

  /** The full segments, in order: kinds, values and ints of each. */
  private final List<byte[]> fullKinds = new ArrayList<>();

  private final List<Object[]> fullValues = new ArrayList<>();
  private final List<int[]> fullInts = new ArrayList<>();
  private byte[] kinds = new byte[SEGMENT];
  /** Names and strings, Doubles, or one-token buffers; null for other kinds. */
  private Object[] values = new Object[SEGMENT];
  /** The ints of INT tokens; other slots unused. */
  private int[] ints = new int[SEGMENT];
  /** Tokens in the current segment. */
  private int size;

  TokenRecorder(JsonParser parser, DeserializationContext ctxt) {
    this.parser = parser;
    this.ctxt = ctxt;
    // A floating-point number of a JSON parser becomes a DoubleNode of getDoubleValue() unless
    // BigDecimals are asked for; otherwise it is recorded as Jackson records it.
    this.doubles = !ctxt.isEnabled(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  }

  /** Makes room for one more token; callers take the index first, then the (new) arrays. */
  private int slot() {
    if (size == SEGMENT) {
      fullKinds.add(kinds);
      fullValues.add(values);
      fullInts.add(ints);
      kinds = new byte[SEGMENT];
      values = new Object[SEGMENT];
      ints = new int[SEGMENT];
      size = 0;
    }
    return size++;
  }

  void startObject() {
    int at = slot();
    kinds[at] = START_OBJECT;
  }

  void endObject() {
    int at = slot();
    kinds[at] = END_OBJECT;
  }

  void startArray() {
    int at = slot();
    kinds[at] = START_ARRAY;
  }

  void endArray() {
    int at = slot();
    kinds[at] = END_ARRAY;
  }

  void fieldName(String name) {
    int at = slot();
    kinds[at] = FIELD_NAME;
    values[at] = name;
  }

  void string(String text) {
    int at = slot();
    kinds[at] = STRING;
    values[at] = text;
  }

  void integer(int value) {
    int at = slot();
    kinds[at] = INT;
    ints[at] = value;
  }

  void nullValue() {
    int at = slot();
    kinds[at] = NULL;
  }

  /**
   * Tells whether the parser's current floating-point number may be recorded by {@link
   * #doubleValue}: the tree would hold it as the DoubleNode of {@code getDoubleValue()}.
   *
   * @throws IOException if the parser cannot tell the number's type
   */
  boolean recordsDoubles() throws IOException {
    return doubles && parser.getNumberTypeFP() == JsonParser.NumberTypeFP.UNKNOWN;
  }

  /** Records a floating-point number as its double; only if {@link #recordsDoubles()}. */
  void doubleValue(double value) {
    int at = slot();
    kinds[at] = DOUBLE;
    values[at] = value;
  }

  void bool(boolean value) {
    int at = slot();
    kinds[at] = value ? TRUE : FALSE;
  }

  /**
   * Records the parser's current token, of any kind.
   *
   * @throws IOException if the parser cannot give its value
   */
  void current() throws IOException {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        startObject();
        return;
      case END_OBJECT:
        endObject();
        return;
      case START_ARRAY:
        startArray();
        return;
      case END_ARRAY:
        endArray();
        return;
      case FIELD_NAME:
        fieldName(parser.currentName());
        return;
      case VALUE_STRING:
        string(parser.getText());
        return;
      case VALUE_TRUE:
        bool(true);
        return;
      case VALUE_FALSE:
        bool(false);
        return;
      case VALUE_NULL:
        nullValue();
        return;
      case VALUE_NUMBER_INT:
        if (parser.getNumberType() == JsonParser.NumberType.INT) {
          integer(parser.getIntValue());
          return;
        }
        break;
      case VALUE_NUMBER_FLOAT:
        if (recordsDoubles()) {
          doubleValue(parser.getDoubleValue());
          return;
        }
        break;
      default:
        break;
    }
    TokenBuffer one = ctxt.bufferForInputBuffering(parser);
    one.copyCurrentEvent(parser);
    int at = slot();
    kinds[at] = OTHER;
    values[at] = one;
  }

  /**
   * Builds the tree of the recorded value, as the context builds it from the parser.
   *
   * @return the tree
   * @throws IOException if Jackson refuses the tokens
   */
  JsonNode tree() throws IOException {
    TokenBuffer buffer = ctxt.bufferForInputBuffering(parser);
    for (int segment = 0; segment < fullKinds.size(); segment++) {
      replay(buffer, fullKinds.get(segment), fullValues.get(segment), fullInts.get(segment), SEGMENT);
    }
    replay(buffer, kinds, values, ints, size);
    return ctxt.readTree(buffer.asParserOnFirstToken());
  }

  private static void replay(
      TokenBuffer buffer, byte[] kinds, Object[] values, int[] ints, int count) throws IOException {
    for (int i = 0; i < count; i++) {
      switch (kinds[i]) {
        case START_OBJECT:
          buffer.writeStartObject();
          break;
        case END_OBJECT:
          buffer.writeEndObject();
          break;
        case START_ARRAY:
          buffer.writeStartArray();
          break;
        case END_ARRAY:
          buffer.writeEndArray();
          break;
        case FIELD_NAME:
          buffer.writeFieldName((String) values[i]);
          break;
        case STRING:
          buffer.writeString((String) values[i]);
          break;
        case INT:
          buffer.writeNumber(ints[i]);
          break;
        case DOUBLE:
          buffer.writeNumber(((Double) values[i]).doubleValue());
          break;
        case TRUE:
          buffer.writeBoolean(true);
          break;
        case FALSE:
          buffer.writeBoolean(false);
          break;
        case NULL:
          buffer.writeNull();
          break;
        default:
          buffer.append((TokenBuffer) values[i]);
          break;
      }
  }
  }
}

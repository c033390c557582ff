package io.github.gecc.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonTokenId;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.gecc.GeccVersion;
import io.github.gecc.json.internal.Codec;
import io.github.gecc.json.internal.Codecs;
import io.github.gecc.json.internal.Input;
import io.github.gecc.json.internal.Output;
import io.github.gecc.json.internal.Refusal;
import io.github.gecc.rules.RulebookRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * The Jackson 2 module for the GECC model ({@code JsonMapper.builder().addModule(new
 * GeccModule())}, or {@code findAndRegisterModules()}). GECC documents read strictly whatever the
 * host mapper's settings, each refusal a {@link GeccJsonException} at the value's JSON Pointer; the
 * host's other types are untouched.
 */
public final class GeccModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module; assessments and evaluations look rulebook ids up among the bundled. */
  public GeccModule() {
    this(RulebookRegistry.bundled());
  }

  /**
   * Creates the module with a program's own rulebooks.
   *
   * @param registry where assessments and evaluations look rulebook ids up, not null
   */
  public GeccModule(RulebookRegistry registry) {
    super(
        "GeccModule", VersionUtil.parseVersion(GeccVersion.VERSION, "io.github.gecc", "gecc-json"));
    Codecs.all(registry).forEach(this::add);
  }

  private <T> void add(Codec<T> codec) {
    addSerializer(codec.type(), new CodecSerializer<>(codec));
    addDeserializer(codec.type(), new CodecDeserializer<>(codec));
  }

  @Override
  public Object getTypeId() {
    return GeccModule.class.getName();
  }

  /**
   * Reads a GECC type with its shared reader: databind's strictness is mapper-wide.
   *
   * @param <T> the GECC type read
   */
  static final class CodecDeserializer<T> extends StdDeserializer<T> {

    private static final long serialVersionUID = 1L;

    private final transient Codec<T> codec;

    CodecDeserializer(Codec<T> codec) {
      super(codec.type());
      this.codec = codec;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      try {
        return codec.read(new ParserInput(p));
      } catch (Refusal refusal) {
        throw GeccJsonException.of(refusal);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }

    @Override
    public @Nullable Object getAbsentValue(DeserializationContext ctxt) {
      return null; // a host type's missing property: the host's settings decide
    }

    @Override
    public T getNullValue(DeserializationContext ctxt) throws GeccJsonException {
      JsonParser p = ctxt.getParser();
      throw new GeccJsonException(
          "11.3",
          "a " + handledType().getSimpleName() + " is required here, not null",
          p == null ? "" : new ParserInput(p).pointer(),
          null);
    }
  }

  /**
   * Writes a GECC type with its shared writer: a computed shape, the same on both lines.
   *
   * @param <T> the GECC type written
   */
  static final class CodecSerializer<T> extends StdSerializer<T> {

    private static final long serialVersionUID = 1L;

    private final transient Codec<T> codec;

    CodecSerializer(Codec<T> codec) {
      super(codec.type());
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      try {
        codec.write(value, new GeneratorOutput(gen));
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
  }

  /** The shared readers' view of a Jackson 2 parser: tokens and the parser's own pointer. */
  static final class ParserInput extends Input {

    private final JsonParser parser;

    ParserInput(JsonParser parser) {
      this.parser = parser;
    }

    @Override
    protected int token() {
      return parser.currentTokenId();
    }

    @Override
    protected int next() {
      try {
        parser.nextToken();
        return parser.currentTokenId();
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
    protected long intOrMin() {
      try {
        return parser.getNumberType() == JsonParser.NumberType.INT
            ? parser.getIntValue()
            : Long.MIN_VALUE;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    protected int writtenLength() {
      if (parser.getParsingContext().inRoot()) {
        return 0; // a root number's end may include the white space after it
      }
      JsonLocation start = parser.currentTokenLocation();
      JsonLocation end = parser.currentLocation();
      // A source counts bytes or chars, the other offset being -1 at both ends; a parser over a
      // tree counts neither. A number token is short ASCII (the stream's number length limit).
      return (int)
          Math.max(
              end.getByteOffset() - start.getByteOffset(),
              end.getCharOffset() - start.getCharOffset());
    }

    @Override
    public String pointer() {
      return parser.getParsingContext().pathAsPointer().toString();
    }
  }

  /** The shared writers' view of a Jackson 2 generator. */
  static final class GeneratorOutput extends Output {

    private final JsonGenerator gen;

    GeneratorOutput(JsonGenerator gen) {
      this.gen = gen;
    }

    @Override
    protected void write(int token, @Nullable String text) {
      try {
        switch (token) {
          case JsonTokenId.ID_START_OBJECT:
            gen.writeStartObject();
            break;
          case JsonTokenId.ID_END_OBJECT:
            gen.writeEndObject();
            break;
          case JsonTokenId.ID_START_ARRAY:
            gen.writeStartArray();
            break;
          case JsonTokenId.ID_END_ARRAY:
            gen.writeEndArray();
            break;
          case JsonTokenId.ID_FIELD_NAME:
            gen.writeFieldName(text);
            break;
          case JsonTokenId.ID_STRING:
            gen.writeString(text);
            break;
          case JsonTokenId.ID_TRUE:
            gen.writeBoolean(true);
            break;
          case JsonTokenId.ID_FALSE:
            gen.writeBoolean(false);
            break;
          case JsonTokenId.ID_NULL:
            gen.writeNull();
            break;
          case JsonTokenId.ID_NUMBER_INT:
            gen.writeNumber(Long.parseLong(text));
            break;
          default:
            gen.writeNumber(Double.parseDouble(text));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}

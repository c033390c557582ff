package io.github.gecc.json.internal;

import com.google.common.collect.ImmutableList;
import io.github.gecc.rules.RulebookRegistry;
import io.github.gecc.time.FiscalYear;
import io.github.gecc.time.ThaiDateRange;
import io.github.gecc.time.ThaiDateStyle;
import io.github.gecc.time.ThaiDateTime;
import io.github.gecc.time.ThaiDigits;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Every GECC type's {@link Codec}, and the time types' own. Not API. */
public final class Codecs {

  /** A byte array read eight bytes at a time, for the UTF-8 check's scan. */
  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;

  private static final DateTimeFormatter HOURS_MINUTES =
      DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);

  private static final Field<LocalDate> DATE = Field.of("date", Input::date);
  private static final Field<LocalTime> TIME = Field.of("time", Codecs::time);
  private static final Shape DATE_TIME = Shape.of("Thai date-time", DATE, TIME);

  private static final Field<ThaiDateTime> START = Field.of("start", Codecs::dateTime);
  private static final Field<ThaiDateTime> END = Field.of("end", Codecs::dateTime);
  private static final Shape RANGE = Shape.of("Thai date range", START, END);

  private Codecs() {}

  /**
   * Returns the codecs of every GECC type.
   *
   * @param registry where assessments and evaluations look rulebook ids up, not null
   * @return the codecs
   */
  public static ImmutableList<Codec<?>> all(RulebookRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    return ImmutableList.<Codec<?>>builder()
        .add(
            new Codec<>(FiscalYear.class, Codecs::fiscalYear, (v, out) -> out.number(v.getValue())))
        .add(new Codec<>(ThaiDateTime.class, Codecs::dateTime, Codecs::writeDateTime))
        .add(new Codec<>(ThaiDateRange.class, Codecs::range, Codecs::writeRange))
        .add(
            new Codec<>(
                ThaiDateStyle.class,
                in -> in.enumValue(ThaiDateStyle.class),
                (v, out) -> out.string(v.name())))
        .add(
            new Codec<>(
                ThaiDigits.class,
                in -> in.enumValue(ThaiDigits.class),
                (v, out) -> out.string(v.name())))
        .addAll(RulesCodecs.all(registry))
        .addAll(LifecycleCodecs.all())
        .addAll(ApplicationCodecs.all(registry))
        .build();
  }

  /**
   * Refuses bytes that are not UTF-8 (RULES.md 11.1): the one check of the encoding, for every
   * reader, the command line, batch and the service. A zero byte (UTF-16 or UTF-32, with a
   * byte-order mark or without: a zero byte is never JSON text in UTF-8) and a malformed sequence
   * (overlong, surrogate, truncated) are refused at their byte offset; a UTF-8 byte-order mark is
   * left to the parser, which skips it (RFC 8259 §8.1).
   *
   * @param bytes the document, not null
   */
  public static void checkUtf8(byte[] bytes) {
    String problem = utf8Problem(bytes);
    if (problem != null) {
      throw Refusal.ofDocument("11.1", problem, "");
    }
  }

  /** Returns why bytes are not UTF-8, naming the byte offset, or null if they are. */
  private static @Nullable String utf8Problem(byte[] bytes) {
    // One pass, eight bytes at a time: a word holds a zero byte exactly when (word - ONES) & ~word
    // & HIGH_BITS is not zero, and a byte of 0x80 or more has its high bit set.
    long zeros = 0;
    long high = 0;
    int i = 0;
    for (; i + Long.BYTES <= bytes.length; i += Long.BYTES) {
      long word = (long) WORDS.get(bytes, i);
      zeros |= (word - ONES) & ~word & HIGH_BITS;
      high |= word;
    }
    for (; i < bytes.length; i++) {
      zeros |= bytes[i] == 0 ? HIGH_BITS : 0;
      high |= bytes[i];
    }
    if (zeros != 0) {
      int zero = 0;
      while (bytes[zero] != 0) {
        zero++;
      }
      return "the input is not UTF-8: a zero byte at byte offset "
          + zero
          + " (UTF-16 or UTF-32?);"
          + " send JSON encoded as UTF-8";
    }
    if ((high & HIGH_BITS) == 0) {
      return null; // ASCII
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    for (CoderResult r = decoder.decode(in, out, true);
        !r.isUnderflow();
        r = decoder.decode(in, out.clear(), true)) {
      if (r.isError()) {
        return "the input is not UTF-8: a malformed byte sequence at byte offset "
            + in.position()
            + "; send JSON encoded as UTF-8";
      }
    }
    if (decoder.flush(out.clear()).isError()) {
      return "the input is not UTF-8: it ends inside a multi-byte sequence; send JSON encoded as"
          + " UTF-8";
    }
    return null;
  }

  /** Writes an instant in Thai time with seconds, for example 2024-01-08T08:30:00+07:00. */
  static String instant(java.time.Instant instant) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
        io.github.gecc.time.ThaiTime.atBangkok(instant));
  }

  static FiscalYear fiscalYear(Input in) {
    int value = in.integer();
    return in.core(() -> FiscalYear.of(value));
  }

  static <E extends Enum<E>> Set<E> enumSet(Input in, Class<E> type) {
    Set<E> values = EnumSet.noneOf(type);
    in.list(
        element -> {
          E value = element.enumValue(type);
          if (!values.add(value)) {
            throw element.refuse("'" + value.name() + "' is repeated; list each value once");
          }
          return value;
        });
    return values;
  }

  static ThaiDateTime dateTime(Input in) {
    Fields f = in.object(DATE_TIME);
    LocalDate date = f.need(DATE);
    return f.has(TIME) ? ThaiDateTime.of(date, f.need(TIME)) : ThaiDateTime.of(date);
  }

  private static LocalTime time(Input in) {
    String text = in.text();
    try {
      return LocalTime.parse(text, HOURS_MINUTES);
    } catch (DateTimeParseException e) {
      throw Refusal.ofDocument(
          "4.19",
          "'" + Input.shorten(text) + "' is not a time of day HH:mm such as 08:30",
          in.pointer());
    }
  }

  private static void writeDateTime(ThaiDateTime value, Output out) {
    out.startObject()
        .field("date", value.date().toString())
        .field("time", value.time())
        .endObject();
  }

  private static ThaiDateRange range(Input in) {
    Fields f = in.object(RANGE);
    ThaiDateTime start = f.need(START);
    ThaiDateTime end = f.need(END);
    return in.core(() -> ThaiDateRange.of(start, end));
  }

  private static void writeRange(ThaiDateRange value, Output out) {
    writeDateTime(value.start(), out.startObject().name("start"));
    writeDateTime(value.end(), out.name("end"));
    out.endObject();
  }
}

package io.github.gecc.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The codec's scans of raw input agree with plain definitions: JSON's number grammar (RFC 8259 §6)
 * as a regular expression, and UTF-8 as the JDK's strict decoder reads it (RULES.md 11.1, 11.2).
 */
class TextScanProperties {

  /** RFC 8259 §6's number grammar. */
  private static final Pattern JSON_NUMBER =
      Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?");

  @Provide
  Arbitrary<String> numberLikeTexts() {
    return Arbitraries.strings().withChars("0123456789.-+eE").ofMaxLength(12);
  }

  @Property(tries = 3000)
  void aTextIsAJsonNumberExactlyWhenRfc8259sGrammarMatchesIt(
      @ForAll("numberLikeTexts") String text) {
    assertThat(Input.isJsonNumber(text)).as(text).isEqualTo(JSON_NUMBER.matcher(text).matches());
  }

  @Example
  void theNumbersAHostsLenientParserLetsThroughAreNotJsonNumbers() {
    for (String lenient : new String[] {"060", "+2567", ".8e2", "80.", "NaN", "-", "1e", "-.5"}) {
      assertThat(Input.isJsonNumber(lenient)).as(lenient).isFalse();
    }
    for (String json : new String[] {"0", "-0", "80", "80.5", "8e2", "-8.05E-2", "1e+9"}) {
      assertThat(Input.isJsonNumber(json)).as(json).isTrue();
    }
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    Arbitrary<Byte> ascii = Arbitraries.bytes().between((byte) 1, (byte) 127);
    Arbitrary<Byte> any = Arbitraries.bytes();
    Arbitrary<byte[]> thai =
        Arbitraries.strings()
            .withCharRange('\u0E01', '\u0E5B')
            .withCharRange('a', 'z')
            .ofMaxLength(40)
            .map(text -> text.getBytes(StandardCharsets.UTF_8));
    return Arbitraries.oneOf(
        Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(20, ascii),
                net.jqwik.api.Tuple.of(1, any),
                net.jqwik.api.Tuple.of(1, Arbitraries.just((byte) 0)))
            .array(byte[].class)
            .ofMaxSize(40),
        thai,
        thai.map(
            utf8 -> {
              byte[] cut = utf8.clone();
              if (cut.length > 0) {
                cut[cut.length / 2] = (byte) 0x80;
              }
              return cut;
            }));
  }

  @Property(tries = 3000)
  void bytesAreRefusedExactlyWhenTheyHoldAZeroByteOrAreNotStrictUtf8(
      @ForAll("bytes") byte[] bytes) {
    int firstZero = -1;
    for (int i = 0; i < bytes.length && firstZero < 0; i++) {
      if (bytes[i] == 0) {
        firstZero = i;
      }
    }
    if (firstZero >= 0) {
      assertThatThrownBy(() -> Codecs.checkUtf8(bytes))
          .isInstanceOf(Refusal.class)
          .hasMessageContaining("a zero byte at byte offset " + firstZero + " ");
    } else if (!isStrictUtf8(bytes)) {
      assertThatThrownBy(() -> Codecs.checkUtf8(bytes))
          .isInstanceOf(Refusal.class)
          .hasMessageContaining("the input is not UTF-8");
    } else {
      Codecs.checkUtf8(bytes);
    }
  }

  private static boolean isStrictUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}

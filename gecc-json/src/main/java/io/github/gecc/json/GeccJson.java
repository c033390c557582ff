package io.github.gecc.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Ready-made Jackson mappers for GECC documents.
 *
 * <p>{@link #mapper()} is strict and bounded for documents from outside: duplicate keys and
 * trailing content are refused, and the limits below stop hostile input early. These limits are
 * a library DECISION sized far beyond any real GECC document (a national portfolio of 100,000
 * centres stays under them); a host with other needs builds its own mapper and registers {@link
 * GeccModule}.
 */
public final class GeccJson {

  /** The deepest nesting accepted, in objects and arrays. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The longest string value accepted, in characters. */
  public static final int MAX_STRING_LENGTH = 100_000;

  /** The longest number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 40;

  /** The largest document accepted, in bytes (512 MiB). */
  public static final long MAX_DOCUMENT_LENGTH = 512L * 1024 * 1024;

  private GeccJson() {}

  /**
   * Returns a new strict, bounded mapper with {@link GeccModule} registered.
   *
   * @return a mapper; each call returns a new one, safe to share once configured
   */
  public static ObjectMapper mapper() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    return JsonMapper.builder(factory)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .addModule(new GeccModule())
        .build();
  }
}

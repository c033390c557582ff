package io.github.gecc.json.conformance;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * One way a host reads GECC documents: a Jackson line (2 or 3) with a mapper, either the library's
 * {@code GeccJson.mapper()} or a host's own default mapper with the module registered. Every
 * refusal comes back as a {@link Refused}, whatever the line.
 */
abstract class Line {

  /** A refusal, as any line reports it. */
  record Refused(String message, String pointer) {}

  private final String name;

  Line(String name) {
    this.name = name;
  }

  /**
   * Reads a value as a host does: with the mapper itself ({@code readValue}) on a host's mapper,
   * with {@code GeccJson.read} on the library's.
   */
  abstract Object readValue(byte[] json, Class<?> type) throws Refused0;

  /** Reads a value with {@code GeccJson.read}. */
  abstract Object geccRead(byte[] json, Class<?> type) throws Refused0;

  /** Writes a value. */
  abstract String write(Object value);

  Object read(String json, Class<?> type) throws Refused0 {
    return readValue(json.getBytes(StandardCharsets.UTF_8), type);
  }

  @Override
  public String toString() {
    return name;
  }

  /** A refusal as a checked exception, so that tests can assert on it. */
  static final class Refused0 extends Exception {
    private static final long serialVersionUID = 1L;
    final Refused refused;

    Refused0(String message, String pointer, Throwable cause) {
      super(message + " (at " + pointer + ")", cause);
      this.refused = new Refused(message, pointer);
    }
  }

  static final class Jackson2 extends Line {
    private final com.fasterxml.jackson.databind.ObjectMapper mapper;

    private final boolean library;

    Jackson2(String name, com.fasterxml.jackson.databind.ObjectMapper mapper) {
      super(name);
      this.mapper = mapper;
      this.library = name.contains("GeccJson");
    }

    @Override
    Object readValue(byte[] json, Class<?> type) throws Refused0 {
      if (library) {
        return geccRead(json, type);
      }
      try {
        return mapper.readValue(json, type);
      } catch (io.github.gecc.json.GeccJsonException e) {
        throw new Refused0(e.getOriginalMessage(), e.pointer(), e);
      } catch (java.io.IOException e) {
        throw new Refused0("malformed: " + e.getClass().getSimpleName(), "", e);
      }
    }

    @Override
    Object geccRead(byte[] json, Class<?> type) throws Refused0 {
      try {
        return io.github.gecc.json.GeccJson.read(mapper, json, type);
      } catch (io.github.gecc.json.GeccJsonException e) {
        throw new Refused0(e.getOriginalMessage(), e.pointer(), e);
      }
    }

    @Override
    String write(Object value) {
      try {
        return mapper.writeValueAsString(value);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  static final class Jackson3 extends Line {
    private final tools.jackson.databind.ObjectMapper mapper;

    private final boolean library;

    Jackson3(String name, tools.jackson.databind.ObjectMapper mapper) {
      super(name);
      this.mapper = mapper;
      this.library = name.contains("GeccJson");
    }

    @Override
    Object readValue(byte[] json, Class<?> type) throws Refused0 {
      if (library) {
        return geccRead(json, type);
      }
      try {
        return mapper.readValue(json, type);
      } catch (io.github.gecc.json.jackson3.GeccJsonException e) {
        throw new Refused0(e.getOriginalMessage(), e.pointer(), e);
      } catch (tools.jackson.core.JacksonException e) {
        throw new Refused0("malformed: " + e.getClass().getSimpleName(), "", e);
      }
    }

    @Override
    Object geccRead(byte[] json, Class<?> type) throws Refused0 {
      try {
        return io.github.gecc.json.jackson3.GeccJson.read(mapper, json, type);
      } catch (io.github.gecc.json.jackson3.GeccJsonException e) {
        throw new Refused0(e.getOriginalMessage(), e.pointer(), e);
      }
    }

    @Override
    String write(Object value) {
      return mapper.writeValueAsString(value);
    }
  }

  /** Every line: each Jackson line with its library mapper and with hosts' default mappers. */
  static List<Line> all() {
    return List.of(
        new Jackson2("Jackson 2, GeccJson.mapper()", io.github.gecc.json.GeccJson.mapper()),
        new Jackson2(
            "Jackson 2, host JsonMapper.builder().addModule(…)",
            com.fasterxml.jackson.databind.json.JsonMapper.builder()
                .addModule(new io.github.gecc.json.GeccModule())
                .build()),
        new Jackson2(
            "Jackson 2, host findAndRegisterModules()",
            new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules()),
        new Jackson3(
            "Jackson 3, GeccJson.mapper()", io.github.gecc.json.jackson3.GeccJson.mapper()),
        new Jackson3(
            "Jackson 3, host JsonMapper.builder().addModule(…)",
            tools.jackson.databind.json.JsonMapper.builder()
                .addModule(new io.github.gecc.json.jackson3.GeccModule())
                .build()),
        new Jackson3(
            "Jackson 3, host findAndAddModules()",
            tools.jackson.databind.json.JsonMapper.builder().findAndAddModules().build()));
  }

  /** Each case with each line, the arguments of a test run on every line. */
  static Stream<Arguments> onEveryLine(List<?> cases) {
    return cases.stream().flatMap(c -> all().stream().map(line -> Arguments.of(c, line)));
  }
}

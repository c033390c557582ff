package io.github.gecc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** Runs the command-line tool in-process for tests, capturing its status and both streams. */
final class CliRunner {

  /** The clock tests run the tool with: 2026-11-22 09:00 Bangkok. */
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneId.of("Asia/Bangkok"));

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CliRunner() {}

  /** The outcome of one run. */
  record Result(int status, String stdout, String stderr) {

    /** Parses standard output as JSON. */
    JsonNode json() {
      return parse(stdout);
    }

    /** Parses standard error as JSON. */
    JsonNode error() {
      return parse(stderr);
    }

    private static JsonNode parse(String text) {
      try {
        return MAPPER.readTree(text);
      } catch (java.io.IOException e) {
        throw new UncheckedIOException("not JSON: " + text, e);
      }
    }
  }

  /** Runs {@code COMMAND} with {@code stdin} as standard input. */
  static Result run(String command, String stdin) {
    return runArgs(stdin, command);
  }

  /** Runs the tool with the given arguments and standard input. */
  static Result runArgs(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Main.run(
            args,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            CLOCK);
    return new Result(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}

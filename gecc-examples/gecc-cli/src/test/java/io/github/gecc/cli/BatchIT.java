package io.github.gecc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar's batch over lines that hold anything at all: it answers each and goes on. */
class BatchIT {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static byte[] ascii(String text) {
    return (text + "\n").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void everyLineGetsItsResultLineWhateverItHoldsAndTheBatchEndsWithZero(@TempDir Path dir)
      throws Exception {
    Path input = dir.resolve("lines.ndjson");
    String ok = "\"command\":\"fiscal-year\",\"input\":{\"date\":\"2024-02-29\"}";
    try (OutputStream out = Files.newOutputStream(input)) {
      out.write(ascii("{\"id\":\"first\"," + ok + "}"));
      out.write(ascii("{\"id\":1e2147483648," + ok + "}"));
      out.write(
          ascii(
              "{\"id\":\"exponent\",\"command\":\"fiscal-year\",\"input\":{\"date\":\"2024-02-29\",\"x\":1e2147483648}}"));
      out.write(ascii("{\"id\":\"twice\",\"id\":\"again\"," + ok + "}"));
      out.write(
          "{\"id\":\"not-utf8\",\"command\":\"thai-date\",\"input\":{\"text\":\"\u00ff"
              .getBytes(StandardCharsets.UTF_8));
      out.write(new byte[] {(byte) 0xC0, (byte) 0xAF, '"', '}', '}', '\n'});
      // A line of 96 MB the heap of 128 MiB cannot hold.
      out.write(
          "{\"id\":\"huge\",\"command\":\"evaluate\",\"input\":{\"rulebook\":\"GECC-2560\",\"met\":["
              .getBytes(StandardCharsets.US_ASCII));
      byte[] criteria = "\"B01\",".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 16; i++) {
        out.write(criteria);
      }
      out.write(ascii("\"B02\"]}}"));
      out.write(ascii("{\"id\":\"last\"," + ok + "}"));
    }
    Path output = dir.resolve("results.ndjson");
    Path errors = dir.resolve("stderr.txt");
    Process process =
        JarService.command(List.of("-Xmx128m"), "batch", input.toString())
            .redirectOutput(output.toFile())
            .redirectError(errors.toFile())
            .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

    List<JsonNode> results = new ArrayList<>();
    for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
      results.add(MAPPER.readTree(line));
    }
    assertThat(process.exitValue()).isZero();
    assertThat(results)
        .extracting(result -> result.path("id").toString())
        .containsExactly(
            "\"first\"", "null", "\"exponent\"", "null", "\"not-utf8\"", "\"huge\"", "\"last\"");
    assertThat(results)
        .extracting(result -> result.path("status").asInt())
        .containsExactly(0, 2, 2, 2, 2, 1, 0);
    assertThat(results.get(1).path("error").path("message").asText()).contains("1e2147483648");
    assertThat(results.get(2).path("error").path("path").asText()).isEqualTo("/x");
    assertThat(results.get(3).path("error").path("message").asText())
        .contains("'id' appears twice");
    assertThat(results.get(4).path("error").path("message").asText()).contains("not UTF-8");
    assertThat(results.get(5).path("error").path("message").asText()).contains("Java heap");
    List<String> stderr = Files.readAllLines(errors, StandardCharsets.UTF_8);
    JsonNode summary = MAPPER.readTree(stderr.get(stderr.size() - 1));
    assertThat(summary.path("summary").path("answered").asInt()).isEqualTo(7);
    assertThat(summary.path("summary").path("succeeded").asInt()).isEqualTo(2);
    assertThat(summary.path("summary").path("failed").asInt()).isEqualTo(5);
  }
}

package io.github.gecc.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gecc.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every command of the operators' guide, {@code docs/rounds.md}, in-process and checks the
 * output printed under it (as a subset, like the golden cases), and that the register file the
 * guide shows is the one it runs.
 */
class RoundsGuideTest {

  /** gecc-examples, the folder of docs/, seen from the tests' working directory (gecc-cli). */
  private static final Path EXAMPLES = Path.of("..").toAbsolutePath().normalize();

  private static final Path GUIDE = EXAMPLES.resolve("docs/rounds.md");
  private static final String JAR = "java -jar gecc-examples/target/gecc.jar ";
  private static final Pattern EXAMPLE =
      Pattern.compile(
          "```sh\\n\\$ (.*?)\\n(?:# exits (\\d+); standard error:\\n)?```\\n\\n```json\\n(.*?)\\n```",
          Pattern.DOTALL);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One command of the guide and what it prints. */
  record Example(String command, int status, String expected) {}

  static List<Example> examples() throws IOException {
    Matcher m = EXAMPLE.matcher(Files.readString(GUIDE, StandardCharsets.UTF_8));
    List<Example> examples = new ArrayList<>();
    while (m.find()) {
      examples.add(
          new Example(
              m.group(1), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)), m.group(3)));
    }
    return examples;
  }

  @Test
  void theGuideHasExamplesOfEveryKind() throws IOException {
    List<Example> examples = examples();
    assertThat(examples).hasSizeGreaterThanOrEqualTo(10);
    assertThat(examples).extracting(Example::status).contains(0, 2);
    assertThat(examples)
        .extracting(Example::command)
        .anyMatch(c -> c.contains(" rounds --rounds "));
  }

  @Test
  void theGuideShowsTheRegisterItRuns() throws IOException {
    String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
    String register =
        Files.readString(EXAMPLES.resolve("docs/rounds-2570.json"), StandardCharsets.UTF_8).strip();
    assertThat(guide).contains("```json\n" + register + "\n```");
    assertThat(MAPPER.readTree(register).get(0).get("source").asText()).contains("FICTIONAL");
  }

  @TestFactory
  Stream<DynamicTest> everyCommandPrintsWhatTheGuideShows() throws IOException {
    return examples().stream()
        .map(e -> DynamicTest.dynamicTest(e.command(), () -> assertThat(mismatches(e)).isEmpty()));
  }

  private static List<String> mismatches(Example example) throws IOException {
    String command = example.command();
    String stdin = "";
    if (command.startsWith("echo '")) {
      int end = command.indexOf("' | ");
      stdin = command.substring("echo '".length(), end);
      command = command.substring(end + "' | ".length());
    }
    assertThat(command).startsWith(JAR);
    String[] args =
        Arrays.stream(command.substring(JAR.length()).split(" "))
            .map(
                a ->
                    a.startsWith("gecc-examples/")
                        ? EXAMPLES.resolve(a.substring("gecc-examples/".length())).toString()
                        : a)
            .toArray(String[]::new);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Main.run(
            args,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Clock.fixed(Instant.parse("2027-01-15T02:00:00Z"), io.github.gecc.time.ThaiTime.ZONE));
    List<String> mismatches = new ArrayList<>();
    if (status != example.status()) {
      mismatches.add("status " + status + " instead of " + example.status() + ": " + err);
      return mismatches;
    }
    String printed = (status == 0 ? out : err).toString(StandardCharsets.UTF_8);
    JsonNode expected = MAPPER.readTree(example.expected());
    mismatches.addAll(JsonSubset.mismatches(expected, MAPPER.readTree(printed)));
    return mismatches;
  }
}

package io.github.gecc.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every golden decision case under {@code src/test/resources/golden/} through the command
 * line, in-process, and checks the expected output as a subset of the actual one.
 *
 * <p>Other teams may copy this class, {@link GoldenCase} and {@link JsonSubset} into their own
 * suites and point {@link #CASES} at their own folder.
 */
class GoldenCasesTest {

  /** The folder of cases, on the test class path. */
  static final String CASES = "/golden";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), io.github.gecc.time.ThaiTime.ZONE);

  @TestFactory
  Stream<DynamicTest> goldenCases() {
    return loadAll().stream()
        .map(c -> DynamicTest.dynamicTest(c.displayName(), () -> assertThat(failures(c)).isEmpty()));
  }

  @Test
  void thereAreCasesToRun() {
    assertThat(loadAll()).hasSizeGreaterThanOrEqualTo(60);
  }

  @Test
  void aCaseWhoseExpectedValueIsChangedFails() {
    for (GoldenCase original : loadAll()) {
      if (original.output() == null || !original.output().isObject() || original.output().isEmpty()) {
        continue;
      }
      ObjectNode changed = original.output().deepCopy();
      String field = changed.fieldNames().next();
      changed.set(field, changed.get(field).isNumber() ? IntNode.valueOf(-1) : MAPPER.getNodeFactory().textNode("changed"));
      GoldenCase broken =
          new GoldenCase(
              original.file(),
              original.name(),
              original.rule(),
              original.citation(),
              original.command(),
              original.input(),
              original.status(),
              changed,
              original.errorPath(),
              original.errorMessageContains());
      assertThat(failures(broken)).as(original.name()).isNotEmpty();
    }
  }

  @Test
  void aCaseExpectingAnotherStatusFails() {
    GoldenCase original = loadAll().get(0);
    GoldenCase broken =
        new GoldenCase(
            original.file(),
            original.name(),
            original.rule(),
            original.citation(),
            original.command(),
            original.input(),
            original.status() == 0 ? 2 : 0,
            original.output(),
            original.errorPath(),
            original.errorMessageContains());
    assertThat(failures(broken)).isNotEmpty();
  }

  /** Runs a case and returns what does not match; empty when it holds. */
  static List<String> failures(GoldenCase c) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String stdin = c.input().isMissingNode() ? "" : c.input().toString();
    int status =
        Main.run(
            new String[] {c.command()},
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            CLOCK);
    List<String> failures = new ArrayList<>();
    String stdout = out.toString(StandardCharsets.UTF_8);
    String stderr = err.toString(StandardCharsets.UTF_8);
    if (status != c.status()) {
      failures.add("status " + status + " instead of " + c.status() + "; stderr: " + stderr);
      return failures;
    }
    if (c.output() != null) {
      failures.addAll(JsonSubset.mismatches(c.output(), parse(stdout)));
    }
    if (c.errorPath() != null || c.errorMessageContains() != null) {
      JsonNode error = parse(stderr).path("error");
      if (c.errorPath() != null && !c.errorPath().equals(error.path("path").asText(null))) {
        failures.add("error path " + error.path("path") + " instead of " + c.errorPath());
      }
      if (c.errorMessageContains() != null
          && !error.path("message").asText("").contains(c.errorMessageContains())) {
        failures.add("error message " + error.path("message") + " lacks " + c.errorMessageContains());
      }
    }
    return failures;
  }

  static List<GoldenCase> loadAll() {
    try {
      Path root = Path.of(GoldenCasesTest.class.getResource(CASES).toURI());
      List<GoldenCase> cases = new ArrayList<>();
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
          JsonNode doc = MAPPER.readTree(file.toFile());
          String name = root.relativize(file).toString();
          for (JsonNode node : doc.path("cases")) {
            cases.add(GoldenCase.read(name, node));
          }
        }
      }
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      return MAPPER.missingNode();
    }
  }
}

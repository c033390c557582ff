package io.github.gecc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BatchCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  record Batch(int status, List<JsonNode> lines, String stderr) {}

  static Batch batch(byte[] input, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] all = new String[args.length + 1];
    all[0] = "batch";
    System.arraycopy(args, 0, all, 1, args.length);
    int status =
        Main.run(
            all,
            new ByteArrayInputStream(input),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            CliRunner.CLOCK);
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).lines().toList()) {
      if (!line.isEmpty()) {
        try {
          lines.add(MAPPER.readTree(line));
        } catch (IOException e) {
          throw new UncheckedIOException("not a JSON line: " + line, e);
        }
      }
    }
    return new Batch(status, lines, err.toString(StandardCharsets.UTF_8));
  }

  static Batch batch(String input) {
    return batch(input.getBytes(StandardCharsets.UTF_8));
  }

  static String line(Object id, String command, JsonNode input) {
    ObjectNode line = MAPPER.createObjectNode();
    line.set("id", MAPPER.valueToTree(id));
    line.put("command", command);
    line.set("input", input);
    return line.toString();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"id\":\"a\",\"command\":\"fiscal-year\",\"input\":{\"date\":\"2024-02-29\",\"x\":1e2147483648}} | \"a\" | /x",
        "{\"id\":\"b\",\"command\":\"fiscal-year\",\"input\":{\"date\":\"2024-02-29\"},\"x\":[1, | \"b\" | ",
        "{\"id\":[1,2],\"command\":\"evaluate\",\"input\":{\"met\":[0.5e9999999999]}} | [1,2] | /met/0",
        "{\"id\":1e2147483648,\"command\":\"fiscal-year\",\"input\":{}} | null | ",
        "{\"id\":\"c\",\"id\":\"d\",\"command\":\"fiscal-year\",\"input\":{}} | null | "
      })
  void aLineThatFailsEchoesTheIdItCouldReadAndTheBatchGoesOn(
      String failing, String id, String path) {
    String ok = line("next", "fiscal-year", MAPPER.createObjectNode().put("date", "2024-02-29"));
    Batch batch = batch(failing + "\n" + ok + "\n");

    assertThat(batch.status()).isZero();
    assertThat(batch.lines()).hasSize(2);
    assertThat(batch.lines().get(0).path("id").toString()).isEqualTo(id);
    assertThat(batch.lines().get(0).path("status").asInt()).isEqualTo(2);
    assertThat(batch.lines().get(0).path("error").path("path").asText(null)).isEqualTo(path);
    assertThat(batch.lines().get(1).path("status").asInt()).isZero();
    assertThat(batch.stderr().strip())
        .isEqualTo("{\"summary\":{\"answered\":2,\"succeeded\":1,\"failed\":1}}");
  }

  @Test
  void everyGoldenCaseInOneBatchGivesTheCommandLinesAnswersInOrder() {
    List<Golden.Case> cases =
        Golden.documentCases().stream().filter(c -> !c.input().isMissingNode()).toList();
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < cases.size(); i++) {
      input.append(line("case-" + i, cases.get(i).command(), cases.get(i).input())).append('\n');
    }
    Batch batch = batch(input.toString());

    assertThat(batch.status()).isZero();
    assertThat(batch.lines()).hasSize(cases.size());
    for (int i = 0; i < cases.size(); i++) {
      Golden.Case c = cases.get(i);
      CliRunner.Result cli = CliRunner.run(c.command(), c.text());
      JsonNode result = batch.lines().get(i);
      assertThat(result.path("id").asText()).isEqualTo("case-" + i);
      assertThat(result.path("status").asInt()).as(c.toString()).isEqualTo(cli.status());
      if (cli.status() == 0) {
        assertThat(result.path("output"))
            .as(c.toString())
            .isEqualTo(Golden.isText(c.command()) ? TextNode.valueOf(cli.stdout()) : cli.json());
        assertThat(result.has("error")).isFalse();
      } else {
        JsonNode expected = cli.error().path("error");
        if (expected.path("path").asText().isEmpty() && !result.path("error").has("path")) {
          // A fault of the line as a whole (a limit met parsing it) has no path inside the input.
          expected =
              ((com.fasterxml.jackson.databind.node.ObjectNode) expected.deepCopy())
                  .without("path");
        }
        assertThat(result.path("error")).as(c.toString()).isEqualTo(expected);
        assertThat(result.has("output")).isFalse();
      }
    }
  }

  @Test
  void aBadLineGivesItsErrorLineAndTheBatchGoesOn() {
    String good = "{\"id\":\"g\",\"command\":\"fiscal-year\",\"input\":{\"date\":\"2024-02-29\"}}";
    Batch batch =
        batch(
            String.join(
                "\n",
                "{\"id\":1,\"command\":\"fiscal-year\",\"input\":{\"date\":\"2024-02-30\"}}",
                "not json",
                "{\"id\":2,\"command\":\"generate\",\"input\":{}}",
                "{\"id\":3,\"command\":\"fiscal-year\"}",
                "{\"id\":4,\"command\":\"fiscal-year\",\"input\":{},\"extra\":true}",
                "[1,2]",
                "{\"id\":{\"any\":[\"json\"]},\"input\":{}}",
                good));

    assertThat(batch.status()).isZero();
    assertThat(batch.lines())
        .extracting(l -> l.path("status").asInt())
        .containsExactly(2, 2, 2, 2, 2, 2, 2, 0);
    assertThat(batch.lines().get(0).path("error").path("path").asText()).isEqualTo("/date");
    assertThat(batch.lines().get(1).path("id").isNull()).isTrue();
    assertThat(batch.lines().get(1).path("error").path("message").asText())
        .startsWith("malformed JSON");
    assertThat(batch.lines().get(2).path("error").path("message").asText())
        .contains("unknown command 'generate'");
    assertThat(batch.lines().get(3).path("error").path("message").asText()).contains("\"input\"");
    assertThat(batch.lines().get(4).path("error").path("message").asText()).contains("extra");
    assertThat(batch.lines().get(5).path("error").path("message").asText()).contains("ARRAY");
    assertThat(batch.lines().get(6).path("id").toString()).isEqualTo("{\"any\":[\"json\"]}");
    assertThat(batch.lines().get(7).path("output").path("fiscalYear").asInt()).isEqualTo(2567);
  }

  @Test
  void aLineThatIsNotUtf8IsRefusedAndTheBatchGoesOn() {
    byte[] bad =
        "{\"id\":1,\"command\":\"thai-date\",\"input\":{\"text\":\"caf\u00e9\"}}\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    byte[] good =
        "{\"id\":2,\"command\":\"fiscal-year\",\"input\":{\"date\":\"2024-02-29\"}}\n"
            .getBytes(StandardCharsets.UTF_8);
    byte[] both = new byte[bad.length + good.length];
    System.arraycopy(bad, 0, both, 0, bad.length);
    System.arraycopy(good, 0, both, bad.length, good.length);
    Batch batch = batch(both);
    assertThat(batch.lines()).hasSize(2);
    assertThat(batch.lines().get(0).path("error").path("message").asText()).contains("not UTF-8");
    assertThat(batch.lines().get(1).path("status").asInt()).isZero();
  }

  @Test
  void blankLinesAreNotRequestsAndWindowsLineEndsAreRead() {
    Batch batch =
        batch(
            "\n  \r\n{\"id\":1,\"command\":\"fiscal-year\",\"input\":{\"date\":\"2024-02-29\"}}\r\n\n");
    assertThat(batch.lines()).hasSize(1);
    assertThat(batch.lines().get(0).path("status").asInt()).isZero();
  }

  @Test
  void anEmptyBatchAnswersNothingAndExitsZero() {
    Batch batch = batch("");
    assertThat(batch.status()).isZero();
    assertThat(batch.lines()).isEmpty();
  }

  @Test
  void aBatchIsReadFromAFile(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("batch.ndjson"),
            "{\"id\":\"a\",\"command\":\"fiscal-year\",\"input\":{\"date\":\"2024-02-29\"}}\n");
    Batch batch = batch(new byte[0], file.toString());
    assertThat(batch.lines()).hasSize(1);
    assertThat(batch.lines().get(0).path("id").asText()).isEqualTo("a");
  }

  @Test
  void aMissingBatchFileIsBadInput(@TempDir Path dir) {
    Batch batch = batch(new byte[0], dir.resolve("missing.ndjson").toString());
    assertThat(batch.status()).isEqualTo(2);
    assertThat(batch.stderr()).contains("does not exist");
  }

  @Property(tries = 50)
  void everyNonBlankLineIsAnsweredOnceInOrder(@ForAll("lines") List<String> lines) {
    StringBuilder input = new StringBuilder();
    List<Integer> expectedIds = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      input.append(line.replace("ID", Integer.toString(i))).append('\n');
      // Blank, for a batch: nothing but JSON's whitespace within a line.
      if (!line.chars().allMatch(c -> c == ' ' || c == '\t' || c == '\r')) {
        expectedIds.add(line.contains("ID") ? i : -1);
      }
    }
    Batch batch = batch(input.toString());
    assertThat(batch.status()).isZero();
    assertThat(batch.lines()).hasSize(expectedIds.size());
    for (int i = 0; i < expectedIds.size(); i++) {
      JsonNode id = batch.lines().get(i).path("id");
      if (expectedIds.get(i) >= 0) {
        assertThat(id.asInt()).isEqualTo(expectedIds.get(i));
      } else {
        assertThat(id.isNull()).isTrue();
      }
    }
  }

  @Provide
  Arbitrary<List<String>> lines() {
    return Arbitraries.oneOf(
            Arbitraries.of(
                "{\"id\":ID,\"command\":\"fiscal-year\",\"input\":{\"date\":\"2024-02-29\"}}",
                "{\"id\":ID,\"command\":\"fiscal-year\",\"input\":{\"date\":\"2024-02-31\"}}",
                "{\"id\":ID,\"command\":\"nope\",\"input\":{}}",
                "{\"id\":ID,\"command\":\"evaluate\",\"input\":{\"rulebook\":\"GECC-2560\",\"met\":[\"B01\"]}}",
                "",
                "   "),
            Arbitraries.strings()
                .ofMaxLength(20)
                .filter(s -> !s.contains("\n") && !s.contains("ID")))
        .list()
        .ofMaxSize(12);
  }

  @Property(tries = 200)
  void theLineReaderSplitsAtEveryNewlineWhateverTheChunks(
      @ForAll("texts") String text,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 300) int limit)
      throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    BatchCommand.LineReader reader =
        new BatchCommand.LineReader(
            new java.io.ByteArrayInputStream(bytes) {
              @Override
              public synchronized int read(byte[] b, int off, int len) {
                return super.read(
                    b, off, Math.min(len, 7)); // a stream that gives a few bytes a read
              }
            },
            limit);
    List<String> expected =
        new ArrayList<>(com.google.common.base.Splitter.on('\n').splitToList(text));
    if (text.isEmpty() || text.endsWith("\n")) {
      expected.remove(expected.size() - 1);
    }
    List<String> read = new ArrayList<>();
    while (reader.next()) {
      byte[] line = reader.line();
      String whole = expected.get(read.size());
      byte[] wholeBytes = whole.getBytes(StandardCharsets.UTF_8);
      assertThat(reader.isPartial()).isEqualTo(wholeBytes.length > limit);
      assertThat(line)
          .isEqualTo(java.util.Arrays.copyOf(wholeBytes, Math.min(limit, wholeBytes.length)));
      read.add(whole);
      assertThat(reader.number()).isEqualTo(read.size());
    }
    assertThat(read).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("ab\nก").ofMaxLength(400);
  }

  @Test
  void aBatchWithARoundRegisterAnswersEveryLineWithItsRounds() {
    String line = "{\"id\":1,\"command\":\"window\",\"input\":{\"round\":2570}}\n";
    Batch registered =
        batch(
            line.repeat(2).getBytes(StandardCharsets.UTF_8),
            "--rounds",
            "../docs/rounds-2570.json");
    assertThat(registered.status()).isZero();
    assertThat(registered.lines()).extracting(l -> l.path("status").asInt()).containsExactly(0, 0);
    assertThat(registered.lines().get(1).path("output").path("round").asInt()).isEqualTo(2570);

    Batch bundled = batch(line);
    assertThat(bundled.lines().get(0).path("status").asInt()).isEqualTo(2);
    assertThat(bundled.lines().get(0).path("error").path("path").asText()).isEqualTo("/round");
  }

  @Test
  void aBatchWithAMissingRoundsFileIsBadInputBeforeAnyLine() {
    Batch batch =
        batch(
            "{\"id\":1,\"command\":\"fiscal-year\",\"input\":{\"date\":\"2024-02-29\"}}\n"
                .getBytes(StandardCharsets.UTF_8),
            "--rounds",
            "no-such-rounds.json");
    assertThat(batch.status()).isEqualTo(2);
    assertThat(batch.lines()).isEmpty();
    assertThat(batch.stderr()).contains("no-such-rounds.json").contains("does not exist");
  }
}

package io.github.gecc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gecc.commands.Command;
import io.github.gecc.json.conformance.JsonMutator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@link Command} on hostile input: documents of every command (the cli.md examples and every
 * golden case) broken the way {@link JsonMutator} breaks them exit 0 or 2, never 1, print exactly
 * one JSON error object on bad input and never a stack trace.
 */
class CommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A command and a document for it. */
  record Seed(String command, String json) {
    @Override
    public String toString() {
      return command + " " + (json.length() > 60 ? json.substring(0, 60) + "..." : json);
    }
  }

  private static List<Seed> seeds;
  private static int handWrittenCount;

  static synchronized List<Seed> seeds() {
    if (seeds == null) {
      List<Seed> all = new ArrayList<>();
      all.add(new Seed("fiscal-year", "{\"date\":\"2024-02-29\"}"));
      all.add(new Seed("fiscal-year", "{\"fiscalYear\":2567}"));
      all.add(new Seed("thai-date", "{\"text\":\"วันศุกร์ที่ ๑๙ มกราคม ๒๕๖๗ เวลา ๑๒.๐๐ น.\"}"));
      all.add(
          new Seed(
              "thai-date",
              "{\"date\":\"2024-01-19\",\"style\":\"WEEKDAY\",\"digits\":\"THAI\",\"time\":\"12:00\"}"));
      all.add(
          new Seed("evaluate", "{\"rulebook\":\"GECC-2560\",\"met\":[\"B01\",\"B02\",\"A01\"]}"));
      all.add(new Seed("window", "{\"round\":2567,\"at\":\"2024-02-29T16:30:00+07:00\"}"));
      all.add(
          new Seed(
              "check-application",
              "{\"round\":2567,\"organisation\":{\"kind\":\"DISTRICT_OFFICE\",\"informationOnly\":false},"
                  + "\"selfAssessment\":{\"rulebook\":\"GECC-2560\",\"met\":[\"B01\",\"B02\"]},"
                  + "\"submittedAt\":\"2024-02-01T10:00:00+07:00\",\"channels\":[\"ONLINE\"],\"documents\":[\"PDF\"]}"));
      all.add(
          new Seed(
              "check-application",
              "{\"round\":2567,\"organisation\":{\"kind\":\"CITY_MUNICIPALITY\",\"id\":\"x\",\"location\":\"y\"},"
                  + "\"selfAssessment\":{\"rulebook\":\"GECC-2560\",\"points\":64,\"gate\":60,\"maxPoints\":80},"
                  + "\"submittedAt\":\"2024-02-01T10:00\"}"));
      all.add(
          new Seed(
              "certification",
              "{\"round\":2560,\"certifiedOn\":\"2017-09-21\",\"asOf\":\"2019-06-01\",\"validity\":\"YEARS_FROM_DATE\","
                  + "\"reports\":[{\"fiscalYear\":2561,\"period\":\"H1\",\"submittedOn\":\"2018-04-20\"}]}"));
      all.add(
          new Seed(
              "portfolio",
              "{\"asOf\":\"2024-01-15\",\"round\":2567,\"expiringWithinDays\":90,\"dueFrom\":\"2024-01-01\","
                  + "\"dueTo\":\"2024-12-31\",\"centres\":[{\"id\":\"a\",\"certifications\":[{\"round\":2564,"
                  + "\"certifiedOn\":\"2021-09-30\"}],\"reports\":[{\"fiscalYear\":2565,\"period\":\"H1\","
                  + "\"submittedOn\":\"2022-04-20\"}]},{\"id\":\"b\"}]}"));
      handWrittenCount = all.size();
      all.addAll(goldenSeeds());
      seeds = List.copyOf(all);
    }
    return seeds;
  }

  private static List<Seed> goldenSeeds() {
    List<Seed> out = new ArrayList<>();
    try (DirectoryStream<Path> files =
        Files.newDirectoryStream(
            Path.of(CommandTest.class.getResource("/golden").toURI()), "*.json")) {
      for (Path file : files) {
        for (JsonNode c : MAPPER.readTree(file.toFile()).get("cases")) {
          if (c.has("input") && ToolCommands.all().containsKey(c.get("command").asText())) {
            out.add(new Seed(c.get("command").asText(), MAPPER.writeValueAsString(c.get("input"))));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  static Stream<Arguments> examples() {
    return seeds().stream().map(Arguments::of);
  }

  /** The seeds themselves never fail with status 1 (some golden inputs are bad on purpose). */
  @ParameterizedTest
  @MethodSource("examples")
  void everySeedExitsZeroOrTwo(Seed seed) {
    assertSafe(run(seed.command(), seed.json().getBytes(StandardCharsets.UTF_8)));
  }

  /** Every value of every hand-written example replaced by every hostile value: 0 or 2. */
  @ParameterizedTest
  @MethodSource("handWritten")
  void everyValueReplacedByAHostileOneExitsZeroOrTwo(Seed seed) {
    for (String variant : JsonMutator.substitutions(seed.json())) {
      CliRunner.Result result = run(seed.command(), variant.getBytes(StandardCharsets.UTF_8));
      assertThat(result.status())
          .as(variant + " -> " + result.stderr())
          .isIn(Main.OK, Main.BAD_INPUT);
      assertSafe(result);
    }
  }

  static Stream<Arguments> handWritten() {
    return seeds().subList(0, handWrittenCount).stream().map(Arguments::of);
  }

  /**
   * Fuzzing: truncated, flipped, mistyped, deepened, huge-numbered, extreme-dated documents exit 0
   * or 2; on 2 nothing is on standard output and standard error is one JSON error object with a
   * message; never a stack trace.
   */
  @Tag("fuzz")
  @Property(tries = 1500)
  void brokenDocumentsExitZeroOrTwoWithAJsonError(
      @ForAll("seedIndex") int index, @ForAll Random random) {
    Seed seed = seeds().get(index);
    assertSafe(run(seed.command(), JsonMutator.mutate(seed.json(), random)));
  }

  @Provide
  Arbitrary<Integer> seedIndex() {
    return Arbitraries.integers().between(0, seeds().size() - 1);
  }

  private static void assertSafe(CliRunner.Result result) {
    assertThat(result.status()).as(result.stderr()).isIn(Main.OK, Main.BAD_INPUT);
    assertThat(result.stderr()).doesNotContain("\tat ").doesNotContain("Exception");
    if (result.status() == Main.BAD_INPUT) {
      assertThat(result.stdout()).isEmpty();
      JsonNode error = result.error().get("error");
      assertThat(error).isNotNull();
      assertThat(error.get("message").isTextual()).isTrue();
      assertThat(error.get("message").asText()).isNotBlank();
    } else if (result.stdout().startsWith("BEGIN:VCALENDAR\r\n")) {
      // The calendar answers iCalendar text, not a JSON document.
      assertThat(result.stdout()).endsWith("END:VCALENDAR\r\n");
    } else {
      assertThat(result.json().isObject()).isTrue();
    }
  }

  private static CliRunner.Result run(String command, byte[] stdin) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Main.run(
            new String[] {command},
            new ByteArrayInputStream(stdin),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            CliRunner.CLOCK);
    return new CliRunner.Result(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}

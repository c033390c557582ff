package io.github.gecc.benchmarks;

import io.github.gecc.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@code gecc impact} over 100,000 synthetic assessments, GECC-2560 against a fictional
 * three-level rulebook: every line read, evaluated under both rulebooks and compared, the changed
 * subjects written as NDJSON and the summary counted. One operation is the whole population.
 * Target: at least 50,000 subjects a second, that is at most 2,000 ms an operation, in a heap of
 * 256 MB (the forked JVM's {@code -Xmx256m}), which also holds the 30 MB population.
 */
@Fork(jvmArgsAppend = "-Xmx256m")
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ImpactBenchmark {

  /** The subjects of the population. */
  static final int SUBJECTS = 100_000;

  /** Creates the benchmark; JMH instantiates it through its generated code. */
  public ImpactBenchmark() {}

  private byte[] population;
  private Path threeLevels;
  private final PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
  private final Clock clock =
      Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneId.of("Asia/Bangkok"));

  /**
   * Makes the population and writes the three-level rulebook, outside the measurement.
   *
   * @throws IOException if the rulebook cannot be written to a temporary file
   */
  @Setup
  public void setUp() throws IOException {
    Random random = new Random(2560);
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < SUBJECTS; i++) {
      lines.append("{\"id\":\"centre-").append(i).append("\",\"met\":[");
      int basic = random.nextInt(4) == 0 ? 30 + random.nextInt(11) : 40;
      for (int b = 1; b <= basic; b++) {
        lines.append(b > 1 ? "," : "").append(String.format("\"B%02d\"", b));
      }
      int advanced = random.nextInt(21);
      for (int a = 1; a <= advanced; a++) {
        lines.append(String.format(",\"A%02d\"", a));
      }
      lines.append("]}\n");
    }
    population = lines.toString().getBytes(StandardCharsets.UTF_8);
    threeLevels = Files.createTempFile("rulebook-three-levels", ".json");
    StringBuilder criteria = new StringBuilder();
    for (int b = 1; b <= 40; b++) {
      criteria.append(String.format("{\"id\":\"B%02d\",\"level\":\"BASIC\",\"points\":1},", b));
    }
    for (int a = 1; a <= 20; a++) {
      criteria.append(String.format("{\"id\":\"A%02d\",\"level\":\"ADVANCED\",\"points\":2},", a));
    }
    for (int e = 1; e <= 5; e++) {
      criteria.append(String.format("{\"id\":\"E%02d\",\"level\":\"EXCELLENT\",\"points\":3}%s",
          e, e < 5 ? "," : ""));
    }
    Files.writeString(threeLevels,
        "{\"id\":\"FICTIONAL-THREE-LEVELS\",\"firstRound\":2560,\"selfAssessmentGate\":60,"
            + "\"criteria\":[" + criteria + "],\"outcomes\":["
            + "{\"name\":\"EXCELLENT\",\"requirements\":[{\"kind\":\"ALL_OF_LEVEL\",\"level\":\"BASIC\"},"
            + "{\"kind\":\"AT_LEAST_COUNT\",\"level\":\"ADVANCED\",\"minimum\":15},"
            + "{\"kind\":\"ALL_OF_LEVEL\",\"level\":\"EXCELLENT\"}]},"
            + "{\"name\":\"ADVANCED\",\"requirements\":[{\"kind\":\"ALL_OF_LEVEL\",\"level\":\"BASIC\"},"
            + "{\"kind\":\"AT_LEAST_COUNT\",\"level\":\"ADVANCED\",\"minimum\":15}]},"
            + "{\"name\":\"BASIC\",\"requirements\":[{\"kind\":\"ALL_OF_LEVEL\",\"level\":\"BASIC\"},"
            + "{\"kind\":\"AT_LEAST_COUNT\",\"level\":\"ADVANCED\",\"minimum\":5}]}],"
            + "\"notReachedOutcome\":\"NOT_CERTIFIED\"}",
        StandardCharsets.UTF_8);
  }

  /**
   * Removes the rulebook file.
   *
   * @throws IOException if it cannot be removed
   */
  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(threeLevels);
  }

  /**
   * Runs {@code gecc impact} over the whole population.
   *
   * @return the exit status, consumed by JMH
   */
  @Benchmark
  public int impact100k() {
    int status =
        Main.run(
            new String[] {"impact", "--a", "GECC-2560", "--b", threeLevels.toString()},
            new ByteArrayInputStream(population),
            discard,
            discard,
            clock);
    if (status != 0) {
      throw new UncheckedIOException(new IOException("impact exited " + status));
    }
    return status;
  }
}

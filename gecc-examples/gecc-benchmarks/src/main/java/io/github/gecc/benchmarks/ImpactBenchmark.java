package io.github.gecc.benchmarks;

import io.github.gecc.cli.Main;
import io.github.gecc.examples.SyntheticNation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
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
 * {@code gecc impact} over 100,000 synthetic assessments (the self-assessments of {@link
 * SyntheticNation}'s centres), GECC-2560 against the fictional three-level rulebook of the impact
 * guide ({@code gecc-examples/docs/examples/rulebook-three-levels.json}, which the build copies
 * into this jar): every line read, evaluated under both rulebooks and compared, the changed
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

  /** The seed of the synthetic nation. */
  static final long SEED = 2569;

  /** Creates the benchmark; JMH instantiates it through its generated code. */
  public ImpactBenchmark() {}

  private byte[] population;
  private Path threeLevels;
  private final PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
  private final Clock clock =
      Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneId.of("Asia/Bangkok"));

  /**
   * Makes the population and writes the three-level rulebook to a file, outside the measurement.
   *
   * @throws IOException if the rulebook cannot be read from this jar or written to a file
   */
  @Setup
  public void setUp() throws IOException {
    population =
        SyntheticNation.generate(SUBJECTS, SEED).assessments().getBytes(StandardCharsets.UTF_8);
    threeLevels = Files.createTempFile("rulebook-three-levels", ".json");
    try (InputStream rulebook =
        Objects.requireNonNull(
            ImpactBenchmark.class.getResourceAsStream("rulebook-three-levels.json"),
            "rulebook-three-levels.json is copied into the jar by the build")) {
      Files.write(threeLevels, rulebook.readAllBytes());
    }
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

package io.github.gecc.benchmarks;

import io.github.gecc.certification.CentreObligation;
import io.github.gecc.certification.Portfolio;
import io.github.gecc.examples.SyntheticNation;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The national office's heaviest question at ten times beyond national scale: every overdue
 * obligation (RULES.md §6) of 100,000 synthetic centres ({@link SyntheticNation}, seed 1) as of
 * {@link SyntheticNation#AS_OF}. Target: at most 50 ms per operation.
 *
 * <p>The fork runs with {@code -Xmx1g}: the portfolio must fit in 1 GB of heap. The setup prints
 * the heap retained after a full GC once the portfolio is built ({@code # Retained heap…}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class PortfolioBenchmark {

  /** Creates the benchmark; JMH instantiates it through its generated code. */
  public PortfolioBenchmark() {}

  /** The number of centres. */
  public static final int CENTRES = 100_000;

  private Portfolio portfolio;

  /** Generates the centres and builds the portfolio, outside the measurement. */
  @Setup
  public void setUp() {
    portfolio = SyntheticNation.generate(CENTRES, 1).portfolio();
    System.out.printf(
        "%n# Retained heap after GC with %s: %d MB (max heap %d MB)%n",
        portfolio,
        retainedHeapBytes() / (1024 * 1024),
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }

  /**
   * Lists every overdue obligation.
   *
   * @return the rows, consumed by JMH
   */
  @Benchmark
  public List<CentreObligation> overdue100k() {
    return portfolio.overdue(SyntheticNation.AS_OF);
  }

  /** The heap in use after full collections, which is what the portfolio keeps alive. */
  static long retainedHeapBytes() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}

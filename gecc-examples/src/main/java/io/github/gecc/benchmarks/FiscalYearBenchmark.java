package io.github.gecc.benchmarks;

import io.github.gecc.time.FiscalYear;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** The cost of finding a date's fiscal year: the cheapest operation, a floor for the others. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FiscalYearBenchmark {

  private final LocalDate date = LocalDate.of(2024, 2, 29);

  /**
   * Finds the fiscal year of a date.
   *
   * @return the fiscal year, consumed by JMH
   */
  @Benchmark
  public FiscalYear fromDate() {
    return FiscalYear.from(date);
  }
}

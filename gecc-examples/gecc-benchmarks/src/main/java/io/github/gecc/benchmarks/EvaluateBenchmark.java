package io.github.gecc.benchmarks;

import io.github.gecc.rules.Assessment;
import io.github.gecc.rules.AssessmentKind;
import io.github.gecc.rules.BundledRulebooks;
import io.github.gecc.rules.Criterion;
import io.github.gecc.rules.Level;
import io.github.gecc.rules.Reason;
import io.github.gecc.rules.Rulebook;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of one GECC-2560 decision with its reasons (RULES.md §3): a self-assessment of 36 of the
 * 40 BASIC criteria and 12 of the 20 ADVANCED ones (60 points, at the gate, not certified), so the
 * evaluation has reasons of every kind to give. Target: at most 1 µs per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EvaluateBenchmark {

  /** Creates the benchmark; JMH instantiates it through its generated code. */
  public EvaluateBenchmark() {}

  private Rulebook rulebook;
  private Assessment assessment;

  /** Builds the rulebook and the assessment, outside the measurement. */
  @Setup
  public void setUp() {
    rulebook = BundledRulebooks.gecc2560();
    List<String> met = new ArrayList<>();
    List<Criterion> basic = rulebook.criteriaOf(Level.BASIC);
    List<Criterion> advanced = rulebook.criteriaOf(Level.ADVANCED);
    basic.subList(0, 36).forEach(c -> met.add(c.id()));
    advanced.subList(0, 12).forEach(c -> met.add(c.id()));
    assessment = Assessment.ofMet(rulebook, AssessmentKind.SELF_ASSESSMENT, met);
  }

  /**
   * Evaluates the assessment and returns its reasons.
   *
   * @return the reasons, consumed by JMH
   */
  @Benchmark
  public List<Reason> evaluate() {
    return rulebook.evaluate(assessment).reasons();
  }
}

/**
 * JMH benchmarks of the library at national scale, shaded into {@code benchmarks.jar} and kept out
 * of {@code gecc.jar}: {@link io.github.gecc.benchmarks.EvaluateBenchmark}, {@link
 * io.github.gecc.benchmarks.JsonReadBenchmark} (against plain Jackson) and {@link
 * io.github.gecc.benchmarks.PortfolioBenchmark}. Run them with {@code java -jar
 * gecc-examples/gecc-benchmarks/target/benchmarks.jar -f 1 -wi 2 -w 1s -i 3 -r 1s}.
 */
package io.github.gecc.benchmarks;

package io.github.gecc.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.gecc.certification.Portfolio;
import io.github.gecc.examples.SyntheticNation;
import io.github.gecc.json.GeccJson;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading a national portfolio document: {@value #CENTRES} synthetic centres ({@link
 * SyntheticNation}, seed 1; more than the 1,343 centres under certification in May 2022, RULES.md
 * §5) with their certification histories and about 10,000 maintenance reports, 2 MB of JSON.
 * {@link #gecc} reads the bytes into the library's {@link Portfolio}, strictly (unknown fields,
 * bad dates and reports the schedule does not hold are refused) and indexed for the national
 * questions; {@link #plainJackson}, the baseline, reads the same bytes with plain Jackson databind
 * into plain records of the same shape, dates left as strings, nothing checked. Both are measured
 * as throughput. Target: {@code gecc} at least half of {@code plainJackson}.
 *
 * <p>The document is no larger so that a 1-second iteration holds dozens of operations: with a
 * document that takes half a second to read, the short acceptance run measures the JIT's warm-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JsonReadBenchmark {

  /** Creates the benchmark; JMH instantiates it through its generated code. */
  public JsonReadBenchmark() {}

  /** The number of centres in the document. */
  public static final int CENTRES = 2_000;

  private byte[] document;
  private ObjectReader geccReader;
  private ObjectReader plainReader;

  /**
   * Generates the document and prepares both readers, outside the measurement.
   *
   * @throws JsonProcessingException never: the document is written by the library
   */
  @Setup
  public void setUp() throws JsonProcessingException {
    ObjectMapper mapper = GeccJson.mapper();
    document = mapper.writeValueAsBytes(SyntheticNation.generate(CENTRES, 1).portfolio());
    geccReader = mapper.readerFor(Portfolio.class);
    plainReader = new ObjectMapper().readerFor(PlainPortfolio.class);
  }

  /**
   * Reads the document into the library's types.
   *
   * @return the portfolio, consumed by JMH
   * @throws IOException never: the document is valid
   */
  @Benchmark
  public Portfolio gecc() throws IOException {
    return geccReader.readValue(document);
  }

  /**
   * Reads the document with plain Jackson databind into plain records.
   *
   * @return the records, consumed by JMH
   * @throws IOException never: the document is valid
   */
  @Benchmark
  public Object plainJackson() throws IOException {
    return plainReader.readValue(document);
  }

  /** The baseline's shape of a portfolio document. */
  record PlainPortfolio(String validity, int dueDays, List<PlainCentre> centres) {}

  /** The baseline's shape of a centre. */
  record PlainCentre(
      String id, List<PlainCertification> certifications, List<PlainReport> reports) {}

  /** The baseline's shape of a certification. */
  record PlainCertification(int round, String certifiedOn, String outcome, String rulebook) {}

  /** The baseline's shape of a maintenance report. */
  record PlainReport(
      int fiscalYear,
      String period,
      String submittedOn,
      PlainSatisfaction satisfaction,
      Map<String, Boolean> checklist) {}

  /** The baseline's shape of satisfaction results. */
  record PlainSatisfaction(int respondents, double score) {}
}

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
 * §5) with their certification histories and about 10,000 maintenance reports, 2 MB of JSON. {@link
 * #jackson2Gecc} and {@link #jackson3Gecc} read the bytes into the library's {@link Portfolio} with
 * the Jackson 2 and the Jackson 3 module, strictly (unknown fields, bad dates and reports the
 * schedule does not hold are refused) and indexed for the national questions; {@link
 * #jackson2Plain} and {@link #jackson3Plain}, the baselines, read the same bytes with plain
 * databind of the same line into plain records of the same shape, dates left as strings, nothing
 * checked. All are measured as throughput, side by side. Target: each module at least half of its
 * own line's plain databind.
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
  private ObjectMapper jackson2;
  private ObjectReader jackson2PlainReader;
  private tools.jackson.databind.ObjectMapper jackson3;
  private tools.jackson.databind.ObjectReader jackson3PlainReader;

  /**
   * Generates the document and prepares both readers, outside the measurement.
   *
   * @throws JsonProcessingException never: the document is written by the library
   */
  @Setup
  public void setUp() throws JsonProcessingException {
    jackson2 = GeccJson.mapper();
    document = jackson2.writeValueAsBytes(SyntheticNation.generate(CENTRES, 1).portfolio());
    jackson2PlainReader = new ObjectMapper().readerFor(PlainPortfolio.class);
    jackson3 = io.github.gecc.json.jackson3.GeccJson.mapper();
    jackson3PlainReader =
        tools.jackson.databind.json.JsonMapper.builder().build().readerFor(PlainPortfolio.class);
  }

  /**
   * Reads the document into the library's types with the Jackson 2 module.
   *
   * @return the portfolio, consumed by JMH
   * @throws IOException never: the document is valid
   */
  @Benchmark
  public Portfolio jackson2Gecc() throws IOException {
    return GeccJson.read(jackson2, document, Portfolio.class);
  }

  /**
   * Reads the document with plain Jackson 2 databind into plain records.
   *
   * @return the records, consumed by JMH
   * @throws IOException never: the document is valid
   */
  @Benchmark
  public Object jackson2Plain() throws IOException {
    return jackson2PlainReader.readValue(document);
  }

  /**
   * Reads the document into the library's types with the Jackson 3 module.
   *
   * @return the portfolio, consumed by JMH
   */
  @Benchmark
  public Portfolio jackson3Gecc() {
    return io.github.gecc.json.jackson3.GeccJson.read(jackson3, document, Portfolio.class);
  }

  /**
   * Reads the document with plain Jackson 3 databind into plain records.
   *
   * @return the records, consumed by JMH
   */
  @Benchmark
  public Object jackson3Plain() {
    return jackson3PlainReader.readValue(document);
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

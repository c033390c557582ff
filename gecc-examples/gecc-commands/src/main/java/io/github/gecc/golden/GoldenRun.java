package io.github.gecc.golden;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.OutputStream;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/** The results of running a list of cases: a summary document and a JUnit XML report. */
public final class GoldenRun {

  /** One case's result. */
  public static final class Result {

    private final GoldenCase goldenCase;
    private final @Nullable CommandResult answer;
    private final ImmutableList<String> failures;
    private final @Nullable String error;
    private final long nanos;

    private Result(
        GoldenCase goldenCase,
        @Nullable CommandResult answer,
        ImmutableList<String> failures,
        @Nullable String error,
        long nanos) {
      this.goldenCase = goldenCase;
      this.answer = answer;
      this.failures = failures;
      this.error = error;
      this.nanos = nanos;
    }

    /**
     * Returns what the case's command answered.
     *
     * @return the answer, or null when the case could not run
     */
    public @Nullable CommandResult answer() {
      return answer;
    }

    /**
     * Returns the case run.
     *
     * @return the case
     */
    public GoldenCase goldenCase() {
      return goldenCase;
    }

    /**
     * Returns the mismatches found.
     *
     * @return one line per mismatch, empty when the case held or could not run
     */
    public ImmutableList<String> failures() {
      return failures;
    }

    /**
     * Tells whether the case held.
     *
     * @return true if it ran and nothing mismatched
     */
    public boolean passed() {
      return error == null && failures.isEmpty();
    }

    /**
     * Returns what stopped the case from running.
     *
     * @return the exception's text, or null when the case ran
     */
    public @Nullable String error() {
      return error;
    }
  }

  private final ImmutableList<Result> results;

  private GoldenRun(ImmutableList<Result> results) {
    this.results = results;
  }

  /**
   * Runs every case, one after another. A runner that throws fails that case only.
   *
   * @param cases the cases
   * @param runner runs each case's command
   * @return the results, in the cases' order
   */
  public static GoldenRun run(List<GoldenCase> cases, CommandRunner runner) {
    ImmutableList.Builder<Result> results = ImmutableList.builder();
    for (GoldenCase c : cases) {
      long start = System.nanoTime();
      @Nullable CommandResult answer = null;
      ImmutableList<String> failures = ImmutableList.of();
      @Nullable String error = null;
      try {
        answer = c.run(runner);
        failures = c.check(answer);
      } catch (RuntimeException e) {
        error = e.toString();
      }
      results.add(new Result(c, answer, failures, error, System.nanoTime() - start));
    }
    return new GoldenRun(results.build());
  }

  /**
   * Returns every case's result.
   *
   * @return the results, in the cases' order
   */
  public ImmutableList<Result> results() {
    return results;
  }

  /**
   * Returns which rules and codes the cases checked.
   *
   * @return the coverage of the rules cited and the codes met in the answers
   */
  public GoldenCoverage coverage() {
    IdentityHashMap<GoldenCase, CommandResult> answers = new IdentityHashMap<>();
    results.forEach(r -> answers.put(r.goldenCase, r.answer));
    return GoldenCoverage.of(results.stream().map(Result::goldenCase).toList(), answers::get);
  }

  /**
   * Returns how many cases ran.
   *
   * @return the number of cases
   */
  public int total() {
    return results.size();
  }

  /**
   * Returns how many cases did not hold.
   *
   * @return the number of failed cases
   */
  public int failed() {
    return (int) results.stream().filter(r -> !r.passed()).count();
  }

  /**
   * Tells whether every case held.
   *
   * @return true if no case failed
   */
  public boolean allPassed() {
    return failed() == 0;
  }

  /**
   * Returns the one-line summary, e.g. {@code 61 cases: 60 passed, 1 failed}.
   *
   * @return the summary
   */
  public String summaryLine() {
    return total() + " cases: " + (total() - failed()) + " passed, " + failed() + " failed";
  }

  /**
   * Returns the summary as a JSON document: {@code cases}, {@code passed}, {@code failed}, {@code
   * summary} (the line), {@code failures}, one {@code {"file","name","rule","problems"}} per failed
   * case, and {@code coverage} ({@link GoldenCoverage#toJson}).
   *
   * @return the summary document
   */
  public ObjectNode summary() {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("cases", total());
    out.put("passed", total() - failed());
    out.put("failed", failed());
    out.put("summary", summaryLine());
    var failures = out.putArray("failures");
    for (Result r : results) {
      if (!r.passed()) {
        ObjectNode f = failures.addObject();
        f.put("file", r.goldenCase.file());
        f.put("name", r.goldenCase.name());
        f.put("rule", r.goldenCase.rule());
        var problems = f.putArray("problems");
        if (r.error != null) {
          problems.add("could not run: " + r.error);
        }
        r.failures.forEach(problems::add);
      }
    }
    out.set("coverage", coverage().toJson());
    return out;
  }

  /**
   * Writes the JUnit XML report CI servers read: one {@code testsuite} per case file, one {@code
   * testcase} per case (class name the file, name the case's name followed by its rule and
   * citation), a {@code failure} per case that did not hold and an {@code error} per case that
   * could not run; then a suite {@code RULES.md coverage} of no test whose {@code properties} are
   * {@link GoldenCoverage#properties}.
   *
   * @param out where to write the UTF-8 XML; left open
   * @throws IOException if writing fails
   */
  public void writeJUnitXml(OutputStream out) throws IOException {
    Map<String, List<Result>> byFile = new LinkedHashMap<>();
    for (Result r : results) {
      byFile.computeIfAbsent(r.goldenCase.file(), f -> new java.util.ArrayList<>()).add(r);
    }
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "gecc test");
      xml.writeAttribute("tests", Integer.toString(total()));
      xml.writeAttribute(
          "failures",
          Long.toString(results.stream().filter(r -> r.error == null && !r.passed()).count()));
      xml.writeAttribute(
          "errors", Long.toString(results.stream().filter(r -> r.error != null).count()));
      xml.writeAttribute("time", seconds(results.stream().mapToLong(r -> r.nanos).sum()));
      xml.writeCharacters("\n");
      for (Map.Entry<String, List<Result>> file : byFile.entrySet()) {
        List<Result> rs = file.getValue();
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", file.getKey());
        xml.writeAttribute("tests", Integer.toString(rs.size()));
        xml.writeAttribute(
            "failures",
            Long.toString(rs.stream().filter(r -> r.error == null && !r.passed()).count()));
        xml.writeAttribute(
            "errors", Long.toString(rs.stream().filter(r -> r.error != null).count()));
        xml.writeAttribute("skipped", "0");
        xml.writeAttribute("time", seconds(rs.stream().mapToLong(r -> r.nanos).sum()));
        xml.writeCharacters("\n");
        for (Result r : rs) {
          xml.writeStartElement("testcase");
          xml.writeAttribute("classname", className(file.getKey()));
          xml.writeAttribute("name", r.goldenCase.displayName());
          xml.writeAttribute("time", seconds(r.nanos));
          if (r.error != null) {
            xml.writeStartElement("error");
            xml.writeAttribute("message", r.error);
            xml.writeCharacters(r.error);
            xml.writeEndElement();
          } else if (!r.failures.isEmpty()) {
            xml.writeStartElement("failure");
            xml.writeAttribute("message", r.failures.get(0));
            xml.writeCharacters(String.join("\n", r.failures));
            xml.writeEndElement();
          }
          xml.writeEndElement();
          xml.writeCharacters("\n");
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
      }
      writeCoverage(xml, coverage());
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("could not write the JUnit XML report: " + e.getMessage(), e);
    }
  }

  private static void writeCoverage(XMLStreamWriter xml, GoldenCoverage coverage)
      throws XMLStreamException {
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", "RULES.md coverage");
    xml.writeAttribute("tests", "0");
    xml.writeAttribute("failures", "0");
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("skipped", "0");
    xml.writeAttribute("time", "0.000");
    xml.writeCharacters("\n");
    xml.writeStartElement("properties");
    xml.writeCharacters("\n");
    for (Map.Entry<String, String> property : coverage.properties().entrySet()) {
      xml.writeEmptyElement("property");
      xml.writeAttribute("name", property.getKey());
      xml.writeAttribute("value", property.getValue());
      xml.writeCharacters("\n");
    }
    xml.writeEndElement();
    xml.writeCharacters("\n");
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  private static String className(String file) {
    String name = file.endsWith(".json") ? file.substring(0, file.length() - 5) : file;
    return "golden." + name.replace('/', '.');
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
  }
}

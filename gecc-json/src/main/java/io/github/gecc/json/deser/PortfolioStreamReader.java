package io.github.gecc.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.gecc.certification.Centre;
import io.github.gecc.certification.CentreLifecycle;
import io.github.gecc.certification.Certification;
import io.github.gecc.certification.LifecyclePolicy;
import io.github.gecc.certification.MaintenanceReport;
import io.github.gecc.certification.PeriodKind;
import io.github.gecc.certification.Portfolio;
import io.github.gecc.certification.ReportPolicy;
import io.github.gecc.certification.ReportSchedule;
import io.github.gecc.certification.ReportingPeriod;
import io.github.gecc.certification.SatisfactionResult;
import io.github.gecc.certification.ValidityPolicy;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.time.BuddhistEra;
import io.github.gecc.time.FiscalYear;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The fast path of {@link PortfolioDeserializer}: reads a valid portfolio document straight from
 * the parser's token stream into the core values, without building a tree, and hands every other
 * document to the exact tree-based reader ({@link PortfolioDeserializer#read(JsonInput)}), so that
 * results and refusals are those of that reader, byte for byte.
 *
 * <p><b>Exact slow path.</b> While it reads, the fast path records every token ({@link
 * TokenRecorder}). On the first anomaly (a field it does not know or has already seen, a value of a
 * type it does not expect, a {@code null}, an id after the certifications that need it, a field
 * after {@code centres}, a repeated centre id, an array longer than {@link
 * JsonInput#MAX_ARRAY_LENGTH} elements, any exception of a core factory, anything not plainly valid) it stops interpreting,
 * records the rest of the portfolio's tokens from the parser, builds the tree from the recording
 * and runs the strict reader on it, which produces the precise {@link GeccJsonException} and its
 * JSON pointer (or, for an unusual but valid document, such as a {@code null} optional field, the
 * same portfolio). Malformed JSON, a repeated field name and the parser's limits ({@code
 * GeccJson.mapper()}'s {@code StreamReadConstraints}, its token count among them) are refused by
 * the parser itself, at the same token as before, since both paths read the same parser in the
 * same order and the strict reader reads the tree only once the whole portfolio has been parsed.
 *
 * <p><b>Why record tokens, not re-parse bytes.</b> The deserializer is handed a parser standing in
 * a stream (a file, a request body, a value inside a larger document), not bytes: re-parsing would
 * need a second entry point and would not serve {@code mapper.readValue(...)} on streams, nor the
 * benchmark's {@code ObjectReader}. The recording is kept cheap ({@link TokenRecorder}: a byte per
 * token and the strings the parser made anyway, in small segments); measured with {@code
 * JsonReadBenchmark.gecc}, it costs about a sixth of the fast read, and the tree is built from it
 * only for a document the fast path gives up on.
 *
 * <p><b>Duplicate fields.</b> The parser of {@code GeccJson.mapper()} refuses a repeated field
 * name anywhere ({@code STRICT_DUPLICATE_DETECTION}), and this reader keeps it so: it does not
 * weaken what the mapper refuses. It also keeps its own mask of the known fields seen in each
 * object, so that with a mapper that does not detect duplicates a repeated field is still an
 * anomaly handed to the strict reader, which then reads the tree exactly as before.
 *
 * <p>Each instance reads one document on one thread; the class is not public API.
 */
final class PortfolioStreamReader {

  /** Field bits of a portfolio object. */
  private static final int VALIDITY = 1;

  private static final int DUE_DAYS = 2;
  private static final int THRESHOLD = 4;
  private static final int CENTRES = 8;

  /** Field bits of a centre object. */
  private static final int ID = 1;

  private static final int CERTIFICATIONS = 2;
  private static final int REPORTS = 4;

  /** Field bits of a certification object. */
  private static final int CENTRE = 1;

  private static final int ROUND = 2;
  private static final int CERTIFIED_ON = 4;
  private static final int OUTCOME = 8;
  private static final int RULEBOOK = 16;

  /** Field bits of a report object. */
  private static final int FISCAL_YEAR = 1;

  private static final int PERIOD = 2;
  private static final int SUBMITTED_ON = 4;
  private static final int SATISFACTION = 8;
  private static final int CHECKLIST = 16;

  /** Field bits of a satisfaction object. */
  private static final int RESPONDENTS = 1;

  private static final int SCORE = 2;

  private final JsonParser parser;
  private final TokenRecorder recorder;
  /** Open objects and arrays of the document not yet closed, the document's own included. */
  private int depth;
  /** The text of the last string read. */
  private String text;

  private PortfolioStreamReader(JsonParser parser, TokenRecorder recorder) {
    this.parser = parser;
    this.recorder = recorder;
  }

  /**
   * Reads a portfolio object whose {@code START_OBJECT} the parser stands on, fast when it is
   * plainly valid and by the strict reader otherwise.
   *
   * @param p the parser, on the portfolio's {@code START_OBJECT}
   * @param ctxt the context
   * @param at the portfolio's JSON pointer in its document
   * @param strict the strict reader
   * @return the portfolio, equal to what the strict reader reads from the document's tree
   * @throws IOException if the JSON is malformed or breaks a parser limit, or (a {@link
   *     GeccJsonException}) the strict reader refuses the document
   */
  static Portfolio read(
      JsonParser p, DeserializationContext ctxt, JsonPointer at, PortfolioDeserializer strict)
      throws IOException {
    PortfolioStreamReader reader = new PortfolioStreamReader(p, new TokenRecorder(p, ctxt));
    Portfolio fast = reader.fast();
    if (fast != null) {
      return fast;
    }
    return strict.read(JsonInput.at(reader.recorder.tree(), at));
  }

  /**
   * The fast path alone, for tests: reads the portfolio object the parser stands on, or, at the
   * first anomaly, reads the rest of it and returns null.
   *
   * @param p the parser, on the portfolio's {@code START_OBJECT}
   * @param ctxt the context
   * @return the portfolio, or null if the fast path gave up
   * @throws IOException if the JSON is malformed or breaks a parser limit
   */
  static Portfolio fastOnly(JsonParser p, DeserializationContext ctxt) throws IOException {
    return new PortfolioStreamReader(p, new TokenRecorder(p, ctxt)).fast();
  }

  /** Reads the portfolio, or at the first anomaly records the rest of it and returns null. */
  private Portfolio fast() throws IOException {
    recorder.startObject();
    depth = 1;
    // Scores are parsed with Jackson's fast double parser (FastDoubleParser, correctly rounded: the
    // same double as Double.parseDouble), a visible share of the read otherwise; the parser's own
    // setting is restored for whatever it reads next.
    boolean fastDoubles = parser.isEnabled(JsonParser.Feature.USE_FAST_DOUBLE_PARSER);
    parser.enable(JsonParser.Feature.USE_FAST_DOUBLE_PARSER);
    try {
      return portfolio();
    } catch (RuntimeException e) { // an Anomaly, or a core factory's refusal
      recordRest();
      return null;
    } finally {
      if (!fastDoubles) {
        parser.disable(JsonParser.Feature.USE_FAST_DOUBLE_PARSER);
      }
    }
  }

  /** A document the fast path does not read; the strict reader reads it. Without a stack trace. */
  private static final class Anomaly extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Anomaly() {
      super("not a plainly valid portfolio", null, false, false);
    }
  }

  /** Advances the parser by one token and records it. */
  private JsonToken next() throws IOException {
    return record(parser.nextToken());
  }

  /** Records the token the parser has just read. */
  private JsonToken record(JsonToken token) throws IOException {
    if (token == null) {
      depth = 0; // the parser reports an end of input inside a value before this
      return null;
    }
    switch (token) {
      case START_OBJECT:
        depth++;
        recorder.startObject();
        break;
      case END_OBJECT:
        depth--;
        recorder.endObject();
        break;
      case START_ARRAY:
        depth++;
        recorder.startArray();
        break;
      case END_ARRAY:
        depth--;
        recorder.endArray();
        break;
      case VALUE_STRING:
        text = parser.getText();
        recorder.string(text);
        break;
      default:
        recorder.current();
        break;
    }
    return token;
  }

  /**
   * Reads the next field name of the object being read, or null at its end (or, recorded, at any
   * other token, which the caller's checks then refuse).
   */
  private String nextName() throws IOException {
    // JsonParser.nextFieldName() is the parser's own fast path for field names.
    String name = parser.nextFieldName();
    if (name != null) {
      recorder.fieldName(name);
      return name;
    }
    record(parser.currentToken());
    return null;
  }

  /** Records the tokens up to the end of the portfolio object. */
  private void recordRest() throws IOException {
    while (depth > 0) {
      next();
    }
  }

  private static int field(int seen, int bit) {
    if ((seen & bit) != 0) {
      throw new Anomaly();
    }
    return seen | bit;
  }

  private void expect(JsonToken actual, JsonToken expected) {
    if (actual != expected) {
      throw new Anomaly();
    }
  }

  private String nextText() throws IOException {
    String value = parser.nextTextValue();
    if (value == null) {
      record(parser.currentToken());
      throw new Anomaly();
    }
    recorder.string(value);
    return value;
  }

  private String nextNonBlankText() throws IOException {
    String value = nextText();
    if (value.isBlank()) {
      throw new Anomaly();
    }
    return value;
  }

  private int nextInt() throws IOException {
    JsonToken token = parser.nextToken();
    if (token != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT) {
      record(token);
      throw new Anomaly();
    }
    int value = parser.getIntValue();
    recorder.integer(value);
    return value;
  }

  private double nextNumber() throws IOException {
    JsonToken token = parser.nextToken();
    if (token == JsonToken.VALUE_NUMBER_FLOAT && recorder.recordsDoubles()) {
      double value = parser.getDoubleValue();
      recorder.doubleValue(value);
      return value;
    }
    record(token);
    if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      return parser.getDoubleValue();
    }
    expect(token, JsonToken.VALUE_NUMBER_INT);
    if (parser.getNumberType() != JsonParser.NumberType.INT) {
      throw new Anomaly();
    }
    return parser.getIntValue();
  }

  private LocalDate nextDate() throws IOException {
    String value = nextText();
    // The plain YYYY-MM-DD that JsonInput.date() reads; anything else (and an impossible day,
    // refused by LocalDate.of) goes to the strict reader for its message.
    if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
      throw new Anomaly();
    }
    int year = digits(value, 0, 4);
    if (BuddhistEra.looksBuddhist(year)) {
      throw new Anomaly(); // the strict reader refuses it with the conversion
    }
    return LocalDate.of(year, digits(value, 5, 7), digits(value, 8, 10));
  }

  private static int digits(String value, int from, int to) {
    int result = 0;
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        throw new Anomaly();
      }
      result = result * 10 + (c - '0');
    }
    return result;
  }

  private Portfolio portfolio() throws IOException {
    int seen = 0;
    ValidityPolicy validity = ValidityPolicy.YEARS_FROM_DATE;
    ReportPolicy.Builder report = ReportPolicy.builder();
    List<CentreLifecycle> lifecycles = null;
    LifecyclePolicy policy = null;
    for (String name = nextName(); name != null; name = nextName()) {
      if ((seen & CENTRES) != 0) {
        throw new Anomaly(); // a field after the centres would change the policy they were read under
      }
      switch (name) {
        case "validity":
          seen = field(seen, VALIDITY);
          validity = ValidityPolicy.named(nextText());
          break;
        case "dueDays":
          seen = field(seen, DUE_DAYS);
          report.dueAfterDays(nextInt());
          break;
        case "satisfactionThreshold":
          seen = field(seen, THRESHOLD);
          report.satisfactionThreshold(nextNumber());
          break;
        case "centres":
          seen = field(seen, CENTRES);
          policy = LifecyclePolicy.of(validity, report.build());
          lifecycles = centres(policy);
          break;
        default:
          throw new Anomaly();
      }
    }
    if (lifecycles == null) {
      throw new Anomaly();
    }
    return Portfolio.ofLifecycles(lifecycles, policy);
  }

  private List<CentreLifecycle> centres(LifecyclePolicy policy) throws IOException {
    expect(next(), JsonToken.START_ARRAY);
    List<CentreLifecycle> lifecycles = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    JsonToken token;
    while ((token = next()) != JsonToken.END_ARRAY) {
      expect(token, JsonToken.START_OBJECT);
      if (lifecycles.size() == JsonInput.MAX_ARRAY_LENGTH) {
        throw new Anomaly();
      }
      CentreLifecycle lifecycle = centre(policy);
      if (!ids.add(lifecycle.centre().id())) {
        throw new Anomaly();
      }
      lifecycles.add(lifecycle);
    }
    return lifecycles;
  }

  /** Reads a centre whose {@code START_OBJECT} was read, with the checks of CentreDeserializer. */
  private CentreLifecycle centre(LifecyclePolicy policy) throws IOException {
    int seen = 0;
    String id = null;
    List<Certification> certifications = List.of();
    List<MaintenanceReport> reports = List.of();
    for (String name = nextName(); name != null; name = nextName()) {
      switch (name) {
        case "id":
          seen = field(seen, ID);
          id = nextNonBlankText();
          break;
        case "certifications":
          seen = field(seen, CERTIFICATIONS);
          if (id == null) {
            throw new Anomaly(); // each certification needs the id, read first in plain documents
          }
          certifications = certifications(id);
          break;
        case "reports":
          seen = field(seen, REPORTS);
          reports = reports();
          break;
        default:
          throw new Anomaly();
      }
    }
    if (id == null) {
      throw new Anomaly();
    }
    // The strict reader's checks, in an order that does each once: Centre.of checks the history
    // and the reports' periods, CentreLifecycle.of that every report is owed. Which of them fails
    // first does not matter here: any failure hands the document to the strict reader, which
    // reports the first error in its own order.
    Centre centre = Centre.of(id, certifications, reports);
    ReportSchedule schedule = ReportSchedule.of(centre.history(), policy);
    return CentreLifecycle.of(centre, policy, schedule);
  }

  private List<Certification> certifications(String id) throws IOException {
    expect(next(), JsonToken.START_ARRAY);
    List<Certification> certifications = new ArrayList<>(4);
    JsonToken token;
    while ((token = next()) != JsonToken.END_ARRAY) {
      expect(token, JsonToken.START_OBJECT);
      if (certifications.size() == JsonInput.MAX_ARRAY_LENGTH) {
        throw new Anomaly();
      }
      certifications.add(certification(id));
    }
    return certifications;
  }

  /** Reads a certification whose {@code START_OBJECT} was read, as CertificationDeserializer. */
  private Certification certification(String id) throws IOException {
    int seen = 0;
    Certification.Builder builder = Certification.builder().centreId(id);
    for (String name = nextName(); name != null; name = nextName()) {
      switch (name) {
        case "centre":
          seen = field(seen, CENTRE);
          if (!nextText().equals(id)) {
            throw new Anomaly();
          }
          break;
        case "round":
          seen = field(seen, ROUND);
          builder.round(FiscalYear.of(nextInt()));
          break;
        case "certifiedOn":
          seen = field(seen, CERTIFIED_ON);
          builder.certifiedOn(nextDate());
          break;
        case "outcome":
          seen = field(seen, OUTCOME);
          builder.outcome(nextNonBlankText());
          break;
        case "rulebook":
          seen = field(seen, RULEBOOK);
          builder.rulebookId(nextNonBlankText());
          break;
        default:
          throw new Anomaly();
      }
    }
    if ((seen & (ROUND | CERTIFIED_ON)) != (ROUND | CERTIFIED_ON)) {
      throw new Anomaly();
    }
    return builder.build();
  }

  private List<MaintenanceReport> reports() throws IOException {
    expect(next(), JsonToken.START_ARRAY);
    List<MaintenanceReport> reports = new ArrayList<>(8);
    JsonToken token;
    while ((token = next()) != JsonToken.END_ARRAY) {
      expect(token, JsonToken.START_OBJECT);
      if (reports.size() == JsonInput.MAX_ARRAY_LENGTH) {
        throw new Anomaly();
      }
      reports.add(report());
    }
    return reports;
  }

  /** Reads a report whose {@code START_OBJECT} was read, as MaintenanceReportDeserializer. */
  private MaintenanceReport report() throws IOException {
    int seen = 0;
    int fiscalYear = 0;
    PeriodKind kind = null;
    MaintenanceReport.Builder builder = MaintenanceReport.builder();
    for (String name = nextName(); name != null; name = nextName()) {
      switch (name) {
        case "fiscalYear":
          seen = field(seen, FISCAL_YEAR);
          fiscalYear = nextInt();
          break;
        case "period":
          seen = field(seen, PERIOD);
          kind = PeriodKind.valueOf(nextText());
          break;
        case "submittedOn":
          seen = field(seen, SUBMITTED_ON);
          builder.submittedOn(nextDate());
          break;
        case "satisfaction":
          seen = field(seen, SATISFACTION);
          builder.satisfaction(satisfaction());
          break;
        case "checklist":
          seen = field(seen, CHECKLIST);
          checklist(builder);
          break;
        default:
          throw new Anomaly();
      }
    }
    if ((seen & (FISCAL_YEAR | PERIOD | SUBMITTED_ON)) != (FISCAL_YEAR | PERIOD | SUBMITTED_ON)) {
      throw new Anomaly();
    }
    builder.period(ReportingPeriod.of(FiscalYear.of(fiscalYear), kind));
    return builder.build();
  }

  private SatisfactionResult satisfaction() throws IOException {
    expect(next(), JsonToken.START_OBJECT);
    int seen = 0;
    int respondents = 0;
    double score = 0;
    for (String name = nextName(); name != null; name = nextName()) {
      switch (name) {
        case "respondents":
          seen = field(seen, RESPONDENTS);
          respondents = nextInt();
          break;
        case "score":
          seen = field(seen, SCORE);
          score = nextNumber();
          break;
        default:
          throw new Anomaly();
      }
    }
    if (seen != (RESPONDENTS | SCORE)) {
      throw new Anomaly();
    }
    return SatisfactionResult.of(respondents, score);
  }

  private void checklist(MaintenanceReport.Builder builder) throws IOException {
    expect(next(), JsonToken.START_OBJECT);
    // A repeated criterion id is refused by the builder (an exception, so an anomaly) when the
    // parser does not refuse it first.
    for (String criterion = nextName(); criterion != null; criterion = nextName()) {
      if (criterion.isBlank()) {
        throw new Anomaly();
      }
      Boolean answer = parser.nextBooleanValue(); // the parser's fast call, Boolean.TRUE or FALSE
      if (answer == null) {
        record(parser.currentToken());
        throw new Anomaly();
      }
      recorder.bool(answer);
      builder.putChecklist(criterion, answer);
    }
  }
}

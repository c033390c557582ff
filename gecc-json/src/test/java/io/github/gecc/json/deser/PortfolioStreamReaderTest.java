package io.github.gecc.json.deser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.certification.Centre;
import io.github.gecc.certification.Certification;
import io.github.gecc.certification.CertificationHistory;
import io.github.gecc.certification.LifecyclePolicy;
import io.github.gecc.certification.MaintenanceReport;
import io.github.gecc.certification.Obligation;
import io.github.gecc.certification.Portfolio;
import io.github.gecc.certification.ReportPolicy;
import io.github.gecc.certification.ReportSchedule;
import io.github.gecc.certification.SatisfactionResult;
import io.github.gecc.certification.ValidityPolicy;
import io.github.gecc.json.GeccJson;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.time.FiscalYear;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The fast path of {@link PortfolioDeserializer} against the strict tree reader: the same
 * portfolio for valid documents (read by the fast path itself), the same refusal for damaged ones.
 */
class PortfolioStreamReaderTest {

  /** The public mapper: the fast path, with the strict reader behind it. */
  private static final ObjectMapper PUBLIC = GeccJson.mapper();

  /** The same mapper whose portfolios are read by the strict tree reader only, as before. */
  private static final ObjectMapper TREE =
      GeccJson.mapper()
          .registerModule(new SimpleModule("tree").addDeserializer(Portfolio.class, new TreeReader()));

  /** The same mapper whose portfolios are read by the fast path only, null when it gives up. */
  private static final ObjectMapper FAST =
      GeccJson.mapper()
          .registerModule(new SimpleModule("fast").addDeserializer(Portfolio.class, new FastReader()));

  /** Reads a portfolio as GeccDeserializer does: the whole tree, then the strict reader. */
  private static final class TreeReader extends GeccDeserializer<Portfolio> {
    private static final long serialVersionUID = 1L;

    TreeReader() {
      super(Portfolio.class);
    }

    @Override
    public Portfolio read(JsonInput input) throws GeccJsonException {
      return new PortfolioDeserializer().read(input);
    }
  }

  /** Reads a portfolio by the fast path only. */
  private static final class FastReader extends StdDeserializer<Portfolio> {
    private static final long serialVersionUID = 1L;

    FastReader() {
      super(Portfolio.class);
    }

    @Override
    public Portfolio deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return PortfolioStreamReader.fastOnly(p, ctxt);
    }
  }

  // ---------------------------------------------------------------- valid documents

  @Property(tries = 200)
  void fastPathReadsEveryGeneratedPortfolioAsTheStrictReaderDoes(@ForAll long seed) throws IOException {
    Portfolio portfolio = portfolio(new Random(seed));
    byte[] json = PUBLIC.writeValueAsBytes(portfolio);

    Portfolio fast = FAST.readValue(json, Portfolio.class);
    assertThat(fast).as("the fast path read it, without giving up").isNotNull();
    assertThat(fast).isEqualTo(TREE.readValue(json, Portfolio.class)).isEqualTo(portfolio);
    assertThat(PUBLIC.readValue(json, Portfolio.class)).isEqualTo(portfolio);
  }

  @Test
  void unusualButValidDocumentIsReadByTheStrictReader() throws IOException {
    String json =
        "{\"centres\":[{\"reports\":null,\"id\":\"c-1\",\"certifications\":[{\"round\":2563,"
            + "\"certifiedOn\":\"2020-10-02\",\"centre\":\"c-1\"}]}],\"satisfactionThreshold\":null}";

    assertThat(FAST.readValue(json, Portfolio.class)).as("null fields are left to the strict reader").isNull();
    Portfolio read = PUBLIC.readValue(json, Portfolio.class);
    assertThat(read).isEqualTo(TREE.readValue(json, Portfolio.class));
    assertThat(read.centres()).extracting(Centre::id).containsExactly("c-1");
  }

  @Test
  void repeatedCentreIdIsRefusedWithTheStrictReadersMessageAndPointer() {
    String json =
        "{\"dueDays\":30,\"centres\":[{\"id\":\"a\",\"certifications\":[]},{\"id\":\"a\"}]}";

    assertThatThrownBy(() -> PUBLIC.readValue(json, Portfolio.class))
        .isInstanceOf(GeccJsonException.class)
        .hasMessageContaining("centre id 'a' appears twice")
        .extracting(e -> ((GeccJsonException) e).pointer())
        .isEqualTo("/centres/1/id");
  }

  @Test
  void repeatedFieldIsRefusedByTheParserAsBefore() {
    String json = "{\"centres\":[{\"id\":\"a\",\"id\":\"b\"}]}";

    assertThatThrownBy(() -> PUBLIC.readValue(json, Portfolio.class))
        .isInstanceOf(com.fasterxml.jackson.core.JsonParseException.class)
        .hasMessageContaining("Duplicate field 'id'");
  }

  // ---------------------------------------------------------------- damaged documents

  @Property(tries = 1000)
  void damagedDocumentIsRefusedExactlyAsByTheStrictReader(@ForAll long seed) {
    Random random = new Random(seed);
    byte[] json = damage(PUBLIC.valueToTree(portfolio(random)), random);

    Outcome expected = Outcome.of(TREE, json);
    Outcome actual = Outcome.of(PUBLIC, json);

    assertThat(actual).as(new String(json, StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  @Property(tries = 300)
  void damagedDocumentIsRefusedByGeccJsonReadExactlyAsByTheStrictReader(@ForAll long seed) {
    Random random = new Random(seed);
    byte[] json = damage(PUBLIC.valueToTree(portfolio(random)), random);

    Outcome expected = Outcome.ofGeccJsonRead(TREE, json);
    Outcome actual = Outcome.ofGeccJsonRead(PUBLIC, json);

    assertThat(actual).as(new String(json, StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  /** A reading's result or refusal: type, message (with its pointer or location) and pointer. */
  private static final class Outcome {
    final Portfolio portfolio;
    final String error;

    private Outcome(Portfolio portfolio, String error) {
      this.portfolio = portfolio;
      this.error = error;
    }

    static Outcome of(ObjectMapper mapper, byte[] json) {
      try {
        return new Outcome(mapper.readValue(json, Portfolio.class), null);
      } catch (GeccJsonException e) {
        return new Outcome(null, "GeccJsonException " + e.getMessage() + " @" + e.pointer());
      } catch (IOException | RuntimeException e) {
        return new Outcome(null, e.getClass().getName() + " " + e.getMessage());
      }
    }

    static Outcome ofGeccJsonRead(ObjectMapper mapper, byte[] json) {
      try {
        return new Outcome(GeccJson.read(mapper, json, Portfolio.class), null);
      } catch (GeccJsonException e) {
        return new Outcome(null, "GeccJsonException " + e.getMessage() + " @" + e.pointer());
      }
    }

    @Override
    public boolean equals(Object obj) {
      return obj instanceof Outcome
          && Objects.equals(portfolio, ((Outcome) obj).portfolio)
          && Objects.equals(error, ((Outcome) obj).error);
    }

    @Override
    public int hashCode() {
      return Objects.hash(portfolio, error);
    }

    @Override
    public String toString() {
      return error != null ? error : "portfolio of " + portfolio.centres().size() + " centres";
    }
  }

  private static byte[] damage(ObjectNode document, Random random) {
    int kind = random.nextInt(8);
    if (kind == 0) { // truncated
      byte[] json = bytes(document);
      return java.util.Arrays.copyOf(json, random.nextInt(json.length));
    }
    if (kind == 1) { // a field repeated, in the text
      String text = new String(bytes(document), StandardCharsets.UTF_8);
      List<Integer> names = new ArrayList<>();
      for (int i = text.indexOf("\":"); i >= 0; i = text.indexOf("\":", i + 1)) {
        names.add(i);
      }
      int end = names.get(random.nextInt(names.size()));
      int start = text.lastIndexOf('"', end - 1);
      String name = text.substring(start, end + 2);
      return (text.substring(0, start) + name + "1," + text.substring(start))
          .getBytes(StandardCharsets.UTF_8);
    }
    List<ObjectNode> objects = new ArrayList<>();
    collect(document, objects);
    ObjectNode target = objects.get(random.nextInt(objects.size()));
    List<String> names = new ArrayList<>();
    target.properties().forEach(field -> names.add(field.getKey()));
    if (names.isEmpty() || kind == 2) { // a field added: unknown, or known in other objects
      String added = ADDED[random.nextInt(ADDED.length)];
      target.set(added, random.nextBoolean() ? otherValue(random) : nearMiss(JsonNodeFactory.instance.textNode(""), random));
      return bytes(document);
    }
    String name = names.get(random.nextInt(names.size()));
    switch (kind) {
      case 3: // a field left out
        target.remove(name);
        break;
      case 4: // a field renamed
        JsonNode value = target.remove(name);
        target.set(name.toUpperCase(java.util.Locale.ROOT), value);
        break;
      case 5: // a value of another type
        target.set(name, otherValue(random));
        break;
      case 6: // a value the core refuses, or a near miss
        target.set(name, nearMiss(target.get(name), random));
        break;
      default: // fields in another order
        reorder(target, random);
        break;
    }
    return bytes(document);
  }

  /** Names a damaged document adds to an object: every field name of the document, and others. */
  private static final String[] ADDED = {
    "extra", "Id", "centre", "id", "round", "certifiedOn", "outcome", "rulebook", "fiscalYear",
    "period", "submittedOn", "satisfaction", "checklist", "respondents", "score", "validity",
    "dueDays", "satisfactionThreshold", "centres", "certifications", "reports"
  };

  private static JsonNode otherValue(Random random) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    switch (random.nextInt(8)) {
      case 0:
        return NullNode.getInstance();
      case 1:
        return BooleanNode.TRUE;
      case 2:
        return nodes.textNode("2564");
      case 3:
        return nodes.numberNode(12.5);
      case 4:
        return nodes.numberNode(1L << 40);
      case 5:
        return nodes.arrayNode().add(1);
      case 6:
        return nodes.objectNode().put("a", 1);
      default:
        return nodes.textNode(" ");
    }
  }

  private static JsonNode nearMiss(JsonNode value, Random random) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (value.isIntegralNumber()) {
      int[] misses = {-1, 0, 2024, 2499, 3000, value.intValue() + 1, value.intValue() - 3, 100_000};
      return nodes.numberNode(misses[random.nextInt(misses.length)]);
    }
    if (value.isNumber()) {
      double[] misses = {-1, 100.5, 0, Double.MAX_VALUE};
      return nodes.numberNode(misses[random.nextInt(misses.length)]);
    }
    if (value.isTextual()) {
      String[] misses = {
        "2023-02-30", "2023-2-01", "23-01-01", "2569-01-01", "1990-01-01", "H3", "FY ", "c-1",
        "YEARS_FROM_DATE_2", "FISCAL_YEARS", "x"
      };
      return nodes.textNode(misses[random.nextInt(misses.length)]);
    }
    if (value.isArray() && value.size() > 0) {
      ArrayNode copy = ((ArrayNode) value).deepCopy();
      copy.add(copy.get(random.nextInt(copy.size())).deepCopy()); // an element repeated
      return copy;
    }
    return nodes.arrayNode();
  }

  private static void reorder(ObjectNode target, Random random) {
    List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(target.properties());
    java.util.Collections.shuffle(fields, random);
    target.removeAll();
    for (Map.Entry<String, JsonNode> field : fields) {
      target.set(field.getKey(), field.getValue());
    }
  }

  private static void collect(JsonNode node, List<ObjectNode> objects) {
    if (node.isObject()) {
      objects.add((ObjectNode) node);
    }
    for (JsonNode child : node) {
      collect(child, objects);
    }
  }

  private static byte[] bytes(JsonNode node) {
    try {
      return PUBLIC.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------- a generator of portfolios

  /** A valid portfolio of 1..4 centres with histories, reports and a policy drawn from a seed. */
  private static Portfolio portfolio(Random random) {
    ReportPolicy.Builder report = ReportPolicy.builder().dueAfterDays(random.nextInt(90));
    if (random.nextBoolean()) {
      report.satisfactionThreshold(70 + random.nextInt(20) + 0.5);
    }
    LifecyclePolicy policy =
        LifecyclePolicy.of(
            random.nextBoolean() ? ValidityPolicy.YEARS_FROM_DATE : ValidityPolicy.FISCAL_YEARS,
            report.build());
    List<Centre> centres = new ArrayList<>();
    int count = 1 + random.nextInt(4);
    for (int i = 0; i < count; i++) {
      centres.add(centre("c-" + i, policy, random));
    }
    return Portfolio.of(centres, policy);
  }

  private static Centre centre(String id, LifecyclePolicy policy, Random random) {
    List<Certification> certifications = new ArrayList<>();
    int round = 2559 + random.nextInt(4);
    int rounds = random.nextInt(3);
    for (int i = 0; i < rounds; i++) {
      FiscalYear year = FiscalYear.of(round);
      Certification.Builder certification =
          Certification.builder()
              .centreId(id)
              .round(year)
              .certifiedOn(year.start().plusDays(random.nextInt(365)));
      if (random.nextBoolean()) {
        certification.outcome("CERTIFIED").rulebookId("GECC-2560");
      }
      certifications.add(certification.build());
      round += 3 + random.nextInt(2);
    }
    CertificationHistory history = CertificationHistory.of(id, certifications);
    List<MaintenanceReport> reports = new ArrayList<>();
    for (Obligation obligation : ReportSchedule.of(history, policy).obligations()) {
      if (random.nextInt(4) == 0) {
        continue;
      }
      MaintenanceReport.Builder report =
          MaintenanceReport.builder()
              .period(obligation.period())
              .submittedOn(obligation.due().minusDays(random.nextInt(40)));
      if (random.nextBoolean()) {
        report.satisfaction(SatisfactionResult.of(1 + random.nextInt(300), 60 + random.nextInt(400) / 10.0));
      }
      for (int c = random.nextInt(3); c > 0; c--) {
        report.putChecklist("B" + (10 + c), random.nextBoolean());
      }
      reports.add(report.build());
    }
    return Centre.of(id, certifications, reports);
  }
}

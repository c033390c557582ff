package io.github.gecc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.Splitter;
import io.github.gecc.application.Rounds;
import io.github.gecc.commands.Answer;
import io.github.gecc.commands.Command;
import io.github.gecc.commands.Invoker;
import io.github.gecc.commands.RoundsOption;
import io.github.gecc.json.GeccJson;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code impact} over each kind of population and configuration: applications under two round
 * registers and two rulebooks, a portfolio under two lifecycle policies and two round registers,
 * the {@code POST /v1/impact} route, and bad input. Each count is checked against a naive re-run of
 * the command that answers one subject, under each configuration.
 */
class ImpactPopulationsTest {

  private static final Splitter FIRST_WORD = Splitter.on(' ');

  private static final ObjectMapper MAPPER = GeccJson.mapper();
  private static final String THREE_LEVELS = "../docs/examples/rulebook-three-levels.json";
  private static final String KINDS =
      "DISTRICT_OFFICE,CITY_MUNICIPALITY,TOWN_MUNICIPALITY,PROVINCIAL_OFFICE,SUBDISTRICT_MUNICIPALITY";

  @TempDir static Path dir;
  private static GeccServer server;

  @BeforeAll
  static void start() throws Exception {
    server = GeccServerTest.startServer(() -> {});
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** Applications to round 2570, of several kinds, met criteria and channels. */
  private static String applications(int count, int round, String submittedAt) {
    StringBuilder lines = new StringBuilder();
    List<String> kinds = Splitter.on(',').splitToList(KINDS);
    for (int i = 0; i < count; i++) {
      ObjectNode application = MAPPER.createObjectNode().put("id", "app-" + i).put("round", round);
      application
          .putObject("organisation")
          .put("kind", kinds.get(i % kinds.size()))
          .put("informationOnly", false);
      ObjectNode self = application.putObject("selfAssessment").put("rulebook", "GECC-2560");
      ArrayNode met = self.putArray("met");
      for (int b = 1; b <= 40 - (i % 3) * 5; b++) {
        met.add(String.format("B%02d", b));
      }
      for (int a = 1; a <= (i * 7) % 21; a++) {
        met.add(String.format("A%02d", a));
      }
      application.put("submittedAt", submittedAt);
      application.putArray("channels").add("ONLINE");
      application.putArray("documents");
      lines.append(application).append('\n');
    }
    return lines.toString();
  }

  /** A copy of the 2570 register of the rounds guide admitting district offices only. */
  private static Path districtOfficesOnly() throws Exception {
    ArrayNode register =
        (ArrayNode) MAPPER.readTree(Files.readString(Path.of("../docs/rounds-2570.json")));
    ((ObjectNode) register.get(0)).putArray("eligibleKinds").add("DISTRICT_OFFICE");
    Path file = dir.resolve("rounds-2570-district-offices.json");
    Files.writeString(file, register.toString());
    return file;
  }

  /** The naive count: each subject answered under A and under B by check-application itself. */
  private static Map<String, Long> naiveApplications(
      String population, Invoker underA, Invoker underB, JsonNode rulebookA, JsonNode rulebookB)
      throws Exception {
    Map<String, Long> naive = new TreeMap<>();
    Command check = underA.commands().get("check-application");
    for (String line : Splitter.on('\n').omitEmptyStrings().split(population)) {
      ObjectNode application = (ObjectNode) MAPPER.readTree(line);
      application.remove("id");
      List<String> answers = new ArrayList<>();
      for (Object[] side : new Object[][] {{underA, rulebookA}, {underB, rulebookB}}) {
        ObjectNode request = application.deepCopy();
        if (side[1] != null) {
          ((ObjectNode) request.get("selfAssessment")).set("rulebook", (JsonNode) side[1]);
        }
        Answer answer = ((Invoker) side[0]).answer(check, request);
        if (!answer.isOk()) {
          throw new AssertionError(answer.message());
        }
        JsonNode output = answer.output();
        List<String> codes = new ArrayList<>();
        output.get("violations").forEach(v -> codes.add(v.get("code").asText()));
        answers.add(
            (output.get("accepted").asBoolean() ? "ACCEPTED" : "REFUSED")
                + " "
                + codes.stream().sorted().distinct().toList());
      }
      if (!answers.get(0).equals(answers.get(1))) {
        naive.merge(
            FIRST_WORD.split(answers.get(0)).iterator().next()
                + " -> "
                + FIRST_WORD.split(answers.get(1)).iterator().next(),
            1L,
            Long::sum);
      }
    }
    return naive;
  }

  private static Map<String, Long> transitions(JsonNode summary) {
    Map<String, Long> counted = new TreeMap<>();
    for (JsonNode transition : summary.get("transitions")) {
      long byCause = 0;
      for (JsonNode cause : transition.get("causes")) {
        byCause += cause.get("count").asLong();
      }
      assertThat(byCause).isEqualTo(transition.get("count").asLong());
      counted.put(
          transition.get("from").asText() + " -> " + transition.get("to").asText(),
          transition.get("count").asLong());
    }
    return counted;
  }

  @Test
  void applicationsUnderTwoRoundRegistersCountWhatCheckApplicationAnswers() throws Exception {
    String population = applications(30, 2570, "2027-01-20T10:00:00+07:00");
    Path narrow = districtOfficesOnly();
    CliRunner.Result result =
        CliRunner.runArgs(
            population,
            "impact",
            "--population",
            "applications",
            "--configuration",
            "rounds",
            "--a",
            "../docs/rounds-2570.json",
            "--b",
            narrow.toString());
    assertThat(result.status()).as(result.stderr()).isZero();
    JsonNode summary = MAPPER.readTree(result.stderr()).get("summary");

    Invoker invoker = new Invoker(MAPPER, CliRunner.CLOCK);
    Invoker underA =
        invoker.withRounds(RoundsOption.load("../docs/rounds-2570.json", MAPPER, Rounds.bundled()));
    Invoker underB =
        invoker.withRounds(RoundsOption.load(narrow.toString(), MAPPER, Rounds.bundled()));
    Map<String, Long> naive = naiveApplications(population, underA, underB, null, null);
    assertThat(transitions(summary)).isEqualTo(naive).isNotEmpty();
    assertThat(summary.get("subjects").asLong()).isEqualTo(30);
    assertThat(result.stdout()).contains("\"onlyB\":[\"INELIGIBLE_ORGANISATION\"]");
  }

  @Test
  void applicationsUnderTwoRulebooksCountWhatCheckApplicationAnswers() throws Exception {
    String population = applications(24, 2567, "2024-02-01T10:00:00+07:00");
    CliRunner.Result run =
        CliRunner.runArgs(
            population,
            "impact",
            "--population",
            "applications",
            "--a",
            "GECC-2560",
            "--b",
            THREE_LEVELS);
    assertThat(run.status()).as(run.stderr()).isZero();
    JsonNode summary = MAPPER.readTree(run.stderr()).get("summary");
    Invoker invoker = new Invoker(MAPPER, CliRunner.CLOCK);
    JsonNode threeLevels = MAPPER.readTree(Files.readString(Path.of(THREE_LEVELS)));
    Map<String, Long> naive =
        naiveApplications(
            population,
            invoker,
            invoker,
            MAPPER.getNodeFactory().textNode("GECC-2560"),
            threeLevels);
    assertThat(transitions(summary)).as(run.stdout()).isEqualTo(naive);
    assertThat(summary.get("subjects").asLong()).isEqualTo(24);
    assertThat(summary.get("refused").asLong()).isZero();
  }

  /** A synthetic nation's portfolio document, as generate prints it. */
  private static JsonNode nation(int centres, int seed) throws Exception {
    return MAPPER.readTree(
        CliRunner.runArgs(
                "",
                "generate",
                "--centres",
                String.valueOf(centres),
                "--seed",
                String.valueOf(seed))
            .stdout());
  }

  /** A policy file. */
  private static Path policy(String name, String json) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aPortfolioUnderTwoPoliciesChangesWhatThePortfolioCommandAnswersPerCentre() throws Exception {
    JsonNode nation = nation(300, 11);
    Path years = policy("years.json", "{\"validity\":\"YEARS_FROM_DATE\"}");
    Path fiscal = policy("fiscal.json", "{\"validity\":\"FISCAL_YEARS\",\"dueDays\":20}");
    CliRunner.Result result =
        CliRunner.runArgs(
            nation.toString(),
            "impact",
            "--population",
            "portfolio",
            "--a",
            years.toString(),
            "--b",
            fiscal.toString());
    assertThat(result.status()).as(result.stderr()).isZero();
    JsonNode summary = MAPPER.readTree(result.stderr()).get("summary");
    assertThat(summary.get("subjects").asLong()).isEqualTo(300);

    // Naive: the portfolio command over each centre alone, under each policy; a centre whose
    // reports a policy does not owe is refused by it.
    Invoker invoker = new Invoker(MAPPER, CliRunner.CLOCK);
    Command portfolio = invoker.commands().get("portfolio");
    Map<String, Long> naive = new TreeMap<>();
    long overdueChanged = 0;
    long refused = 0;
    for (JsonNode centre : nation.get("centres")) {
      List<String> answers = new ArrayList<>();
      List<String> overdue = new ArrayList<>();
      for (JsonNode policy :
          List.of(MAPPER.readTree(years.toFile()), MAPPER.readTree(fiscal.toFile()))) {
        ObjectNode request = MAPPER.createObjectNode().put("asOf", nation.get("asOf").asText());
        request.setAll((ObjectNode) policy);
        request.putArray("centres").add(centre);
        Answer answer = invoker.answer(portfolio, request);
        if (!answer.isOk()) {
          answers.add("REFUSED");
          continue;
        }
        JsonNode output = answer.output();
        answers.add(
            output.get("underCertification").asInt() == 1
                ? "UNDER_CERTIFICATION"
                : "NOT_UNDER_CERTIFICATION");
        List<String> periods = new ArrayList<>();
        output
            .get("overdue")
            .forEach(row -> periods.add(row.get("fiscalYear") + " " + row.get("period")));
        overdue.add(periods.toString());
      }
      if (answers.contains("REFUSED")) {
        refused++;
        continue;
      }
      if (!answers.get(0).equals(answers.get(1))) {
        naive.merge(answers.get(0) + " -> " + answers.get(1), 1L, Long::sum);
      }
      if (!overdue.get(0).equals(overdue.get(1))) {
        overdueChanged++;
      }
    }
    assertThat(summary.get("refused").asLong()).isEqualTo(refused);
    Map<String, Long> counted = new TreeMap<>();
    transitions(summary)
        .forEach(
            (transition, count) -> {
              List<String> ends = Splitter.on(" -> ").splitToList(transition);
              if (!ends.get(0).equals(ends.get(1))) {
                counted.put(transition, count);
              }
            });
    assertThat(counted).isEqualTo(naive).isNotEmpty();
    assertThat(overdueChanged).isPositive();
    long overdueLines = result.stdout().lines().filter(line -> line.contains(",MISSING)")).count();
    assertThat(overdueLines).isGreaterThanOrEqualTo(overdueChanged);
    assertThat(summary.get("changed").asLong() + summary.get("refused").asLong())
        .isEqualTo(result.stdout().lines().count());
  }

  @Test
  void aPortfolioUnderTwoRoundRegistersChangesWhoMustApply() throws Exception {
    JsonNode nation = nation(200, 5);
    ObjectNode asked = nation.deepCopy();
    asked.put("round", 2567);
    for (JsonNode centre : asked.get("centres")) {
      ((ObjectNode) centre).put("kind", "DISTRICT_OFFICE");
    }
    ArrayNode register = MAPPER.createArrayNode();
    ObjectNode round =
        register
            .addObject()
            .put("round", 2567)
            .put("replaces", true)
            .put("thaiText", "๑ ธันวาคม ๒๕๖๖ - ๓๑ มกราคม ๒๕๖๗");
    round.putArray("channels").add("ONLINE");
    round.putArray("documents");
    ObjectNode directive = round.putObject("directive").put("directedBy", "DOPA");
    directive.putArray("kinds").add("DISTRICT_OFFICE");
    directive.putArray("exemptIfCertifiedIn").add(2563).add(2564).add(2565).add(2566);
    round.put("source", "FICTIONAL register exempting more rounds, for this test");
    Path wider = dir.resolve("wider-exemption.json");
    Files.writeString(wider, register.toString());
    Path bundled = dir.resolve("none.json");
    Files.writeString(bundled, "[]");
    CliRunner.Result result =
        CliRunner.runArgs(
            asked.toString(),
            "impact",
            "--population",
            "portfolio",
            "--configuration",
            "rounds",
            "--a",
            bundled.toString(),
            "--b",
            wider.toString());
    assertThat(result.status()).as(result.stderr()).isZero();
    JsonNode summary = MAPPER.readTree(result.stderr()).get("summary");

    // Naive: the portfolio command over the whole portfolio under each register.
    Invoker invoker = new Invoker(MAPPER, CliRunner.CLOCK);
    Command portfolio = invoker.commands().get("portfolio");
    JsonNode underA = invoker.answer(portfolio, asked).output().get("mustApply");
    ObjectNode withRegister = asked.deepCopy();
    withRegister.set("rounds", register);
    JsonNode underB = invoker.answer(portfolio, withRegister).output().get("mustApply");
    List<String> onlyA = new ArrayList<>();
    underA.forEach(id -> onlyA.add(id.asText()));
    underB.forEach(id -> onlyA.remove(id.asText()));
    List<String> changed = new ArrayList<>();
    for (String line : result.stdout().lines().toList()) {
      JsonNode change = MAPPER.readTree(line);
      assertThat(change.get("causes").get("onlyA").toString()).isEqualTo("[\"MUST_APPLY(2567)\"]");
      changed.add(change.get("id").asText());
    }
    assertThat(changed).isEqualTo(onlyA).isNotEmpty();
    assertThat(summary.get("changed").asLong()).isEqualTo(onlyA.size());
  }

  @Test
  void theServiceAnswersImpactWithTheCommandLinesSummaryAndLines() throws Exception {
    String population = ImpactCommandTest.population(50, 9);
    CliRunner.Result cli =
        CliRunner.runArgs(population, "impact", "--a", "GECC-2560", "--b", THREE_LEVELS);
    ObjectNode request = MAPPER.createObjectNode().put("population", "assessments");
    request.put("a", "GECC-2560");
    request.set("b", MAPPER.readTree(Files.readString(Path.of(THREE_LEVELS))));
    ArrayNode subjects = request.putArray("subjects");
    for (String line : Splitter.on('\n').omitEmptyStrings().split(population)) {
      subjects.add(MAPPER.readTree(line));
    }
    HttpResponse<String> response = GeccServerTest.post(server, "/v1/impact", request.toString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode answer = GeccServerTest.json(response);
    JsonNode cliSummary = MAPPER.readTree(cli.stderr()).get("summary");
    assertThat(answer.get("summary").get("transitions")).isEqualTo(cliSummary.get("transitions"));
    assertThat(answer.get("summary").get("changed")).isEqualTo(cliSummary.get("changed"));
    assertThat(answer.get("changes").size()).isEqualTo(cli.stdout().lines().count());
    assertThat(answer.get("changes").get(0).get("at").asText()).startsWith("/subjects/");
  }

  @Test
  void theServiceRefusesAnImpactRequestWithoutConfigurationBAtItsPointer() throws Exception {
    HttpResponse<String> response =
        GeccServerTest.post(server, "/v1/impact", "{\"a\":\"GECC-2560\",\"subjects\":[]}");
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode problem = GeccServerTest.json(response);
    assertThat(problem.get("pointer").asText()).isEqualTo("/b");
    assertThat(problem.get("detail").asText()).contains("'b'");
  }

  @Test
  void theServicePointsAtTheRefusedSubjectAndAnswersTheRest() throws Exception {
    HttpResponse<String> response =
        GeccServerTest.post(
            server,
            "/v1/impact",
            "{\"a\":\"GECC-2560\",\"b\":\"GECC-2560\",\"subjects\":[{\"id\":\"x\",\"met\":[\"B01\",7]}]}");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode change = GeccServerTest.json(response).get("changes").get(0);
    assertThat(change.get("error").get("path").asText()).isEqualTo("/subjects/0/met/1");
  }

  @Test
  void theServiceComparesApplicationsUnderTwoRegistersAsTheCommandLineDoes() throws Exception {
    String population = applications(10, 2570, "2027-01-20T10:00:00+07:00");
    Path narrow = districtOfficesOnly();
    CliRunner.Result cli =
        CliRunner.runArgs(
            population,
            "impact",
            "--population",
            "applications",
            "--configuration",
            "rounds",
            "--a",
            "../docs/rounds-2570.json",
            "--b",
            narrow.toString());
    ObjectNode request =
        MAPPER.createObjectNode().put("population", "applications").put("configuration", "rounds");
    request.set("a", MAPPER.readTree(Files.readString(Path.of("../docs/rounds-2570.json"))));
    request.set("b", MAPPER.readTree(Files.readString(narrow)));
    ArrayNode subjects = request.putArray("subjects");
    for (String line : Splitter.on('\n').omitEmptyStrings().split(population)) {
      subjects.add(MAPPER.readTree(line));
    }
    HttpResponse<String> response = GeccServerTest.post(server, "/v1/impact", request.toString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode summary = GeccServerTest.json(response).get("summary");
    JsonNode cliSummary = MAPPER.readTree(cli.stderr()).get("summary");
    assertThat(summary.get("transitions")).isEqualTo(cliSummary.get("transitions"));
    assertThat(summary.get("changed").asLong()).isPositive();
  }

  @Test
  void theServiceRefusesAPortfolioWithoutItsDateAtItsPointer() throws Exception {
    HttpResponse<String> response =
        GeccServerTest.post(
            server,
            "/v1/impact",
            "{\"population\":\"portfolio\",\"a\":{},\"b\":{\"dueDays\":15},"
                + "\"portfolio\":{\"centres\":[]}}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(GeccServerTest.json(response).get("pointer").asText()).isEqualTo("/portfolio/asOf");
  }

  @Test
  void refusesAConfigurationThatDoesNotDecideThePopulationWithExitTwo() {
    CliRunner.Result result =
        CliRunner.runArgs(
            "",
            "impact",
            "--population",
            "assessments",
            "--configuration",
            "policy",
            "--a",
            "x",
            "--b",
            "y");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.error().path("error").path("path").asText()).isEqualTo("/configuration");
  }

  @Test
  void refusesAnUnknownPopulationWithExitTwo() {
    CliRunner.Result result =
        CliRunner.runArgs(
            "", "impact", "--population", "people", "--a", "GECC-2560", "--b", "GECC-2560");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().path("error").path("path").asText()).isEqualTo("/population");
  }

  @Test
  void refusesABadPolicyFileAtTheFieldOfOptionB() throws Exception {
    Path good = policy("good.json", "{\"validity\":\"YEARS_FROM_DATE\"}");
    Path bad = policy("bad.json", "{\"validity\":\"FOREVER\"}");
    CliRunner.Result result =
        CliRunner.runArgs(
            "{}",
            "impact",
            "--population",
            "portfolio",
            "--a",
            good.toString(),
            "--b",
            bad.toString());
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.error().path("error").path("path").asText()).isEqualTo("/b/validity");
    assertThat(result.error().path("error").path("message").asText()).contains("FOREVER");
  }

  @Test
  void refusesAPortfolioWhoseDateComesAfterItsCentres() throws Exception {
    Path years = policy("y.json", "{\"validity\":\"YEARS_FROM_DATE\"}");
    CliRunner.Result result =
        CliRunner.runArgs(
            "{\"centres\":[],\"asOf\":\"2024-01-15\"}",
            "impact",
            "--population",
            "portfolio",
            "--a",
            years.toString(),
            "--b",
            years.toString());
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().path("error").path("path").asText()).isEqualTo("/asOf");
  }

  @Test
  void aCentreThePolicyRefusesGetsAnErrorLineAtItsPointerAndTheRestGoOn() throws Exception {
    Path years = policy("y2.json", "{\"validity\":\"YEARS_FROM_DATE\"}");
    String portfolio =
        "{\"asOf\":\"2024-01-15\",\"centres\":[{\"id\":\"a\",\"certifications\":"
            + "[{\"round\":2565,\"certifiedOn\":\"2022-09-28\"}],\"reports\":[{\"fiscalYear\":2590,"
            + "\"period\":\"H1\",\"submittedOn\":\"2047-04-28\"}]},{\"id\":\"b\",\"certifications\":"
            + "[{\"round\":2565,\"certifiedOn\":\"2022-09-28\"}]}]}";
    CliRunner.Result result =
        CliRunner.runArgs(
            portfolio,
            "impact",
            "--population",
            "portfolio",
            "--a",
            years.toString(),
            "--b",
            years.toString());
    assertThat(result.status()).as(result.stderr()).isZero();
    JsonNode line = MAPPER.readTree(result.stdout().lines().findFirst().orElseThrow());
    assertThat(line.get("at").asText()).isEqualTo("/centres/0");
    assertThat(line.get("error").get("path").asText()).startsWith("/centres/0/reports");
    JsonNode summary = MAPPER.readTree(result.stderr()).get("summary");
    assertThat(summary.get("subjects").asLong()).isEqualTo(2);
    assertThat(summary.get("refused").asLong()).isEqualTo(1);
  }

  @Test
  void aLineThatIsNotJsonGetsItsLineNumber() {
    CliRunner.Result result =
        CliRunner.runArgs("\n{\"id\":", "impact", "--a", "GECC-2560", "--b", THREE_LEVELS);
    assertThat(result.status()).isZero();
    assertThat(result.stdout()).startsWith("{\"line\":2,\"id\":null,\"error\":{");
  }
}

package io.github.gecc.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The engine against a small arithmetic runner: {@code double} answers {@code {"value":2n,"n":n}}
 * for {@code {"n":n}} and refuses anything else with status 2 at {@code /n}; {@code explode}
 * throws.
 */
class GoldenEngineTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final CommandRunner RUNNER =
      (command, input) -> {
        if ("explode".equals(command)) {
          throw new IllegalStateException("boom");
        }
        if (!input.path("n").isInt()) {
          ObjectNode error = MAPPER.createObjectNode();
          error.put("message", "n must be an integer, not " + input.path("n"));
          error.put("path", "/n");
          return CommandResult.error(2, error);
        }
        ObjectNode out = MAPPER.createObjectNode();
        out.put("value", input.get("n").asInt() * 2);
        out.put("n", input.get("n").asInt());
        out.putArray("digits").add(1).add(2);
        return CommandResult.success(out);
      };

  @TempDir Path folder;

  private static String caseJson(String name, String command, String input, String expect) {
    return "{\"name\":\""
        + name
        + "\",\"rule\":\"RULES.md §3 FACT arithmetic\",\"policy\":\"test\","
        + "\"command\":\""
        + command
        + "\",\"input\":"
        + input
        + ",\"expect\":"
        + expect
        + "}";
  }

  private void write(String file, String... cases) throws IOException {
    Path path = folder.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(
        path, "{\"cases\":[" + String.join(",", cases) + "]}", StandardCharsets.UTF_8);
  }

  private GoldenCase single(String input, String expect) throws IOException {
    write("one.json", caseJson("c", "double", input, expect));
    return GoldenCases.load(folder).get(0);
  }

  @Test
  void loadsEveryCaseFileOfTheFolderAndItsSubfoldersInPathOrder() throws IOException {
    write("b.json", caseJson("b1", "double", "{\"n\":1}", "{\"status\":0}"));
    write(
        "a/z.json",
        caseJson("z1", "double", "{\"n\":1}", "{\"status\":0}"),
        caseJson("z2", "double", "{\"n\":2}", "{\"status\":0}"));
    Files.writeString(folder.resolve("notes.txt"), "not a case file");
    assertThat(GoldenCases.load(folder))
        .extracting(c -> c.file() + ":" + c.name())
        .containsExactly("a/z.json:z1", "a/z.json:z2", "b.json:b1");
  }

  @Test
  void aCaseWithoutARuleIsRefusedWithItsPointer() throws IOException {
    Files.writeString(
        folder.resolve("x.json"),
        "{\"cases\":["
            + caseJson("ok", "double", "{}", "{\"status\":0}")
            + ",{\"name\":\"n\",\"policy\":\"p\",\"command\":\"double\",\"expect\":{\"status\":0}}]}");
    assertThatThrownBy(() -> GoldenCases.load(folder))
        .isInstanceOf(GoldenCaseException.class)
        .hasMessageContaining("x.json at /cases/1/rule")
        .satisfies(e -> assertThat(((GoldenCaseException) e).pointer()).isEqualTo("/cases/1/rule"));
  }

  @Test
  void aCaseCitingNeitherSourceNorPolicyIsRefused() throws IOException {
    Files.writeString(
        folder.resolve("x.json"),
        "{\"cases\":[{\"name\":\"n\",\"rule\":\"r\",\"command\":\"double\",\"expect\":{\"status\":0}}]}");
    assertThatThrownBy(() -> GoldenCases.load(folder)).hasMessageContaining("cites neither");
  }

  @Test
  void aFileThatIsNotJsonOrHasNoCasesIsRefused() throws IOException {
    Files.writeString(folder.resolve("broken.json"), "{\"cases\":[");
    assertThatThrownBy(() -> GoldenCases.load(folder))
        .hasMessageContaining("broken.json at /cases: not a JSON document");
    Files.writeString(folder.resolve("broken.json"), "[]");
    assertThatThrownBy(() -> GoldenCases.load(folder)).hasMessageContaining("{\"cases\":[…]}");
  }

  @Test
  void aMisspelledExpectedFieldIsRefusedWithItsPointerInsteadOfCheckingOnlyTheStatus()
      throws IOException {
    write(
        "typo.json",
        caseJson("c", "double", "{\"n\":1}", "{\"status\":0,\"outptu\":{\"value\":3}}"));
    assertThatThrownBy(() -> GoldenCases.load(folder))
        .isInstanceOf(GoldenCaseException.class)
        .hasMessageContaining("typo.json at /cases/0/expect/outptu: unknown field \"outptu\"")
        .hasMessageContaining("has only the fields error, output, status")
        .satisfies(
            e ->
                assertThat(((GoldenCaseException) e).pointer())
                    .isEqualTo("/cases/0/expect/outptu"));
  }

  @Test
  void aMisspelledExpectIsRefusedAsAnUnknownFieldOfTheCase() throws IOException {
    Files.writeString(
        folder.resolve("x.json"),
        "{\"cases\":[{\"name\":\"n\",\"rule\":\"r\",\"policy\":\"p\",\"command\":\"double\","
            + "\"expected\":{\"status\":0}}]}");
    assertThatThrownBy(() -> GoldenCases.load(folder))
        .hasMessageContaining("x.json at /cases/0/expected: unknown field \"expected\"");
  }

  @Test
  void anUnknownFieldBesideTheCasesIsRefused() throws IOException {
    Files.writeString(folder.resolve("x.json"), "{\"cases\":[],\"case\":[]}");
    assertThatThrownBy(() -> GoldenCases.load(folder))
        .hasMessageContaining("x.json at /case: unknown field \"case\"");
  }

  @Test
  void aValueOfTheWrongTypeIsRefusedRatherThanCoerced() throws IOException {
    write("x.json", caseJson("c", "double", "{\"n\":1}", "{\"status\":\"0\"}"));
    assertThatThrownBy(() -> GoldenCases.load(folder))
        .hasMessageContaining("x.json at /cases/0/expect/status: expected an integer");
  }

  @Test
  void aRepeatedKeyIsRefused() throws IOException {
    Files.writeString(
        folder.resolve("x.json"),
        "{\"cases\":[" + caseJson("c", "double", "{\"n\":1,\"n\":2}", "{\"status\":0}") + "]}");
    assertThatThrownBy(() -> GoldenCases.load(folder))
        .hasMessageContaining(
            "x.json at /cases/0/input/n: not a JSON document: Duplicate field 'n'");
  }

  @Test
  void aMissingExpectIsRefusedWithTheShapeExpected() throws IOException {
    Files.writeString(
        folder.resolve("x.json"),
        "{\"cases\":[{\"name\":\"n\",\"rule\":\"r\",\"policy\":\"p\",\"command\":\"double\"}]}");
    assertThatThrownBy(() -> GoldenCases.load(folder))
        .hasMessageContaining("x.json at /cases/0/expect: case 'n' needs \"expect\"");
  }

  @Test
  void aCaseCitesTheRowsAndSectionsOfItsRule() throws IOException {
    write(
        "one.json",
        "{\"name\":\"c\",\"rule\":\"RULES.md §3.2 and §3.3 FACT; §4 DECISION; §3.2 again, §5.\",\"policy\":\"p\","
            + "\"command\":\"double\",\"input\":{\"n\":1},\"expect\":{\"status\":0}}");
    assertThat(GoldenCases.load(folder).get(0).citedRules())
        .containsExactly("3.2", "3.3", "§4", "§5");
  }

  @Test
  void coverageCountsTheCasesCitingEachRowAndTheCodesTheirAnswersHold() throws IOException {
    write(
        "c.json",
        "{\"name\":\"a\",\"rule\":\"RULES.md §3.2 FACT\",\"policy\":\"p\",\"command\":\"code\","
            + "\"input\":{},\"expect\":{\"status\":0}}",
        "{\"name\":\"b\",\"rule\":\"RULES.md §3.2 and §4\",\"policy\":\"p\",\"command\":\"double\","
            + "\"input\":{\"n\":1},\"expect\":{\"status\":0}}");
    CommandRunner coded =
        (command, input) -> {
          if ("code".equals(command)) {
            ObjectNode out = MAPPER.createObjectNode();
            out.putArray("violations").addObject().put("code", "INFORMATION_ONLY_CENTRE");
            return CommandResult.success(out);
          }
          return RUNNER.run(command, input);
        };
    GoldenRun run = GoldenRun.run(GoldenCases.load(folder), coded);
    GoldenCoverage coverage = run.coverage();
    assertThat(coverage.rules())
        .containsEntry("3.2", 2)
        .containsEntry("3.3", 0)
        .containsEntry("1.1", 0);
    assertThat(coverage.sections())
        .containsEntry("§3", 2)
        .containsEntry("§4", 1)
        .containsEntry("§5", 0);
    assertThat(coverage.violations())
        .containsEntry("INFORMATION_ONLY_CENTRE", 1)
        .containsEntry("DUPLICATE_APPLICATION", 0);
    assertThat(coverage.withoutCase(List.of("3.2", "§4", "INFORMATION_ONLY_CENTRE"))).isEmpty();
    assertThat(coverage.withoutCase(List.of("3.2", "3.3", "DUPLICATE_APPLICATION")))
        .containsExactly("3.3", "DUPLICATE_APPLICATION");
    assertThatThrownBy(() -> coverage.withoutCase(List.of("3.99")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'3.99' is neither a row of RULES.md");
    assertThat(run.summary().at("/coverage/rules/3.2").asInt()).isEqualTo(2);
    assertThat(run.summary().at("/coverage/rulesWithoutCase/0").asText()).isEqualTo("1.1");
    assertThat(run.summary().at("/coverage/summary").asText()).startsWith("RULES.md: 1 of ");
  }

  @Test
  void aFolderThatIsNotADirectoryIsRefused() throws IOException {
    Path file = Files.writeString(folder.resolve("file.json"), "{\"cases\":[]}");
    assertThatThrownBy(() -> GoldenCases.load(file)).hasMessageContaining("is not a directory");
  }

  @Test
  void aCaseHoldsWhenItsExpectedFieldsAreASubsetOfTheOutput() throws IOException {
    assertThat(single("{\"n\":21}", "{\"status\":0,\"output\":{\"value\":42.0}}").check(RUNNER))
        .isEmpty();
  }

  @Test
  void aChangedExpectedValueFailsNamingItsPointer() throws IOException {
    GoldenCase c =
        single("{\"n\":21}", "{\"status\":0,\"output\":{\"value\":42,\"digits\":[1,3]}}");
    assertThat(c.check(RUNNER)).containsExactly("/digits/1: expected 3 but was 2");
    assertThat(c.withExpectedOutput(MAPPER.readTree("{\"missing\":true}")).check(RUNNER))
        .containsExactly("/missing: expected true but the field is absent");
    assertThat(c.withExpectedOutput(MAPPER.readTree("{\"digits\":[1]}")).check(RUNNER))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("/digits: expected [1]");
  }

  @Test
  void anotherStatusFailsWithWhatTheCommandSaid() throws IOException {
    GoldenCase c = single("{\"n\":\"x\"}", "{\"status\":0}");
    assertThat(c.check(RUNNER))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("status 2 instead of 0")
        .contains("n must be an integer");
    assertThat(c.withExpectedStatus(2).check(RUNNER)).isEmpty();
  }

  @Test
  void theErrorPathAndMessageAreChecked() throws IOException {
    GoldenCase good =
        single(
            "{\"n\":\"x\"}",
            "{\"status\":2,\"error\":{\"path\":\"/n\",\"messageContains\":\"integer\"}}");
    assertThat(good.check(RUNNER)).isEmpty();
    GoldenCase bad =
        single(
            "{\"n\":\"x\"}",
            "{\"status\":2,\"error\":{\"path\":\"/m\",\"messageContains\":\"date\"}}");
    assertThat(bad.check(RUNNER))
        .containsExactly(
            "error path \"/n\" instead of \"/m\"",
            "error message \"n must be an integer, not \\\"x\\\"\" lacks \"date\"");
  }

  @Test
  void aRunCountsFailuresAndARunnerThatThrowsFailsOnlyItsCase() throws IOException {
    write(
        "run.json",
        caseJson("holds", "double", "{\"n\":1}", "{\"status\":0,\"output\":{\"value\":2}}"),
        caseJson("fails", "double", "{\"n\":1}", "{\"status\":0,\"output\":{\"value\":3}}"),
        caseJson("throws", "explode", "{}", "{\"status\":0}"));
    GoldenRun run = GoldenRun.run(GoldenCases.load(folder), RUNNER);
    assertThat(run.total()).isEqualTo(3);
    assertThat(run.failed()).isEqualTo(2);
    assertThat(run.allPassed()).isFalse();
    assertThat(run.summaryLine()).isEqualTo("3 cases: 1 passed, 2 failed");
    JsonNode summary = run.summary();
    assertThat(summary.get("failures")).hasSize(2);
    assertThat(summary.at("/failures/0/name").asText()).isEqualTo("fails");
    assertThat(summary.at("/failures/0/problems/0").asText())
        .isEqualTo("/value: expected 3 but was 2");
    assertThat(summary.at("/failures/1/problems/0").asText()).contains("boom");
  }

  @Test
  void theJUnitXmlReportHasOneSuitePerFileAndAFailurePerFailedCase() throws Exception {
    write(
        "a.json",
        caseJson("holds", "double", "{\"n\":1}", "{\"status\":0,\"output\":{\"value\":2}}"));
    write(
        "b.json",
        caseJson("fails <&>", "double", "{\"n\":1}", "{\"status\":0,\"output\":{\"value\":3}}"),
        caseJson("throws", "explode", "{}", "{\"status\":0}"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GoldenRun.run(GoldenCases.load(folder), RUNNER).writeJUnitXml(out);
    Document xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(out.toByteArray()));
    Element root = xml.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(
            List.of(
                root.getAttribute("tests"),
                root.getAttribute("failures"),
                root.getAttribute("errors")))
        .containsExactly("3", "1", "1");
    assertThat(xml.getElementsByTagName("testsuite").getLength()).isEqualTo(3);
    Element failed = (Element) xml.getElementsByTagName("testcase").item(1);
    assertThat(failed.getAttribute("classname")).isEqualTo("golden.b");
    assertThat(failed.getAttribute("name")).startsWith("fails <&>");
    assertThat(failed.getElementsByTagName("failure").item(0).getTextContent())
        .isEqualTo("/value: expected 3 but was 2");
    assertThat(xml.getElementsByTagName("error").item(0).getTextContent()).contains("boom");
    Element coverage = (Element) xml.getElementsByTagName("testsuite").item(2);
    assertThat(coverage.getAttribute("name")).isEqualTo("RULES.md coverage");
    assertThat(coverage.getAttribute("tests")).isEqualTo("0");
    Element rule = (Element) coverage.getElementsByTagName("property").item(1);
    assertThat(List.of(rule.getAttribute("name"), rule.getAttribute("value")))
        .containsExactly("coverage.rule.1.1", "0");
  }

  @Test
  void resultsReadFromStreamsKeepTheErrorObject() {
    CommandResult r =
        CommandResult.ofStreams(2, "", "{\"error\":{\"message\":\"m\",\"path\":\"/p\"}}\n");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.error().path("path").asText()).isEqualTo("/p");
    assertThat(r.output().isMissingNode()).isTrue();
    assertThat(CommandResult.ofStreams(0, "not json", "").output().isMissingNode()).isTrue();
    assertThatThrownBy(() -> CommandResult.error(0, MAPPER.createObjectNode()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

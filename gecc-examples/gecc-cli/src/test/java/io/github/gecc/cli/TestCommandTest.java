package io.github.gecc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** {@code gecc test DIR [--junit-xml FILE]}: summary, report and exit status. */
class TestCommandTest {

  @TempDir Path folder;

  private static final String HOLDS =
      "{\"name\":\"29 Feb 2024 is in fiscal year 2567\",\"rule\":\"RULES.md §1 FACT\",\"policy\":\"example\","
          + "\"command\":\"fiscal-year\",\"input\":{\"date\":\"2024-02-29\"},"
          + "\"expect\":{\"status\":0,\"output\":{\"fiscalYear\":2567}}}";

  private static final String FAILS =
      "{\"name\":\"a wrong expectation\",\"rule\":\"RULES.md §1 FACT\",\"policy\":\"example\","
          + "\"command\":\"fiscal-year\",\"input\":{\"date\":\"2024-02-29\"},"
          + "\"expect\":{\"status\":0,\"output\":{\"fiscalYear\":2566}}}";

  private Path cases(String... cases) throws IOException {
    Files.writeString(
        folder.resolve("cases.json"),
        "{\"cases\":[" + String.join(",", cases) + "]}",
        StandardCharsets.UTF_8);
    return folder;
  }

  private static Element report(Path file) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(file.toFile())
        .getDocumentElement();
  }

  @Test
  void runsTheProjectsOwnGoldenCasesAndWritesAJUnitReport() throws Exception {
    Path xml = folder.resolve("golden.xml");
    CliRunner.Result r =
        CliRunner.runArgs("", "test", "src/test/resources/golden", "--junit-xml", xml.toString());
    assertThat(r.status()).as(r.stderr()).isZero();
    assertThat(r.stderr()).isEmpty();
    int cases = r.json().get("cases").asInt();
    assertThat(cases).isGreaterThanOrEqualTo(60);
    assertThat(r.json().get("failed").asInt()).isZero();
    assertThat(r.json().get("summary").asText())
        .isEqualTo(cases + " cases: " + cases + " passed, 0 failed");
    assertThat(report(xml).getAttribute("tests")).isEqualTo(Integer.toString(cases));
    assertThat(report(xml).getAttribute("failures")).isEqualTo("0");
  }

  @Test
  void aFailingCaseExitsOneWithTheMismatchInTheSummaryAndTheReport() throws Exception {
    Path xml = folder.resolve("report.xml");
    CliRunner.Result r =
        CliRunner.runArgs("", "test", cases(HOLDS, FAILS).toString(), "--junit-xml=" + xml);
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.json().get("summary").asText()).isEqualTo("2 cases: 1 passed, 1 failed");
    assertThat(r.json().at("/failures/0/problems/0").asText())
        .isEqualTo("/fiscalYear: expected 2566 but was 2567");
    assertThat(r.error().at("/error/message").asText()).isEqualTo("1 of 2 cases failed");
    Element root = report(xml);
    assertThat(root.getAttribute("failures")).isEqualTo("1");
    assertThat(root.getElementsByTagName("failure").item(0).getTextContent())
        .isEqualTo("/fiscalYear: expected 2566 but was 2567");
  }

  @Test
  void theSummaryCountsTheCasesCitingEachRuleAndRequiredCoverageFailsWithoutACase()
      throws IOException {
    Path dir = cases(HOLDS.replace("RULES.md §1 FACT", "RULES.md §4.1 FACT"));
    CliRunner.Result covered =
        CliRunner.runArgs("", "test", dir.toString(), "--require-coverage", "4.1, §4");
    assertThat(covered.status()).as(covered.stderr()).isZero();
    assertThat(covered.json().at("/coverage/rules/4.1").asInt()).isEqualTo(1);
    CliRunner.Result uncovered =
        CliRunner.runArgs(
            "", "test", dir.toString(), "--require-coverage=4.1,3.2,DUPLICATE_APPLICATION");
    assertThat(uncovered.status()).isEqualTo(1);
    assertThat(uncovered.error().at("/error/message").asText())
        .isEqualTo("no case checks 3.2, DUPLICATE_APPLICATION (required by --require-coverage)");
  }

  @Test
  void requiredCoverageNamingNoRuleIsBadInput() throws IOException {
    CliRunner.Result r =
        CliRunner.runArgs("", "test", cases(HOLDS).toString(), "--require-coverage", "3.99");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.error().at("/error/message").asText())
        .startsWith("option --require-coverage: '3.99' is neither a row of RULES.md");
  }

  @Test
  void aCaseFileWithAMisspelledFieldIsBadInputWithItsPointer() throws IOException {
    CliRunner.Result r =
        CliRunner.runArgs("", "test", cases(HOLDS.replace("\"output\"", "\"outptu\"")).toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.error().at("/error/path").asText()).isEqualTo("/cases/0/expect/outptu");
    assertThat(r.error().at("/error/message").asText()).contains("unknown field \"outptu\"");
  }

  @Test
  void withoutAReportOnlyTheSummaryIsPrinted() throws IOException {
    CliRunner.Result r = CliRunner.runArgs("", "test", cases(HOLDS).toString());
    assertThat(r.status()).isZero();
    assertThat(r.json().get("passed").asInt()).isEqualTo(1);
    try (var files = Files.list(folder)) {
      assertThat(files).containsExactly(folder.resolve("cases.json"));
    }
  }

  @Test
  void aCaseFileLackingARequiredFieldIsBadInputWithItsPointer() throws IOException {
    Files.writeString(
        folder.resolve("broken.json"),
        "{\"cases\":[{\"name\":\"n\",\"policy\":\"p\",\"command\":\"fiscal-year\"}]}");
    CliRunner.Result r = CliRunner.runArgs("", "test", folder.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.stdout()).isEmpty();
    assertThat(r.error().at("/error/path").asText()).isEqualTo("/cases/0/rule");
    assertThat(r.error().at("/error/message").asText()).contains("broken.json");
  }

  @Test
  void aMissingEmptyOrFileDirIsBadInput() throws IOException {
    assertThat(CliRunner.runArgs("", "test", folder.resolve("absent").toString()).status())
        .isEqualTo(2);
    CliRunner.Result empty = CliRunner.runArgs("", "test", folder.toString());
    assertThat(empty.status()).isEqualTo(2);
    assertThat(empty.error().at("/error/message").asText()).startsWith("no case under");
    Path file = Files.writeString(folder.resolve("x.json"), "{\"cases\":[]}");
    assertThat(CliRunner.runArgs("", "test", file.toString()).error().at("/error/message").asText())
        .contains("is not a directory");
  }

  @Test
  void badArgumentsAreBadInput() throws IOException {
    String dir = cases(HOLDS).toString();
    assertThat(CliRunner.runArgs("", "test").error().at("/error/message").asText())
        .contains("usage: test DIR");
    assertThat(CliRunner.runArgs("", "test", dir, "--junit-xml").status()).isEqualTo(2);
    assertThat(CliRunner.runArgs("", "test", dir, "--junit-xml=").status()).isEqualTo(2);
    assertThat(
            CliRunner.runArgs("", "test", dir, "--junit-xml", "a", "--junit-xml", "b")
                .error()
                .at("/error/message")
                .asText())
        .contains("twice");
    assertThat(
            CliRunner.runArgs("", "test", dir, "--verbose").error().at("/error/message").asText())
        .contains("unknown option '--verbose'");
    assertThat(CliRunner.runArgs("", "test", dir, dir).error().at("/error/message").asText())
        .contains("too many arguments");
  }

  @Test
  void aReportThatCannotBeWrittenIsBadInput() throws IOException {
    CliRunner.Result r =
        CliRunner.runArgs("", "test", cases(HOLDS).toString(), "--junit-xml", folder.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.error().at("/error/message").asText())
        .startsWith("could not write the JUnit XML report");
  }

  @Test
  void theUsageNamesTheCommand() {
    assertThat(CliRunner.runArgs("", "--help").stdout()).contains("test DIR [--junit-xml FILE]");
  }
}

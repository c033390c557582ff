package io.github.gecc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gecc.application.Rounds;
import io.github.gecc.certification.Portfolio;
import io.github.gecc.examples.SyntheticNation;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GenerateCommandTest {

  private static CliRunner.Result generate(String... options) {
    String[] args = new String[options.length + 1];
    args[0] = "generate";
    System.arraycopy(options, 0, args, 1, options.length);
    return CliRunner.runArgs("", args);
  }

  @Test
  void theSameOptionsPrintTheSameBytes() {
    CliRunner.Result first = generate("--centres", "40", "--seed", "7");
    CliRunner.Result second = generate("--seed", "7", "--centres=40");
    assertThat(first.status()).isZero();
    assertThat(first.stderr()).isEmpty();
    assertThat(second.stdout()).isEqualTo(first.stdout());
  }

  @Test
  void anotherSeedGivesAnotherNation() {
    assertThat(generate("--centres", "40", "--seed", "8").stdout())
        .isNotEqualTo(generate("--centres", "40", "--seed", "7").stdout());
  }

  @Test
  void theDocumentHasTheAsOfDateTheRoundAndTheCentres() {
    JsonNode out = generate("--centres", "12", "--seed", "3").json();
    assertThat(out.get("asOf").asText()).isEqualTo(SyntheticNation.AS_OF.toString());
    assertThat(out.get("round").asInt()).isEqualTo(SyntheticNation.ROUND.getValue());
    assertThat(out.get("centres")).hasSize(12);
    assertThat(out.at("/centres/0/id").asText()).isEqualTo("C000001");
    assertThat(out.at("/centres/11/id").asText()).isEqualTo("C000012");
  }

  @Test
  void thePortfolioCommandReadsTheOutput() {
    CliRunner.Result generated = generate("--centres", "300", "--seed", "11");
    CliRunner.Result answered = CliRunner.run("portfolio", generated.stdout());
    assertThat(answered.stderr()).isEmpty();
    assertThat(answered.status()).isZero();
    Portfolio expected = SyntheticNation.generate(300, 11).portfolio();
    JsonNode out = answered.json();
    assertThat(out.get("centres").asInt()).isEqualTo(300);
    assertThat(out.get("underCertification").asInt())
        .isEqualTo(expected.countUnderCertification(SyntheticNation.AS_OF));
    assertThat(out.get("mustApply"))
        .hasSize(
            Rounds.bundled()
                .directive(SyntheticNation.ROUND)
                .map(directive -> expected.mustApply(directive).size())
                .orElse(0));
    assertThat(out.get("overdue"))
        .hasSize(expected.overdue(SyntheticNation.AS_OF).size())
        .isNotEmpty();
  }

  @Test
  void withoutOptionsItGeneratesTheDefaultNation() {
    CliRunner.Result result = generate();
    assertThat(result.status()).isZero();
    assertThat(result.json().get("centres")).hasSize(GenerateCommand.DEFAULT_CENTRES);
    assertThat(result.stdout())
        .isEqualTo(
            generate(
                    "--centres",
                    String.valueOf(GenerateCommand.DEFAULT_CENTRES),
                    "--seed",
                    String.valueOf(GenerateCommand.DEFAULT_SEED))
                .stdout());
  }

  @Test
  void itReadsNoInput() {
    CliRunner.Result result = CliRunner.runArgs("not JSON at all", "generate", "--centres", "2");
    assertThat(result.status()).isZero();
    assertThat(result.json().get("centres")).hasSize(2);
  }

  static Stream<Arguments> badOptions() {
    return Stream.of(
        Arguments.of(
            new String[] {"--centres", "-1"}, "/centres", "--centres -1 is outside 1..100000"),
        Arguments.of(
            new String[] {"--centres", "0"}, "/centres", "--centres 0 is outside 1..100000"),
        Arguments.of(new String[] {"--centres", "100001"}, "/centres", "outside 1..100000"),
        Arguments.of(
            new String[] {"--centres", "many"}, "/centres", "'many' is not a whole number"),
        Arguments.of(new String[] {"--centres", "1e3"}, "/centres", "'1e3' is not a whole number"),
        Arguments.of(new String[] {"--seed", "1.5"}, "/seed", "--seed '1.5' is not a whole number"),
        Arguments.of(new String[] {"--size", "10"}, "/size", "unknown option --size"));
  }

  @ParameterizedTest
  @MethodSource("badOptions")
  void aBadOptionValueIsBadInputAtTheOption(String[] options, String path, String fragment) {
    CliRunner.Result result = generate(options);
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.error().at("/error/path").asText()).isEqualTo(path);
    assertThat(result.error().at("/error/message").asText()).contains(fragment);
  }

  static Stream<Arguments> malformedOptions() {
    return Stream.of(
        Arguments.of(new String[] {"--centres"}, "option --centres has no value"),
        Arguments.of(
            new String[] {"nation.json"}, "expected an option --name value, not 'nation.json'"),
        Arguments.of(new String[] {"--", "5"}, "expected an option --name value, not '--'"),
        Arguments.of(new String[] {"--seed", "1", "--seed", "2"}, "option --seed is given twice"));
  }

  @ParameterizedTest
  @MethodSource("malformedOptions")
  void malformedOptionsAreBadInputWithoutAPath(String[] options, String fragment) {
    CliRunner.Result result = generate(options);
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.error().at("/error/message").asText()).contains(fragment);
    assertThat(result.error().at("/error").has("path")).isFalse();
  }
}

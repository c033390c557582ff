package io.github.gecc.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.gecc.application.Organisation;
import io.github.gecc.time.FiscalYear;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A document parsed once on either Jackson line: its GECC values are read from its tokens at their
 * pointers, so a reader sees a repeated key and every digit as written even where a host's mapper
 * builds trees that keep one key and doubles; the two lines answer alike.
 */
class GeccDocumentTest {

  /** Host mappers with the module and Jackson's defaults: their trees keep one key and doubles. */
  private static final com.fasterxml.jackson.databind.ObjectMapper HOST_2 =
      com.fasterxml.jackson.databind.json.JsonMapper.builder()
          .addModule(new io.github.gecc.json.GeccModule())
          .build();

  private static final tools.jackson.databind.ObjectMapper HOST_3 =
      tools.jackson.databind.json.JsonMapper.builder()
          .addModule(new io.github.gecc.json.jackson3.GeccModule())
          .build();

  private static final String DECIMAL = "79.99999999999999999999999";

  private static byte[] utf8(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aDecimalOfTwentyFiveDigitsIsReadAsWrittenOnBothLines() throws Exception {
    byte[] json = utf8("{\"a\":{\"x\":[1,{\"y\":2}]},\"b\":[{\"c\":3},{\"c\":" + DECIMAL + "}]}");
    for (var document :
        List.of(
            io.github.gecc.json.GeccDocument.parse(HOST_2, json),
            io.github.gecc.json.GeccDocument.parse(io.github.gecc.json.GeccJson.mapper(), json))) {
      assertThat(document.read("/b/1/c", BigDecimal.class)).isEqualTo(new BigDecimal(DECIMAL));
      assertThat(document.read("/a/x/1/y", Integer.class)).isEqualTo(2);
      assertThat(document.at("/b/1").read("/c", BigDecimal.class))
          .isEqualTo(new BigDecimal(DECIMAL));
    }
    for (var document :
        List.of(
            io.github.gecc.json.jackson3.GeccDocument.parse(HOST_3, json),
            io.github.gecc.json.jackson3.GeccDocument.parse(
                io.github.gecc.json.jackson3.GeccJson.mapper(), json))) {
      assertThat(document.read("/b/1/c", BigDecimal.class)).isEqualTo(new BigDecimal(DECIMAL));
      assertThat(document.read("/a/x/1/y", Integer.class)).isEqualTo(2);
      assertThat(document.at("/b/1").read("/c", BigDecimal.class))
          .isEqualTo(new BigDecimal(DECIMAL));
    }
  }

  @Test
  void aGeccValueWithTwentyFiveDigitsIsRefusedWithTheDigitsAsWrittenOnBothLines() {
    byte[] json = utf8("{\"round\":2567.000000000000000000001}");
    var two =
        catchThrowableOfType(
            io.github.gecc.json.GeccJsonException.class,
            () ->
                io.github.gecc.json.GeccDocument.parse(HOST_2, json)
                    .read("/round", FiscalYear.class));
    var three =
        catchThrowableOfType(
            io.github.gecc.json.jackson3.GeccJsonException.class,
            () ->
                io.github.gecc.json.jackson3.GeccDocument.parse(HOST_3, json)
                    .read("/round", FiscalYear.class));
    assertThat(two.getOriginalMessage()).contains("2567.000000000000000000001");
    assertThat(two.pointer()).isEqualTo("/round");
    assertThat(three.getOriginalMessage()).isEqualTo(two.getOriginalMessage());
    assertThat(three.pointer()).isEqualTo(two.pointer());
    assertThat(three.rule()).isEqualTo(two.rule());
  }

  @Test
  void aKeyRepeatedInsideAGeccValueIsRefusedThoughTheHostsTreeKeepsOneOnBothLines()
      throws Exception {
    byte[] json =
        utf8(
            "{\"organisation\":"
                + "{\"kind\":\"CITY_MUNICIPALITY\",\"kind\":\"DISTRICT_OFFICE\"}}");
    var two = io.github.gecc.json.GeccDocument.parse(HOST_2, json);
    var three = io.github.gecc.json.jackson3.GeccDocument.parse(HOST_3, json);
    assertThat(two.tree().path("organisation").path("kind").asText()).isEqualTo("DISTRICT_OFFICE");
    assertThat(three.tree().path("organisation").path("kind").asString())
        .isEqualTo("DISTRICT_OFFICE");
    var refusal2 =
        catchThrowableOfType(
            io.github.gecc.json.GeccJsonException.class,
            () -> two.read("/organisation", Organisation.class));
    var refusal3 =
        catchThrowableOfType(
            io.github.gecc.json.jackson3.GeccJsonException.class,
            () -> three.read("/organisation", Organisation.class));
    assertThat(refusal2.pointer()).isEqualTo("/organisation/kind");
    assertThat(refusal2.getOriginalMessage()).contains("'kind'").contains("twice");
    assertThat(refusal3.pointer()).isEqualTo(refusal2.pointer());
    assertThat(refusal3.getOriginalMessage()).isEqualTo(refusal2.getOriginalMessage());
    // Selected fields carry every occurrence of a key.
    assertThatThrownBy(
            () -> two.select(List.of("organisation")).read("/organisation", Organisation.class))
        .hasMessageContaining("twice");
    assertThatThrownBy(
            () -> three.select(List.of("organisation")).read("/organisation", Organisation.class))
        .hasMessageContaining("twice");
  }

  @Test
  void anAbsentValueIsRefusedAtItsPointerAndTheDocumentNullReadsAsNullOnBothLines()
      throws Exception {
    var two =
        catchThrowableOfType(
            io.github.gecc.json.GeccJsonException.class,
            () ->
                io.github.gecc.json.GeccDocument.parse(HOST_2, utf8("{\"o\":[]}"))
                    .read("/o/0", Organisation.class));
    var three =
        catchThrowableOfType(
            io.github.gecc.json.jackson3.GeccJsonException.class,
            () ->
                io.github.gecc.json.jackson3.GeccDocument.parse(HOST_3, utf8("{\"o\":[]}"))
                    .read("/o/0", Organisation.class));
    assertThat(two.rule()).contains("11.3");
    assertThat(two.pointer()).isEqualTo("/o/0");
    assertThat(three.rule()).isEqualTo(two.rule());
    assertThat(three.getOriginalMessage()).isEqualTo(two.getOriginalMessage());
    assertThat(io.github.gecc.json.GeccDocument.parse(HOST_2, utf8("null")).tree().isNull())
        .isTrue();
    assertThat(
            io.github.gecc.json.jackson3.GeccDocument.parse(HOST_3, utf8("null")).tree().isNull())
        .isTrue();
  }

  @Test
  void selectedFieldsComeInTheOrderNamedAndAStringFieldIsAddedAtTheEndOnBothLines()
      throws Exception {
    byte[] json = utf8("{\"a\":1,\"b\":2,\"c\":3}");
    assertThat(
            io.github.gecc.json.GeccDocument.parse(HOST_2, json)
                .select(List.of("c", "a", "z"))
                .with("d", "x")
                .tree()
                .toString())
        .isEqualTo("{\"c\":3,\"a\":1,\"d\":\"x\"}");
    assertThat(
            io.github.gecc.json.jackson3.GeccDocument.parse(HOST_3, json)
                .select(List.of("c", "a", "z"))
                .with("d", "x")
                .tree()
                .toString())
        .isEqualTo("{\"c\":3,\"a\":1,\"d\":\"x\"}");
  }

  @Test
  void aDocumentIsRefusedAsGeccJsonRefusesItsBytesOnBothLines() {
    byte[] json = utf8("{\"a\":1} 2");
    var two =
        catchThrowableOfType(
            io.github.gecc.json.GeccJsonException.class,
            () -> io.github.gecc.json.GeccDocument.parse(HOST_2, json));
    var twoRead =
        catchThrowableOfType(
            io.github.gecc.json.GeccJsonException.class,
            () ->
                io.github.gecc.json.GeccJson.read(
                    HOST_2, json, com.fasterxml.jackson.databind.JsonNode.class));
    assertThat(two.getOriginalMessage()).isEqualTo(twoRead.getOriginalMessage());
    var three =
        catchThrowableOfType(
            io.github.gecc.json.jackson3.GeccJsonException.class,
            () -> io.github.gecc.json.jackson3.GeccDocument.parse(HOST_3, json));
    var threeRead =
        catchThrowableOfType(
            io.github.gecc.json.jackson3.GeccJsonException.class,
            () ->
                io.github.gecc.json.jackson3.GeccJson.read(
                    HOST_3, json, tools.jackson.databind.JsonNode.class));
    assertThat(three.getOriginalMessage()).isEqualTo(threeRead.getOriginalMessage());
  }

  @Test
  void theElementsOfAnArrayAndAValueAParserStandsOnAreDocumentsOfTheirOwnOnBothLines()
      throws Exception {
    byte[] json = utf8("{\"o\":[{\"kind\":\"CITY_MUNICIPALITY\"},{\"kind\":\"NO_SUCH_KIND\"}]}");
    var two = io.github.gecc.json.GeccDocument.parse(HOST_2, json);
    var three = io.github.gecc.json.jackson3.GeccDocument.parse(HOST_3, json);
    assertThat(two.elements("/o")).hasSize(2);
    assertThat(three.elements("/o")).hasSize(2);
    var refusal2 =
        catchThrowableOfType(
            io.github.gecc.json.GeccJsonException.class,
            () -> two.elements("/o").get(1).read("", Organisation.class));
    var refusal3 =
        catchThrowableOfType(
            io.github.gecc.json.jackson3.GeccJsonException.class,
            () -> three.elements("/o").get(1).read("", Organisation.class));
    assertThat(refusal2.pointer()).isEqualTo("/kind");
    assertThat(refusal3.pointer()).isEqualTo(refusal2.pointer());
    assertThat(refusal3.getOriginalMessage()).isEqualTo(refusal2.getOriginalMessage());
    assertThat(
            catchThrowableOfType(
                    io.github.gecc.json.GeccJsonException.class, () -> two.elements("/o/0"))
                .pointer())
        .isEqualTo("/o/0");
    assertThat(
            catchThrowableOfType(
                    io.github.gecc.json.jackson3.GeccJsonException.class,
                    () -> three.elements("/p"))
                .pointer())
        .isEqualTo("/p");
    assertThat(two.has("/o/1/kind")).isTrue();
    assertThat(three.has("/o/2")).isFalse();
    try (var parser = two.parser()) {
      parser.nextToken();
      parser.nextToken();
      parser.nextToken();
      assertThat(io.github.gecc.json.GeccDocument.copyOf(HOST_2, parser).elements("")).hasSize(2);
    }
    try (var parser = three.parser()) {
      parser.nextToken();
      parser.nextToken();
      parser.nextToken();
      assertThat(io.github.gecc.json.jackson3.GeccDocument.copyOf(HOST_3, parser).elements(""))
          .hasSize(2);
    }
  }
}

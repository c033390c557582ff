package io.github.gecc.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gecc.application.RoundDefinition;
import io.github.gecc.json.GeccJson;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The round register schema accepts what the reader accepts, and refuses the shapes it refuses. */
@Tag("schema")
class RoundRegisterSchemaTest {

  private static final String SCHEMA = "round-register.schema.json";
  private static final ObjectMapper MAPPER = GeccJson.mapper();

  private static final String ISO =
      "{\"round\":2570,\"opensAt\":\"2027-01-07T08:30:00+07:00\",\"closesAt\":\"2027-02-26T16:30:00+07:00\","
          + "\"channels\":[\"ONLINE\"],\"documents\":[],\"source\":\"FICTIONAL test data, not a circular\"}";
  private static final String THAI =
      "{\"round\":2570,\"thaiText\":\"๗ มกราคม (เวลา ๐๘.๓๐ น.) - ๒๖ กุมภาพันธ์ (เวลา ๑๖.๓๐ น.) ๒๕๗๐\","
          + "\"channels\":[\"ONLINE\"],\"source\":\"FICTIONAL test data, not a circular\"}";

  static Stream<String> accepted() {
    return Stream.of(
        "[]",
        "[" + ISO + "]",
        "[" + THAI + "]",
        "[" + THAI.replace("\"channels\"", "\"opensAt\":null,\"closesAt\":null,\"channels\"") + "]",
        "[" + ISO.replace("\"opensAt\":\"2027-01-07T08:30:00+07:00\",", "") + "]",
        "[" + ISO.replace("\"documents\":[]", "\"documents\":null,\"thaiText\":null") + "]",
        "["
            + ISO.replace(
                "\"documents\":[]",
                "\"documents\":[\"WORD\",\"PDF\"],\"eligibleKinds\":[\"PATTAYA_CITY\"],"
                    + "\"rulebook\":\"GECC-2560\",\"replaces\":false,\"deadlines\":[{\"setBy\":\"DOPA\","
                    + "\"purpose\":\"SURVEY\",\"due\":\"2027-01-31\",\"task\":\"answer\"},{\"setBy\":\"DOPA\","
                    + "\"purpose\":\"APPLICATION_REPORT\",\"due\":\"2027-02-24T12:00\",\"task\":\"report\",\"source\":\"x\"}]")
            + "]",
        "[" + ISO + "," + THAI.replace("2570", "2571").replace("๒๕๗๐", "๒๕๗๑") + "]",
        "["
            + ISO.replace("2027-01-07T08:30:00+07:00", "2027-01-07")
                .replace("2027-02-26T16:30:00+07:00", "2027-02-26")
            + "]",
        "[{\"round\":2567,\"opensAt\":\"2024-01-08T08:30:00+07:00\",\"closesAt\":\"2024-02-29T16:30:00+07:00\","
            + "\"channels\":[\"ONLINE\"],\"source\":\"DOPA มท 0305.1/ว 1660, 18 Jan 2567\"}]");
  }

  static Stream<String> refusedByBoth() {
    return Stream.of(
        "{}",
        "[" + ISO.replace("[\"ONLINE\"]", "[\"FAX\"]") + "]",
        "[" + ISO.replace("[\"ONLINE\"]", "[]") + "]",
        "[" + ISO.replace("\"documents\":[]", "\"documents\":[\"DOCX\"]") + "]",
        "[" + ISO.replace("\"documents\":[]", "\"eligibleKinds\":[\"HOSPITAL\"]") + "]",
        "[" + ISO.replace("\"documents\":[]", "\"eligibleKinds\":[]") + "]",
        "[" + ISO.replace(",\"source\":\"FICTIONAL test data, not a circular\"", "") + "]",
        "[" + ISO.replace("\"documents\"", "\"document\"") + "]",
        "[" + ISO.replace("\"round\":2570", "\"round\":2027") + "]",
        "["
            + THAI.replace(
                "\"channels\"", "\"closesAt\":\"2027-02-26T16:30:00+07:00\",\"channels\"")
            + "]",
        "[{\"round\":2570,\"channels\":[\"ONLINE\"],\"source\":\"FICTIONAL\"}]",
        "[" + ISO.replace("\"documents\":[]", "\"replaces\":\"yes\"") + "]",
        "[" + ISO.replace("2027-02-26T16:30:00+07:00", "2027-02-30") + "]",
        "["
            + ISO.replace(
                "\"documents\":[]",
                "\"deadlines\":[{\"setBy\":\"DOPA\",\"purpose\":\"SURVEY\",\"task\":\"x\"}]")
            + "]");
  }

  private static boolean readerAccepts(String json) {
    try {
      GeccJson.read(
          MAPPER, json.getBytes(java.nio.charset.StandardCharsets.UTF_8), RoundDefinition[].class);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @ParameterizedTest
  @MethodSource("accepted")
  void schemaAcceptsWhatTheReaderAccepts(String json) throws IOException {
    assertThat(readerAccepts(json)).as("reader").isTrue();
    assertThat(SchemasTest.validate(SCHEMA, json)).as("schema").isEmpty();
  }

  @ParameterizedTest
  @MethodSource("refusedByBoth")
  void schemaRefusesTheShapesTheReaderRefuses(String json) throws IOException {
    assertThat(readerAccepts(json)).as("reader").isFalse();
    assertThat(SchemasTest.validate(SCHEMA, json)).as("schema").isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("accepted")
  void windowRequestsAcceptTheRegisterInline(String register) throws IOException {
    assertThat(
            SchemasTest.validate(
                "window-request.schema.json", "{\"round\":2570,\"rounds\":" + register + "}"))
        .isEmpty();
  }
}

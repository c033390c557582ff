package io.github.gecc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckApplicationCommandTest {

  private static String met(int basic, int advanced) {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= basic; i++) {
      ids.add(String.format("\"B%02d\"", i));
    }
    for (int i = 1; i <= advanced; i++) {
      ids.add(String.format("\"A%02d\"", i));
    }
    return "[" + String.join(",", ids) + "]";
  }

  private static String request(
      int round,
      String kind,
      boolean infoOnly,
      String met,
      String at,
      String channels,
      String documents) {
    return "{\"round\":"
        + round
        + ",\"organisation\":{\"kind\":\""
        + kind
        + "\",\"informationOnly\":"
        + infoOnly
        + "},\"selfAssessment\":{\"rulebook\":\"GECC-2560\",\"met\":"
        + met
        + "},\"submittedAt\":\""
        + at
        + "\",\"channels\":"
        + channels
        + ",\"documents\":"
        + documents
        + "}";
  }

  private static List<String> codes(JsonNode out) {
    return StreamSupport.stream(out.get("violations").spliterator(), false)
        .map(v -> v.get("code").asText())
        .collect(Collectors.toList());
  }

  @Test
  void theContractExampleHolds() {
    CliRunner.Result result =
        CliRunner.run(
            "check-application",
            request(
                2567,
                "DISTRICT_OFFICE",
                false,
                "[\"B01\",\"B02\"]",
                "2024-02-01T10:00:00+07:00",
                "[\"ONLINE\"]",
                "[]"));
    assertThat(result.status()).isZero();
    JsonNode out = result.json();
    assertThat(out.get("accepted").asBoolean()).isFalse();
    assertThat(codes(out))
        .containsExactly("SELF_ASSESSMENT_BELOW_THRESHOLD", "SELF_ASSESSMENT_REQUIREMENT_NOT_MET");
    JsonNode v = out.get("violations").get(0);
    assertThat(v.get("message").asText()).contains("2 of 80 points").contains("gate of 60");
    assertThat(v.get("messageTh").asText()).contains("คะแนน");
    assertThat(v.get("source").asText()).contains("DLA นท 0812/694, round 2560");
  }

  @Test
  void anOnTimeApplicationAtTheGateIsAccepted() {
    JsonNode out =
        CliRunner.run(
                "check-application",
                request(
                    2567,
                    "DISTRICT_OFFICE",
                    false,
                    met(40, 10),
                    "2024-02-01T10:00:00+07:00",
                    "[\"ONLINE\"]",
                    "[]"))
            .json();
    assertThat(out.get("accepted").asBoolean()).isTrue();
    assertThat(out.get("violations").size()).isZero();
    assertThat(out.at("/warnings/0/code").asText()).isEqualTo("RULEBOOK_OF_EARLIER_ROUND");
    assertThat(out.get("warnings").size()).isOne();
  }

  @Test
  void refusesSixtyPointsWithoutEveryBasicCriterion() {
    JsonNode out =
        CliRunner.run(
                "check-application",
                request(
                    2567,
                    "DISTRICT_OFFICE",
                    false,
                    met(36, 12),
                    "2024-02-01T10:00:00+07:00",
                    "[\"ONLINE\"]",
                    "[]"))
            .json();
    assertThat(out.get("accepted").asBoolean()).isFalse();
    assertThat(codes(out)).containsExactly("SELF_ASSESSMENT_REQUIREMENT_NOT_MET");
    assertThat(out.get("violations").get(0).get("source").asText())
        .contains("DLA นท 0812/694, round 2560");
  }

  @Test
  void refusesAPointsOnlySelfAssessmentAsBadInput() {
    CliRunner.Result result =
        CliRunner.run(
            "check-application",
            "{\"round\":2567,\"organisation\":{\"kind\":\"DISTRICT_OFFICE\"},\"selfAssessment\":{\"rulebook\":\"GECC-2560\","
                + "\"points\":80,\"gate\":0,\"maxPoints\":80},\"submittedAt\":\"2024-02-01T10:00:00+07:00\",\"channels\":[\"ONLINE\"]}");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.stderr())
        .contains("list the criteria met")
        .contains("/selfAssessment/points");
  }

  @Test
  void refusesABuddhistEraSubmissionInstantAsBadInput() {
    CliRunner.Result result =
        CliRunner.run(
            "check-application",
            request(
                2567,
                "DISTRICT_OFFICE",
                false,
                met(40, 10),
                "2567-02-01T10:00:00+07:00",
                "[\"ONLINE\"]",
                "[]"));
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.stderr())
        .contains("did you mean 2024-02-01T10:00:00+07:00?")
        .contains("/submittedAt");
  }

  @Test
  void everyBrokenRuleIsListed() {
    JsonNode out =
        CliRunner.run(
                "check-application",
                request(
                    2560,
                    "SUBDISTRICT_MUNICIPALITY",
                    true,
                    met(40, 9),
                    "2017-02-01T00:00:00+07:00",
                    "[]",
                    "[]"))
            .json();
    assertThat(out.get("accepted").asBoolean()).isFalse();
    assertThat(codes(out))
        .containsExactlyInAnyOrder(
            "WINDOW_CLOSED",
            "SELF_ASSESSMENT_BELOW_THRESHOLD",
            "SELF_ASSESSMENT_REQUIREMENT_NOT_MET",
            "INELIGIBLE_ORGANISATION",
            "INFORMATION_ONLY_CENTRE",
            "CHANNEL_MISSING",
            "DOCUMENT_MISSING");
    for (JsonNode v : out.get("violations")) {
      assertThat(v.get("message").asText()).isNotBlank();
      assertThat(v.get("messageTh").asText()).isNotBlank();
      assertThat(v.get("source").asText()).isNotBlank();
    }
  }

  @Test
  void aLateOnlineApplicationIsRefused() {
    JsonNode out =
        CliRunner.run(
                "check-application",
                request(
                    2567,
                    "DISTRICT_OFFICE",
                    false,
                    met(40, 10),
                    "2024-02-29T16:30:01+07:00",
                    "[\"ONLINE\"]",
                    "[]"))
            .json();
    assertThat(codes(out)).containsExactly("WINDOW_CLOSED");
  }

  @Test
  void theRound2560ChannelsAndFilesAreRequired() {
    JsonNode out =
        CliRunner.run(
                "check-application",
                request(
                    2560,
                    "PATTAYA_CITY",
                    false,
                    met(40, 10),
                    "2017-01-31T12:00:00+07:00",
                    "[\"EMAIL\"]",
                    "[\"PDF\"]"))
            .json();
    assertThat(codes(out)).containsExactly("CHANNEL_MISSING", "DOCUMENT_MISSING");
    JsonNode ok =
        CliRunner.run(
                "check-application",
                request(
                    2560,
                    "PATTAYA_CITY",
                    false,
                    met(40, 10),
                    "2017-01-31T12:00:00+07:00",
                    "[\"EMAIL\",\"POST_OR_IN_PERSON\"]",
                    "[\"PDF\",\"WORD\"]"))
            .json();
    assertThat(ok.get("accepted").asBoolean()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"DISTRICT_OFFICE", "BANGKOK_AGENCY", "STATE_ENTERPRISE", "CITY_MUNICIPALITY"})
  void nonRestrictedKindsMayApplyIn2560(String kind) {
    JsonNode out =
        CliRunner.run(
                "check-application",
                request(
                    2560,
                    kind,
                    false,
                    met(40, 10),
                    "2017-01-31T12:00:00+07:00",
                    "[\"EMAIL\",\"POST_OR_IN_PERSON\"]",
                    "[\"PDF\",\"WORD\"]"))
            .json();
    assertThat(codes(out)).doesNotContain("INELIGIBLE_ORGANISATION");
  }

  @Test
  void anUnknownRoundIsBadInputAtRound() {
    CliRunner.Result result =
        CliRunner.run(
            "check-application",
            request(
                2566,
                "DISTRICT_OFFICE",
                false,
                met(40, 10),
                "2023-02-01T10:00:00+07:00",
                "[\"ONLINE\"]",
                "[]"));
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.error().at("/error/path").asText()).isEqualTo("/round");
  }

  @Test
  void aCommonEraRoundIsBadInputWithTheConversion() {
    CliRunner.Result result =
        CliRunner.run(
            "check-application",
            request(
                2024,
                "DISTRICT_OFFICE",
                false,
                met(40, 10),
                "2024-02-01T10:00:00+07:00",
                "[\"ONLINE\"]",
                "[]"));
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().at("/error/path").asText()).isEqualTo("/round");
    assertThat(result.error().at("/error/message").asText()).contains("2567");
  }

  @Test
  void anUnknownKindIsBadInputListingTheKinds() {
    CliRunner.Result result =
        CliRunner.run(
            "check-application",
            request(
                2567,
                "HOSPITAL",
                false,
                met(40, 10),
                "2024-02-01T10:00:00+07:00",
                "[\"ONLINE\"]",
                "[]"));
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().at("/error/path").asText()).isEqualTo("/organisation/kind");
    assertThat(result.error().at("/error/message").asText())
        .contains("HOSPITAL")
        .contains("PATTAYA_CITY");
  }

  @Test
  void anUnknownChannelIsBadInputListingTheChannels() {
    CliRunner.Result result =
        CliRunner.run(
            "check-application",
            request(
                2567,
                "DISTRICT_OFFICE",
                false,
                met(40, 10),
                "2024-02-01T10:00:00+07:00",
                "[\"FAX\"]",
                "[]"));
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().at("/error/path").asText()).isEqualTo("/channels/0");
    assertThat(result.error().at("/error/message").asText())
        .contains("ONLINE, POST_OR_IN_PERSON, EMAIL");
  }

  @Test
  void anUnknownDocumentIsBadInputListingTheFormats() {
    CliRunner.Result result =
        CliRunner.run(
            "check-application",
            request(
                2560,
                "CITY_MUNICIPALITY",
                false,
                met(40, 10),
                "2017-01-02T10:00:00+07:00",
                "[\"EMAIL\"]",
                "[\"DOCX\"]"));
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().at("/error/path").asText()).isEqualTo("/documents/0");
    assertThat(result.error().at("/error/message").asText()).contains("WORD, PDF");
  }

  @Test
  void anUnknownCriterionIsBadInput() {
    CliRunner.Result result =
        CliRunner.run(
            "check-application",
            request(
                2567,
                "DISTRICT_OFFICE",
                false,
                "[\"B01\",\"Z09\"]",
                "2024-02-01T10:00:00+07:00",
                "[\"ONLINE\"]",
                "[]"));
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().at("/error/path").asText()).isEqualTo("/selfAssessment/met/1");
  }

  @Test
  void anImpossibleSubmissionDateIsBadInput() {
    CliRunner.Result result =
        CliRunner.run(
            "check-application",
            request(
                2567,
                "DISTRICT_OFFICE",
                false,
                met(40, 10),
                "2024-02-30T10:00:00+07:00",
                "[\"ONLINE\"]",
                "[]"));
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().at("/error/path").asText()).isEqualTo("/submittedAt");
  }

  @Test
  void anUnknownFieldIsBadInput() {
    CliRunner.Result result =
        CliRunner.run(
            "check-application",
            "{\"round\":2567,\"organisation\":{\"kind\":\"DISTRICT_OFFICE\"},\"selfAssessment\":{\"rulebook\":\"GECC-2560\",\"met\":[]},"
                + "\"submittedAt\":\"2024-02-01T10:00:00+07:00\",\"channel\":[\"ONLINE\"]}");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().at("/error/path").asText()).isEqualTo("/channel");
  }

  @Test
  void aNonObjectIsBadInput() {
    CliRunner.Result result = CliRunner.run("check-application", "[]");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().at("/error/message").asText()).contains("must be a JSON object");
  }
}

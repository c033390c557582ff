package io.github.gecc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gecc.application.OrganisationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code gecc progress}: the plan of a round, each step's state and every refusal with its rule.
 */
class ProgressCommandTest {

  private static final String MET =
      "{\"rulebook\":\"GECC-2560\",\"met\":[\"B01\",\"B02\",\"B03\",\"B04\",\"B05\",\"B06\",\"B07\","
          + "\"B08\",\"B09\",\"B10\",\"B11\",\"B12\",\"B13\",\"B14\",\"B15\",\"B16\",\"B17\",\"B18\","
          + "\"B19\",\"B20\",\"B21\",\"B22\",\"B23\",\"B24\",\"B25\",\"B26\",\"B27\",\"B28\",\"B29\","
          + "\"B30\",\"B31\",\"B32\",\"B33\",\"B34\",\"B35\",\"B36\",\"B37\",\"B38\",\"B39\",\"B40\","
          + "\"A01\",\"A02\",\"A03\",\"A04\",\"A05\",\"A06\",\"A07\",\"A08\",\"A09\",\"A10\"]}";

  private static JsonNode progress(String events) {
    CliRunner.Result result =
        CliRunner.run(
            "progress",
            "{\"round\":2560,\"organisation\":{\"kind\":\"CITY_MUNICIPALITY\"},\"events\":["
                + events
                + "]}");
    assertThat(result.status()).as(result.stderr()).isZero();
    return result.json();
  }

  @ParameterizedTest
  @EnumSource(OrganisationKind.class)
  void everyKindGetsTheSevenStepsOnPaperOnlyWhenItIsLocalGovernmentAndTheOnlineStepsOnline(
      OrganisationKind kind) {
    JsonNode paper =
        CliRunner.run(
                "progress",
                "{\"round\":2560,\"organisation\":{\"kind\":\""
                    + kind.name()
                    + "\"},\"events\":[]}")
            .json();
    assertThat(paper.path("planName").asText())
        .isEqualTo(kind.isLocalGovernment() ? "LOCAL_GOVERNMENT_SEVEN_STEPS" : "PAPER");
    assertThat(paper.path("planSource").asText()).contains("§7.");
    assertThat(paper.path("plan").findValuesAsText("action").contains("GOVERNOR_APPROVAL"))
        .isEqualTo(kind.isLocalGovernment());
    JsonNode online =
        CliRunner.run(
                "progress",
                "{\"round\":2567,\"organisation\":{\"kind\":\""
                    + kind.name()
                    + "\"},\"events\":[]}")
            .json();
    assertThat(online.path("planName").asText()).isEqualTo("ONLINE");
  }

  @Test
  void theSevenStepsOfRound2560AreAllPendingBeforeAnyEventButTheFirst() {
    JsonNode out = progress("");
    assertThat(out.path("plan")).hasSize(8);
    assertThat(out.path("plan").get(0).path("state").asText()).isEqualTo("NEXT");
    assertThat(out.path("plan").get(7).path("state").asText()).isEqualTo("PENDING");
    assertThat(out.path("next").path("action").asText()).isEqualTo("BRIEFING");
  }

  @Test
  void aRefusedStepLeavesTheProgressWhereItWasAndCitesItsRule() {
    JsonNode out =
        progress(
            "{\"action\":\"BRIEFING\"},{\"action\":\"SUBMISSION\","
                + "\"submittedAt\":\"2017-01-20T10:00:00+07:00\",\"channels\":[\"POST_OR_IN_PERSON\",\"EMAIL\"],"
                + "\"documents\":[\"WORD\",\"PDF\"]}");
    JsonNode refused = out.path("events").get(1);
    assertThat(refused.path("accepted").asBoolean()).isFalse();
    assertThat(refused.path("violations").get(0).path("code").asText())
        .isEqualTo("STEP_OUT_OF_ORDER");
    assertThat(refused.path("violations").get(0).path("source").asText()).contains("0812/694");
    assertThat(out.path("next").path("action").asText()).isEqualTo("SELF_ASSESSMENT");
  }

  @Test
  void everyStepTakenInOrderCertifiesTheCentre() {
    JsonNode out =
        progress(
            "{\"action\":\"BRIEFING\"},{\"action\":\"SELF_ASSESSMENT\",\"selfAssessment\":"
                + MET
                + "},{\"action\":\"SELF_ASSESSMENT_GATE\"},{\"action\":\"GOVERNOR_APPROVAL\"},"
                + "{\"action\":\"APPLICATION_FORM\"},{\"action\":\"SUBMISSION\",\"submittedAt\":"
                + "\"2017-01-20T10:00:00+07:00\",\"channels\":[\"POST_OR_IN_PERSON\",\"EMAIL\"],"
                + "\"documents\":[\"WORD\",\"PDF\"]},{\"action\":\"SITE_ASSESSMENT\",\"committee\":"
                + MET
                + "},{\"action\":\"CERTIFICATION\"}");
    assertThat(out.path("events"))
        .allSatisfy(e -> assertThat(e.path("accepted").asBoolean()).isTrue());
    assertThat(out.path("certified").asBoolean()).isTrue();
    assertThat(out.path("next").isNull()).isTrue();
    assertThat(out.path("plan"))
        .allSatisfy(s -> assertThat(s.path("state").asText()).isEqualTo("DONE"));
  }

  @Test
  void aRepeatedChannelIsBadInputAtItsPointer() {
    CliRunner.Result result =
        CliRunner.run(
            "progress",
            "{\"round\":2567,\"organisation\":{\"kind\":\"DISTRICT_OFFICE\"},\"events\":[{\"action\":"
                + "\"SUBMISSION\",\"submittedAt\":\"2024-02-01T10:00:00+07:00\",\"channels\":[\"ONLINE\",\"ONLINE\"]}]}");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.error().path("error").path("path").asText())
        .isEqualTo("/events/0/channels/1");
  }

  @Test
  void anUnknownCriterionInTheCommitteesAssessmentIsBadInputInsideTheEvent() {
    CliRunner.Result result =
        CliRunner.run(
            "progress",
            "{\"round\":2567,\"organisation\":{\"kind\":\"DISTRICT_OFFICE\"},\"events\":[{\"action\":"
                + "\"SITE_ASSESSMENT\",\"committee\":{\"rulebook\":\"GECC-2560\",\"met\":[\"Z99\"]}}]}");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().path("error").path("message").asText()).contains("Z99");
    assertThat(result.error().path("error").path("path").asText())
        .startsWith("/events/0/committee");
  }
}

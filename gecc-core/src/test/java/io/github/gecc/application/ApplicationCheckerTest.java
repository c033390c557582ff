package io.github.gecc.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import io.github.gecc.rules.SelfAssessmentResult;
import io.github.gecc.time.FiscalYear;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ApplicationCheckerTest {

  private static final ApplicationChecker CHECKER = Rounds.bundled().checker();
  private static final SelfAssessmentResult PASSING = SelfAssessments.met(40, 12);
  private static final SelfAssessmentResult FAILING = SelfAssessments.points(59);

  private static Application application(
      int round,
      OrganisationKind kind,
      boolean infoOnly,
      SelfAssessmentResult self,
      String at,
      Set<Channel> channels,
      Set<DocumentFormat> documents) {
    return Application.of(
        FiscalYear.of(round),
        Organisation.of(kind, infoOnly),
        self,
        OffsetDateTime.parse(at).toInstant(),
        channels,
        documents);
  }

  private static Application online2567(String at) {
    return application(
        2567,
        OrganisationKind.DISTRICT_OFFICE,
        false,
        PASSING,
        at,
        ImmutableSet.of(Channel.ONLINE),
        ImmutableSet.of());
  }

  private static ViolationCode[] codes(CheckResult result) {
    return result.violations().stream().map(Violation::code).toArray(ViolationCode[]::new);
  }

  @Test
  void anOnTimeOnlineApplicationIsAccepted() {
    CheckResult result = CHECKER.check(online2567("2024-02-01T10:00:00+07:00"));
    assertThat(result.accepted()).isTrue();
    assertThat(result.violations()).isEmpty();
  }

  @Test
  void aLateApplicationIsRefusedCitingTheWindowsCircular() {
    CheckResult result = CHECKER.check(online2567("2024-02-29T16:30:01+07:00"));
    assertThat(codes(result)).containsExactly(ViolationCode.WINDOW_CLOSED);
    Violation violation = result.violations().get(0);
    assertThat(violation.source()).contains("DOPA มท 0305.1/ว 1660, 18 Jan 2567");
    assertThat(violation.english()).contains("after the window of round 2567 closed");
    assertThat(violation.thai()).contains("หลังปิดรับสมัคร");
  }

  @Test
  void anEarlyApplicationIsRefusedAsWindowClosed() {
    CheckResult result = CHECKER.check(online2567("2024-01-08T08:29:59+07:00"));
    assertThat(codes(result)).containsExactly(ViolationCode.WINDOW_CLOSED);
    assertThat(result.violations().get(0).english())
        .contains("before the window of round 2567 opened");
  }

  @Test
  void theClosingInstantItselfIsOnTime() {
    assertThat(CHECKER.check(online2567("2024-02-29T09:30:00Z")).accepted()).isTrue();
  }

  @Test
  void everyBrokenRuleIsListedNotOnlyTheFirst() {
    Application app =
        application(
            2560,
            OrganisationKind.SUBDISTRICT_ADMINISTRATIVE_ORGANISATION,
            true,
            FAILING,
            "2017-02-01T00:00:00+07:00",
            ImmutableSet.of(),
            ImmutableSet.of());
    assertThat(codes(CHECKER.check(app)))
        .containsExactly(
            ViolationCode.INELIGIBLE_ORGANISATION,
            ViolationCode.INFORMATION_ONLY_CENTRE,
            ViolationCode.SELF_ASSESSMENT_BELOW_THRESHOLD,
            ViolationCode.SELF_ASSESSMENT_REQUIREMENT_NOT_MET,
            ViolationCode.WINDOW_CLOSED,
            ViolationCode.CHANNEL_MISSING,
            ViolationCode.DOCUMENT_MISSING);
  }

  @Test
  void everyViolationHasBothMessagesAndASource() {
    Application app =
        application(
            2560,
            OrganisationKind.PROVINCIAL_ADMINISTRATIVE_ORGANISATION,
            true,
            FAILING,
            "2017-02-01T00:00:00+07:00",
            ImmutableSet.of(),
            ImmutableSet.of());
    assertThat(CHECKER.check(app).violations())
        .allSatisfy(
            v -> {
              assertThat(v.thai()).isNotBlank();
              assertThat(v.english()).isNotBlank();
              assertThat(v.source()).contains("RULES.md");
            });
  }

  @Test
  void theSelfAssessmentGateNamesPointsAndGate() {
    Application app =
        application(
            2567,
            OrganisationKind.DISTRICT_OFFICE,
            false,
            FAILING,
            "2024-02-01T10:00:00+07:00",
            ImmutableSet.of(Channel.ONLINE),
            ImmutableSet.of());
    Violation v = CHECKER.check(app).violations().get(0);
    assertThat(v.code()).isEqualTo(ViolationCode.SELF_ASSESSMENT_BELOW_THRESHOLD);
    assertThat(v.english()).contains("59 of 80 points").contains("gate of 60");
    assertThat(v.source()).contains("DLA นท 0812/694, round 2560").contains("§3");
  }

  @Test
  void missingChannelsAreOneViolationNamingThemAll() {
    Application app =
        application(
            2560,
            OrganisationKind.CITY_MUNICIPALITY,
            false,
            PASSING,
            "2017-01-15T10:00:00+07:00",
            ImmutableSet.of(Channel.ONLINE),
            ImmutableSet.of(DocumentFormat.WORD, DocumentFormat.PDF));
    CheckResult result = CHECKER.check(app);
    assertThat(codes(result)).containsExactly(ViolationCode.CHANNEL_MISSING);
    assertThat(result.violations().get(0).english())
        .contains("POST_OR_IN_PERSON")
        .contains("EMAIL");
  }

  @Test
  void aMissingDocumentIsNamed() {
    Application app =
        application(
            2560,
            OrganisationKind.CITY_MUNICIPALITY,
            false,
            PASSING,
            "2017-01-15T10:00:00+07:00",
            ImmutableSet.of(Channel.POST_OR_IN_PERSON, Channel.EMAIL),
            ImmutableSet.of(DocumentFormat.WORD));
    CheckResult result = CHECKER.check(app);
    assertThat(codes(result)).containsExactly(ViolationCode.DOCUMENT_MISSING);
    assertThat(result.violations().get(0).english()).contains("[PDF]");
  }

  @Test
  void extraChannelsAndDocumentsAreFine() {
    Application app =
        application(
            2567,
            OrganisationKind.DISTRICT_OFFICE,
            false,
            PASSING,
            "2024-02-01T10:00:00+07:00",
            EnumSet.allOf(Channel.class),
            EnumSet.allOf(DocumentFormat.class));
    assertThat(CHECKER.check(app).accepted()).isTrue();
  }

  static Stream<Arguments> kindsIn2560() {
    return Arrays.stream(OrganisationKind.values())
        .map(
            kind ->
                Arguments.of(
                    kind,
                    kind.isLocalGovernment()
                        && kind != OrganisationKind.CITY_MUNICIPALITY
                        && kind != OrganisationKind.TOWN_MUNICIPALITY
                        && kind != OrganisationKind.PATTAYA_CITY));
  }

  @ParameterizedTest
  @MethodSource("kindsIn2560")
  void round2560AdmitsOnlyCityAndTownMunicipalitiesAndPattayaAmongLocalKinds(
      OrganisationKind kind, boolean refused) {
    Application app =
        application(
            2560,
            kind,
            false,
            PASSING,
            "2017-01-15T10:00:00+07:00",
            ImmutableSet.of(Channel.POST_OR_IN_PERSON, Channel.EMAIL),
            ImmutableSet.of(DocumentFormat.WORD, DocumentFormat.PDF));
    CheckResult result = CHECKER.check(app);
    assertThat(result.accepted()).isEqualTo(!refused);
    if (refused) {
      assertThat(codes(result)).containsExactly(ViolationCode.INELIGIBLE_ORGANISATION);
      assertThat(result.violations().get(0).english()).contains(kind.name()).contains("round 2560");
    }
  }

  @ParameterizedTest
  @EnumSource(OrganisationKind.class)
  void otherRoundsAdmitEveryKind(OrganisationKind kind) {
    Application app =
        application(
            2567,
            kind,
            false,
            PASSING,
            "2024-02-01T10:00:00+07:00",
            ImmutableSet.of(Channel.ONLINE),
            ImmutableSet.of());
    assertThat(CHECKER.check(app).accepted()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(OrganisationKind.class)
  void informationOnlyCentresAreRefusedWhateverTheKind(OrganisationKind kind) {
    Application app =
        application(
            2567,
            kind,
            true,
            PASSING,
            "2024-02-01T10:00:00+07:00",
            ImmutableSet.of(Channel.ONLINE),
            ImmutableSet.of());
    assertThat(codes(CHECKER.check(app))).containsExactly(ViolationCode.INFORMATION_ONLY_CENTRE);
  }

  @Test
  void anUnknownRoundIsABadArgument() {
    Application app =
        application(
            2566,
            OrganisationKind.DISTRICT_OFFICE,
            false,
            PASSING,
            "2023-02-01T10:00:00+07:00",
            ImmutableSet.of(Channel.ONLINE),
            ImmutableSet.of());
    assertThatThrownBy(() -> CHECKER.check(app))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no application window is known for round 2566");
  }

  @Test
  void aReplacedPolicyIsUsed() {
    EligibilityPolicy none = (round, org) -> com.google.common.collect.ImmutableList.of();
    ApplicationChecker checker = Rounds.bundled().withEligibility(none).checker();
    Application app =
        application(
            2567,
            OrganisationKind.DISTRICT_OFFICE,
            true,
            PASSING,
            "2024-02-01T10:00:00+07:00",
            ImmutableSet.of(Channel.ONLINE),
            ImmutableSet.of());
    assertThat(checker.check(app).accepted()).isTrue();
    assertThat(checker.rounds()).isEqualTo(Rounds.bundled().withEligibility(none));
  }

  private static Application online2567(SelfAssessmentResult self, Organisation organisation) {
    return Application.of(
        FiscalYear.of(2567),
        organisation,
        self,
        OffsetDateTime.parse("2024-02-01T10:00:00+07:00").toInstant(),
        ImmutableSet.of(Channel.ONLINE),
        ImmutableSet.of());
  }

  @ParameterizedTest
  @MethodSource("passTheGateButMayNotApply")
  void refusesAGatePassingSelfAssessmentThatMissesTheRequirement(int basic, int advanced) {
    CheckResult result =
        CHECKER.check(
            online2567(
                SelfAssessments.met(basic, advanced),
                Organisation.of(OrganisationKind.DISTRICT_OFFICE, false)));
    assertThat(codes(result)).containsExactly(ViolationCode.SELF_ASSESSMENT_REQUIREMENT_NOT_MET);
    Violation v = result.violations().get(0);
    assertThat(v.source()).contains("DLA นท 0812/694, round 2560");
    assertThat(v.english()).contains("applying needs every BASIC criterion");
    assertThat(v.thai()).contains("ขั้นพื้นฐาน");
  }

  static Stream<Arguments> passTheGateButMayNotApply() {
    return Stream.of(Arguments.of(36, 12), Arguments.of(39, 20), Arguments.of(39, 11));
  }

  @Test
  void acceptsEveryBasicAndTenAdvanced() {
    assertThat(
            CHECKER
                .check(
                    online2567(
                        SelfAssessments.met(40, 10),
                        Organisation.of(OrganisationKind.DISTRICT_OFFICE, false)))
                .accepted())
        .isTrue();
  }

  @Test
  void warnsButAcceptsADivisionOnlyApplication() {
    CheckResult result =
        CHECKER.check(
            online2567(
                PASSING,
                Organisation.of(OrganisationKind.DISTRICT_OFFICE, false).withDivisionOnly(true)));
    assertThat(result.accepted()).isTrue();
    assertThat(result.warnings())
        .extracting(Warning::code)
        .containsExactly(
            WarningCode.DIVISION_ONLY_APPLICATION, WarningCode.RULEBOOK_OF_EARLIER_ROUND);
    assertThat(result.warnings().get(0).source()).contains("DLA นท 0812/694, round 2560");
  }

  @Test
  void warnsThatRound2567IsJudgedByTheRulebookOfRound2560() {
    CheckResult result =
        CHECKER.check(
            online2567(PASSING, Organisation.of(OrganisationKind.DISTRICT_OFFICE, false)));
    assertThat(result.accepted()).isTrue();
    assertThat(result.warnings())
        .extracting(Warning::code)
        .containsExactly(WarningCode.RULEBOOK_OF_EARLIER_ROUND);
    assertThat(result.warnings().get(0).english())
        .startsWith("round 2567 is judged by rulebook GECC-2560 of round 2560");
    assertThat(result.warnings().get(0).thai())
        .startsWith("รอบ 2567 ประเมินตามหลักเกณฑ์ GECC-2560 ของรอบ 2560");
    assertThat(result.warnings().get(0).source()).startsWith("DOPA มท 0305.1/ว 1660, 18 Jan 2567");
  }

  @Test
  void aCheckerOfTheRoundsWarnsAsTheRoundsSay() {
    CheckResult result =
        Rounds.bundled()
            .checker()
            .check(online2567(PASSING, Organisation.of(OrganisationKind.DISTRICT_OFFICE, false)));
    assertThat(result.warnings())
        .extracting(Warning::code)
        .containsExactly(WarningCode.RULEBOOK_OF_EARLIER_ROUND);
  }

  @Test
  void aRulebookOfTheRoundItselfDrawsNoWarning() {
    assertThat(
            Warning.rulebookOfEarlierRound(
                FiscalYear.of(2560), io.github.gecc.rules.BundledRulebooks.gecc2560()))
        .isEmpty();
    assertThat(
            Warning.rulebookOfEarlierRound(
                FiscalYear.of(2561), io.github.gecc.rules.BundledRulebooks.gecc2560()))
        .isPresent();
  }

  @Test
  void refusesASelfAssessmentAgainstAnotherRulebookThanTheRounds() {
    io.github.gecc.rules.Rulebook other =
        io.github.gecc.rules.Rulebook.builder("OTHER-1", FiscalYear.of(2566))
            .addCriterion(
                io.github.gecc.rules.Criterion.of("X1", io.github.gecc.rules.Level.BASIC, 1))
            .addOutcome(
                io.github.gecc.rules.Outcome.of(
                    "CERTIFIED",
                    io.github.gecc.rules.Requirement.allOf(io.github.gecc.rules.Level.BASIC)))
            .build();
    SelfAssessmentResult self =
        SelfAssessmentResult.of(
            io.github.gecc.rules.Assessment.ofMet(
                other,
                io.github.gecc.rules.AssessmentKind.SELF_ASSESSMENT,
                java.util.List.of("X1")));
    CheckResult result =
        CHECKER.check(online2567(self, Organisation.of(OrganisationKind.DISTRICT_OFFICE, false)));
    assertThat(codes(result)).containsExactly(ViolationCode.RULEBOOK_NOT_OF_ROUND);
    assertThat(result.violations().get(0).english()).contains("OTHER-1").contains("GECC-2560");
  }

  @Test
  void refusesARulebookThatRedefinesARegisteredId() {
    io.github.gecc.rules.Rulebook gecc = io.github.gecc.rules.BundledRulebooks.gecc2560();
    io.github.gecc.rules.Rulebook.Builder b =
        io.github.gecc.rules.Rulebook.builder(gecc.id(), gecc.firstRound());
    gecc.criteria().forEach(b::addCriterion);
    gecc.outcomes().forEach(b::addOutcome);
    io.github.gecc.rules.Rulebook lenient = b.selfAssessmentGate(0).build();
    SelfAssessmentResult self =
        SelfAssessmentResult.of(
            io.github.gecc.rules.Assessment.ofMet(
                lenient,
                io.github.gecc.rules.AssessmentKind.SELF_ASSESSMENT,
                java.util.List.of("B01")));
    assertThatThrownBy(
            () ->
                CHECKER.check(
                    online2567(self, Organisation.of(OrganisationKind.DISTRICT_OFFICE, false))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rulebook id GECC-2560 is registered with other content");
  }

  @Test
  void theWindowClosedMessageInThaiIsWhollyThai() {
    Application late =
        application(
            2560,
            OrganisationKind.CITY_MUNICIPALITY,
            false,
            PASSING,
            "2017-02-01T00:00:00+07:00",
            ImmutableSet.of(Channel.POST_OR_IN_PERSON, Channel.EMAIL),
            ImmutableSet.of(DocumentFormat.WORD, DocumentFormat.PDF));
    Violation closed = CHECKER.check(late).violations().get(0);
    assertThat(closed.code()).isEqualTo(ViolationCode.WINDOW_CLOSED);
    assertThat(closed.thai())
        .doesNotContainPattern("[A-Za-z]")
        .contains("ไม่ได้ระบุวันเปิดรับสมัคร");
  }

  @Test
  void theWindowClosedMessageInThaiGivesSubmissionOpeningAndClosingAsThaiDates() {
    Violation closed = CHECKER.check(online2567("2024-03-01T10:00:00+07:00")).violations().get(0);
    assertThat(closed.code()).isEqualTo(ViolationCode.WINDOW_CLOSED);
    assertThat(closed.thai())
        .contains("1 มีนาคม 2567")
        .contains("เปิดรับสมัคร 8 มกราคม 2567")
        .contains("ปิดรับสมัคร 29 กุมภาพันธ์ 2567");
    assertThat(closed.english())
        .contains("2024-03-01T10:00")
        .contains("2024-01-08T08:30")
        .contains("2024-02-29T16:30");
  }

  @Test
  void aRefusalBySecondsWritesTheSeconds() {
    Violation closed = CHECKER.check(online2567("2024-02-29T16:30:01+07:00")).violations().get(0);
    assertThat(closed.thai())
        .isEqualTo(
            "ส่งใบสมัครเมื่อ 29 กุมภาพันธ์ 2567 เวลา 16.30.01 น. หลังปิดรับสมัครของรอบ 2567"
                + " (เปิดรับสมัคร 8 มกราคม 2567 เวลา 08.30.00 น. ปิดรับสมัคร 29 กุมภาพันธ์ 2567 เวลา 16.30.00 น.)");
    assertThat(closed.english())
        .contains("submitted at 2024-02-29T16:30:01+07:00")
        .contains("2024-02-29T16:30:00+07:00");
    Violation early = CHECKER.check(online2567("2024-01-08T08:29:59+07:00")).violations().get(0);
    assertThat(early.thai()).contains("เวลา 08.29 น. ก่อนเปิดรับสมัคร").contains("เวลา 08.30 น.");
  }

  @Test
  void aRefusalByMinutesOrMoreWritesMinutes() {
    Violation closed = CHECKER.check(online2567("2024-02-29T16:31:00+07:00")).violations().get(0);
    assertThat(closed.thai())
        .contains("เวลา 16.31 น.")
        .contains("ปิดรับสมัคร 29 กุมภาพันธ์ 2567 เวลา 16.30 น.");
  }

  @Test
  void aWholeDayWindowIsWrittenAsDaysWithoutAnInventedTime() {
    Application late =
        application(
            2560,
            OrganisationKind.CITY_MUNICIPALITY,
            false,
            PASSING,
            "2017-02-01T09:00:00+07:00",
            ImmutableSet.of(Channel.POST_OR_IN_PERSON, Channel.EMAIL),
            ImmutableSet.of(DocumentFormat.WORD, DocumentFormat.PDF));
    Violation closed = CHECKER.check(late).violations().get(0);
    assertThat(closed.thai())
        .contains("ปิดรับสมัคร 31 มกราคม 2560 (ตลอดทั้งวัน)")
        .doesNotContain("23.59");
    assertThat(closed.english())
        .contains("2017-01-31 (to the end of the day)")
        .doesNotContain("23:59");
    Violation early =
        CHECKER
            .check(
                application(
                    2565,
                    OrganisationKind.CITY_MUNICIPALITY,
                    false,
                    PASSING,
                    "2021-12-31T23:59:59+07:00",
                    ImmutableSet.of(Channel.ONLINE),
                    ImmutableSet.of()))
            .violations()
            .get(0);
    assertThat(early.thai())
        .contains(
            "เปิดรับสมัคร 1 มกราคม 2565 (ตั้งแต่ต้นวัน) ปิดรับสมัคร 28 กุมภาพันธ์ 2565 (ตลอดทั้งวัน)")
        .doesNotContain("00.00");
    assertThat(early.english())
        .contains("2022-01-01 (from the start of the day) .. 2022-02-28 (to the end of the day)");
  }

  @Test
  void aSubmissionBeyondTheThaiYearsTheLibraryWritesStaysIsoInTheThaiMessage() {
    Violation early = CHECKER.check(online2567("1800-06-01T12:00:00Z")).violations().get(0);
    assertThat(early.code()).isEqualTo(ViolationCode.WINDOW_CLOSED);
    assertThat(early.thai()).contains("1800-06-01").contains("ก่อนเปิดรับสมัคร");
  }

  @Test
  void aCheckerIsAValueOfItsRounds() {
    EligibilityPolicy admitsAll =
        (round, organisation) -> com.google.common.collect.ImmutableList.of();
    new com.google.common.testing.EqualsTester()
        .addEqualityGroup(Rounds.bundled().checker(), Rounds.bundled().checker())
        .addEqualityGroup(Rounds.bundled().withEligibility(admitsAll).checker())
        .addEqualityGroup(
            Rounds.bundled().plus(RoundDefinition.of(RoundsTest.window2570())).checker())
        .testEquals();
    assertThat(CHECKER.rounds().rulebooks())
        .isEqualTo(io.github.gecc.rules.RulebookRegistry.bundled());
    assertThat(CHECKER.toString()).contains(Rounds.bundled().toString());
  }
}

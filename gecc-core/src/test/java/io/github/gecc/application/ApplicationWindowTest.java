package io.github.gecc.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.gecc.RefusalException;
import io.github.gecc.time.FiscalYear;
import io.github.gecc.time.ThaiTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ApplicationWindowTest {

  private static final ApplicationWindow W2567 =
      Rounds.bundled().window(FiscalYear.of(2567)).orElseThrow();
  private static final ApplicationWindow W2560 =
      Rounds.bundled().window(FiscalYear.of(2560)).orElseThrow();

  // --- bounds of the circulars' windows

  @Test
  void timedWindowOf2567HasTheCircularsTimes() {
    assertThat(W2567.opensAt()).contains(Instant.parse("2024-01-08T01:30:00Z"));
    assertThat(W2567.closesAt()).isEqualTo(Instant.parse("2024-02-29T09:30:00Z"));
  }

  @Test
  void wholeDayWindowClosesAtTheLastInstantOfItsLastDay() {
    assertThat(W2560.closesAt()).isEqualTo(Instant.parse("2017-01-31T16:59:59.999999999Z"));
    assertThat(W2560.opensAt()).isEmpty();
  }

  @Test
  void toStringPrintsTheInstantsInBangkokTime() {
    assertThat(W2567.toString())
        .startsWith(
            "ApplicationWindow{round=2567, opensAt=2024-01-08T08:30+07:00, closesAt=2024-02-29T16:30+07:00, channels=[ONLINE]");
    assertThat(W2560.toString())
        .startsWith(
            "ApplicationWindow{round=2560, opensAt=not given, closesAt=2017-01-31T23:59:59.999999999+07:00");
  }

  static Stream<Arguments> states2567() {
    return Stream.of(
        Arguments.of("2024-01-08T08:29:59.999999999+07:00", WindowState.NOT_YET_OPEN),
        Arguments.of("2024-01-08T08:30:00+07:00", WindowState.OPEN),
        Arguments.of("2024-01-08T01:30:00Z", WindowState.OPEN),
        Arguments.of("2024-02-29T16:30:00+07:00", WindowState.OPEN),
        Arguments.of("2024-02-29T09:30:00Z", WindowState.OPEN),
        Arguments.of("2024-02-29T16:30:00.000000001+07:00", WindowState.CLOSED),
        Arguments.of("2024-02-29T17:00:00+07:30", WindowState.OPEN),
        Arguments.of("2024-02-29T17:00:00+07:00", WindowState.CLOSED),
        Arguments.of("2024-02-28T23:30:00.000000001-10:00", WindowState.CLOSED));
  }

  @ParameterizedTest
  @MethodSource("states2567")
  void stateComparesInstantsWhateverTheOffset(String at, WindowState expected) {
    assertThat(W2567.stateAt(OffsetDateTime.parse(at))).isEqualTo(expected);
  }

  @Test
  void localDateTimeIsBangkokTime() {
    assertThat(W2567.stateAt(LocalDateTime.of(2024, 2, 29, 16, 30))).isEqualTo(WindowState.OPEN);
    assertThat(W2567.stateAt(LocalDateTime.of(2024, 2, 29, 16, 31))).isEqualTo(WindowState.CLOSED);
  }

  @Test
  void zonedDateTimeIsComparedAsAnInstant() {
    assertThat(
            W2567.stateAt(Instant.parse("2024-02-29T09:30:00Z").atZone(ZoneId.of("Europe/Paris"))))
        .isEqualTo(WindowState.OPEN);
  }

  // --- unknown opening

  @Test
  void unknownOpeningCountsAsTheFirstInstantOfTheFiscalYear() {
    assertThat(W2560.effectiveOpening()).isEqualTo(ThaiTime.startOfDay(LocalDate.of(2016, 10, 1)));
    assertThat(W2560.stateAt(LocalDateTime.of(2016, 9, 30, 23, 59, 59)))
        .isEqualTo(WindowState.NOT_YET_OPEN);
    assertThat(W2560.stateAt(LocalDateTime.of(2016, 10, 1, 0, 0))).isEqualTo(WindowState.OPEN);
    assertThat(W2560.stateAt(LocalDateTime.of(2017, 1, 31, 23, 59, 59)))
        .isEqualTo(WindowState.OPEN);
    assertThat(W2560.stateAt(LocalDateTime.of(2017, 2, 1, 0, 0))).isEqualTo(WindowState.CLOSED);
  }

  @Test
  void knownOpeningIsTheEffectiveOpening() {
    assertThat(W2567.effectiveOpening()).isEqualTo(W2567.opensAt().orElseThrow());
  }

  // --- channels and documents

  @Test
  void missingChannelsListsEveryRequiredChannelNotUsed() {
    assertThat(W2560.missingChannels(List.of(Channel.EMAIL)))
        .containsExactly(Channel.POST_OR_IN_PERSON);
    assertThat(W2560.missingChannels(List.of()))
        .containsExactly(Channel.POST_OR_IN_PERSON, Channel.EMAIL);
  }

  @Test
  void extraChannelsAreFine() {
    assertThat(W2567.missingChannels(List.of(Channel.ONLINE, Channel.EMAIL))).isEmpty();
  }

  @Test
  void missingDocumentsListsEveryRequiredFileNotSent() {
    assertThat(W2560.missingDocuments(List.of(DocumentFormat.PDF)))
        .containsExactly(DocumentFormat.WORD);
    assertThat(W2567.missingDocuments(List.of())).isEmpty();
  }

  // --- refused windows

  @Test
  void closingOutsideTheRoundIsRefused() {
    assertThatThrownBy(
            () ->
                ApplicationWindow.ofLastDay(
                    FiscalYear.of(2567),
                    LocalDate.of(2024, 10, 1),
                    ImmutableSet.of(Channel.ONLINE),
                    ImmutableSet.of(),
                    "test"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not in round 2567");
  }

  @Test
  void openingAfterClosingIsRefused() {
    assertThatThrownBy(
            () ->
                ApplicationWindow.ofTimes(
                    FiscalYear.of(2567),
                    LocalDateTime.of(2024, 3, 1, 0, 0),
                    LocalDateTime.of(2024, 2, 29, 16, 30),
                    ImmutableSet.of(Channel.ONLINE),
                    ImmutableSet.of(),
                    "test"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is after its closing");
  }

  @Test
  void windowWithoutChannelIsRefused() {
    assertThatThrownBy(
            () ->
                ApplicationWindow.ofLastDay(
                    FiscalYear.of(2567),
                    LocalDate.of(2024, 2, 29),
                    ImmutableSet.of(),
                    ImmutableSet.of(),
                    "test"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs at least one");
  }

  @Test
  void blankSourceIsRefused() {
    assertThatThrownBy(
            () ->
                ApplicationWindow.ofLastDay(
                    FiscalYear.of(2567),
                    LocalDate.of(2024, 2, 29),
                    ImmutableSet.of(Channel.ONLINE),
                    ImmutableSet.of(),
                    " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank source");
  }

  // --- from a circular's Thai wording

  @Test
  void theThaiWordingOf2567BecomesThe2567Window() {
    ApplicationWindow window =
        ApplicationWindow.fromThaiText(
            FiscalYear.of(2567),
            "๘ มกราคม (เวลา ๐๘.๓๐ น.) - ๒๙ กุมภาพันธ์ (เวลา ๑๖.๓๐ น.) ๒๕๖๗",
            ImmutableSet.of(Channel.ONLINE),
            ImmutableSet.of(),
            W2567.source());
    assertThat(window).isEqualTo(W2567);
  }

  @Test
  void aThaiRangeWithoutTimesIsAWholeDayWindow() {
    ApplicationWindow window =
        ApplicationWindow.fromThaiText(
            FiscalYear.of(2565),
            "1 มกราคม – 28 กุมภาพันธ์ 2565",
            ImmutableSet.of(Channel.ONLINE),
            ImmutableSet.of(),
            "DLA มท 0810.7/ว, Dec 2564; RULES.md §4 (FACT)");
    assertThat(window).isEqualTo(Rounds.bundled().window(FiscalYear.of(2565)).orElseThrow());
  }

  @Test
  void unparsableThaiWordingIsRefused() {
    assertThatThrownBy(
            () ->
                ApplicationWindow.fromThaiText(
                    FiscalYear.of(2565),
                    "๓๖ พฤษภาคม - ๓๑ ธันวาคม ๒๕๖๕",
                    ImmutableSet.of(Channel.ONLINE),
                    ImmutableSet.of(),
                    "s"))
        .isInstanceOf(java.time.format.DateTimeParseException.class)
        .hasMessageContaining("36");
  }

  @Test
  void theClosingDayAloneWrittenAsADeadlineIsTheBundled2560Window() {
    ApplicationWindow bundled = Rounds.bundled().window(FiscalYear.of(2560)).orElseThrow();
    ApplicationWindow window =
        ApplicationWindow.fromThaiText(
            FiscalYear.of(2560),
            "ได้จนถึงวันที่ ๓๑ มกราคม ๒๕๖๐",
            bundled.channels(),
            bundled.documents(),
            bundled.source());
    assertThat(window).isEqualTo(bundled);
    assertThat(window.opensAt()).isEmpty();
  }

  @Test
  void aDeadlineWithATimeClosesAtThatTime() {
    ApplicationWindow window =
        ApplicationWindow.fromThaiText(
            FiscalYear.of(2567),
            "ภายในวันพุธที่ ๒๘ กุมภาพันธ์ ๒๕๖๗ เวลา ๑๒.๐๐ น.",
            ImmutableSet.of(Channel.ONLINE),
            ImmutableSet.of(),
            "s");
    assertThat(window.closesAt()).isEqualTo(java.time.Instant.parse("2024-02-28T05:00:00Z"));
    assertThat(window.round()).isEqualTo(FiscalYear.of(2567));
  }

  @Test
  void oneDateWithoutDeadlineWordsIsRefusedAsAWindow() {
    assertThatThrownBy(
            () ->
                ApplicationWindow.fromThaiText(
                    FiscalYear.of(2560),
                    "๓๑ มกราคม ๒๕๖๐",
                    ImmutableSet.of(Channel.ONLINE),
                    ImmutableSet.of(),
                    "s"))
        .isInstanceOfSatisfying(
            RefusalException.class,
            refusal -> {
              assertThat(refusal.rule()).isEqualTo("4.15");
              assertThat(refusal.path()).hasToString("thaiText");
            })
        .hasMessageContaining("the window '๓๑ มกราคม ๒๕๖๐' is one date; write the range");
  }

  @Test
  void oneDateWrittenAsAStartIsRefusedAsAWindow() {
    assertThatThrownBy(
            () ->
                ApplicationWindow.fromThaiText(
                    FiscalYear.of(2565),
                    "ตั้งแต่วันที่ ๑ มกราคม ๒๕๖๕",
                    ImmutableSet.of(Channel.ONLINE),
                    ImmutableSet.of(),
                    "s"))
        .isInstanceOf(RefusalException.class)
        .hasMessageContaining("is one date written as START (ตั้งแต่)");
  }

  @Test
  void thaiWordingThatClosesInAnotherRoundIsRefusedAtTheText() {
    assertThatThrownBy(
            () ->
                ApplicationWindow.fromThaiText(
                    FiscalYear.of(2568),
                    "๘ มกราคม - ๒๙ กุมภาพันธ์ ๒๕๖๗",
                    ImmutableSet.of(Channel.ONLINE),
                    ImmutableSet.of(),
                    "s"))
        .isInstanceOfSatisfying(
            RefusalException.class,
            refusal -> {
              assertThat(refusal.rule()).isEqualTo("4.15");
              assertThat(refusal.path()).hasToString("thaiText");
              assertThat(refusal.thai()).contains("รอบ 2567").contains("ไม่ใช่รอบ 2568");
            })
        .hasMessageContaining("in round 2567, not in round 2568");
  }

  // --- value semantics

  @Test
  void equalsAndHashCode() {
    ApplicationWindow a =
        ApplicationWindow.ofDays(
            FiscalYear.of(2565),
            LocalDate.of(2022, 1, 1),
            LocalDate.of(2022, 2, 28),
            ImmutableSet.of(Channel.ONLINE),
            ImmutableSet.of(),
            "DLA มท 0810.7/ว, Dec 2564; RULES.md §4 (FACT)");
    new EqualsTester()
        .addEqualityGroup(a, Rounds.bundled().window(FiscalYear.of(2565)).orElseThrow())
        .addEqualityGroup(W2567)
        .addEqualityGroup(W2560)
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    new NullPointerTester()
        .setDefault(FiscalYear.class, FiscalYear.of(2567))
        .setDefault(LocalDate.class, LocalDate.of(2024, 2, 29))
        .setDefault(LocalDateTime.class, LocalDateTime.of(2024, 2, 29, 0, 0))
        .setDefault(Instant.class, Instant.parse("2024-02-29T00:00:00Z"))
        .setDefault(String.class, "source")
        .testAllPublicStaticMethods(ApplicationWindow.class);
    new NullPointerTester().testAllPublicInstanceMethods(W2567);
  }

  // --- for all instants, in any offset

  @Property(tries = 1000)
  void openAgreesWithTheBoundsComparedInBangkokTime(
      @ForAll("windows") ApplicationWindow window,
      @ForAll("instantsNearBounds") Instant instant,
      @ForAll("offsets") ZoneOffset offset) {
    LocalDateTime bangkok = LocalDateTime.ofInstant(instant, ThaiTime.ZONE);
    LocalDateTime opens = LocalDateTime.ofInstant(window.effectiveOpening(), ThaiTime.ZONE);
    LocalDateTime closes = LocalDateTime.ofInstant(window.closesAt(), ThaiTime.ZONE);
    boolean expected = !bangkok.isBefore(opens) && !bangkok.isAfter(closes);
    WindowState state = window.stateAt(instant.atOffset(offset));
    assertThat(state == WindowState.OPEN).isEqualTo(expected);
    assertThat(window.stateAt(instant.atOffset(offset).toLocalDateTime().atOffset(offset)))
        .isEqualTo(state);
    if (!expected) {
      assertThat(state)
          .isEqualTo(bangkok.isBefore(opens) ? WindowState.NOT_YET_OPEN : WindowState.CLOSED);
    }
  }

  @Provide
  Arbitrary<ApplicationWindow> windows() {
    Arbitrary<ApplicationWindow> bundled =
        Arbitraries.of(ImmutableSet.copyOf(Rounds.bundled().rounds()))
            .map(r -> Rounds.bundled().window(r).orElseThrow());
    Arbitrary<ApplicationWindow> generated =
        Combinators.combine(
                Arbitraries.integers().between(2560, 2600),
                Arbitraries.longs().between(0, 364L * 86_400 * 1_000_000_000L),
                Arbitraries.longs().between(0, 90L * 86_400 * 1_000_000_000L),
                Arbitraries.of(true, false))
            .as(
                (round, closeNanos, lengthNanos, known) -> {
                  FiscalYear fy = FiscalYear.of(round);
                  Instant closes = ThaiTime.startOfDay(fy.start()).plusNanos(closeNanos);
                  Instant opens = closes.minusNanos(lengthNanos);
                  return known
                      ? ApplicationWindow.of(
                          fy,
                          opens,
                          closes,
                          ImmutableSet.of(Channel.ONLINE),
                          ImmutableSet.of(),
                          "generated")
                      : ApplicationWindow.ofClosing(
                          fy,
                          closes,
                          ImmutableSet.of(Channel.ONLINE),
                          ImmutableSet.of(),
                          "generated");
                });
    return Arbitraries.oneOf(bundled, generated);
  }

  @Provide
  Arbitrary<Instant> instantsNearBounds() {
    Arbitrary<Instant> any =
        Arbitraries.longs()
            .between(
                Instant.parse("2015-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2060-01-01T00:00:00Z").getEpochSecond())
            .flatMap(
                s ->
                    Arbitraries.integers()
                        .between(0, 999_999_999)
                        .map(n -> Instant.ofEpochSecond(s, n)));
    Arbitrary<Instant> near =
        Combinators.combine(
                Arbitraries.of(
                    W2567.opensAt().orElseThrow(),
                    W2567.closesAt(),
                    W2560.effectiveOpening(),
                    W2560.closesAt()),
                Arbitraries.longs().between(-2_000_000_000L, 2_000_000_000L))
            .as(Instant::plusNanos);
    return Arbitraries.oneOf(any, near);
  }

  @Provide
  Arbitrary<ZoneOffset> offsets() {
    return Arbitraries.integers()
        .between(ZoneOffset.MIN.getTotalSeconds(), ZoneOffset.MAX.getTotalSeconds())
        .map(ZoneOffset::ofTotalSeconds);
  }
}

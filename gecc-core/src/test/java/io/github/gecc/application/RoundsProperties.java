package io.github.gecc.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import io.github.gecc.time.FiscalYear;
import io.github.gecc.time.ThaiTime;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** The "for all" rules of round registers. */
class RoundsProperties {

  @Property
  void anyInstantInsideARegisteredWindowIsOpen(
      @ForAll("registered") ApplicationWindow window,
      @ForAll @LongRange(min = 0, max = 1_000_000) long per) {
    Rounds rounds = Rounds.bundled().plus(RoundDefinition.of(window));
    Instant opens = window.opensAt().orElseThrow();
    long span = window.closesAt().getEpochSecond() - opens.getEpochSecond();
    Instant inside = opens.plusSeconds(span * per / 1_000_000);
    assertThat(rounds.windowOf(window.round()).isOpenAt(inside)).isTrue();
    assertThat(rounds.windowOf(window.round()).isOpenAt(opens.minusNanos(1))).isFalse();
    assertThat(rounds.windowOf(window.round()).isOpenAt(window.closesAt().plusNanos(1))).isFalse();
  }

  @Property
  void anIdenticalRestatementOfABundledRoundChangesNoAnswer(
      @ForAll("bundledRounds") FiscalYear round,
      @ForAll("sources") String source,
      @ForAll("instants") Instant at) {
    ApplicationWindow bundled = Rounds.bundled().windowOf(round);
    Rounds restated =
        Rounds.bundled()
            .plus(
                RoundDefinition.of(
                    bundled.opensAt().isPresent()
                        ? ApplicationWindow.of(
                            round,
                            bundled.opensAt().get(),
                            bundled.closesAt(),
                            bundled.channels(),
                            bundled.documents(),
                            source)
                        : ApplicationWindow.ofClosing(
                            round,
                            bundled.closesAt(),
                            bundled.channels(),
                            bundled.documents(),
                            source)));
    assertThat(restated).isEqualTo(Rounds.bundled());
    assertThat(restated.window(round).orElseThrow().stateAt(at)).isEqualTo(bundled.stateAt(at));
  }

  @Provide
  Arbitrary<ApplicationWindow> registered() {
    return Combinators.combine(
            Arbitraries.integers().between(2568, 2650),
            Arbitraries.longs().between(0, 364L * 86_400),
            Arbitraries.longs().between(0, 180L * 86_400))
        .as(
            (round, closeSeconds, lengthSeconds) -> {
              FiscalYear fy = FiscalYear.of(round);
              Instant closes = ThaiTime.startOfDay(fy.start()).plusSeconds(closeSeconds);
              Instant opens = closes.minusSeconds(lengthSeconds);
              Instant earliest = RoundDefinition.earliestOpening(fy);
              return ApplicationWindow.of(
                  fy,
                  opens.isBefore(earliest) ? earliest : opens,
                  closes,
                  ImmutableSet.of(Channel.ONLINE),
                  ImmutableSet.of(),
                  "FICTIONAL generated round");
            });
  }

  @Provide
  Arbitrary<FiscalYear> bundledRounds() {
    return Arbitraries.of(Rounds.bundled().rounds());
  }

  @Provide
  Arbitrary<String> sources() {
    return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20);
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.longs()
        .between(
            Instant.parse("2016-01-01T00:00:00Z").getEpochSecond(),
            Instant.parse("2025-01-01T00:00:00Z").getEpochSecond())
        .map(Instant::ofEpochSecond);
  }

  @Property
  void theWindowsOpenAtAnInstantAreExactlyThoseOpenAtIt(@ForAll("instants") Instant at) {
    Rounds rounds = Rounds.bundled();
    assertThat(rounds.openAt(at))
        .containsExactlyElementsOf(
            rounds.rounds().stream()
                .map(round -> rounds.window(round).orElseThrow())
                .filter(window -> window.isOpenAt(at))
                .collect(java.util.stream.Collectors.toList()));
  }
}

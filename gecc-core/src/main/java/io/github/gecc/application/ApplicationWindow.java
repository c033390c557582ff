package io.github.gecc.application;

import com.google.common.collect.ImmutableSet;
import io.github.gecc.time.DateRole;
import io.github.gecc.time.FiscalYear;
import io.github.gecc.time.ThaiDateReading;
import io.github.gecc.time.ThaiDateText;
import io.github.gecc.time.ThaiDateTime;
import io.github.gecc.time.ThaiTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The application window of one round: when it opens (possibly unknown), when it closes, which
 * channels and which document files an application must use.
 *
 * <p>RULES.md §4 (DECISION): a window with times is the closed interval {@code [opensAt,
 * closesAt]}; a window given in whole days opens at 00:00 of its first day and closes at the
 * last instant of its last day, Bangkok time ({@link #ofDays}); every comparison is between
 * instants, whatever offset the caller used; a local date-time is Bangkok time. An opening the
 * sources do not give is unknown ({@link #opensAt()} is empty), and for "is it open" it counts
 * as the first instant of the round's fiscal year ({@link #effectiveOpening()}).
 *
 * <p>DECISION: the closing must fall in the round's fiscal year (every window in the sources
 * does; it catches a Common Era slip), and the opening may not be after the closing. A window
 * needs at least one channel. Using more channels than required is fine: the requirement is a
 * minimum ({@link #missingChannels}).
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ApplicationWindow {

  ApplicationWindow() {}

  /**
   * Returns the round (fiscal year) the window belongs to.
   *
   * @return the round
   */
  public abstract FiscalYear round();

  /**
   * Returns the first instant of the window, if the sources give it.
   *
   * @return the opening, included, or empty when unknown
   */
  public abstract Optional<Instant> opensAt();

  /**
   * Returns the last instant of the window, included.
   *
   * @return the closing; for a whole-day window, the last nanosecond of its last Bangkok day
   */
  public abstract Instant closesAt();

  /**
   * Returns the channels an application must use, all of them.
   *
   * @return at least one channel
   */
  public abstract ImmutableSet<Channel> channels();

  /**
   * Returns the document files an application must send, all of them.
   *
   * @return the formats, possibly none
   */
  public abstract ImmutableSet<DocumentFormat> documents();

  /**
   * Returns where the window comes from, for example {@code "DOPA มท 0305.1/ว 1660, 18 Jan 2567; RULES.md §4"}.
   *
   * @return the citation, not blank
   */
  public abstract String source();

  /**
   * Returns the window for a reader, its instants at Bangkok's offset as the library prints every
   * instant, for example {@code ApplicationWindow{round=2567, opensAt=2024-01-08T08:30+07:00,
   * closesAt=2024-02-29T16:30+07:00, channels=[ONLINE], documents=[], source=…}}.
   *
   * @return the text; an opening not given shows as {@code not given}
   */
  @Override
  public String toString() {
    return "ApplicationWindow{round="
        + round().getValue()
        + ", opensAt="
        + opensAt().map(opening -> ThaiTime.atBangkok(opening).toString()).orElse("not given")
        + ", closesAt="
        + ThaiTime.atBangkok(closesAt())
        + ", channels="
        + channels()
        + ", documents="
        + documents()
        + ", source="
        + source()
        + "}";
  }

  @Value.Check
  void check() {
    if (!FiscalYear.from(closesAt()).equals(round())) {
      throw new IllegalArgumentException(
          "window closing "
              + ThaiTime.atBangkok(closesAt())
              + " is not in round "
              + round().getValue()
              + " ("
              + round().range()
              + "); a window closes in its own fiscal year");
    }
    if (opensAt().isPresent() && opensAt().get().isAfter(closesAt())) {
      throw new IllegalArgumentException(
          "window opening "
              + ThaiTime.atBangkok(opensAt().get())
              + " is after its closing "
              + ThaiTime.atBangkok(closesAt()));
    }
    if (channels().isEmpty()) {
      throw new IllegalArgumentException(
          "window of round " + round().getValue() + " requires no channel; it needs at least one");
    }
    if (source().isBlank()) {
      throw new IllegalArgumentException(
          "window of round " + round().getValue() + " has a blank source; cite the circular");
    }
  }

  /**
   * Returns a window from its instants.
   *
   * @param round the round, not null
   * @param opensAt the first instant, or empty when the sources do not give it
   * @param closesAt the last instant, included, in the round's fiscal year
   * @param channels the required channels, at least one
   * @param documents the required document files, possibly none
   * @param source the citation, not blank
   * @return the window
   * @throws IllegalArgumentException if the closing is outside the round's fiscal year, the
   *     opening is after the closing, there is no channel or the source is blank
   * @throws NullPointerException if an argument is null
   */
  public static ApplicationWindow of(
      FiscalYear round,
      Optional<Instant> opensAt,
      Instant closesAt,
      Set<Channel> channels,
      Set<DocumentFormat> documents,
      String source) {
    return ImmutableApplicationWindow.builder()
        .round(round)
        .opensAt(opensAt)
        .closesAt(closesAt)
        .addAllChannels(channels)
        .addAllDocuments(documents)
        .source(source)
        .build();
  }

  /**
   * Returns a timed window, the closed interval between two Bangkok wall-clock times.
   *
   * @param round the round, not null
   * @param opens the opening, Bangkok time, not null
   * @param closes the closing, Bangkok time, included, not null
   * @param channels the required channels, at least one
   * @param documents the required document files, possibly none
   * @param source the citation, not blank
   * @return the window
   * @throws IllegalArgumentException as {@link #of}
   */
  public static ApplicationWindow ofTimes(
      FiscalYear round,
      LocalDateTime opens,
      LocalDateTime closes,
      Set<Channel> channels,
      Set<DocumentFormat> documents,
      String source) {
    return of(
        round,
        Optional.of(ThaiTime.toInstant(opens)),
        ThaiTime.toInstant(closes),
        channels,
        documents,
        source);
  }

  /**
   * Returns a whole-day window: from 00:00 of the first day to the end of the last, Bangkok
   * time (RULES.md §4, DECISION).
   *
   * @param round the round, not null
   * @param firstDay the first day, or empty when the sources do not give the opening
   * @param lastDay the last day, included, not null
   * @param channels the required channels, at least one
   * @param documents the required document files, possibly none
   * @param source the citation, not blank
   * @return the window
   * @throws IllegalArgumentException as {@link #of}
   */
  public static ApplicationWindow ofDays(
      FiscalYear round,
      Optional<LocalDate> firstDay,
      LocalDate lastDay,
      Set<Channel> channels,
      Set<DocumentFormat> documents,
      String source) {
    return of(
        round,
        firstDay.map(ThaiTime::startOfDay),
        ThaiTime.endOfDay(lastDay),
        channels,
        documents,
        source);
  }

  /**
   * Returns the window a circular states in Thai wording, read with the Thai date reader: {@code
   * ๘ มกราคม (เวลา ๐๘.๓๐ น.) - ๒๙ กุมภาพันธ์ (เวลา ๑๖.๓๐ น.) ๒๕๖๗} becomes the 2567 window from 8
   * Jan 2024 08:30 to 29 Feb 2024 16:30, Bangkok time.
   *
   * <p>A window the circular gives by its closing day alone, written as a deadline ({@code
   * ได้จนถึงวันที่ ๓๑ มกราคม ๒๕๖๐}, {@code ภายในวันที่ …}: {@link DateRole#DEADLINE}), closes at the
   * end of that day (or at its time) and its opening is unknown. One date without such words is
   * refused: it could as well be the opening.
   *
   * <p>The round is the fiscal year of the last day. An end without a time closes at the end of
   * its day; a start without a time opens at 00:00 (RULES.md §4, DECISION).
   *
   * @param text the range, or the closing day written as a deadline, as the circular writes it;
   *     not null
   * @param channels the required channels, at least one
   * @param documents the required document files, possibly none
   * @param source the citation, not blank
   * @return the window
   * @throws DateTimeParseException if the text is not a Thai date range nor one date written as a
   *     deadline
   * @throws IllegalArgumentException as {@link #of}
   * @throws NullPointerException if an argument is null
   */
  public static ApplicationWindow fromThaiText(
      CharSequence text, Set<Channel> channels, Set<DocumentFormat> documents, String source) {
    Objects.requireNonNull(channels, "channels");
    Objects.requireNonNull(documents, "documents");
    Objects.requireNonNull(source, "source");
    ThaiDateReading reading = ThaiDateText.read(text);
    Optional<Instant> opens;
    ThaiDateTime end;
    if (reading.range().isPresent()) {
      ThaiDateTime start = reading.range().get().start();
      end = reading.range().get().end();
      opens = Optional.of(start.time().map(t -> ThaiTime.toInstant(start.date().atTime(t)))
          .orElseGet(() -> ThaiTime.startOfDay(start.date())));
    } else if (reading.role().equals(Optional.of(DateRole.DEADLINE))) {
      end = reading.date().orElseThrow();
      opens = Optional.empty();
    } else {
      throw new DateTimeParseException(
          "the window '" + text + "' is one date"
              + reading.role().map(r -> " written as " + r + " (" + r.words() + ")").orElse("")
              + "; write the range (ระหว่างวันที่ … - …) or the closing day as a deadline"
              + " (ภายในวันที่ …, ได้จนถึงวันที่ …)",
          text,
          0);
    }
    Instant closes =
        end.time().map(t -> ThaiTime.toInstant(end.date().atTime(t)))
            .orElseGet(() -> ThaiTime.endOfDay(end.date()));
    return of(FiscalYear.from(end.date()), opens, closes, channels, documents, source);
  }

  /**
   * Returns the instant from which the window counts as open: the opening, or, when it is
   * unknown, the first instant of the round's fiscal year (RULES.md §4, DECISION).
   *
   * @return the effective opening
   */
  public Instant effectiveOpening() {
    return opensAt().orElseGet(() -> ThaiTime.startOfDay(round().start()));
  }

  /**
   * Tells where an instant lies relative to the window.
   *
   * @param instant any instant, not null
   * @return {@link WindowState#OPEN} if {@code effectiveOpening() <= instant <= closesAt()}
   * @throws NullPointerException if {@code instant} is null
   */
  public WindowState stateAt(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    if (instant.isBefore(effectiveOpening())) {
      return WindowState.NOT_YET_OPEN;
    }
    return instant.isAfter(closesAt()) ? WindowState.CLOSED : WindowState.OPEN;
  }

  /**
   * Tells where a date-time in any offset lies relative to the window; only the instant counts.
   *
   * @param dateTime a date-time with an offset, not null
   * @return the state at that instant
   * @throws NullPointerException if {@code dateTime} is null
   */
  public WindowState stateAt(OffsetDateTime dateTime) {
    return stateAt(dateTime.toInstant());
  }

  /**
   * Tells where a date-time in any zone lies relative to the window; only the instant counts.
   *
   * @param dateTime a zoned date-time, not null
   * @return the state at that instant
   * @throws NullPointerException if {@code dateTime} is null
   */
  public WindowState stateAt(ZonedDateTime dateTime) {
    return stateAt(dateTime.toInstant());
  }

  /**
   * Tells where a Bangkok wall-clock time lies relative to the window (RULES.md §4: a local
   * date-time is Bangkok time).
   *
   * @param bangkokDateTime a local date-time read in Bangkok, not null
   * @return the state at that instant
   * @throws NullPointerException if {@code bangkokDateTime} is null
   */
  public WindowState stateAt(LocalDateTime bangkokDateTime) {
    return stateAt(ThaiTime.toInstant(bangkokDateTime));
  }

  /**
   * Tells whether the window is open at an instant.
   *
   * @param instant any instant, not null
   * @return true if {@link #stateAt(Instant)} is {@link WindowState#OPEN}
   * @throws NullPointerException if {@code instant} is null
   */
  public boolean isOpenAt(Instant instant) {
    return stateAt(instant) == WindowState.OPEN;
  }

  /**
   * Returns the required channels an application did not use. Extra channels are fine.
   *
   * @param used the channels used, not null, possibly empty
   * @return the required channels missing from {@code used}, in declaration order
   * @throws NullPointerException if {@code used} is null
   */
  public ImmutableSet<Channel> missingChannels(Collection<Channel> used) {
    EnumSet<Channel> missing = EnumSet.noneOf(Channel.class);
    missing.addAll(channels());
    missing.removeAll(used);
    return ImmutableSet.copyOf(missing);
  }

  /**
   * Returns the required document files an application did not send. Extra files are fine.
   *
   * @param sent the formats sent, not null, possibly empty
   * @return the required formats missing from {@code sent}, in declaration order
   * @throws NullPointerException if {@code sent} is null
   */
  public ImmutableSet<DocumentFormat> missingDocuments(Collection<DocumentFormat> sent) {
    EnumSet<DocumentFormat> missing = EnumSet.noneOf(DocumentFormat.class);
    missing.addAll(documents());
    missing.removeAll(sent);
    return ImmutableSet.copyOf(missing);
  }
}

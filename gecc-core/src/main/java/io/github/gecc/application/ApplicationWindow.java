package io.github.gecc.application;

import com.google.common.collect.ImmutableSet;
import io.github.gecc.RefusalException;
import io.github.gecc.ValuePath;
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
 * closesAt]}; a window given in whole days opens at 00:00 of its first day and closes at the last
 * instant of its last day, Bangkok time ({@link #ofDays}); every comparison is between instants,
 * whatever offset the caller used; a local date-time is Bangkok time. An opening the sources do not
 * give is unknown ({@link #opensAt()} is empty), and for "is it open" it counts as the first
 * instant of the round's fiscal year ({@link #effectiveOpening()}).
 *
 * <p>DECISION: the closing must fall in the round's fiscal year (every window in the sources does;
 * it catches a Common Era slip; RULES.md 4.15), and the opening may not be after the closing. A
 * window needs at least one channel and cites its source (RULES.md 4.10). Using more channels than
 * required is fine: the requirement is a minimum ({@link #missingChannels}).
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
   * Returns where the window comes from, for example {@code "DOPA มท 0305.1/ว 1660, 18 Jan 2567;
   * RULES.md §4"}.
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
    int round = round().getValue();
    if (!FiscalYear.from(closesAt()).equals(round())) {
      throw RefusalException.of(
              "4.15",
              ThaiTime.atBangkok(closesAt()),
              "window closing "
                  + ThaiTime.atBangkok(closesAt())
                  + " is not in round "
                  + round
                  + " ("
                  + round().range()
                  + "); a window closes in its own fiscal year",
              "วันปิดรับสมัคร "
                  + ThaiTime.atBangkok(closesAt())
                  + " ไม่อยู่ในรอบ "
                  + round
                  + " ("
                  + round().range()
                  + ") ช่วงเวลารับสมัครต้องปิดในปีงบประมาณของรอบนั้น")
          .at("closesAt");
    }
    if (opensAt().isPresent() && opensAt().get().isAfter(closesAt())) {
      throw RefusalException.of(
              "4.10",
              ThaiTime.atBangkok(opensAt().get()),
              "window opening "
                  + ThaiTime.atBangkok(opensAt().get())
                  + " is after its closing "
                  + ThaiTime.atBangkok(closesAt()),
              "วันเปิดรับสมัคร "
                  + ThaiTime.atBangkok(opensAt().get())
                  + " อยู่หลังวันปิดรับสมัคร "
                  + ThaiTime.atBangkok(closesAt()))
          .at("opensAt");
    }
    if (channels().isEmpty()) {
      throw RefusalException.withoutValue(
              "4.10",
              "window of round " + round + " requires no channel; it needs at least one",
              "ช่วงเวลารับสมัครของรอบ "
                  + round
                  + " ไม่ได้ระบุช่องทางสมัคร ต้องระบุอย่างน้อยหนึ่งช่องทาง")
          .at("channels");
    }
    if (source().isBlank()) {
      throw RefusalException.of(
              "4.10",
              "'" + source() + "'",
              "window of round " + round + " has a blank source; cite the circular",
              "ช่วงเวลารับสมัครของรอบ " + round + " ไม่ได้อ้างอิงแหล่งที่มา ให้อ้างอิงหนังสือเวียน")
          .at("source");
    }
  }

  /**
   * Returns a window from its instants.
   *
   * @param round the round, not null
   * @param opensAt the first instant, included, not null
   * @param closesAt the last instant, included, in the round's fiscal year, not null
   * @param channels the required channels, at least one
   * @param documents the required document files, possibly none
   * @param source the citation, not blank
   * @return the window
   * @throws RefusalException (4.15) at {@code closesAt} if the closing is outside the round's
   *     fiscal year; (4.10) at {@code opensAt} if the opening is after the closing, at {@code
   *     channels} if there is no channel, at {@code source} if the source is blank
   * @throws NullPointerException if an argument is null
   */
  public static ApplicationWindow of(
      FiscalYear round,
      Instant opensAt,
      Instant closesAt,
      Set<Channel> channels,
      Set<DocumentFormat> documents,
      String source) {
    return build(round, Optional.of(opensAt), closesAt, channels, documents, source);
  }

  /**
   * Returns a window whose opening the sources do not give, from its closing instant: for "is it
   * open" it opens with the round's fiscal year ({@link #effectiveOpening()}).
   *
   * @param round the round, not null
   * @param closesAt the last instant, included, in the round's fiscal year, not null
   * @param channels the required channels, at least one
   * @param documents the required document files, possibly none
   * @param source the citation, not blank
   * @return the window, its {@link #opensAt()} empty
   * @throws RefusalException as {@link #of}
   * @throws NullPointerException if an argument is null
   */
  public static ApplicationWindow ofClosing(
      FiscalYear round,
      Instant closesAt,
      Set<Channel> channels,
      Set<DocumentFormat> documents,
      String source) {
    return build(round, Optional.empty(), closesAt, channels, documents, source);
  }

  private static ApplicationWindow build(
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
   * @throws RefusalException as {@link #of}
   * @throws NullPointerException if an argument is null
   */
  public static ApplicationWindow ofTimes(
      FiscalYear round,
      LocalDateTime opens,
      LocalDateTime closes,
      Set<Channel> channels,
      Set<DocumentFormat> documents,
      String source) {
    return of(
        round, ThaiTime.toInstant(opens), ThaiTime.toInstant(closes), channels, documents, source);
  }

  /**
   * Returns a whole-day window: from 00:00 of the first day to the end of the last, Bangkok time
   * (RULES.md 4.10, DECISION).
   *
   * @param round the round, not null
   * @param firstDay the first day, not null
   * @param lastDay the last day, included, not null
   * @param channels the required channels, at least one
   * @param documents the required document files, possibly none
   * @param source the citation, not blank
   * @return the window
   * @throws RefusalException as {@link #of}
   * @throws NullPointerException if an argument is null
   */
  public static ApplicationWindow ofDays(
      FiscalYear round,
      LocalDate firstDay,
      LocalDate lastDay,
      Set<Channel> channels,
      Set<DocumentFormat> documents,
      String source) {
    return of(
        round,
        ThaiTime.startOfDay(firstDay),
        ThaiTime.endOfDay(lastDay),
        channels,
        documents,
        source);
  }

  /**
   * Returns a window given by its last day alone, closing at the end of that day, Bangkok time; its
   * opening is not given ({@link #ofClosing}).
   *
   * @param round the round, not null
   * @param lastDay the last day, included, not null
   * @param channels the required channels, at least one
   * @param documents the required document files, possibly none
   * @param source the citation, not blank
   * @return the window
   * @throws RefusalException as {@link #of}
   * @throws NullPointerException if an argument is null
   */
  public static ApplicationWindow ofLastDay(
      FiscalYear round,
      LocalDate lastDay,
      Set<Channel> channels,
      Set<DocumentFormat> documents,
      String source) {
    return ofClosing(round, ThaiTime.endOfDay(lastDay), channels, documents, source);
  }

  /**
   * Returns the window of a round that a circular states in Thai wording, read with the Thai date
   * reader: {@code ๘ มกราคม (เวลา ๐๘.๓๐ น.) - ๒๙ กุมภาพันธ์ (เวลา ๑๖.๓๐ น.) ๒๕๖๗} becomes the 2567
   * window from 8 Jan 2024 08:30 to 29 Feb 2024 16:30, Bangkok time.
   *
   * <p>A window the circular gives by its closing day alone, written as a deadline ({@code
   * ได้จนถึงวันที่ ๓๑ มกราคม ๒๕๖๐}, {@code ภายในวันที่ …}: {@link DateRole#DEADLINE}), closes at
   * the end of that day (or at its time) and its opening is unknown. One date without such words is
   * refused: it could as well be the opening (RULES.md 4.15).
   *
   * <p>The text belongs to the round of its last day, which must be {@code round} (RULES.md 4.15).
   * An end without a time closes at the end of its day; a start without a time opens at 00:00
   * (RULES.md 4.10, DECISION).
   *
   * @param round the round the text is given for, not null
   * @param thaiText the range, or the closing day written as a deadline, as the circular writes it;
   *     not null
   * @param channels the required channels, at least one
   * @param documents the required document files, possibly none
   * @param source the citation, not blank
   * @return the window
   * @throws DateTimeParseException if the text is not a Thai date
   * @throws RefusalException (4.15) at {@code thaiText} if the text is one date without deadline
   *     words, or closes in another round; otherwise as {@link #of}
   * @throws NullPointerException if an argument is null
   */
  public static ApplicationWindow fromThaiText(
      FiscalYear round,
      CharSequence thaiText,
      Set<Channel> channels,
      Set<DocumentFormat> documents,
      String source) {
    Objects.requireNonNull(round, "round");
    Objects.requireNonNull(channels, "channels");
    Objects.requireNonNull(documents, "documents");
    Objects.requireNonNull(source, "source");
    ThaiDateReading reading = ThaiDateText.read(thaiText);
    Optional<Instant> opens;
    ThaiDateTime end;
    if (reading.range().isPresent()) {
      ThaiDateTime start = reading.range().get().start();
      end = reading.range().get().end();
      opens =
          Optional.of(
              start
                  .time()
                  .map(t -> ThaiTime.toInstant(start.date().atTime(t)))
                  .orElseGet(() -> ThaiTime.startOfDay(start.date())));
    } else if (reading.role().equals(Optional.of(DateRole.DEADLINE))) {
      end = reading.date().orElseThrow();
      opens = Optional.empty();
    } else {
      String role = reading.role().map(r -> " written as " + r + " (" + r.words() + ")").orElse("");
      throw RefusalException.of(
              "4.15",
              thaiText,
              "the window '"
                  + thaiText
                  + "' is one date"
                  + role
                  + "; write the range (ระหว่างวันที่ … - …) or the closing day as a deadline"
                  + " (ภายในวันที่ …, ได้จนถึงวันที่ …)",
              "ช่วงเวลารับสมัคร '"
                  + thaiText
                  + "' มีวันที่เดียว ให้เขียนเป็นช่วง (ระหว่างวันที่ … - …)"
                  + " หรือเขียนวันปิดรับสมัครเป็นกำหนดเวลา (ภายในวันที่ …, ได้จนถึงวันที่ …)")
          .at("thaiText");
    }
    Instant closes =
        end.time()
            .map(t -> ThaiTime.toInstant(end.date().atTime(t)))
            .orElseGet(() -> ThaiTime.endOfDay(end.date()));
    FiscalYear closing = FiscalYear.from(end.date());
    if (!closing.equals(round)) {
      throw RefusalException.of(
              "4.15",
              thaiText,
              "'"
                  + thaiText
                  + "' closes on "
                  + end.date()
                  + ", in round "
                  + closing.getValue()
                  + ", not in round "
                  + round.getValue(),
              "'"
                  + thaiText
                  + "' ปิดรับสมัครวันที่ "
                  + end.date()
                  + " ซึ่งอยู่ในรอบ "
                  + closing.getValue()
                  + " ไม่ใช่รอบ "
                  + round.getValue())
          .at("thaiText");
    }
    try {
      return build(round, opens, closes, channels, documents, source);
    } catch (RefusalException e) {
      boolean bounds =
          e.path().equals(ValuePath.of("opensAt")) || e.path().equals(ValuePath.of("closesAt"));
      if (!bounds) {
        throw e;
      }
      // The bounds were given as the text: the text is at fault.
      throw RefusalException.of(e.rule(), thaiText, e.english(), e.thai()).at("thaiText");
    }
  }

  /**
   * Returns the instant from which the window counts as open: the opening, or, when it is unknown,
   * the first instant of the round's fiscal year (RULES.md §4, DECISION).
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

package io.github.gecc.time;

import com.google.common.collect.ImmutableList;
import io.github.gecc.RefusalException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.DecimalStyle;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes dates the way Thai official letters write them (RULES.md §8, FACT): {@code ๒๖
 * มกราคม ๒๕๖๗}, {@code ๑๘ ม.ค. ๒๕๖๗}, {@code 31 ม.ค. 60}, {@code วันศุกร์ที่ ๑๙ มกราคม ๒๕๖๗},
 * {@code วันพุธที่ ๒๘ กุมภาพันธ์ ๒๕๖๗ เวลา ๑๒.๐๐ น.} and ranges such as {@code ๘ มกราคม (เวลา ๐๘.๓๐
 * น.) - ๒๙ กุมภาพันธ์ (เวลา ๑๖.๓๐ น.) ๒๕๖๗}.
 *
 * <p>Month and weekday names, the Buddhist Era and the Thai digits all come from the JDK: {@link
 * ThaiBuddhistChronology}, the {@code th-TH} locale data ({@code Month}/{@code DayOfWeek} display
 * names in {@link TextStyle#FULL} and {@link TextStyle#SHORT}) and the {@link DecimalStyle} of
 * {@code th-TH-u-nu-thai}. They give the circulars' forms exactly, so there is no hand-written
 * table of names here.
 *
 * <h2>What the parser accepts</h2>
 *
 * <ul>
 *   <li>Thai ({@code ๐..๙}) or Arabic ({@code 0..9}) digits, in any mix.
 *   <li>A day of one or two digits, then a full ({@code มกราคม}) or abbreviated ({@code ม.ค.})
 *       month name, then the year.
 *   <li>DECISION (supported years): four-digit Buddhist Era years {@value #MIN_YEAR}..{@value
 *       #MAX_YEAR}, the numbers {@link FiscalYear} accepts; so every date from {@link #MIN_DATE} to
 *       {@link #MAX_DATE}. (The last three months of BE {@value #MAX_YEAR} belong to fiscal year
 *       2801, which {@code FiscalYear} refuses.) A number that looks like a Common Era year ({@code
 *       2024}) is refused with the hint {@code did you mean 2567?}.
 *   <li>DECISION (two-digit years): {@code yy} means BE {@code 25yy}, so {@code 60} is 2560 and
 *       {@code 99} is 2599. The letters that use two-digit years were all written in the 2500s; a
 *       fixed century needs no clock. A year of one, three or five or more digits is refused.
 *   <li>An optional {@code พ.ศ.} before the year.
 *   <li>Optional words in front that say what the date is ({@link DateRole}, RULES.md §8): a
 *       deadline {@code ภายใน}, {@code จนถึง}, {@code ได้จนถึง} ("by", inclusive); a past event
 *       {@code เมื่อ}; a letter date {@code ลงวันที่}; a start {@code ตั้งแต่}; a range {@code
 *       ระหว่าง} (ranges only). {@link #read} says which it found; a text is read as a clerk pastes
 *       it from the letter, {@code ภายในวันพุธที่ ๒๘ กุมภาพันธ์ ๒๕๖๗ เวลา ๑๒.๐๐ น.}.
 *   <li>An optional prefix: {@code วันที่}, or a weekday phrase {@code วันศุกร์ที่} ({@code ที่}
 *       optional). The weekday is checked against the date.
 *   <li>An optional time after the month or after the year: {@code เวลา ๐๘.๓๐ น.}, {@code ๐๘.๓๐
 *       น.}, {@code 8:30}, {@code ๐๙.๓๐ นาฬิกา}; hour and minute separated by {@code .} or {@code
 *       :}; {@code เวลา}, {@code น.} and {@code นาฬิกา} optional; the whole time may stand in
 *       parentheses, {@code (เวลา ๐๘.๓๐ น.)}.
 *   <li>DECISION (whitespace): any run of whitespace, including no-break and zero-width spaces, may
 *       stand between the parts, or none at all; leading and trailing whitespace is ignored. The
 *       whole text may stand in one pair of parentheses. Nothing else may follow the date.
 * </ul>
 *
 * <p>A range ({@link #parseRange}) is two such dates separated by {@code -}, {@code –}, {@code —}
 * or {@code ถึง}, optionally introduced by {@code ตั้งแต่}, {@code ระหว่าง} or {@code เมื่อ}; a
 * deadline or a letter date is one day, never a range. DECISION: when the first date has no year it
 * takes the second date's year (the shared year of {@code 1 มกราคม – 28 กุมภาพันธ์ 2565}); it is
 * never moved to the year before, so a range written across a new year without its first year is
 * refused as running backwards. The first date may also leave out its month, sharing the second
 * date's month and year ({@code ๘ - ๑๐ มกราคม ๒๕๖๗}). A second part that is only a time ({@code ๑๕
 * ธันวาคม ๒๕๖๔ เวลา ๑๐.๐๐ – ๑๒.๐๐ น.}) ends the range on the first date.
 *
 * <p>Every refusal is a {@link DateTimeParseException} whose message names the text, the index and
 * the reason: a day the month does not have ({@code ๓๖ พฤษภาคม ๒๕๖๕}), a weekday that contradicts
 * the date, a missing day ({@code (วัน ธันวาคม 2564}), an unknown month name, a missing year, a
 * time that does not exist, or text left over.
 *
 * <p>The refusal stays a {@link DateTimeParseException}, java.time's contract for reading text,
 * with the index a caller points at; its cause is the {@link RefusalException} of RULES.md 8.2 with
 * the same English message and a Thai one, which adapters report with its rule code. A year outside
 * the Buddhist Era range is refused the same way, its message that of RULES.md 4.11.
 *
 * <p>This class only holds pure functions and immutable tables; it is thread-safe.
 */
public final class ThaiDateText {

  /** The row of a Thai date text refused, RULES.md 8.2. */
  private static final String UNREADABLE = "8.2";

  /** The first Buddhist Era year read and written, {@value}, as {@link FiscalYear#MIN_VALUE}. */
  public static final int MIN_YEAR = FiscalYear.MIN_VALUE;

  /** The last Buddhist Era year read and written, {@value}, as {@link FiscalYear#MAX_VALUE}. */
  public static final int MAX_YEAR = FiscalYear.MAX_VALUE;

  /** DECISION: a two-digit year {@code yy} means BE {@code TWO_DIGIT_YEAR_BASE + yy}. */
  public static final int TWO_DIGIT_YEAR_BASE = 2500;

  /** The first date read and written: 1 January BE {@value #MIN_YEAR} (1957-01-01). */
  public static final LocalDate MIN_DATE = LocalDate.of(MIN_YEAR - FiscalYear.BE_OFFSET, 1, 1);

  /** The last date read and written: 31 December BE {@value #MAX_YEAR} (2257-12-31). */
  public static final LocalDate MAX_DATE = LocalDate.of(MAX_YEAR - FiscalYear.BE_OFFSET, 12, 31);

  /** The JDK locale whose data gives the Thai month and weekday names. */
  static final Locale THAI = Locale.forLanguageTag("th-TH");

  private static final DecimalStyle THAI_DECIMALS =
      DecimalStyle.of(Locale.forLanguageTag("th-TH-u-nu-thai"));

  private static final DateTimeFormatter FULL = formatter("d MMMM yyyy");
  private static final DateTimeFormatter ABBREVIATED = formatter("d MMM yyyy");
  private static final DateTimeFormatter WEEKDAY = formatter("EEEE'ที่' d MMMM yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", THAI);

  /** Month names, full and abbreviated, from the JDK, longest first so that none hides another. */
  private static final ImmutableList<Name<Month>> MONTHS = names(Month.values());

  /** Weekday phrases from the JDK: {@code วันจันทร์} .. {@code วันอาทิตย์}, longest first. */
  private static final ImmutableList<Name<DayOfWeek>> WEEKDAYS = weekdayNames();

  /**
   * The words that may stand in front of a date, longest first; {@code ลง} only where {@code
   * วันที่} follows, as in {@code ลงวันที่}.
   */
  private static final ImmutableList<Name<DateRole>> LEADS =
      ImmutableList.of(
          new Name<>("ได้จนถึง", DateRole.DEADLINE),
          new Name<>("จนถึง", DateRole.DEADLINE),
          new Name<>("ภายใน", DateRole.DEADLINE),
          new Name<>("เมื่อ", DateRole.PAST_EVENT),
          new Name<>("ลงวันที่", DateRole.LETTER_DATE),
          new Name<>("ตั้งแต่", DateRole.START),
          new Name<>("ระหว่าง", DateRole.BETWEEN));

  private ThaiDateText() {}

  // ---------------------------------------------------------------- formatting

  /**
   * Writes a date the way Thai official letters do.
   *
   * @param date the date, not null, {@link #MIN_DATE}..{@link #MAX_DATE}
   * @param style {@code FULL} ({@code ๑๙ มกราคม ๒๕๖๗}), {@code ABBREVIATED} ({@code ๑๙ ม.ค. ๒๕๖๗})
   *     or {@code WEEKDAY} ({@code วันศุกร์ที่ ๑๙ มกราคม ๒๕๖๗}); not null
   * @param digits {@code THAI} or {@code ARABIC} ({@code 19 มกราคม 2567}); not null
   * @return the text, which {@link #parseDate} reads back to {@code date}
   * @throws RefusalException (rule 4.11) if the date is outside the supported range
   * @throws NullPointerException if an argument is null
   */
  public static String format(LocalDate date, ThaiDateStyle style, ThaiDigits digits) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(digits, "digits");
    BuddhistEra.checkComputedYear(
        (long) date.getYear() + FiscalYear.BE_OFFSET,
        "year",
        "ปี",
        "the date " + date,
        "วันที่ " + date);
    DateTimeFormatter formatter;
    switch (style) {
      case ABBREVIATED:
        formatter = ABBREVIATED;
        break;
      case WEEKDAY:
        formatter = WEEKDAY;
        break;
      case FULL:
      default:
        formatter = FULL;
        break;
    }
    return formatter.withDecimalStyle(decimals(digits)).format(date);
  }

  /**
   * Writes a date with its time, if it has one: {@code ๒๘ กุมภาพันธ์ ๒๕๖๗ เวลา ๑๒.๐๐ น.}.
   *
   * @param dateTime the date and optional time, not null; the date in {@link #MIN_DATE}..{@link
   *     #MAX_DATE}
   * @param style the date's style, not null
   * @param digits the digits, not null
   * @return the text, which {@link #parse} reads back to {@code dateTime}
   * @throws RefusalException (rule 4.11) if the date is outside the supported range
   * @throws NullPointerException if an argument is null
   */
  public static String format(ThaiDateTime dateTime, ThaiDateStyle style, ThaiDigits digits) {
    Objects.requireNonNull(dateTime, "dateTime");
    String date = format(dateTime.date(), style, digits);
    return dateTime
        .time()
        .map(t -> date + " เวลา " + TIME.withDecimalStyle(decimals(digits)).format(t) + " น.")
        .orElse(date);
  }

  // ---------------------------------------------------------------- parsing

  /**
   * Reads one date with an optional weekday phrase and an optional time, for example {@code
   * วันพุธที่ ๒๘ กุมภาพันธ์ ๒๕๖๗ เวลา ๑๒.๐๐ น.}. See the class comment for every form accepted.
   *
   * @param text the text, not null
   * @return the date, with its time if the text gives one
   * @throws DateTimeParseException if the text is not one such date; the message names the text,
   *     the index and the reason (no such day, weekday contradicts the date, missing day, unknown
   *     month, missing or unsupported year, no such time, trailing text, a range)
   * @throws NullPointerException if {@code text} is null
   */
  public static ThaiDateTime parse(CharSequence text) {
    return single(Objects.requireNonNull(text, "text")).date().orElseThrow();
  }

  private static ThaiDateReading single(CharSequence text) {
    Parser parser = new Parser(text.toString());
    boolean paren = parser.openParen();
    int leadIndex = parser.pos;
    @Nullable DateRole role = parser.lead();
    if (role == DateRole.BETWEEN) {
      throw parser.error(
          leadIndex,
          "'ระหว่าง' (between) introduces a range of two dates, and the" + " text holds one date");
    }
    Part part = parser.part(false);
    int year = parser.requireYear(part);
    parser.closeParen(paren);
    parser.end(true);
    return ThaiDateReading.ofDate(parser.resolve(part, year), role);
  }

  /**
   * Reads one date and drops its time, if any: {@code ๒๖ มกราคม ๒๕๖๗} is 2024-01-26.
   *
   * @param text the text, not null; the forms of {@link #parse}
   * @return the date
   * @throws DateTimeParseException as {@link #parse} does
   * @throws NullPointerException if {@code text} is null
   */
  public static LocalDate parseDate(CharSequence text) {
    return parse(text).date();
  }

  /**
   * Reads a range of two dates, each with an optional time, the first one's year optional: {@code ๘
   * มกราคม (เวลา ๐๘.๓๐ น.) - ๒๙ กุมภาพันธ์ (เวลา ๑๖.๓๐ น.) ๒๕๖๗}, {@code 1 มกราคม – 28 กุมภาพันธ์
   * 2565}, {@code ๑ ต.ค. ๒๕๖๖ ถึง ๓๑ มี.ค. ๒๕๖๗}. See the class comment.
   *
   * @param text the text, not null
   * @return the range
   * @throws DateTimeParseException if the text is not such a range, for any reason {@link #parse}
   *     gives, a missing separator or second date, or an end before the start
   * @throws NullPointerException if {@code text} is null
   */
  public static ThaiDateRange parseRange(CharSequence text) {
    return range(Objects.requireNonNull(text, "text")).range().orElseThrow();
  }

  private static ThaiDateReading range(CharSequence text) {
    Parser parser = new Parser(text.toString());
    boolean paren = parser.openParen();
    int leadIndex = parser.pos;
    @Nullable DateRole role = parser.lead();
    if (role == DateRole.DEADLINE || role == DateRole.LETTER_DATE) {
      throw parser.error(
          leadIndex,
          "'"
              + parser.original.substring(leadIndex, parser.pos).strip()
              + "' ("
              + (role == DateRole.DEADLINE ? "a deadline, \"by\"" : "the date of a letter")
              + ") is followed by one date, not a range of two");
    }
    Part first = parser.part(true);
    parser.separator();
    Part second;
    int secondYear;
    if (parser.timeAhead()) {
      // "๑๕ ธันวาคม ๒๕๖๔ เวลา ๑๐.๐๐ – ๑๒.๐๐ น.": the second part is a time on the first date.
      secondYear = parser.requireYear(first);
      second = first.withTime(parser.time(), parser.pos);
    } else {
      second = parser.part(false);
      secondYear = parser.requireYear(second);
    }
    parser.closeParen(paren);
    parser.end(false);
    if (first.month == null) {
      first.month = second.month;
    }
    int firstYear = first.year != null ? first.year : secondYear;
    ThaiDateTime start = parser.resolve(first, firstYear);
    ThaiDateTime end = parser.resolve(second, secondYear);
    if (start.isAfter(end)) {
      throw parser.error(
          second.dayIndex,
          "the range ends on "
              + end
              + ", before it starts on "
              + start
              + (first.year == null
                  ? "; the first date takes the second date's year, so write its year when the"
                      + " range crosses a new year"
                  : ""));
    }
    return ThaiDateReading.ofRange(ThaiDateRange.of(start, end), role);
  }

  /**
   * Reads a text that holds either one date or a range of two, and says which it found: a range
   * when its first date (year optional) is followed by a range separator, else one date.
   *
   * @param text the text, not null; the forms of {@link #parse} or {@link #parseRange}
   * @return what the text holds
   * @throws DateTimeParseException as {@link #parse} or {@link #parseRange} does
   * @throws NullPointerException if {@code text} is null
   */
  public static ThaiDateReading read(CharSequence text) {
    return looksLikeRange(Objects.requireNonNull(text, "text")) ? range(text) : single(text);
  }

  private static boolean looksLikeRange(CharSequence text) {
    Parser parser = new Parser(text.toString());
    try {
      parser.openParen();
      parser.lead();
      parser.part(true);
      parser.skipSpace();
      return parser.separatorAhead() > 0;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  // ---------------------------------------------------------------- internals

  private static DateTimeFormatter formatter(String pattern) {
    return DateTimeFormatter.ofPattern(pattern, THAI)
        .withChronology(ThaiBuddhistChronology.INSTANCE);
  }

  private static DecimalStyle decimals(ThaiDigits digits) {
    return digits == ThaiDigits.THAI ? THAI_DECIMALS : DecimalStyle.STANDARD;
  }

  private static ImmutableList<Name<Month>> names(Month[] months) {
    ImmutableList.Builder<Name<Month>> names = ImmutableList.builder();
    for (Month month : months) {
      names.add(new Name<>(month.getDisplayName(TextStyle.FULL, THAI), month));
      names.add(new Name<>(month.getDisplayName(TextStyle.SHORT, THAI), month));
    }
    return longestFirst(names.build());
  }

  private static ImmutableList<Name<DayOfWeek>> weekdayNames() {
    ImmutableList.Builder<Name<DayOfWeek>> names = ImmutableList.builder();
    for (DayOfWeek day : DayOfWeek.values()) {
      names.add(new Name<>(day.getDisplayName(TextStyle.FULL, THAI), day));
    }
    return longestFirst(names.build());
  }

  private static <T> ImmutableList<Name<T>> longestFirst(ImmutableList<Name<T>> names) {
    return ImmutableList.sortedCopyOf(
        Comparator.comparingInt((Name<T> n) -> n.text.length()).reversed(), names);
  }

  /** A name as written, and what it means. */
  private static final class Name<T> {
    final String text;
    final T value;

    Name(String text, T value) {
      this.text = text;
      this.value = value;
    }
  }

  /** One date as read, before its year is known for sure. */
  private static final class Part {
    @Nullable DayOfWeek weekday;
    int weekdayIndex;
    int day;
    int dayIndex;
    @Nullable Month month;
    int monthIndex;
    @Nullable Integer year;
    int yearExpectedIndex;
    @Nullable LocalTime time;

    Part withTime(LocalTime newTime, int index) {
      Part copy = new Part();
      copy.day = day;
      copy.dayIndex = index;
      copy.month = month;
      copy.monthIndex = monthIndex;
      copy.year = year;
      copy.yearExpectedIndex = yearExpectedIndex;
      copy.time = newTime;
      return copy;
    }
  }

  /** A cursor over one text; used by one call on one thread. */
  private static final class Parser {
    private final String original;
    private final String text;
    private int pos;

    Parser(String text) {
      this.original = text;
      this.text = markOrder(text);
    }

    DateTimeParseException error(int index, String reason) {
      String english =
          "cannot read the Thai date '"
              + original
              + "' at index "
              + index
              + ": "
              + reason
              + character(index);
      String thai =
          "อ่านข้อความ '" + original + "' เป็นวันที่แบบหนังสือราชการไม่ได้ ที่ตำแหน่ง " + index;
      return new DateTimeParseException(
          english, original, index, RefusalException.of(UNREADABLE, original, english, thai));
    }

    /**
     * Names the character at an index: {@code [character 'X', U+0058 LATIN CAPITAL LETTER X, at
     * index 9]}.
     */
    private String character(int index) {
      if (index < 0 || index >= original.length()) {
        return "";
      }
      char c = original.charAt(index);
      String name = Character.getName(c);
      return " [character '"
          + c
          + "', U+"
          + String.format("%04X", (int) c)
          + (name == null ? "" : " " + name)
          + ", at index "
          + index
          + "]";
    }

    /**
     * The text with each tone mark or thanthakhat typed before an upper or lower vowel moved after
     * it, the order Thai is stored in ({@code ท่ี} reads as {@code ที่}); the length and every
     * index stay the same.
     */
    static String markOrder(String text) {
      char[] c = null;
      for (int i = 0; i + 1 < text.length(); i++) {
        char mark = text.charAt(i);
        char vowel = text.charAt(i + 1);
        if (mark >= '\u0E48'
            && mark <= '\u0E4C'
            && (vowel == '\u0E31'
                || (vowel >= '\u0E34' && vowel <= '\u0E3A')
                || vowel == '\u0E47')) {
          if (c == null) {
            c = text.toCharArray();
          }
          c[i] = vowel;
          c[i + 1] = mark;
          i++;
        }
      }
      return c == null ? text : new String(c);
    }

    // ---- lexical helpers

    static boolean isSpace(char c) {
      return Character.isWhitespace(c)
          || Character.isSpaceChar(c)
          || c == '\u200B'
          || c == '\uFEFF';
    }

    static boolean isDigit(char c) {
      return (c >= '0' && c <= '9') || (c >= '\u0E50' && c <= '\u0E59');
    }

    static int digitValue(char c) {
      return c <= '9' ? c - '0' : c - '\u0E50';
    }

    boolean atEnd() {
      return pos >= text.length();
    }

    boolean at(String s) {
      return text.startsWith(s, pos);
    }

    boolean at(int index, char c) {
      return index < text.length() && text.charAt(index) == c;
    }

    boolean digitAt(int index) {
      return index < text.length() && isDigit(text.charAt(index));
    }

    boolean consume(String s) {
      if (at(s)) {
        pos += s.length();
        return true;
      }
      return false;
    }

    void skipSpace() {
      while (!atEnd() && isSpace(text.charAt(pos))) {
        pos++;
      }
    }

    int digitRunEnd(int from) {
      int i = from;
      while (digitAt(i)) {
        i++;
      }
      return i;
    }

    int number(int from, int to) {
      int value = 0;
      for (int i = from; i < to; i++) {
        value = value * 10 + digitValue(text.charAt(i));
      }
      return value;
    }

    /** The word at {@code pos}, up to 20 characters, or the one space or digit found there. */
    String found() {
      if (atEnd()) {
        return "the end of the text";
      }
      int to = pos;
      while (to < text.length()
          && to - pos < 20
          && !isSpace(text.charAt(to))
          && !isDigit(text.charAt(to))) {
        to++;
      }
      return "'" + original.substring(pos, Math.max(to, pos + 1)) + "'";
    }

    <T> @Nullable Name<T> nameAt(ImmutableList<Name<T>> names) {
      for (Name<T> name : names) {
        if (at(name.text)) {
          return name;
        }
      }
      return null;
    }

    // ---- grammar

    boolean openParen() {
      skipSpace();
      return consume("(");
    }

    void closeParen(boolean opened) {
      skipSpace();
      if (opened && !consume(")")) {
        throw error(pos, "expected ')' to close the '(' that opens the text, found " + found());
      }
    }

    /** Checks that nothing follows; called after {@link #closeParen}, which skipped the space. */
    void end(boolean single) {
      if (atEnd()) {
        return;
      }
      if (single && separatorAhead() > 0) {
        throw error(pos, "the text is a range of two dates, not one date; read it as a range");
      }
      throw error(pos, "unexpected " + found() + " after the date");
    }

    /**
     * Reads the words printed in front of a date, if any, and says what they mean (RULES.md §8):
     * {@code ภายใน}, {@code จนถึง}, {@code ได้จนถึง} a deadline; {@code เมื่อ} a past event; {@code
     * ลง} (of {@code ลงวันที่}) a letter date; {@code ตั้งแต่} a start; {@code ระหว่าง} a range.
     * The {@code วันที่} or weekday phrase that follows is read by {@link #part}.
     *
     * @return the role, or null when no such words stand in front
     */
    @Nullable DateRole lead() {
      skipSpace();
      for (Name<DateRole> lead : LEADS) {
        if (at(lead.text)) {
          pos += lead.text.length();
          skipSpace();
          return lead.value;
        }
      }
      return null;
    }

    int separatorAhead() {
      for (String separator : new String[] {"-", "\u2013", "\u2014", "ถึง"}) {
        if (at(separator)) {
          return separator.length();
        }
      }
      return 0;
    }

    void separator() {
      skipSpace();
      int length = separatorAhead();
      if (length == 0) {
        throw error(
            pos,
            "expected a range separator ('-', '–' or 'ถึง') and a second date, found " + found());
      }
      pos += length;
      skipSpace();
    }

    /**
     * Reads one date; {@code firstOfRange} lets it stop after the day ({@code ๘ - ๑๐ มกราคม}) or
     * after the month ({@code ๘ มกราคม - ...}) when a range separator follows.
     */
    Part part(boolean firstOfRange) {
      Part part = new Part();
      skipSpace();
      if (at("วัน")) {
        Name<DayOfWeek> weekday = nameAt(WEEKDAYS);
        if (weekday != null) {
          part.weekday = weekday.value;
          part.weekdayIndex = pos;
          pos += weekday.text.length();
          skipSpace();
          consume("ที่");
        } else if (!consume("วันที่")) {
          // "(วัน   ธันวาคม 2564": a form whose day was left blank; the day check below says so.
          consume("วัน");
        }
      }
      skipSpace();
      part.dayIndex = pos;
      int dayEnd = digitRunEnd(pos);
      if (dayEnd == pos) {
        if (nameAt(MONTHS) != null) {
          throw error(
              pos, "the day is missing: no day of the month is written before the month name");
        }
        throw error(pos, "expected a day of the month (1 to 31), found " + found());
      }
      if (dayEnd - pos > 2) {
        throw error(pos, "the day '" + text.substring(pos, dayEnd) + "' has more than two digits");
      }
      part.day = number(pos, dayEnd);
      pos = dayEnd;
      skipSpace();
      part.monthIndex = pos;
      Name<Month> month = nameAt(MONTHS);
      if (month == null && firstOfRange && separatorAhead() > 0) {
        // "๘ - ๑๐ มกราคม ๒๕๖๗": the month is shared with the second date.
        part.yearExpectedIndex = pos;
        return part;
      }
      if (month == null) {
        if (atEnd() || separatorAhead() > 0 || digitAt(pos)) {
          throw error(pos, "the month is missing after the day");
        }
        throw error(
            pos,
            "unknown month name "
                + found()
                + "; expected a full name such as มกราคม or an abbreviation such as ม.ค.");
      }
      part.month = month.value;
      pos += month.text.length();
      int afterMonth = pos;
      skipSpace();
      if (timeAhead()) {
        part.time = time();
        skipSpace();
      }
      if (at("พ.ศ.") || digitAt(pos)) {
        part.year = year();
        int afterYear = pos;
        skipSpace();
        if (part.time == null && timeAhead()) {
          part.time = time();
        } else {
          pos = afterYear;
        }
        part.yearExpectedIndex = afterYear;
      } else {
        part.yearExpectedIndex = part.time == null ? afterMonth : pos;
      }
      return part;
    }

    boolean timeAhead() {
      int save = pos;
      try {
        consume("(");
        skipSpace();
        consume("ระหว่าง");
        if (at("เวลา")) {
          return true;
        }
        int end = digitRunEnd(pos);
        return end > pos && end - pos <= 2 && (at(end, '.') || at(end, ':')) && digitAt(end + 1);
      } finally {
        pos = save;
      }
    }

    LocalTime time() {
      boolean paren = consume("(");
      skipSpace();
      consume("ระหว่าง");
      if (consume("เวลา")) {
        skipSpace();
      }
      int hourIndex = pos;
      int hourEnd = digitRunEnd(pos);
      if (hourEnd == pos || hourEnd - pos > 2) {
        throw error(pos, "expected an hour of one or two digits, found " + found());
      }
      int hour = number(pos, hourEnd);
      pos = hourEnd;
      if (!consume(".") && !consume(":")) {
        throw error(pos, "expected '.' between the hour and the minute, found " + found());
      }
      int minuteEnd = digitRunEnd(pos);
      if (minuteEnd - pos != 2) {
        throw error(pos, "expected a minute of two digits, found " + found());
      }
      int minute = number(pos, minuteEnd);
      pos = minuteEnd;
      if (hour > 23 || minute > 59) {
        throw error(
            hourIndex,
            "there is no time "
                + text.substring(hourIndex, minuteEnd)
                + ": hours run 0 to 23 and minutes 0 to 59");
      }
      int beforeSuffix = pos;
      skipSpace();
      if (!consume("นาฬิกา") && !consume("น.")) {
        pos = beforeSuffix;
      }
      if (paren) {
        skipSpace();
        if (!consume(")")) {
          throw error(pos, "expected ')' to close the time, found " + found());
        }
      }
      return LocalTime.of(hour, minute);
    }

    int year() {
      if (consume("พ.ศ.")) {
        skipSpace();
      }
      int start = pos;
      int end = digitRunEnd(pos);
      if (end == start) {
        throw error(pos, "expected a Buddhist Era year after พ.ศ., found " + found());
      }
      pos = end;
      String digits = text.substring(start, end);
      int length = end - start;
      if (length == 2) {
        return TWO_DIGIT_YEAR_BASE + number(start, end);
      }
      if (length != 4) {
        throw error(
            start, "the year '" + digits + "' must have four digits (๒๕๖๗, 2567) or two (๖๗, 67)");
      }
      int year = number(start, end);
      try {
        return BuddhistEra.checkYear(year, "year", "ปี");
      } catch (RefusalException e) {
        throw error(start, String.valueOf(e.getMessage()));
      }
    }

    /** Returns the part's year, refusing a part without one. */
    int requireYear(Part part) {
      Integer year = part.year;
      if (year == null) {
        throw error(
            part.yearExpectedIndex,
            "the year is missing after the month; write the Buddhist Era year, for example ๒๕๖๗"
                + " or 67");
      }
      return year;
    }

    ThaiDateTime resolve(Part part, int beYear) {
      // Every part read has a month: part() refuses a date without one, and a range's first part
      // takes the second's.
      Month month = Objects.requireNonNull(part.month, "month");
      int ceYear = beYear - FiscalYear.BE_OFFSET;
      int length = month.length(java.time.Year.isLeap(ceYear));
      if (part.day < 1 || part.day > length) {
        throw error(
            part.dayIndex,
            "there is no day "
                + part.day
                + " in "
                + month.getDisplayName(TextStyle.FULL, THAI)
                + " "
                + beYear
                + ", which has "
                + length
                + " days");
      }
      LocalDate date = LocalDate.of(ceYear, month, part.day);
      if (part.weekday != null && part.weekday != date.getDayOfWeek()) {
        throw error(
            part.weekdayIndex,
            "the weekday "
                + part.weekday.getDisplayName(TextStyle.FULL, THAI)
                + " contradicts the date: "
                + date
                + " is a "
                + date.getDayOfWeek().getDisplayName(TextStyle.FULL, THAI)
                + " ("
                + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                + ")");
      }
      return part.time == null ? ThaiDateTime.of(date) : ThaiDateTime.of(date, part.time);
    }
  }
}

package io.github.gecc.commands;

import com.google.common.collect.ImmutableMap;
import io.github.gecc.GeccVersion;
import io.github.gecc.time.ThaiTime;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A small RFC 5545 writer for the events of {@code gecc calendar}: one {@code VCALENDAR} with a
 * {@code VTIMEZONE} for {@code Asia/Bangkok} (always +07:00, no daylight saving), and one {@code
 * VEVENT} per {@link Event}, in the order given. Lines end in CRLF and are folded at 75 octets
 * without splitting a UTF-8 character; text values are escaped ({@code \\ \; \, \n}).
 *
 * <p>It writes only what the command needs, so the output is the same bytes for the same events and
 * stamp: a subscriber's calendar changes only where an event did.
 */
public final class ICalendarText {

  /** The media type of the text, with its charset. */
  static final String MEDIA_TYPE = Answer.CALENDAR;

  /** The time zone of every timed event: the letters give Bangkok wall-clock times. */
  static final String TZID = "Asia/Bangkok";

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);
  private static final int MAX_OCTETS = 75;

  /**
   * One event. {@code day} for an all-day event ({@code VALUE=DATE}), {@code time} (Bangkok wall
   * clock) for an event at a time the letters give; exactly one is present.
   *
   * @param uid the stable id, derived from what the event is
   * @param sequence 0 for the event as first published; 1 once a later fact cancelled it
   * @param cancelled whether a later fact removed the obligation
   * @param day the day of an all-day event
   * @param time the Bangkok time of a timed event
   * @param summary the Thai title
   * @param description the English text with the citation
   * @param category what kind of event it is, for example {@code REPORT_DUE}
   * @param facts what the event is about, for programs that read the file: each written as an
   *     {@code X-GECC-<NAME>} property, for example {@code CENTRE} → {@code X-GECC-CENTRE}
   */
  record Event(
      String uid,
      int sequence,
      boolean cancelled,
      Optional<LocalDate> day,
      Optional<LocalDateTime> time,
      String summary,
      String description,
      String category,
      ImmutableMap<String, String> facts) {

    Event {
      if (day.isPresent() == time.isPresent()) {
        throw new IllegalArgumentException("event " + uid + " needs a day or a time, not both");
      }
    }

    /** The Bangkok day the event falls on. */
    LocalDate date() {
      return day.orElseGet(() -> time.orElseThrow().toLocalDate());
    }
  }

  private final StringBuilder text = new StringBuilder();

  private ICalendarText() {}

  /**
   * Writes a calendar.
   *
   * @param name the calendar's display name
   * @param stamp the export instant, written as every event's {@code DTSTAMP}
   * @param alarmDays the days before each event to remind, possibly empty
   * @param events the events, in the order to write them
   * @return the iCalendar text
   */
  static String write(String name, Instant stamp, List<Integer> alarmDays, List<Event> events) {
    ICalendarText out = new ICalendarText();
    out.line("BEGIN:VCALENDAR");
    out.line("VERSION:2.0");
    out.line("PRODID:-//GECC//gecc calendar " + escape(GeccVersion.version()) + "//EN");
    out.line("CALSCALE:GREGORIAN");
    out.line("METHOD:PUBLISH");
    out.line("X-WR-CALNAME:" + escape(name));
    out.line("X-WR-TIMEZONE:" + TZID);
    out.line("REFRESH-INTERVAL;VALUE=DURATION:P1D");
    out.line("X-PUBLISHED-TTL:P1D");
    out.line("BEGIN:VTIMEZONE");
    out.line("TZID:" + TZID);
    out.line("BEGIN:STANDARD");
    out.line("DTSTART:19700101T000000");
    out.line("TZOFFSETFROM:+0700");
    out.line("TZOFFSETTO:+0700");
    out.line("TZNAME:ICT");
    out.line("END:STANDARD");
    out.line("END:VTIMEZONE");
    String dtstamp = LOCAL.format(LocalDateTime.ofInstant(stamp, ZoneOffset.UTC)) + "Z";
    for (Event event : events) {
      out.event(event, dtstamp, alarmDays);
    }
    out.line("END:VCALENDAR");
    return out.text.toString();
  }

  private void event(Event event, String dtstamp, List<Integer> alarmDays) {
    line("BEGIN:VEVENT");
    line("UID:" + escape(event.uid()));
    line("DTSTAMP:" + dtstamp);
    if (event.day().isPresent()) {
      LocalDate day = event.day().get();
      line("DTSTART;VALUE=DATE:" + DATE.format(day));
      line("DTEND;VALUE=DATE:" + DATE.format(day.plusDays(1)));
      line("TRANSP:TRANSPARENT");
    } else {
      line("DTSTART;TZID=" + TZID + ":" + LOCAL.format(event.time().get()));
      line("DTEND;TZID=" + TZID + ":" + LOCAL.format(event.time().get()));
    }
    line("SEQUENCE:" + event.sequence());
    line("STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
    line("SUMMARY;LANGUAGE=th:" + escape(event.summary()));
    line("DESCRIPTION;LANGUAGE=en:" + escape(event.description()));
    line("CATEGORIES:" + escape(event.category()));
    event.facts().forEach((name, value) -> line("X-GECC-" + name + ":" + escape(value)));
    if (!event.cancelled()) {
      for (int days : alarmDays) {
        line("BEGIN:VALARM");
        line("ACTION:DISPLAY");
        line("TRIGGER:-P" + days + "D");
        line("DESCRIPTION:" + escape(event.summary()));
        line("END:VALARM");
      }
    }
    line("END:VEVENT");
  }

  /**
   * The calendar's receipt property (RFC 5545 §3.8.8.2, a non-standard property of the VCALENDAR):
   * its value is the receipt as canonical JSON, escaped as TEXT.
   */
  public static final String RECEIPT_PROPERTY = "X-GECC-RECEIPT";

  /**
   * Returns a calendar with its receipt written into it: the property {@value #RECEIPT_PROPERTY}
   * placed after the VCALENDAR's other properties, before its first component, folded like every
   * line. The receipt digests the calendar without this property ({@link #withoutReceipt}).
   *
   * @param calendar a calendar the {@code calendar} command wrote
   * @param receipt the receipt as canonical JSON
   * @return the text with the property
   */
  public static String withReceipt(String calendar, String receipt) {
    int firstComponent = calendar.indexOf("\r\nBEGIN:", calendar.indexOf("BEGIN:VCALENDAR") + 1);
    int at = firstComponent < 0 ? calendar.lastIndexOf("END:VCALENDAR") : firstComponent + 2;
    ICalendarText property = new ICalendarText();
    property.line(RECEIPT_PROPERTY + ":" + escape(receipt));
    return calendar.substring(0, at) + property.text + calendar.substring(at);
  }

  /**
   * Finds the receipt written into a calendar.
   *
   * @param calendar iCalendar text
   * @return the receipt's JSON text, unfolded and unescaped, if the calendar holds one
   */
  public static Optional<String> receiptOf(String calendar) {
    int start = receiptStart(calendar);
    if (start < 0) {
      return Optional.empty();
    }
    String folded = calendar.substring(start, receiptEnd(calendar, start));
    String line = folded.replace("\r\n ", "").replace("\r\n\t", "").strip();
    return Optional.of(unescape(line.substring(RECEIPT_PROPERTY.length() + 1)));
  }

  /**
   * Returns a calendar without its receipt property: the text the receipt digests.
   *
   * @param calendar iCalendar text
   * @return the text without the property; the text itself when it holds none
   */
  public static String withoutReceipt(String calendar) {
    int start = receiptStart(calendar);
    return start < 0
        ? calendar
        : calendar.substring(0, start) + calendar.substring(receiptEnd(calendar, start));
  }

  /** Where the receipt's content line starts, or -1. */
  private static int receiptStart(String calendar) {
    int at = calendar.indexOf("\r\n" + RECEIPT_PROPERTY + ":");
    return at < 0 ? -1 : at + 2;
  }

  /** Where the content line that starts at {@code start} ends, after its CRLF and its folds. */
  private static int receiptEnd(String calendar, int start) {
    int end = calendar.indexOf("\r\n", start);
    while (end >= 0
        && end + 2 < calendar.length()
        && (calendar.charAt(end + 2) == ' ' || calendar.charAt(end + 2) == '\t')) {
      end = calendar.indexOf("\r\n", end + 2);
    }
    return end < 0 ? calendar.length() : end + 2;
  }

  /** Reverses {@link #escape}. */
  private static String unescape(String value) {
    StringBuilder plain = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) {
        char next = value.charAt(++i);
        plain.append(next == 'n' || next == 'N' ? '\n' : next);
      } else {
        plain.append(c);
      }
    }
    return plain.toString();
  }

  /** Escapes a TEXT value (RFC 5545 §3.3.11). */
  static String escape(String value) {
    StringBuilder escaped = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\':
          escaped.append("\\\\");
          break;
        case ';':
          escaped.append("\\;");
          break;
        case ',':
          escaped.append("\\,");
          break;
        case '\n':
          escaped.append("\\n");
          break;
        case '\r':
          break;
        default:
          escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /**
   * Appends a content line, folded so that no physical line is longer than 75 octets of UTF-8 (RFC
   * 5545 §3.1); a fold never splits a character.
   */
  private void line(String content) {
    int octets = 0;
    int limit = MAX_OCTETS;
    for (int i = 0; i < content.length(); ) {
      int codePoint = content.codePointAt(i);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > limit) {
        text.append("\r\n ");
        octets = 0;
        limit = MAX_OCTETS - 1;
      }
      text.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
    text.append("\r\n");
  }

  /** The Bangkok wall-clock time of an instant. */
  static LocalDateTime bangkok(Instant instant) {
    return LocalDateTime.ofInstant(instant, ThaiTime.ZONE);
  }
}

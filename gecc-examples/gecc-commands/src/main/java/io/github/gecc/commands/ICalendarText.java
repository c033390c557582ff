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
 * <p>It writes only what the command needs, so the output is the same bytes for the same events
 * and stamp: a subscriber's calendar changes only where an event did.
 */
final class ICalendarText {

  /** The media type of the text, with its charset. */
  static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

  /** The time zone of every timed event: the letters give Bangkok wall-clock times. */
  static final String TZID = "Asia/Bangkok";

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
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
   * Appends a content line, folded so that no physical line is longer than 75 octets of UTF-8
   * (RFC 5545 §3.1); a fold never splits a character.
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

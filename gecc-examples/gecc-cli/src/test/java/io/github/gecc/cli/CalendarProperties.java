package io.github.gecc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import io.github.gecc.examples.SyntheticNation;
import io.github.gecc.json.GeccJson;
import io.github.gecc.time.FiscalYear;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.jqwik.api.ForAll;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** What holds for every calendar export, and for every text the writer carries. */
class CalendarProperties {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static String nation(int centres, long seed, int fiscalYear) {
    ObjectMapper gecc = GeccJson.mapper();
    try {
      ObjectNode request =
          (ObjectNode) MAPPER.readTree(gecc.writeValueAsString(SyntheticNation.generate(centres, seed).toJson(gecc)));
      request.remove("round");
      request.put("fiscalYear", fiscalYear);
      return request.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @net.jqwik.api.Property(tries = 25)
  void everyEventLiesInTheHorizonHasAUniqueUidAndIsCancelledExactlyWhenItsSequenceIsOne(
      @ForAll @IntRange(min = 1, max = 40) int centres,
      @ForAll long seed,
      @ForAll @IntRange(min = 2560, max = 2569) int fiscalYear) {
    String ics = CalendarCommandTest.export(nation(centres, seed, fiscalYear));
    Map<String, VEvent> events = CalendarCommandTest.events(ics);
    FiscalYear year = FiscalYear.of(fiscalYear);
    for (VEvent event : events.values()) {
      LocalDate day = LocalDate.from(event.getDateTimeStart().getDate());
      assertThat(year.range().contains(day)).as(CalendarCommandTest.value(event, Property.UID)).isTrue();
      boolean cancelled = "CANCELLED".equals(CalendarCommandTest.value(event, Property.STATUS));
      assertThat(CalendarCommandTest.value(event, Property.SEQUENCE)).isEqualTo(cancelled ? "1" : "0");
      assertThat(event.getAlarms().isEmpty()).isEqualTo(cancelled);
    }
    // The same facts give the same bytes: an export is a function of its input and its clock.
    assertThat(CalendarCommandTest.export(nation(centres, seed, fiscalYear))).isEqualTo(ics);
  }

  @net.jqwik.api.Property(tries = 200)
  void anyTextSurvivesEscapingAndFoldingAsIcal4jReadsIt(
      @ForAll @StringLength(max = 300) @CharRange(from = ' ', to = '~') @CharRange(from = '\u0E01', to = '\u0E5B')
          @Chars({'\n', '\\', ';', ',', ':', '"', '€', '😀'}) String text) {
    ICalendarText.Event event = new ICalendarText.Event("p@gecc.github.io", 0, false,
        Optional.of(LocalDate.of(2024, 2, 29)), Optional.empty(), "ชื่อ [" + text + "]", "[" + text + "]", "TEST",
        ImmutableMap.of("NOTE", text));
    String ics = ICalendarText.write("GECC " + text, Instant.EPOCH, List.of(3), List.of(event));
    for (String line : ics.split("\r\n", -1)) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
    }
    VEvent read = CalendarCommandTest.events(ics).get("p@gecc.github.io");
    // Brackets keep the text's own leading and trailing spaces inside the value: ical4j trims a
    // value's ends, which RFC 5545 does not.
    assertThat(CalendarCommandTest.value(read, Property.SUMMARY)).isEqualTo("ชื่อ [" + text + "]");
    assertThat(CalendarCommandTest.value(read, Property.DESCRIPTION)).isEqualTo("[" + text + "]");
  }
}

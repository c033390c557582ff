package io.github.gecc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.examples.SyntheticNation;
import io.github.gecc.json.GeccJson;
import io.github.gecc.time.FiscalYear;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.jqwik.api.ForAll;
import net.jqwik.api.constraints.IntRange;

/**
 * What holds for every calendar export; what holds for every text the writer carries is
 * gecc-commands' {@code ICalendarTextProperties}.
 */
class CalendarProperties {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static String nation(int centres, long seed, int fiscalYear) {
    ObjectMapper gecc = GeccJson.mapper();
    try {
      ObjectNode request =
          (ObjectNode)
              MAPPER.readTree(
                  gecc.writeValueAsString(SyntheticNation.generate(centres, seed).toJson(gecc)));
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
      assertThat(year.range().contains(day))
          .as(CalendarCommandTest.value(event, Property.UID))
          .isTrue();
      boolean cancelled = "CANCELLED".equals(CalendarCommandTest.value(event, Property.STATUS));
      assertThat(CalendarCommandTest.value(event, Property.SEQUENCE))
          .isEqualTo(cancelled ? "1" : "0");
      assertThat(event.getAlarms().isEmpty()).isEqualTo(cancelled);
    }
    // The same facts give the same bytes: an export is a function of its input and its clock.
    assertThat(CalendarCommandTest.export(nation(centres, seed, fiscalYear))).isEqualTo(ics);
  }
}

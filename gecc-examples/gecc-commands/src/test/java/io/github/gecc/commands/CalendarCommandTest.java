package io.github.gecc.commands;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The calendar command's own helpers; its exports are tested end to end, through the command line
 * and ical4j, by the command line's tests.
 */
class CalendarCommandTest {

  @Test
  void aCentreIdOutsideTheUidAlphabetIsPercentEncoded() {
    assertThat(CalendarCommand.uidPart("อำเภอ 1;a"))
        .isEqualTo("%E0%B8%AD%E0%B8%B3%E0%B9%80%E0%B8%A0%E0%B8%AD%201%3Ba");
    assertThat(CalendarCommand.uidPart("C000001.x_y-z")).isEqualTo("C000001.x_y-z");
  }
}

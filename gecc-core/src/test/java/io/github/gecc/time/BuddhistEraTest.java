package io.github.gecc.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gecc.RefusalException;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BuddhistEraTest {

  @Test
  void refusesBuddhistEraIsoYearWithTheConversion() {
    assertThatThrownBy(() -> BuddhistEra.checkCommonEraText("2560-06-01"))
        .isInstanceOf(RefusalException.class)
        .hasMessageContaining(
            "'2560-06-01' has the year 2560, which looks like a Buddhist Era year")
        .hasMessageContaining("did you mean 2017-06-01?");
  }

  @Test
  void refusesBuddhistEraIsoDateTimeWithTheConversion() {
    assertThatThrownBy(() -> BuddhistEra.checkCommonEraText("2567-02-29T16:30:00+07:00"))
        .hasMessageContaining("did you mean 2024-02-29T16:30:00+07:00?");
  }

  @Test
  void suggestsNothingWhenTheConvertedDayDoesNotExist() {
    assertThatThrownBy(() -> BuddhistEra.checkCommonEraText("2560-02-29"))
        .hasMessageContaining("CE = BE - 543 = 2017")
        .hasMessageNotContaining("did you mean");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-02-29",
        "2499-01-01",
        "2801-01-01",
        "24-01-01",
        "+10000-01-01",
        "",
        "abcd-01-01"
      })
  void leavesOtherTextToTheIsoParser(String text) {
    assertThatCode(() -> BuddhistEra.checkCommonEraText(text)).doesNotThrowAnyException();
  }

  @Property
  void everyDateOfABuddhistLookingYearIsRefused(
      @ForAll @IntRange(min = 2500, max = 2800) int year,
      @ForAll @IntRange(min = 1, max = 28) int day) {
    String text = LocalDate.of(year, 1, day).toString();
    assertThatThrownBy(() -> BuddhistEra.checkCommonEraText(text))
        .hasMessageContaining("did you mean " + LocalDate.of(year - 543, 1, day) + "?");
    assertThat(BuddhistEra.looksBuddhist(year)).isTrue();
  }
}

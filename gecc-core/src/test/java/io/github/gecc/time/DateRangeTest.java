package io.github.gecc.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.gecc.RefusalException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DateRangeTest {

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static DateRange r(String start, String end) {
    return DateRange.ofClosed(d(start), d(end));
  }

  // --- ofClosed ---

  @Test
  void ofClosedKeepsBothEnds() {
    DateRange range = r("2017-09-21", "2020-09-20");
    assertThat(range.startInclusive()).isEqualTo(d("2017-09-21"));
    assertThat(range.endInclusive()).isEqualTo(d("2020-09-20"));
    assertThat(range).hasToString("2017-09-21..2020-09-20");
  }

  @Test
  void ofClosedAcceptsOneDay() {
    assertThat(r("2024-02-29", "2024-02-29").lengthInDays()).isEqualTo(1);
  }

  @Test
  void ofClosedRefusesAnEndBeforeTheStart() {
    assertThatThrownBy(() -> r("2024-03-01", "2024-02-29"))
        .isInstanceOf(RefusalException.class)
        .hasMessageContaining("end 2024-02-29 is before its start 2024-03-01");
  }

  // --- relations ---

  static Stream<Arguments> relations() {
    // a, b, overlaps, abuts, a encloses b
    return Stream.of(
        Arguments.of(
            r("2024-01-01", "2024-01-31"), r("2024-01-10", "2024-01-20"), true, false, true),
        Arguments.of(
            r("2024-01-01", "2024-01-31"), r("2024-02-01", "2024-02-29"), false, true, false),
        Arguments.of(
            r("2024-01-01", "2024-01-31"), r("2024-01-31", "2024-02-29"), true, false, false),
        Arguments.of(
            r("2024-01-01", "2024-01-31"), r("2024-03-01", "2024-03-31"), false, false, false),
        Arguments.of(
            r("2024-02-01", "2024-02-29"), r("2024-01-01", "2024-01-31"), false, true, false),
        Arguments.of(
            r("2024-01-01", "2024-01-31"), r("2024-01-01", "2024-01-31"), true, false, true));
  }

  @ParameterizedTest
  @MethodSource("relations")
  void relationsBetweenRanges(
      DateRange a, DateRange b, boolean overlaps, boolean abuts, boolean encloses) {
    assertThat(a.overlaps(b)).isEqualTo(overlaps);
    assertThat(b.overlaps(a)).isEqualTo(overlaps);
    assertThat(a.abuts(b)).isEqualTo(abuts);
    assertThat(a.encloses(b)).isEqualTo(encloses);
  }

  @Test
  void containsIncludesBothEnds() {
    DateRange range = r("2024-01-08", "2024-02-29");
    assertThat(range.contains(d("2024-01-08"))).isTrue();
    assertThat(range.contains(d("2024-02-29"))).isTrue();
    assertThat(range.contains(d("2024-01-07"))).isFalse();
    assertThat(range.contains(d("2024-03-01"))).isFalse();
  }

  @Test
  void intersectionHoldsTheCommonDays() {
    assertThat(r("2024-01-01", "2024-01-31").intersection(r("2024-01-20", "2024-02-10")))
        .contains(r("2024-01-20", "2024-01-31"));
    assertThat(r("2024-01-01", "2024-01-31").intersection(r("2024-02-01", "2024-02-10")))
        .isEqualTo(Optional.empty());
  }

  @Test
  void equalsFollowsBothEnds() {
    new EqualsTester()
        .addEqualityGroup(r("2024-01-01", "2024-01-31"), r("2024-01-01", "2024-01-31"))
        .addEqualityGroup(r("2024-01-01", "2024-01-30"))
        .addEqualityGroup(r("2024-01-02", "2024-01-31"))
        .testEquals();
  }

  @Test
  void hashCodesSpreadAcrossEnds() {
    assertThat(r("2024-01-01", "2024-01-31").hashCode())
        .isNotEqualTo(r("2024-01-01", "2024-01-30").hashCode())
        .isNotEqualTo(r("2024-01-31", "2024-01-31").hashCode())
        .isNotEqualTo(r("2024-01-02", "2024-01-31").hashCode());
  }

  @Test
  void publicMethodsRefuseNull() {
    new NullPointerTester()
        .setDefault(LocalDate.class, d("2024-01-01"))
        .testAllPublicStaticMethods(DateRange.class);
    new NullPointerTester()
        .setDefault(DateRange.class, r("2024-01-01", "2024-01-02"))
        .testAllPublicInstanceMethods(r("2024-01-01", "2024-01-31"));
  }

  // --- properties ---

  @Property
  void intersectionIsEnclosedByBoth(
      @ForAll @IntRange(min = 0, max = 3000) int s1,
      @ForAll @IntRange(min = 0, max = 400) int len1,
      @ForAll @IntRange(min = 0, max = 3000) int s2,
      @ForAll @IntRange(min = 0, max = 400) int len2) {
    LocalDate base = d("2020-01-01");
    DateRange a = DateRange.ofClosed(base.plusDays(s1), base.plusDays(s1 + len1));
    DateRange b = DateRange.ofClosed(base.plusDays(s2), base.plusDays(s2 + len2));
    assertThat(a.intersection(b).isPresent()).isEqualTo(a.overlaps(b));
    a.intersection(b)
        .ifPresent(
            i -> {
              assertThat(a.encloses(i)).isTrue();
              assertThat(b.encloses(i)).isTrue();
            });
    assertThat(a.abuts(b) && a.overlaps(b)).isFalse();
  }
}

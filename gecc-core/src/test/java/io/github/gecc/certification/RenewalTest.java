package io.github.gecc.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.gecc.time.DateRange;
import io.github.gecc.time.FiscalYear;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RenewalTest {

  private static final Certification R2560 =
      Certification.of("c", FiscalYear.of(2560), LocalDate.of(2017, 9, 21));
  private static final Certification R2563 =
      Certification.of("c", FiscalYear.of(2563), LocalDate.of(2020, 9, 21));
  private static final Certification R2563_LATE =
      Certification.of("c", FiscalYear.of(2563), LocalDate.of(2020, 10, 2));

  @Test
  void aRenewalTheDayAfterHasNoGap() {
    assertThat(Renewal.of(R2560, R2563).gap(ValidityPolicy.YEARS_FROM_DATE)).isEmpty();
  }

  @Test
  void aLateRenewalLeavesAGap() {
    assertThat(Renewal.of(R2560, R2563_LATE).gap(ValidityPolicy.YEARS_FROM_DATE))
        .contains(DateRange.ofClosed(LocalDate.of(2020, 9, 21), LocalDate.of(2020, 10, 1)));
  }

  @Test
  void refusesAnEarlierRound() {
    assertThatThrownBy(() -> Renewal.of(R2563, R2560))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not renew");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Renewal.of(R2560, R2563), Renewal.of(R2560, R2563))
        .addEqualityGroup(Renewal.of(R2560, R2563_LATE))
        .testEquals();
    assertThat(Renewal.of(R2560, R2563).previous()).isEqualTo(R2560);
    assertThat(Renewal.of(R2560, R2563).next()).isEqualTo(R2563);
  }
}

package io.github.gecc.certification;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class LifecyclePolicyTest {

  @Test
  void defaultsAreYearsFromDateAndThirtyDays() {
    assertThat(LifecyclePolicy.defaults().validity()).isEqualTo(ValidityPolicy.YEARS_FROM_DATE);
    assertThat(LifecyclePolicy.defaults().report()).isEqualTo(ReportPolicy.defaults());
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            LifecyclePolicy.defaults(),
            LifecyclePolicy.of(ValidityPolicy.yearsFromDate(3), ReportPolicy.dueAfter(30)))
        .addEqualityGroup(LifecyclePolicy.of(ValidityPolicy.FISCAL_YEARS, ReportPolicy.defaults()))
        .testEquals();
  }

  @Test
  void nulls() {
    new NullPointerTester()
        .setDefault(ValidityPolicy.class, ValidityPolicy.FISCAL_YEARS)
        .setDefault(ReportPolicy.class, ReportPolicy.defaults())
        .testAllPublicStaticMethods(LifecyclePolicy.class);
  }
}

package io.github.gecc.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.gecc.time.FiscalYear;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApplicationRegisterTest {

  private static Application app(int round, String id, String location, String at) {
    return Application.of(
        FiscalYear.of(round),
        Organisation.of(
            OrganisationKind.DISTRICT_OFFICE,
            false,
            Optional.ofNullable(id),
            Optional.ofNullable(location)),
        SelfAssessments.met(40, 12),
        OffsetDateTime.parse(at).toInstant(),
        ImmutableSet.of(Channel.ONLINE),
        ImmutableSet.of());
  }

  private static final Application FIRST =
      app(2567, "mueang-sakon", "district office", "2024-01-10T09:00:00+07:00");

  @Test
  void aSecondApplicationFromTheSameOrganisationAndLocationIsRefusedNamingTheFirst() {
    ApplicationRegister register = ApplicationRegister.empty().plus(FIRST);
    CheckResult result =
        register.check(app(2567, "mueang-sakon", "district office", "2024-02-01T09:00:00+07:00"));
    assertThat(result.accepted()).isFalse();
    Violation v = result.violations().get(0);
    assertThat(v.code()).isEqualTo(ViolationCode.DUPLICATE_APPLICATION);
    assertThat(v.english())
        .contains("mueang-sakon at district office")
        .contains("2024-01-10T09:00+07:00");
    assertThat(v.thai()).contains("mueang-sakon");
  }

  @Test
  void plusRefusesADuplicate() {
    ApplicationRegister register = ApplicationRegister.empty().plus(FIRST);
    assertThatThrownBy(
            () ->
                register.plus(
                    app(2567, "mueang-sakon", "district office", "2024-02-01T09:00:00+07:00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the first was submitted at");
  }

  @Test
  void anotherLocationOrRoundIsNoDuplicate() {
    ApplicationRegister register = ApplicationRegister.empty().plus(FIRST);
    assertThat(
            register
                .check(app(2567, "mueang-sakon", "branch office", "2024-02-01T09:00:00+07:00"))
                .accepted())
        .isTrue();
    assertThat(
            register
                .check(app(2565, "mueang-sakon", "district office", "2022-02-01T09:00:00+07:00"))
                .accepted())
        .isTrue();
    assertThat(
            register
                .check(app(2567, "other", "district office", "2024-02-01T09:00:00+07:00"))
                .accepted())
        .isTrue();
  }

  @Test
  void firstOfFindsTheEarlierApplication() {
    ApplicationRegister register = ApplicationRegister.empty().plus(FIRST);
    assertThat(
            register.firstOf(
                app(2567, "mueang-sakon", "district office", "2024-02-01T09:00:00+07:00")))
        .contains(FIRST);
    assertThat(register.applications()).containsExactly(FIRST);
  }

  @Test
  void anApplicationWithoutOrganisationIdIsABadArgument() {
    assertThatThrownBy(
            () ->
                ApplicationRegister.empty()
                    .check(app(2567, null, null, "2024-02-01T09:00:00+07:00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs the organisation id");
  }

  @Test
  void aRegisterIsAValueOfItsApplicationsInOrder() {
    Application second = app(2567, "other", "district office", "2024-02-01T09:00:00+07:00");
    new com.google.common.testing.EqualsTester()
        .addEqualityGroup(ApplicationRegister.empty(), ApplicationRegister.empty())
        .addEqualityGroup(
            ApplicationRegister.empty().plus(FIRST), ApplicationRegister.empty().plus(FIRST))
        .addEqualityGroup(ApplicationRegister.empty().plus(FIRST).plus(second))
        .addEqualityGroup(ApplicationRegister.empty().plus(second).plus(FIRST))
        .testEquals();
    assertThat(ApplicationRegister.empty().plus(FIRST).hashCode())
        .isEqualTo(ImmutableList.of(FIRST).hashCode());
    assertThat(ApplicationRegister.empty().plus(FIRST).plus(second).toString())
        .contains("2 applications");
  }
}

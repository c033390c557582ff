package io.github.gecc.application;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.gecc.time.FiscalYear;

/** The library's eligibility policy; see {@link EligibilityPolicy#bundled()}. Immutable. */
final class BundledEligibilityPolicy implements EligibilityPolicy {

  static final BundledEligibilityPolicy INSTANCE = new BundledEligibilityPolicy();

  private static final FiscalYear LOCAL_ROUND_2560 = FiscalYear.of(2560);

  private static final ImmutableSet<OrganisationKind> LOCAL_2560 =
      ImmutableSet.of(
          OrganisationKind.CITY_MUNICIPALITY,
          OrganisationKind.TOWN_MUNICIPALITY,
          OrganisationKind.PATTAYA_CITY);

  private BundledEligibilityPolicy() {}

  @Override
  public ImmutableList<Violation> check(FiscalYear round, Organisation organisation) {
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    OrganisationKind kind = organisation.kind();
    if (round.equals(LOCAL_ROUND_2560) && kind.isLocalGovernment() && !LOCAL_2560.contains(kind)) {
      violations.add(
          Violation.of(
              ViolationCode.INELIGIBLE_ORGANISATION,
              kind.thai()
                  + " สมัครในรอบปีงบประมาณ พ.ศ. ๒๕๖๐ ไม่ได้:"
                  + " องค์กรปกครองส่วนท้องถิ่นที่สมัครได้คือ เทศบาลนคร เทศบาลเมือง และเมืองพัทยา",
              "a "
                  + kind.english()
                  + " ("
                  + kind.name()
                  + ") may not apply in round 2560: the eligible local organisations were city"
                  + " municipalities, town municipalities and Pattaya City"));
    }
    if (organisation.informationOnly()) {
      violations.add(
          Violation.of(
              ViolationCode.INFORMATION_ONLY_CENTRE,
              "ศูนย์ที่ให้บริการข้อมูลข่าวสารเพียงอย่างเดียวไม่ใช่ศูนย์ราชการสะดวก"
                  + " ต้องบูรณาการงานบริการอื่นเข้ามาก่อน",
              "a centre that only provides information is not a GECC; it may apply once other"
                  + " services are integrated into it"));
    }
    return violations.build();
  }

  @Override
  public String toString() {
    return "EligibilityPolicy.bundled()";
  }
}

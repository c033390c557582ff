package io.github.gecc.application;

/**
 * The kinds of organisation that may apply, as the command-line contract names them.
 *
 * <p>RULES.md §1 (FACT): city municipalities, town municipalities and Pattaya City (DLA นท
 * 0812/694, round 2560); district offices (DOPA มท 0305.1/ว 1660, 18 Jan 2567); a provincial
 * Damrongdhama centre or other provincial service centre, ministries, departments and state
 * enterprises, and a provincial administrative organisation among the letter's addressees (MOI มท
 * 0218/ว 5992, 20 Oct 2560); Bangkok agencies (BMA กท 0303/1156, 15 Jun 2565); a subdistrict
 * municipality as the example of the round-2560 FAQ. DECISION (RULES.md 1.7): the subdistrict
 * administrative organisation stands for the local governments a district informs, a provincial
 * office and a central agency for the province's agencies and the ministries and departments. Which
 * kinds may apply in a round is a replaceable policy (RULES.md 2.8), not this list.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum OrganisationKind {
  /** City municipality, เทศบาลนคร (local). */
  CITY_MUNICIPALITY("เทศบาลนคร", "city municipality", true),
  /** Town municipality, เทศบาลเมือง (local). */
  TOWN_MUNICIPALITY("เทศบาลเมือง", "town municipality", true),
  /** Subdistrict municipality, เทศบาลตำบล (local). */
  SUBDISTRICT_MUNICIPALITY("เทศบาลตำบล", "subdistrict municipality", true),
  /** Pattaya City, เมืองพัทยา (local). */
  PATTAYA_CITY("เมืองพัทยา", "Pattaya City", true),
  /** Provincial administrative organisation, องค์การบริหารส่วนจังหวัด (local). */
  PROVINCIAL_ADMINISTRATIVE_ORGANISATION(
      "องค์การบริหารส่วนจังหวัด", "provincial administrative organisation", true),
  /** Subdistrict administrative organisation, องค์การบริหารส่วนตำบล (local). */
  SUBDISTRICT_ADMINISTRATIVE_ORGANISATION(
      "องค์การบริหารส่วนตำบล", "subdistrict administrative organisation", true),
  /** An agency of Bangkok, หน่วยงานของกรุงเทพมหานคร, BMA กท 0303/1156, 15 Jun 2565. */
  BANGKOK_AGENCY("หน่วยงานของกรุงเทพมหานคร", "Bangkok agency", false),
  /** A district administration office, ที่ทำการปกครองอำเภอ, DOPA มท 0305.1/ว 1660, 18 Jan 2567. */
  DISTRICT_OFFICE("ที่ทำการปกครองอำเภอ", "district office", false),
  /** A provincial office, such as a Damrongdhama centre, MOI มท 0218/ว 5992, 20 Oct 2560. */
  PROVINCIAL_OFFICE("หน่วยงานระดับจังหวัด", "provincial office", false),
  /** A central government agency. */
  CENTRAL_AGENCY("ส่วนราชการส่วนกลาง", "central agency", false),
  /** A state enterprise, รัฐวิสาหกิจ, MOI มท 0218/ว 5992, 20 Oct 2560. */
  STATE_ENTERPRISE("รัฐวิสาหกิจ", "state enterprise", false);

  private final String thai;
  private final String english;
  private final boolean localGovernment;

  OrganisationKind(String thai, String english, boolean localGovernment) {
    this.thai = thai;
    this.english = english;
    this.localGovernment = localGovernment;
  }

  /**
   * Returns the kind's name in Thai.
   *
   * @return for example {@code เทศบาลนคร}
   */
  public String thai() {
    return thai;
  }

  /**
   * Returns the kind's name in English.
   *
   * @return for example {@code city municipality}
   */
  public String english() {
    return english;
  }

  /**
   * Tells whether the kind is a local administrative organisation (อปท.), the applicants of the
   * round 2560 local-government call, DLA นท 0812/694, round 2560.
   *
   * @return true for municipalities, Pattaya City and administrative organisations
   */
  public boolean isLocalGovernment() {
    return localGovernment;
  }
}

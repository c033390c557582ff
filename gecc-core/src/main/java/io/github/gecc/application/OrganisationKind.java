package io.github.gecc.application;

/**
 * The kinds of organisation that may apply, as the command-line contract names them.
 *
 * <p>DOMAIN.md §1 (FACT): city municipalities, town municipalities and Pattaya City [003],
 * district offices [001], provincial offices and Damrongdhama centres [004], Bangkok agencies
 * [002], state enterprises [004]. The other local kinds (subdistrict municipalities, provincial
 * and subdistrict administrative organisations) are local administrative organisations (อปท.)
 * that [003] addresses but did not admit in round 2560.
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
  PROVINCIAL_ADMINISTRATIVE_ORGANISATION("องค์การบริหารส่วนจังหวัด", "provincial administrative organisation", true),
  /** Subdistrict administrative organisation, องค์การบริหารส่วนตำบล (local). */
  SUBDISTRICT_ADMINISTRATIVE_ORGANISATION(
      "องค์การบริหารส่วนตำบล", "subdistrict administrative organisation", true),
  /** An agency of Bangkok, หน่วยงานของกรุงเทพมหานคร [002]. */
  BANGKOK_AGENCY("หน่วยงานของกรุงเทพมหานคร", "Bangkok agency", false),
  /** A district administration office, ที่ทำการปกครองอำเภอ [001]. */
  DISTRICT_OFFICE("ที่ทำการปกครองอำเภอ", "district office", false),
  /** A provincial office, such as a Damrongdhama centre [004]. */
  PROVINCIAL_OFFICE("หน่วยงานระดับจังหวัด", "provincial office", false),
  /** A central government agency. */
  CENTRAL_AGENCY("ส่วนราชการส่วนกลาง", "central agency", false),
  /** A state enterprise, รัฐวิสาหกิจ [004]. */
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
   * round 2560 local-government call [003].
   *
   * @return true for municipalities, Pattaya City and administrative organisations
   */
  public boolean isLocalGovernment() {
    return localGovernment;
  }
}

package io.github.gecc.certification;

import io.github.gecc.RefusalException;
import java.text.Normalizer;

/**
 * The identity of a centre (RULES.md 5.7, DECISION): an id is not blank, has no leading or trailing
 * white space, and is held in Unicode compatibility form NFKC, so that two spellings of one code
 * (full-width {@code ｂｋｋ-01} and {@code bkk-01}) are one centre. Every type that holds a centre id
 * takes it through {@link #canonical}.
 */
final class CentreIds {

  private CentreIds() {}

  /**
   * Returns a centre id in its NFKC form.
   *
   * @param id the id as given, not null
   * @return the id in NFKC form
   * @throws RefusalException (rule 5.7, at the root) if the id is blank or has leading or trailing
   *     white space
   */
  static String canonical(String id) {
    String canonical = lookUp(id);
    if (canonical.isBlank()) {
      throw RefusalException.of(
          "5.7",
          id,
          "centre id '" + id + "' is blank; a centre id names the centre",
          "รหัสศูนย์ '" + id + "' เป็นค่าว่าง รหัสศูนย์ต้องระบุศูนย์");
    }
    if (!canonical.strip().equals(canonical)) {
      throw RefusalException.of(
          "5.7",
          id,
          "centre id '" + id + "' has leading or trailing white space; centre ids are trimmed",
          "รหัสศูนย์ '" + id + "' มีช่องว่างนำหน้าหรือต่อท้าย รหัสศูนย์ต้องไม่มีช่องว่างดังกล่าว");
    }
    return canonical;
  }

  /**
   * Returns the NFKC form of an id to look up; an id that is blank or not trimmed matches no
   * centre.
   *
   * @param id the id asked about, not null
   * @return the id in NFKC form
   */
  static String lookUp(String id) {
    return isAscii(id) || Normalizer.isNormalized(id, Normalizer.Form.NFKC)
        ? id
        : Normalizer.normalize(id, Normalizer.Form.NFKC);
  }

  /** Tells whether every character is ASCII, which NFKC leaves as it is. */
  private static boolean isAscii(String id) {
    for (int i = 0; i < id.length(); i++) {
      if (id.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}

package io.github.gecc.application;

import io.github.gecc.RefusalException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation that applies: its kind, whether its centre only gives information, and optionally
 * who and where it is.
 *
 * <p>RULES.md §2: the circular advises ("should", FACT on the advice, DLA นท 0812/694, round 2560)
 * applying as one whole office at one location; refusing a second application from the same
 * organisation and location in one round is the library's DECISION (RULES.md 2.10), for which
 * {@link ApplicationRegister} uses the id and location.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Organisation {

  Organisation() {}

  /**
   * Returns the kind of organisation.
   *
   * @return the kind
   */
  public abstract OrganisationKind kind();

  /**
   * Tells whether the centre only provides information (ศูนย์ข้อมูลข่าวสาร), which is not a GECC
   * (RULES.md §2, FACT, DLA นท 0812/694, round 2560).
   *
   * @return true for an information-only centre
   */
  public abstract boolean informationOnly();

  /**
   * Tells whether the application is for some divisions only of an office that has several
   * divisions at one location. The circular advises against it ("should not", RULES.md §2, DLA นท
   * 0812/694, round 2560); the library warns and does not refuse (DECISION).
   *
   * @return true for a division-only application; false by default
   */
  @Value.Default
  public boolean divisionOnly() {
    return false;
  }

  /**
   * Returns the organisation's identifier, if given.
   *
   * @return for example {@code "district-office-mueang-sakon-nakhon"}, or empty
   */
  public abstract Optional<String> id();

  /**
   * Returns the location of the centre, if given.
   *
   * @return for example {@code "Mueang Sakon Nakhon district office"}, or empty
   */
  public abstract Optional<String> location();

  @Value.Check
  void check() {
    if (id().isPresent() && id().get().isBlank()) {
      throw RefusalException.of(
              "2.13",
              "'" + id().get() + "'",
              "organisation id is blank; give a name or leave it out",
              "รหัสหน่วยงานว่างเปล่า ให้ระบุชื่อหรือไม่ระบุเลย")
          .at("id");
    }
    if (location().isPresent() && location().get().isBlank()) {
      throw RefusalException.of(
              "2.13",
              "'" + location().get() + "'",
              "organisation location is blank; give one or leave it out",
              "สถานที่ตั้งหน่วยงานว่างเปล่า ให้ระบุหรือไม่ระบุเลย")
          .at("location");
    }
  }

  /**
   * Returns an anonymous organisation of a kind.
   *
   * @param kind the kind, not null
   * @param informationOnly true if the centre only provides information
   * @return the organisation, with no id or location
   * @throws NullPointerException if {@code kind} is null
   */
  public static Organisation of(OrganisationKind kind, boolean informationOnly) {
    return ImmutableOrganisation.builder().kind(kind).informationOnly(informationOnly).build();
  }

  /**
   * Returns this organisation, applying for some of its divisions only or as a whole.
   *
   * @param divisionOnly true if the application is for some divisions only
   * @return the organisation with that flag
   */
  public Organisation withDivisionOnly(boolean divisionOnly) {
    return ImmutableOrganisation.builder()
        .kind(kind())
        .informationOnly(informationOnly())
        .divisionOnly(divisionOnly)
        .id(id())
        .location(location())
        .build();
  }

  /**
   * Returns an organisation with its id and location.
   *
   * @param kind the kind, not null
   * @param informationOnly true if the centre only provides information
   * @param id the identifier, empty or not blank
   * @param location the location, empty or not blank
   * @return the organisation
   * @throws RefusalException (2.13) at {@code id} or {@code location} if it is blank
   * @throws NullPointerException if an argument is null
   */
  public static Organisation of(
      OrganisationKind kind,
      boolean informationOnly,
      Optional<String> id,
      Optional<String> location) {
    return ImmutableOrganisation.builder()
        .kind(kind)
        .informationOnly(informationOnly)
        .id(id)
        .location(location)
        .build();
  }
}

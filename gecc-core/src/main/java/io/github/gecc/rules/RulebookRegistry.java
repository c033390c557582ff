package io.github.gecc.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.gecc.RefusalException;
import io.github.gecc.time.FiscalYear;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rulebooks a program knows, by id and by round.
 *
 * <p>RULES.md §3 (DECISION): a round uses the newest rulebook whose first round is not after it;
 * bundled, that is GECC-2560 for every round from 2560 on, until the user registers a later one.
 * DECISION: two rulebooks of one registry may share neither an id nor a first round, so the
 * rulebook of a round is never ambiguous.
 *
 * <p>RULES.md §3 (DECISION, trust): the gate, the maximum and the requirements of a registered
 * rulebook are never taken from a caller. A rulebook that reuses a registered id with other content
 * is refused by {@link #plus} and by {@link #admit}; the registry is the one place that says which
 * rulebook judges a round ({@link #forRound}).
 *
 * <p>This class is immutable and thread-safe; {@link #plus} returns a new registry.
 */
public final class RulebookRegistry {

  private static final RulebookRegistry BUNDLED =
      new RulebookRegistry(
          ImmutableSortedMap.of(
              BundledRulebooks.gecc2560().firstRound(), BundledRulebooks.gecc2560()));

  private final ImmutableSortedMap<FiscalYear, Rulebook> byRound;

  private RulebookRegistry(ImmutableSortedMap<FiscalYear, Rulebook> byRound) {
    this.byRound = byRound;
  }

  /**
   * Returns the registry of the bundled rulebooks: GECC-2560, first round 2560.
   *
   * @return the registry
   */
  public static RulebookRegistry bundled() {
    return BUNDLED;
  }

  /**
   * Returns an empty registry, for programs that bring all their rulebooks.
   *
   * @return the registry with no rulebook
   */
  public static RulebookRegistry empty() {
    return new RulebookRegistry(ImmutableSortedMap.of());
  }

  /**
   * Returns this registry with one more rulebook.
   *
   * @param rulebook the rulebook, not null
   * @return a new registry, or this registry when it already holds an equal rulebook
   * @throws RefusalException at {@code id} if the registry already has another rulebook with the
   *     same id (other content under a registered id, RULES.md 3.7), at {@code firstRound} if it
   *     has one with the same first round (RULES.md 3.14)
   * @throws NullPointerException if {@code rulebook} is null
   */
  public RulebookRegistry plus(Rulebook rulebook) {
    admit(rulebook); // refuses a registered id with other content
    if (byId(rulebook.id()).isPresent()) {
      return this;
    }
    Rulebook sameRound = byRound.get(rulebook.firstRound());
    if (sameRound != null) {
      throw RefusalException.of(
              "3.14",
              rulebook.firstRound().getValue(),
              "rulebook "
                  + rulebook.id()
                  + " has first round "
                  + rulebook.firstRound().getValue()
                  + ", like rulebook "
                  + sameRound.id()
                  + " already registered; first rounds must differ",
              "เกณฑ์การประเมิน "
                  + rulebook.id()
                  + " เริ่มใช้รอบ "
                  + rulebook.firstRound().getValue()
                  + " เช่นเดียวกับเกณฑ์การประเมิน "
                  + sameRound.id()
                  + " ที่ลงทะเบียนไว้แล้ว รอบแรกที่ใช้ต้องไม่ซ้ำกัน")
          .at("firstRound");
    }
    return new RulebookRegistry(
        ImmutableSortedMap.<FiscalYear, Rulebook>naturalOrder()
            .putAll(byRound)
            .put(rulebook.firstRound(), rulebook)
            .build());
  }

  /**
   * Checks a rulebook a caller gives (for example inline in a request) against the registry.
   *
   * @param rulebook the rulebook given, not null
   * @return the registered rulebook when the registry has an equal one, else {@code rulebook}
   *     itself (a rulebook the registry does not know)
   * @throws RefusalException (RULES.md 3.7) at {@code id} if the registry has a rulebook with the
   *     same id and other content: a caller never changes the gate, the maximum or the requirements
   *     of a registered rulebook
   * @throws NullPointerException if {@code rulebook} is null
   */
  public Rulebook admit(Rulebook rulebook) {
    Objects.requireNonNull(rulebook, "rulebook");
    Optional<Rulebook> registered = byId(rulebook.id());
    if (registered.isEmpty()) {
      return rulebook;
    }
    if (!registered.get().equals(rulebook)) {
      throw RefusalException.of(
              "3.7",
              rulebook.id(),
              "rulebook id "
                  + rulebook.id()
                  + " is registered with other content ("
                  + difference(registered.get(), rulebook)
                  + "); a registered rulebook cannot be redefined: name it by its id, or give a"
                  + " new rulebook another id",
              "รหัสเกณฑ์การประเมิน "
                  + rulebook.id()
                  + " ลงทะเบียนไว้แล้วด้วยเนื้อหาอื่น ("
                  + difference(registered.get(), rulebook)
                  + ") เกณฑ์การประเมินที่ลงทะเบียนแล้วแก้ไขไม่ได้ ให้อ้างด้วยรหัส"
                  + " หรือตั้งรหัสใหม่ให้เกณฑ์การประเมินฉบับใหม่")
          .at("id");
    }
    return registered.get();
  }

  private static String difference(Rulebook registered, Rulebook given) {
    if (registered.selfAssessmentGate() != given.selfAssessmentGate()) {
      return "self-assessment gate "
          + given.selfAssessmentGate()
          + " instead of "
          + registered.selfAssessmentGate();
    }
    if (registered.maxPoints() != given.maxPoints()) {
      return "maximum " + given.maxPoints() + " points instead of " + registered.maxPoints();
    }
    if (!registered.applicationRequirements().equals(given.applicationRequirements())) {
      return "application requirements "
          + given.applicationRequirements()
          + " instead of "
          + registered.applicationRequirements();
    }
    if (!registered.outcomes().equals(given.outcomes())) {
      return "outcomes " + given.outcomes() + " instead of " + registered.outcomes();
    }
    if (!registered.criteria().equals(given.criteria())) {
      return "other criteria";
    }
    if (!registered.firstRound().equals(given.firstRound())) {
      return "first round "
          + given.firstRound().getValue()
          + " instead of "
          + registered.firstRound().getValue();
    }
    return "other source or not-reached outcome";
  }

  /**
   * Returns a rulebook by id.
   *
   * @param id any text, not null
   * @return the rulebook, or empty if none has this id
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<Rulebook> byId(String id) {
    Objects.requireNonNull(id, "id");
    return byRound.values().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * Returns the rulebook a caller names by its id (RULES.md 3.7: an unknown rulebook id is bad
   * input).
   *
   * @param id the id given, not null
   * @return the registered rulebook with this id
   * @throws RefusalException (RULES.md 3.7) if no rulebook of the registry has this id; the message
   *     lists the known ids
   * @throws NullPointerException if {@code id} is null
   */
  public Rulebook require(String id) {
    return byId(id)
        .orElseThrow(
            () -> {
              String shown = id.length() > 64 ? id.substring(0, 64) + "…" : id;
              String known = all().stream().map(Rulebook::id).collect(Collectors.joining(", "));
              return RefusalException.of(
                  "3.7",
                  id,
                  "unknown rulebook '" + shown + "'; known rulebooks are " + known,
                  "ไม่รู้จักเกณฑ์การประเมิน '" + shown + "' เกณฑ์การประเมินที่รู้จักคือ " + known);
            });
  }

  /**
   * Returns the rulebook of a round: the one with the latest first round not after it.
   *
   * @param round the round, not null
   * @return the rulebook, or empty if every rulebook starts after the round
   * @throws NullPointerException if {@code round} is null
   */
  public Optional<Rulebook> forRound(FiscalYear round) {
    Objects.requireNonNull(round, "round");
    Map.Entry<FiscalYear, Rulebook> entry = byRound.floorEntry(round);
    return entry == null ? Optional.empty() : Optional.of(entry.getValue());
  }

  /**
   * Returns every rulebook, oldest first round first.
   *
   * @return the rulebooks
   */
  public ImmutableList<Rulebook> all() {
    return byRound.values().asList();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RulebookRegistry && ((RulebookRegistry) obj).byRound.equals(byRound);
  }

  @Override
  public int hashCode() {
    return byRound.hashCode();
  }

  @Override
  public String toString() {
    return "RulebookRegistry"
        + byRound.values().stream().map(Rulebook::id).collect(Collectors.toList());
  }
}

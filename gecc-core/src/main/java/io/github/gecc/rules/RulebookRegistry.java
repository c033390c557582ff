package io.github.gecc.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.gecc.time.FiscalYear;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The rulebooks a program knows, by id and by round.
 *
 * <p>RULES.md §3 (DECISION): a round uses the newest rulebook whose first round is not after
 * it; bundled, that is GECC-2560 for every round from 2560 on, until the user registers a later
 * one. DECISION: two rulebooks of one registry may share neither an id nor a first round, so the
 * rulebook of a round is never ambiguous.
 *
 * <p>This class is immutable and thread-safe; {@link #plus} returns a new registry.
 */
public final class RulebookRegistry {

  private static final RulebookRegistry BUNDLED =
      new RulebookRegistry(ImmutableSortedMap.of(BundledRulebooks.gecc2560().firstRound(), BundledRulebooks.gecc2560()));

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
   * @return a new registry
   * @throws IllegalArgumentException if the registry already has a rulebook with the same id or
   *     the same first round
   * @throws NullPointerException if {@code rulebook} is null
   */
  public RulebookRegistry plus(Rulebook rulebook) {
    Objects.requireNonNull(rulebook, "rulebook");
    if (byId(rulebook.id()).isPresent()) {
      throw new IllegalArgumentException(
          "the registry already has a rulebook with id " + rulebook.id());
    }
    Rulebook sameRound = byRound.get(rulebook.firstRound());
    if (sameRound != null) {
      throw new IllegalArgumentException(
          "rulebook "
              + rulebook.id()
              + " has first round "
              + rulebook.firstRound().getValue()
              + ", like rulebook "
              + sameRound.id()
              + " already registered; first rounds must differ");
    }
    return new RulebookRegistry(
        ImmutableSortedMap.<FiscalYear, Rulebook>naturalOrder()
            .putAll(byRound)
            .put(rulebook.firstRound(), rulebook)
            .build());
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
    return "RulebookRegistry" + byRound.values().stream().map(Rulebook::id).collect(java.util.stream.Collectors.toList());
  }
}

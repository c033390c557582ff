package io.github.gecc.application;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.gecc.time.FiscalYear;
import java.util.Collection;
import java.util.Objects;

/**
 * A round register: the rounds one document defines, each at most once, in the order given. It is
 * what an operator writes from a new circular; {@link Rounds#plus(RoundRegister)} merges it over
 * the rounds the library knows.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RoundRegister {

  private static final RoundRegister EMPTY = new RoundRegister(ImmutableSortedMap.of(), ImmutableList.of());

  private final ImmutableSortedMap<FiscalYear, RoundDefinition> byRound;
  private final ImmutableList<RoundDefinition> inOrder;

  private RoundRegister(
      ImmutableSortedMap<FiscalYear, RoundDefinition> byRound, ImmutableList<RoundDefinition> inOrder) {
    this.byRound = byRound;
    this.inOrder = inOrder;
  }

  /**
   * Returns the register with no round.
   *
   * @return the empty register
   */
  public static RoundRegister empty() {
    return EMPTY;
  }

  /**
   * Returns a register of some definitions.
   *
   * @param definitions the rounds, each listed once, not null
   * @return the register
   * @throws IllegalArgumentException if a round is listed twice
   * @throws NullPointerException if {@code definitions} or one of them is null
   */
  public static RoundRegister of(Collection<RoundDefinition> definitions) {
    RoundRegister register = EMPTY;
    for (RoundDefinition definition : definitions) {
      register = register.plus(definition);
    }
    return register;
  }

  /**
   * Returns this register with one more round.
   *
   * @param definition a round this register does not list yet, not null
   * @return a new register
   * @throws IllegalArgumentException if the register already lists the round
   * @throws NullPointerException if {@code definition} is null
   */
  public RoundRegister plus(RoundDefinition definition) {
    Objects.requireNonNull(definition, "definition");
    RoundDefinition listed = byRound.get(definition.round());
    if (listed != null) {
      throw new IllegalArgumentException(
          "round "
              + definition.round().getValue()
              + " is listed twice in the register (first with source '"
              + listed.window().source()
              + "'); list each round once");
    }
    return new RoundRegister(
        ImmutableSortedMap.<FiscalYear, RoundDefinition>naturalOrder()
            .putAll(byRound)
            .put(definition.round(), definition)
            .build(),
        ImmutableList.<RoundDefinition>builder().addAll(inOrder).add(definition).build());
  }

  /**
   * Returns the definitions in the order they were listed.
   *
   * @return the definitions
   */
  public ImmutableList<RoundDefinition> definitions() {
    return inOrder;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RoundRegister && ((RoundRegister) obj).inOrder.equals(inOrder);
  }

  @Override
  public int hashCode() {
    return inOrder.hashCode();
  }

  @Override
  public String toString() {
    return "RoundRegister" + byRound.keySet();
  }
}

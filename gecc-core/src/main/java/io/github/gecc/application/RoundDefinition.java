package io.github.gecc.application;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.gecc.RefusalException;
import io.github.gecc.time.FiscalYear;
import io.github.gecc.time.ThaiTime;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Everything the library knows about one round: its application window (with its channels,
 * documents and source), the organisation kinds that may apply, the rulebook it uses and the
 * internal reporting deadlines of its reporting chain, and its directive to apply. A round register
 * is a list of such definitions that {@link Rounds#plus(java.util.List)} merges over the rounds
 * known.
 *
 * <p>DECISION (RULES.md 4.15): a round's window opens no earlier than three months before its
 * fiscal year (1 July of the year before, 00:00 Bangkok time) and closes inside its fiscal year.
 * Every window in the sources opens in January of the fiscal year; three months of margin admit a
 * call published before the fiscal year starts, and refuse a window typed under the wrong round.
 *
 * <p>An absent {@link #eligibleKinds()} admits every kind; an absent {@link #rulebook()} leaves the
 * choice to the rulebook registry ({@link Rounds#rulebook}). Internal deadlines never close the
 * window nor refuse an application (RULES.md §4, DECISION).
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RoundDefinition {

  /** How long before its fiscal year a window may open: three months. */
  static final int MONTHS_BEFORE_FISCAL_YEAR = 3;

  RoundDefinition() {}

  /**
   * Returns the round's window: its bounds, channels, documents and source.
   *
   * @return the window
   */
  public abstract ApplicationWindow window();

  /**
   * Returns the organisation kinds that may apply, when the round restricts them.
   *
   * @return the kinds, never an empty set; empty when every kind may apply
   */
  public abstract Optional<ImmutableSet<OrganisationKind>> eligibleKinds();

  /**
   * Returns the id of the rulebook the round uses, when it names one.
   *
   * @return the rulebook id; empty when the rulebook registry chooses
   */
  public abstract Optional<String> rulebook();

  /**
   * Returns the internal reporting deadlines of the round.
   *
   * @return the deadlines, each of this round, possibly none
   */
  public abstract ImmutableList<ReportingDeadline> deadlines();

  /**
   * Returns the round's directive to apply, when it has one (RULES.md 2.3): who must apply in this
   * round; without one, nobody must.
   *
   * @return the directive, of this round, or empty
   */
  public abstract Optional<ApplyDirective> directive();

  /**
   * Tells whether this definition replaces a round the library already knows, rather than defining
   * a new one or restating a known one identically.
   *
   * @return true for an explicit replacement
   */
  @Value.Default
  public boolean replaces() {
    return false;
  }

  /**
   * Returns the round (fiscal year) defined.
   *
   * @return the round of the window
   */
  public FiscalYear round() {
    return window().round();
  }

  /**
   * Returns the earliest opening a window of a round may have: three months before the round's
   * fiscal year, 00:00 Bangkok time (see the class comment).
   *
   * @param round the round, not null
   * @return the earliest opening allowed
   * @throws NullPointerException if {@code round} is null
   */
  public static Instant earliestOpening(FiscalYear round) {
    return ThaiTime.startOfDay(round.start().minusMonths(MONTHS_BEFORE_FISCAL_YEAR));
  }

  /**
   * Tells whether an organisation kind may apply in the round.
   *
   * @param kind the kind, not null
   * @return true if the round admits every kind or names this one
   * @throws NullPointerException if {@code kind} is null
   */
  public boolean admits(OrganisationKind kind) {
    Objects.requireNonNull(kind, "kind");
    return eligibleKinds().map(kinds -> kinds.contains(kind)).orElse(true);
  }

  @Value.Check
  void check() {
    int round = round().getValue();
    Instant earliest = earliestOpening(round());
    if (window().opensAt().isPresent() && window().opensAt().get().isBefore(earliest)) {
      // The window as a whole: given as opensAt or as thaiText, whichever the caller used.
      throw RefusalException.of(
          "4.15",
          ThaiTime.atBangkok(window().opensAt().get()),
          "window opening "
              + ThaiTime.atBangkok(window().opensAt().get())
              + " is more than "
              + MONTHS_BEFORE_FISCAL_YEAR
              + " months before round "
              + round
              + " ("
              + round().range()
              + "); a window opens from "
              + ThaiTime.atBangkok(earliest)
              + " on and closes inside its fiscal year",
          "วันเปิดรับสมัคร "
              + ThaiTime.atBangkok(window().opensAt().get())
              + " เร็วกว่า "
              + MONTHS_BEFORE_FISCAL_YEAR
              + " เดือนก่อนรอบ "
              + round
              + " ("
              + round().range()
              + ") ช่วงเวลารับสมัครเปิดได้ตั้งแต่ "
              + ThaiTime.atBangkok(earliest)
              + " และปิดภายในปีงบประมาณของรอบ");
    }
    if (eligibleKinds().isPresent() && eligibleKinds().get().isEmpty()) {
      throw RefusalException.withoutValue(
              "4.17",
              "round "
                  + round
                  + " admits no organisation kind; name at least one, or leave the"
                  + " kinds out to admit every kind",
              "รอบ "
                  + round
                  + " ไม่รับสมัครหน่วยงานประเภทใดเลย ให้ระบุอย่างน้อยหนึ่งประเภท"
                  + " หรือไม่ระบุเพื่อรับทุกประเภท")
          .at("eligibleKinds");
    }
    if (rulebook().isPresent() && rulebook().get().isBlank()) {
      throw RefusalException.of(
              "4.17",
              "'" + rulebook().get() + "'",
              "round " + round + " names a blank rulebook id; name one or leave it out",
              "รอบ " + round + " ระบุรหัสเกณฑ์ว่างเปล่า ให้ระบุรหัสหรือไม่ระบุเลย")
          .at("rulebook");
    }
    for (int i = 0; i < deadlines().size(); i++) {
      ReportingDeadline deadline = deadlines().get(i);
      if (!deadline.round().equals(round())) {
        throw RefusalException.of(
                "4.17",
                deadline.round().getValue(),
                "deadline '"
                    + deadline.task()
                    + "' of round "
                    + deadline.round().getValue()
                    + " is listed in round "
                    + round,
                "กำหนดส่ง '"
                    + deadline.task()
                    + "' ของรอบ "
                    + deadline.round().getValue()
                    + " อยู่ในรอบ "
                    + round)
            .at("deadlines", i);
      }
    }
    if (directive().isPresent() && !directive().get().round().equals(round())) {
      throw RefusalException.of(
              "4.17",
              directive().get().round().getValue(),
              "the directive of round "
                  + directive().get().round().getValue()
                  + " is listed in round "
                  + round,
              "คำสั่งให้สมัครของรอบ "
                  + directive().get().round().getValue()
                  + " อยู่ในรอบ "
                  + round)
          .at("directive");
    }
  }

  /**
   * Returns a definition that restricts nothing: every kind may apply, the registry chooses the
   * rulebook, no internal deadline.
   *
   * @param window the round's window, not null
   * @return the definition
   * @throws RefusalException (4.15) if the window opens more than three months before the round's
   *     fiscal year
   * @throws NullPointerException if {@code window} is null
   */
  public static RoundDefinition of(ApplicationWindow window) {
    return builder(window).build();
  }

  /**
   * Starts a definition of a round from its window.
   *
   * @param window the round's window, not null
   * @return a builder
   * @throws NullPointerException if {@code window} is null
   */
  public static Draft builder(ApplicationWindow window) {
    return new Draft(window);
  }

  /** A {@link RoundDefinition} being built; one draft for one definition, on one thread. */
  public static final class Draft {

    private final ImmutableRoundDefinition.Builder builder;

    private Draft(ApplicationWindow window) {
      this.builder =
          ImmutableRoundDefinition.builder().window(Objects.requireNonNull(window, "window"));
    }

    /**
     * Restricts the round to some organisation kinds.
     *
     * @param kinds the kinds that may apply, at least one
     * @return this builder
     * @throws NullPointerException if {@code kinds} is null
     */
    public Draft eligibleKinds(Set<OrganisationKind> kinds) {
      builder.eligibleKinds(ImmutableSet.copyOf(kinds));
      return this;
    }

    /**
     * Names the rulebook the round uses.
     *
     * @param rulebookId a rulebook id, not blank
     * @return this builder
     * @throws NullPointerException if {@code rulebookId} is null
     */
    public Draft rulebook(String rulebookId) {
      builder.rulebook(rulebookId);
      return this;
    }

    /**
     * Adds internal reporting deadlines.
     *
     * @param deadlines deadlines of the round, not null
     * @return this builder
     * @throws NullPointerException if {@code deadlines} or one of them is null
     */
    public Draft deadlines(Collection<ReportingDeadline> deadlines) {
      builder.addAllDeadlines(deadlines);
      return this;
    }

    /**
     * Gives the round's directive to apply.
     *
     * @param directive a directive of the same round, not null
     * @return this builder
     * @throws NullPointerException if {@code directive} is null
     */
    public Draft directive(ApplyDirective directive) {
      builder.directive(directive);
      return this;
    }

    /**
     * Marks the definition as an explicit replacement of a round the library knows.
     *
     * @param replaces true to replace
     * @return this builder
     */
    public Draft replaces(boolean replaces) {
      builder.replaces(replaces);
      return this;
    }

    /**
     * Builds the definition.
     *
     * @return the definition
     * @throws RefusalException if it breaks a rule of the class comment: a window opening too early
     *     (4.15); no eligible kind, a blank rulebook id, a deadline or a directive of another round
     *     (4.17)
     */
    public RoundDefinition build() {
      return builder.build();
    }
  }
}

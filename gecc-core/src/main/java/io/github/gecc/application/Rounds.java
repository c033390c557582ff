package io.github.gecc.application;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import io.github.gecc.rules.Rulebook;
import io.github.gecc.rules.RulebookRegistry;
import io.github.gecc.time.DateRange;
import io.github.gecc.time.FiscalYear;
import io.github.gecc.time.ThaiTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one place a round is looked up: its window and internal deadlines (the {@link
 * ApplicationCalendar}), who may apply, and its rulebook (the {@link RulebookRegistry}). It starts
 * from a calendar and a registry, {@link #bundled()} from the library's own, and takes round
 * registers ({@link #plus(RoundRegister)}) that operators write from each year's circular.
 *
 * <p>A register is checked whole: every rulebook it names must be in the registry and start no later
 * than the round (RULES.md §3), and a round the
 * library already knows may be restated only identically (the same opening, closing, channels and
 * documents; eligible kinds, rulebook and deadlines either left out or the same). Replacing a known
 * round needs {@link RoundDefinition#replaces()} with a source of its own; a replacement of a
 * round nobody defined is refused too. Nothing is overridden silently.
 *
 * <p>DECISION: a restatement may word its source differently (it cites the same circular); deadlines
 * are the same when they agree on who set them, their purpose and their due instant. A
 * replacement's source cites the circular it replaces when either source contains the other
 * (ignoring case and surrounding spaces), and is then refused.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Rounds {

  private static final Rounds BUNDLED = of(ApplicationCalendar.bundled(), RulebookRegistry.bundled());

  private final ImmutableSortedMap<FiscalYear, RoundDefinition> definitions;
  private final ImmutableSet<FiscalYear> registered;
  private final RulebookRegistry registry;
  private final ApplicationCalendar calendar;

  private Rounds(
      ImmutableSortedMap<FiscalYear, RoundDefinition> definitions,
      ImmutableSet<FiscalYear> registered,
      RulebookRegistry registry,
      ApplicationCalendar calendar) {
    this.definitions = definitions;
    this.registered = registered;
    this.registry = registry;
    this.calendar = calendar;
  }

  private static ApplicationCalendar calendarOf(ImmutableSortedMap<FiscalYear, RoundDefinition> definitions) {
    ApplicationCalendar built = ApplicationCalendar.empty();
    for (RoundDefinition definition : definitions.values()) {
      built = built.plus(definition.window());
      for (ReportingDeadline deadline : definition.deadlines()) {
        built = built.plus(deadline);
      }
    }
    return built;
  }

  /**
   * Returns the rounds of the bundled calendar, with the bundled rulebook registry.
   *
   * @return the bundled rounds
   */
  public static Rounds bundled() {
    return BUNDLED;
  }

  /**
   * Returns the rounds of a calendar: each with its window and deadlines, admitting every kind,
   * its rulebook chosen by the registry.
   *
   * @param calendar the known windows, not null
   * @param registry the rulebooks, not null
   * @return the rounds
   * @throws NullPointerException if an argument is null
   */
  public static Rounds of(ApplicationCalendar calendar, RulebookRegistry registry) {
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(registry, "registry");
    ImmutableSortedMap.Builder<FiscalYear, RoundDefinition> definitions = ImmutableSortedMap.naturalOrder();
    for (FiscalYear round : calendar.rounds()) {
      ReportingCascade cascade = calendar.reportingCascade(round);
      definitions.put(
          round, RoundDefinition.builder(cascade.window()).deadlines(cascade.reports()).build());
    }
    return new Rounds(definitions.build(), ImmutableSet.of(), registry, calendar);
  }

  /**
   * Returns these rounds with a register merged over them (see the class comment).
   *
   * @param register the register, not null
   * @return the merged rounds
   * @throws IllegalArgumentException if a definition of the register is refused by {@link
   *     #plus(RoundDefinition)}
   * @throws NullPointerException if {@code register} is null
   */
  public Rounds plus(RoundRegister register) {
    Rounds merged = this;
    for (RoundDefinition definition : register.definitions()) {
      merged = merged.plus(definition);
    }
    return merged;
  }

  /**
   * Returns these rounds with one more definition: a new round, an identical restatement of a
   * known round (which changes nothing), or an explicit replacement.
   *
   * @param definition the definition, not null
   * @return the merged rounds
   * @throws IllegalArgumentException if it names a rulebook the registry does not hold or one whose
   *     first round is after the round, restates
   *     a known round differently without {@code replaces}, replaces a round with the same source
   *     as the one it replaces, or replaces a round nobody defined
   * @throws NullPointerException if {@code definition} is null
   */
  public Rounds plus(RoundDefinition definition) {
    Objects.requireNonNull(definition, "definition");
    FiscalYear round = definition.round();
    if (definition.rulebook().isPresent() && registry.byId(definition.rulebook().get()).isEmpty()) {
      throw new IllegalArgumentException(
          "round "
              + round.getValue()
              + " names rulebook '"
              + definition.rulebook().get()
              + "', which is not registered; known rulebooks are "
              + registry.all().stream().map(Rulebook::id).collect(Collectors.joining(", ")));
    }
    if (definition.rulebook().isPresent()) {
      Rulebook named = registry.byId(definition.rulebook().get()).orElseThrow();
      if (named.firstRound().compareTo(round) > 0) {
        throw new IllegalArgumentException(
            "round "
                + round.getValue()
                + " names rulebook '"
                + named.id()
                + "', whose first round is "
                + named.firstRound().getValue()
                + ", after it; a round uses a rulebook from its first round on");
      }
    }
    RoundDefinition known = definitions.get(round);
    if (known == null) {
      if (definition.replaces()) {
        throw new IllegalArgumentException(
            "round "
                + round.getValue()
                + " is marked as a replacement, but no round "
                + round.getValue()
                + " is known to replace; leave out replaces for a new round");
      }
      return with(definition);
    }
    if (definition.replaces()) {
      if (citesSameSource(definition.window().source(), known.window().source())) {
        throw new IllegalArgumentException(
            "the replacement of round "
                + round.getValue()
                + " cites the source of the round it replaces ('"
                + known.window().source()
                + "'); a replacement cites the circular that replaces it");
      }
      return with(definition);
    }
    List<String> differences = differences(known, definition);
    if (!differences.isEmpty()) {
      throw new IllegalArgumentException(
          "round "
              + round.getValue()
              + " is already defined ("
              + known.window().source()
              + ") and the register restates it differently: "
              + String.join("; ", differences)
              + ". A known round may be restated only identically; to replace it, mark it"
              + " \"replaces\": true and cite the circular that replaces it as its source");
    }
    return this;
  }

  private Rounds with(RoundDefinition definition) {
    ImmutableSortedMap.Builder<FiscalYear, RoundDefinition> merged = ImmutableSortedMap.naturalOrder();
    definitions.forEach(
        (round, known) -> {
          if (!round.equals(definition.round())) {
            merged.put(round, known);
          }
        });
    merged.put(definition.round(), definition);
    ImmutableSortedMap<FiscalYear, RoundDefinition> all = merged.build();
    return new Rounds(
        all,
        ImmutableSet.<FiscalYear>builder().addAll(registered).add(definition.round()).build(),
        registry,
        calendarOf(all));
  }

  private static boolean citesSameSource(String replacement, String replaced) {
    String a = replacement.strip().toLowerCase(java.util.Locale.ROOT);
    String b = replaced.strip().toLowerCase(java.util.Locale.ROOT);
    return a.contains(b) || b.contains(a);
  }

  private List<String> differences(RoundDefinition known, RoundDefinition restated) {
    List<String> differences = new ArrayList<>();
    ApplicationWindow was = known.window();
    ApplicationWindow is = restated.window();
    if (!was.opensAt().equals(is.opensAt())) {
      differences.add("opening " + describe(is.opensAt()) + " instead of " + describe(was.opensAt()));
    }
    if (!was.closesAt().equals(is.closesAt())) {
      differences.add(
          "closing " + ThaiTime.atBangkok(is.closesAt()) + " instead of " + ThaiTime.atBangkok(was.closesAt()));
    }
    if (!was.channels().equals(is.channels())) {
      differences.add("channels " + is.channels() + " instead of " + was.channels());
    }
    if (!was.documents().equals(is.documents())) {
      differences.add("documents " + is.documents() + " instead of " + was.documents());
    }
    if (restated.eligibleKinds().isPresent()
        && !restated.eligibleKinds().get().equals(kindsOf(known))) {
      differences.add(
          "eligible kinds " + restated.eligibleKinds().get() + " instead of " + kindsOf(known));
    }
    if (restated.rulebook().isPresent()) {
      String usedId = rulebookOf(known).map(Rulebook::id).orElse("(none)");
      if (!restated.rulebook().get().equals(usedId)) {
        differences.add("rulebook " + restated.rulebook().get() + " instead of " + usedId);
      }
    }
    if (restated.directive().isPresent()
        && !restated.directive().equals(directiveOf(known.round()))) {
      differences.add("directive " + restated.directive().get() + " instead of "
          + directiveOf(known.round()).map(Object::toString).orElse("none"));
    }
    if (!restated.deadlines().isEmpty()
        && !deadlineKeys(restated.deadlines()).equals(deadlineKeys(known.deadlines()))) {
      differences.add(
          "deadlines " + deadlineKeys(restated.deadlines()) + " instead of " + deadlineKeys(known.deadlines()));
    }
    return differences;
  }

  private static String describe(Optional<Instant> opening) {
    return opening.map(o -> ThaiTime.atBangkok(o).toString()).orElse("(not given)");
  }

  private static ImmutableSet<OrganisationKind> kindsOf(RoundDefinition definition) {
    return definition.eligibleKinds().orElseGet(() -> ImmutableSet.copyOf(EnumSet.allOf(OrganisationKind.class)));
  }

  private static ImmutableSet<String> deadlineKeys(List<ReportingDeadline> deadlines) {
    return deadlines.stream()
        .map(d -> d.setBy() + " " + d.purpose() + " " + d.due())
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns the rounds known, earliest first.
   *
   * @return the rounds
   */
  public ImmutableSet<FiscalYear> rounds() {
    return definitions.keySet();
  }

  /**
   * Returns every definition, earliest round first.
   *
   * @return the definitions
   */
  public ImmutableList<RoundDefinition> definitions() {
    return definitions.values().asList();
  }

  /**
   * Returns the definition of a round, if known.
   *
   * @param round a round, not null
   * @return the definition, or empty
   * @throws NullPointerException if {@code round} is null
   */
  public Optional<RoundDefinition> definition(FiscalYear round) {
    return Optional.ofNullable(definitions.get(Objects.requireNonNull(round, "round")));
  }

  /**
   * Tells whether a round comes from a register (a new round or a replacement) rather than from
   * the calendar these rounds started with.
   *
   * @param round a round, not null
   * @return true if a register defined it
   * @throws NullPointerException if {@code round} is null
   */
  public boolean isRegistered(FiscalYear round) {
    return registered.contains(Objects.requireNonNull(round, "round"));
  }

  /**
   * Returns the calendar of every known round: windows and internal deadlines.
   *
   * @return the calendar
   */
  public ApplicationCalendar calendar() {
    return calendar;
  }

  /**
   * Returns the rulebook registry.
   *
   * @return the registry
   */
  public RulebookRegistry registry() {
    return registry;
  }

  /**
   * Returns the window of a round the caller expects to be known.
   *
   * @param round a round, not null
   * @return the window
   * @throws IllegalArgumentException if the round is not known; the message lists the known rounds
   * @throws NullPointerException if {@code round} is null
   */
  public ApplicationWindow windowOf(FiscalYear round) {
    return calendar.windowOf(round);
  }

  /**
   * Returns the last window a centre can apply in while a certification is valid: of the known
   * rounds, the one whose window closes latest inside the certification's validity, after its
   * first day began and no later than the end of its last day (Bangkok time). DECISION (RULES.md
   * §4, §5): the sources give no renewal rule; a window that closes after the last valid day cannot
   * keep the centre under certification, and one that closed before the certification began is
   * not a renewal. Only known rounds count: a later round's window is known once its register is.
   *
   * @param validity the days a certification is valid, not null
   * @return the window, or empty when no known window closes inside {@code validity}
   * @throws NullPointerException if {@code validity} is null
   */
  public Optional<ApplicationWindow> lastWindowWithin(DateRange validity) {
    Objects.requireNonNull(validity, "validity");
    Instant first = ThaiTime.startOfDay(validity.startInclusive());
    Instant end = ThaiTime.endOfDay(validity.endInclusive());
    ApplicationWindow last = null;
    for (RoundDefinition definition : definitions.values()) {
      ApplicationWindow window = definition.window();
      boolean inside = !window.closesAt().isBefore(first) && !window.closesAt().isAfter(end);
      if (inside && (last == null || window.closesAt().isAfter(last.closesAt()))) {
        last = window;
      }
    }
    return Optional.ofNullable(last);
  }

  /**
   * Returns the rulebook a round uses: the one its definition names, or else the registry's
   * choice for the round ({@link RulebookRegistry#forRound}).
   *
   * @param round a round, not null
   * @return the rulebook, or empty when the round names none and every rulebook starts after it
   * @throws NullPointerException if {@code round} is null
   */
  public Optional<Rulebook> rulebookOf(FiscalYear round) {
    Objects.requireNonNull(round, "round");
    RoundDefinition definition = definitions.get(round);
    return definition == null ? registry.forRound(round) : rulebookOf(definition);
  }

  /**
   * Returns the warning that a round is judged by an earlier round's rulebook (RULES.md §3,
   * DECISION): when the round's definition names no rulebook and the registry's choice for it
   * began in an earlier round. A rulebook named in the round's register entry is the user's word
   * for that round and draws no warning.
   *
   * @param round a round, not null
   * @return {@link WarningCode#RULEBOOK_OF_EARLIER_ROUND}, or empty
   * @throws NullPointerException if {@code round} is null
   */
  public Optional<Warning> rulebookWarning(FiscalYear round) {
    Objects.requireNonNull(round, "round");
    RoundDefinition definition = definitions.get(round);
    if (definition != null && definition.rulebook().isPresent()) {
      return Optional.empty();
    }
    return registry.forRound(round).flatMap(used -> Warning.rulebookOfEarlierRound(round, used));
  }

  /**
   * Returns the directive that says who must apply in a round (RULES.md §2, DECISION: nobody must
   * apply unless a round's directive says so): the one its register entry gives, else the
   * circulars' ({@link ApplyDirective#bundled}: DOPA's for round 2567).
   *
   * @param round a round, not null
   * @return the directive, or empty when the round has none
   * @throws NullPointerException if {@code round} is null
   */
  public Optional<ApplyDirective> directiveOf(FiscalYear round) {
    Objects.requireNonNull(round, "round");
    RoundDefinition definition = definitions.get(round);
    return definition != null && definition.directive().isPresent()
        ? definition.directive()
        : ApplyDirective.bundled(round);
  }

  private Optional<Rulebook> rulebookOf(RoundDefinition definition) {
    return definition.rulebook().isPresent()
        ? registry.byId(definition.rulebook().get())
        : registry.forRound(definition.round());
  }

  /**
   * Returns an eligibility policy that applies a base policy and then each round's eligible
   * kinds: a kind the round does not name gets {@link ViolationCode#INELIGIBLE_ORGANISATION},
   * citing the round's source.
   *
   * @param base the policy applied first, not null
   * @return the combined policy
   * @throws NullPointerException if {@code base} is null
   */
  public EligibilityPolicy eligibility(EligibilityPolicy base) {
    return new RoundEligibilityPolicy(Objects.requireNonNull(base, "base"), this);
  }

  /**
   * Returns the organisation kinds that may apply in a round under {@link #checker()}'s
   * eligibility: the round's own kinds and the bundled policy together (so round 2560 admits only
   * three local kinds, RULES.md §2).
   *
   * @param round a round, not null
   * @return the kinds that get no {@link ViolationCode#INELIGIBLE_ORGANISATION}, in declaration order
   * @throws NullPointerException if {@code round} is null
   */
  public ImmutableSet<OrganisationKind> admittedKinds(FiscalYear round) {
    Objects.requireNonNull(round, "round");
    EligibilityPolicy policy = eligibility(EligibilityPolicy.bundled());
    return EnumSet.allOf(OrganisationKind.class).stream()
        .filter(
            kind ->
                policy.check(round, Organisation.of(kind, false, Optional.empty(), Optional.empty())).stream()
                    .noneMatch(v -> v.code() == ViolationCode.INELIGIBLE_ORGANISATION))
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns the checker of these rounds: their calendar, the bundled eligibility policy and each
   * round's eligible kinds, and each round's rulebook ({@link #rulebookOf}) to judge the
   * self-assessment (RULES.md §3).
   *
   * @return the checker
   */
  public ApplicationChecker checker() {
    return ApplicationChecker.of(eligibility(EligibilityPolicy.bundled()), this);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Rounds
        && ((Rounds) obj).definitions.equals(definitions)
        && ((Rounds) obj).registered.equals(registered)
        && ((Rounds) obj).registry.equals(registry);
  }

  @Override
  public int hashCode() {
    return Objects.hash(definitions, registered, registry);
  }

  @Override
  public String toString() {
    return "Rounds{rounds=" + definitions.keySet() + ", registered=" + registered + ", " + registry + "}";
  }
}

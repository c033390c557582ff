package io.github.gecc.application;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import io.github.gecc.RefusalException;
import io.github.gecc.rules.Rulebook;
import io.github.gecc.rules.RulebookRegistry;
import io.github.gecc.time.DateRange;
import io.github.gecc.time.FiscalYear;
import io.github.gecc.time.ThaiTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rounds known: the one place a round is looked up. For each round it answers its window
 * ({@link #window}), its rulebook ({@link #rulebook}), who may apply ({@link #admittedKinds},
 * {@link #eligibility()}), who must apply ({@link #directive}) and its reporting cascade ({@link
 * #cascade}); across rounds it answers which windows are open at an instant ({@link #openAt},
 * {@link #openNow}) and checks applications ({@link #checker()}).
 *
 * <p>{@link #bundled()} holds the rounds of the circulars (RULES.md §4, FACT) and the round 2564
 * window of RULES.md §10, each citing its source:
 *
 * <ul>
 *   <li>2560: closes 31 Jan 2560 (2017-01-31) at the end of the day, opening not stated; by post or
 *       in person <em>and</em> by e-mail, a Word and a PDF file, DLA นท 0812/694, round 2560;
 *   <li>2564: 1 Jan – 28 Feb 2564 (2021), online (§10);
 *   <li>2565: 1 Jan – 28 Feb 2565 (2022), online, "GECC Online", DLA มท 0810.7/ว, Dec 2564, with
 *       DLA's incentive survey due 31 Jan 2565;
 *   <li>2567: 8 Jan 2567 08:30 – 29 Feb 2567 16:30 (2024), online, "GECC Online", DOPA มท 0305.1/ว
 *       1660, 18 Jan 2567, with DOPA's account report (19 Jan 2567) and report of district offices
 *       that applied (28 Feb 2567 12:00), Sakon Nakhon's report date for its districts (27 Feb
 *       2567, สน 0018.1/ว 1532, 26 Jan 2567) and DOPA's directive to its district offices.
 * </ul>
 *
 * <p>DECISION: the online rounds require the channel {@link Channel#ONLINE} and no document files
 * (the form is filled in online; the sources name no file format for them).
 *
 * <p>Rounds are data (RULES.md 4.14): {@link #plus(RoundDefinition)} adds one round, {@link
 * #plus(List)} merges a round register that operators write from each year's circular, {@link
 * #withRulebooks} and {@link #withEligibility} replace the rulebooks and the eligibility policy.
 * Every rulebook a round names must be registered and start no later than the round (RULES.md
 * 4.17), and a known round may be restated only identically (the same opening, closing, channels
 * and documents; eligible kinds, rulebook, directive and deadlines either left out or the same).
 * Replacing a known round needs {@link RoundDefinition#replaces()} with a source of its own; a
 * replacement of a round nobody defined is refused too (RULES.md 4.16). Nothing is overridden
 * silently. Every refusal is a {@link RefusalException} naming its RULES.md row.
 *
 * <p>DECISION: a restatement may word its source differently (it cites the same circular);
 * deadlines are the same when they agree on who set them, their purpose and their due instant. A
 * replacement's source cites the circular it replaces when either source contains the other
 * (ignoring case and surrounding spaces), and is then refused.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Rounds {

  private static final Rounds BUNDLED = bundledRounds();

  private final ImmutableSortedMap<FiscalYear, RoundDefinition> definitions;
  private final ImmutableSet<FiscalYear> registered;
  private final RulebookRegistry rulebooks;
  private final EligibilityPolicy base;

  private Rounds(
      ImmutableSortedMap<FiscalYear, RoundDefinition> definitions,
      ImmutableSet<FiscalYear> registered,
      RulebookRegistry rulebooks,
      EligibilityPolicy base) {
    this.definitions = definitions;
    this.registered = registered;
    this.rulebooks = rulebooks;
    this.base = base;
  }

  /**
   * Returns the rounds of the circulars (see the class comment), judged by the bundled rulebooks
   * ({@link RulebookRegistry#bundled()}) under the bundled eligibility policy ({@link
   * EligibilityPolicy#bundled()}).
   *
   * @return the bundled rounds
   */
  public static Rounds bundled() {
    return BUNDLED;
  }

  /**
   * Returns no round, judged by some rulebooks under the bundled eligibility policy: the start of a
   * host that states every round itself.
   *
   * @param rulebooks the registered rulebooks, not null
   * @return rounds without any round
   * @throws NullPointerException if {@code rulebooks} is null
   */
  public static Rounds empty(RulebookRegistry rulebooks) {
    return new Rounds(
        ImmutableSortedMap.of(),
        ImmutableSet.of(),
        Objects.requireNonNull(rulebooks, "rulebooks"),
        EligibilityPolicy.bundled());
  }

  private static Rounds bundledRounds() {
    ImmutableSet<Channel> online = ImmutableSet.of(Channel.ONLINE);
    FiscalYear r2565 = FiscalYear.of(2565);
    FiscalYear r2567 = FiscalYear.of(2567);
    List<RoundDefinition> circulars =
        List.of(
            RoundDefinition.of(
                ApplicationWindow.ofLastDay(
                    FiscalYear.of(2560),
                    LocalDate.of(2017, 1, 31),
                    ImmutableSet.of(Channel.POST_OR_IN_PERSON, Channel.EMAIL),
                    ImmutableSet.of(DocumentFormat.WORD, DocumentFormat.PDF),
                    "DLA นท 0812/694, round 2560; RULES.md §4 (FACT)")),
            RoundDefinition.of(
                ApplicationWindow.ofDays(
                    FiscalYear.of(2564),
                    LocalDate.of(2021, 1, 1),
                    LocalDate.of(2021, 2, 28),
                    online,
                    ImmutableSet.of(),
                    "RULES.md §10 (public agency pages)")),
            RoundDefinition.builder(
                    ApplicationWindow.ofDays(
                        r2565,
                        LocalDate.of(2022, 1, 1),
                        LocalDate.of(2022, 2, 28),
                        online,
                        ImmutableSet.of(),
                        "DLA มท 0810.7/ว, Dec 2564; RULES.md §4 (FACT)"))
                .deadlines(
                    List.of(
                        ReportingDeadline.onDay(
                                r2565,
                                ReportingCascade.DLA,
                                DeadlinePurpose.SURVEY,
                                LocalDate.of(2022, 1, 31),
                                "answer the incentive survey",
                                "DLA มท 0810.7/ว, Dec 2564 (item 2); RULES.md §4 (FACT)")
                            .reported(ReportingCascade.PROVINCE, ReportingCascade.DLA)))
                .build(),
            RoundDefinition.builder(
                    ApplicationWindow.ofTimes(
                        r2567,
                        LocalDateTime.of(2024, 1, 8, 8, 30),
                        LocalDateTime.of(2024, 2, 29, 16, 30),
                        online,
                        ImmutableSet.of(),
                        "DOPA มท 0305.1/ว 1660, 18 Jan 2567; RULES.md §4 (FACT)"))
                .deadlines(
                    List.of(
                        ReportingDeadline.onDay(
                                r2567,
                                ReportingCascade.DOPA,
                                DeadlinePurpose.ACCOUNT_REPORT,
                                LocalDate.of(2024, 1, 19),
                                "the province collects the district offices' online accounts"
                                    + " (username, e-mail) and reports them to DOPA",
                                "DOPA มท 0305.1/ว 1660, 18 Jan 2567 (item ๒); RULES.md §4 (FACT)")
                            .reported(ReportingCascade.PROVINCE, ReportingCascade.DOPA),
                        ReportingDeadline.onDay(
                                r2567,
                                ReportingCascade.SAKON_NAKHON,
                                DeadlinePurpose.APPLICATION_REPORT,
                                LocalDate.of(2024, 2, 27),
                                "district offices that applied online report so to the province",
                                "Sakon Nakhon สน 0018.1/ว 1532, 26 Jan 2567 (item ๓); RULES.md §4"
                                    + " (FACT)")
                            .reported(
                                ReportingCascade.DISTRICT_OFFICE, ReportingCascade.SAKON_NAKHON),
                        ReportingDeadline.at(
                                r2567,
                                ReportingCascade.DOPA,
                                DeadlinePurpose.APPLICATION_REPORT,
                                LocalDateTime.of(2024, 2, 28, 12, 0),
                                "the province collects the list of district offices that applied"
                                    + " and reports it to DOPA",
                                "DOPA มท 0305.1/ว 1660, 18 Jan 2567 (item ๔); RULES.md §4 (FACT)")
                            .reported(ReportingCascade.PROVINCE, ReportingCascade.DOPA)))
                .directive(ApplyDirective.dopaDistrictOffices2567())
                .build());
    ImmutableSortedMap.Builder<FiscalYear, RoundDefinition> byRound =
        ImmutableSortedMap.naturalOrder();
    circulars.forEach(definition -> byRound.put(definition.round(), definition));
    return new Rounds(
        byRound.build(),
        ImmutableSet.of(),
        RulebookRegistry.bundled(),
        EligibilityPolicy.bundled());
  }

  /**
   * Returns these rounds judged by other rulebooks: every rulebook a round names must be in the new
   * registry and start no later than the round (RULES.md 4.17).
   *
   * @param rulebooks the registered rulebooks, not null
   * @return the rounds with those rulebooks
   * @throws RefusalException (4.17) at the round's rulebook field if a round names a rulebook the
   *     registry does not hold or one that starts after the round
   * @throws NullPointerException if {@code rulebooks} is null
   */
  public Rounds withRulebooks(RulebookRegistry rulebooks) {
    Objects.requireNonNull(rulebooks, "rulebooks");
    for (RoundDefinition definition : definitions.values()) {
      checkRulebook(definition, rulebooks);
    }
    return new Rounds(definitions, registered, rulebooks, base);
  }

  /**
   * Returns these rounds under another eligibility policy, applied before each round's own eligible
   * kinds (RULES.md 4.17): a host with better knowledge of a round plugs its own here.
   *
   * @param policy the policy applied first, not null
   * @return the rounds with that policy
   * @throws NullPointerException if {@code policy} is null
   */
  public Rounds withEligibility(EligibilityPolicy policy) {
    return new Rounds(definitions, registered, rulebooks, Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Returns these rounds with a round register merged over them: the definitions in the order
   * listed, each round listed once (RULES.md 4.16), each merged as {@link #plus(RoundDefinition)}
   * merges it.
   *
   * @param register the definitions, not null, possibly empty
   * @return the merged rounds
   * @throws RefusalException (4.16, 4.17) if a definition is refused; its path starts with {@code
   *     rounds[i]}, the definition's index in the register
   * @throws NullPointerException if {@code register} or one of its definitions is null
   */
  public Rounds plus(List<RoundDefinition> register) {
    Map<FiscalYear, RoundDefinition> listed = new HashMap<>();
    Rounds merged = this;
    for (int i = 0; i < register.size(); i++) {
      RoundDefinition definition = Objects.requireNonNull(register.get(i), "definition");
      RoundDefinition first = listed.putIfAbsent(definition.round(), definition);
      try {
        if (first != null) {
          throw RefusalException.of(
                  "4.16",
                  definition.round().getValue(),
                  "round "
                      + definition.round().getValue()
                      + " is listed twice in the register (first with source '"
                      + first.window().source()
                      + "'); list each round once",
                  "รอบ "
                      + definition.round().getValue()
                      + " ระบุซ้ำในทะเบียนรอบ (ครั้งแรกอ้างอิง '"
                      + first.window().source()
                      + "') ระบุแต่ละรอบได้ครั้งเดียว")
              .at("round");
        }
        merged = merged.plus(definition);
      } catch (RefusalException e) {
        throw e.at("rounds", i);
      }
    }
    return merged;
  }

  /**
   * Returns these rounds with one more definition: a new round, an identical restatement of a known
   * round (which changes nothing), or an explicit replacement.
   *
   * @param definition the definition, not null
   * @return the merged rounds
   * @throws RefusalException (4.17) at {@code rulebook} if it names a rulebook the registry does
   *     not hold or one whose first round is after the round; (4.16) if it restates a known round
   *     differently without {@code replaces}, replaces a round with the same source as the one it
   *     replaces, or replaces a round nobody defined
   * @throws NullPointerException if {@code definition} is null
   */
  public Rounds plus(RoundDefinition definition) {
    Objects.requireNonNull(definition, "definition");
    checkRulebook(definition, rulebooks);
    FiscalYear round = definition.round();
    int year = round.getValue();
    RoundDefinition known = definitions.get(round);
    if (known == null) {
      if (definition.replaces()) {
        throw RefusalException.of(
                "4.16",
                true,
                "round "
                    + year
                    + " is marked as a replacement, but no round "
                    + year
                    + " is known to replace; leave out replaces for a new round",
                "รอบ "
                    + year
                    + " ระบุว่าแทนที่รอบเดิม แต่ไม่มีรอบ "
                    + year
                    + " ที่รู้จักให้แทนที่ สำหรับรอบใหม่ให้ตัด replaces ออก")
            .at("replaces");
      }
      return with(definition);
    }
    if (definition.replaces()) {
      if (citesSameSource(definition.window().source(), known.window().source())) {
        throw RefusalException.of(
                "4.16",
                definition.window().source(),
                "the replacement of round "
                    + year
                    + " cites the source of the round it replaces ('"
                    + known.window().source()
                    + "'); a replacement cites the circular that replaces it",
                "รอบ "
                    + year
                    + " ที่แทนที่รอบเดิมอ้างอิงหนังสือเดียวกับรอบเดิม ('"
                    + known.window().source()
                    + "') รอบที่แทนที่ต้องอ้างอิงหนังสือเวียนฉบับที่แทนที่")
            .at("source");
      }
      return with(definition);
    }
    List<String> differences = differences(known, definition);
    if (!differences.isEmpty()) {
      String listed = String.join("; ", differences);
      throw RefusalException.of(
          "4.16",
          year,
          "round "
              + year
              + " is already defined ("
              + known.window().source()
              + ") and the register restates it differently: "
              + listed
              + ". A known round may be restated only identically; to replace it, mark it"
              + " \"replaces\": true and cite the circular that replaces it as its source",
          "รอบ "
              + year
              + " มีอยู่แล้ว ("
              + known.window().source()
              + ") แต่ทะเบียนรอบระบุต่างออกไป: "
              + listed
              + " รอบที่รู้จักแล้วระบุซ้ำได้เฉพาะเมื่อเหมือนเดิมทุกประการ หากจะแทนที่ให้ระบุ"
              + " \"replaces\": true และอ้างอิงหนังสือเวียนฉบับที่แทนที่");
    }
    return this;
  }

  private static void checkRulebook(RoundDefinition definition, RulebookRegistry rulebooks) {
    if (definition.rulebook().isEmpty()) {
      return;
    }
    String id = definition.rulebook().get();
    int year = definition.round().getValue();
    Optional<Rulebook> named = rulebooks.byId(id);
    if (named.isEmpty()) {
      String known = rulebooks.all().stream().map(Rulebook::id).collect(Collectors.joining(", "));
      throw RefusalException.of(
              "4.17",
              id,
              "round "
                  + year
                  + " names rulebook '"
                  + id
                  + "', which is not registered; known rulebooks are "
                  + known,
              "รอบ "
                  + year
                  + " ระบุเกณฑ์ '"
                  + id
                  + "' ซึ่งไม่ได้ลงทะเบียนไว้ เกณฑ์ที่รู้จักคือ "
                  + known)
          .at("rulebook");
    }
    if (named.get().firstRound().compareTo(definition.round()) > 0) {
      int first = named.get().firstRound().getValue();
      throw RefusalException.of(
              "4.17",
              id,
              "round "
                  + year
                  + " names rulebook '"
                  + id
                  + "', whose first round is "
                  + first
                  + ", after it; a round uses a rulebook from its first round on",
              "รอบ "
                  + year
                  + " ระบุเกณฑ์ '"
                  + id
                  + "' ซึ่งเริ่มใช้ในรอบ "
                  + first
                  + " หลังรอบนี้ รอบหนึ่งใช้เกณฑ์ได้ตั้งแต่รอบแรกของเกณฑ์นั้นเป็นต้นไป")
          .at("rulebook");
    }
  }

  private Rounds with(RoundDefinition definition) {
    ImmutableSortedMap.Builder<FiscalYear, RoundDefinition> merged =
        ImmutableSortedMap.naturalOrder();
    definitions.forEach(
        (round, known) -> {
          if (!round.equals(definition.round())) {
            merged.put(round, known);
          }
        });
    merged.put(definition.round(), definition);
    return new Rounds(
        merged.build(),
        ImmutableSet.<FiscalYear>builder().addAll(registered).add(definition.round()).build(),
        rulebooks,
        base);
  }

  private static boolean citesSameSource(String replacement, String replaced) {
    String a = replacement.strip().toLowerCase(Locale.ROOT);
    String b = replaced.strip().toLowerCase(Locale.ROOT);
    return a.contains(b) || b.contains(a);
  }

  private List<String> differences(RoundDefinition known, RoundDefinition restated) {
    List<String> differences = new ArrayList<>();
    ApplicationWindow was = known.window();
    ApplicationWindow is = restated.window();
    if (!was.opensAt().equals(is.opensAt())) {
      differences.add(
          "opening " + describe(is.opensAt()) + " instead of " + describe(was.opensAt()));
    }
    if (!was.closesAt().equals(is.closesAt())) {
      differences.add(
          "closing "
              + ThaiTime.atBangkok(is.closesAt())
              + " instead of "
              + ThaiTime.atBangkok(was.closesAt()));
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
    if (restated.directive().isPresent() && !restated.directive().equals(known.directive())) {
      differences.add(
          "directive "
              + restated.directive().get()
              + " instead of "
              + known.directive().map(Object::toString).orElse("none"));
    }
    if (!restated.deadlines().isEmpty()
        && !deadlineKeys(restated.deadlines()).equals(deadlineKeys(known.deadlines()))) {
      differences.add(
          "deadlines "
              + deadlineKeys(restated.deadlines())
              + " instead of "
              + deadlineKeys(known.deadlines()));
    }
    return differences;
  }

  private static String describe(Optional<Instant> opening) {
    return opening.map(o -> ThaiTime.atBangkok(o).toString()).orElse("(not given)");
  }

  private static ImmutableSet<OrganisationKind> kindsOf(RoundDefinition definition) {
    return definition
        .eligibleKinds()
        .orElseGet(() -> ImmutableSet.copyOf(EnumSet.allOf(OrganisationKind.class)));
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
   * Tells whether a round comes from a register (a new round or a replacement) rather than from the
   * rounds these started with.
   *
   * @param round a round, not null
   * @return true if a register defined it
   * @throws NullPointerException if {@code round} is null
   */
  public boolean isRegistered(FiscalYear round) {
    return registered.contains(Objects.requireNonNull(round, "round"));
  }

  /**
   * Returns the registered rulebooks.
   *
   * @return the registry
   */
  public RulebookRegistry rulebooks() {
    return rulebooks;
  }

  /**
   * Returns the window of a round, if known.
   *
   * @param round a round, not null
   * @return the window, or empty
   * @throws NullPointerException if {@code round} is null
   */
  public Optional<ApplicationWindow> window(FiscalYear round) {
    return definition(round).map(RoundDefinition::window);
  }

  /**
   * Returns the window of a round that must be known: the lookup to use where a round not known is
   * the caller's mistake.
   *
   * @param round a round, not null
   * @return the window
   * @throws RefusalException (4.14) if the round is not known; the message names the rounds known
   * @throws NullPointerException if {@code round} is null
   */
  public ApplicationWindow windowOf(FiscalYear round) {
    RoundDefinition definition = definitions.get(Objects.requireNonNull(round, "round"));
    if (definition == null) {
      throw unknown(round);
    }
    return definition.window();
  }

  /** The refusal of a round not known, naming the rounds known (RULES.md 4.14). */
  private RefusalException unknown(FiscalYear round) {
    String known =
        definitions.keySet().stream()
            .map(r -> Integer.toString(r.getValue()))
            .collect(Collectors.joining(", "));
    return RefusalException.of(
        "4.14",
        round.getValue(),
        "no application window is known for round "
            + round.getValue()
            + "; known rounds are "
            + known,
        "ไม่รู้จักช่วงเวลารับสมัครของรอบ " + round.getValue() + " รอบที่รู้จักคือ " + known);
  }

  /**
   * Returns the reporting cascade of a round: its window and the internal reporting deadlines of
   * its chain, earliest first (RULES.md 4.6, 4.7).
   *
   * @param round a round, not null
   * @return the cascade, or empty when the round is not known
   * @throws NullPointerException if {@code round} is null
   */
  public Optional<ReportingCascade> cascade(FiscalYear round) {
    return definition(round).map(d -> ReportingCascade.of(d.window(), d.deadlines()));
  }

  /**
   * Returns the windows open at an instant (RULES.md 4.10), earliest round first: usually none or
   * one; two when a round's window opens before the previous round's has closed.
   *
   * @param instant any instant, not null
   * @return the open windows
   * @throws NullPointerException if {@code instant} is null
   */
  public ImmutableList<ApplicationWindow> openAt(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return definitions.values().stream()
        .map(RoundDefinition::window)
        .filter(window -> window.isOpenAt(instant))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the windows open now, by a clock (RULES.md 4.10).
   *
   * @param clock the clock to read, not null
   * @return the open windows, earliest round first
   * @throws NullPointerException if {@code clock} is null
   */
  public ImmutableList<ApplicationWindow> openNow(Clock clock) {
    return openAt(clock.instant());
  }

  /**
   * Returns the last window a centre can apply in while a certification is valid: of the known
   * rounds, the one whose window closes latest inside the certification's validity, after its first
   * day began and no later than the end of its last day (Bangkok time). DECISION (RULES.md 5.6):
   * the sources give no renewal rule; a window that closes after the last valid day cannot keep the
   * centre under certification, and one that closed before the certification began is not a
   * renewal. Only known rounds count: a later round's window is known once its register is.
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
   * Returns the rulebook a round uses (RULES.md 3.8): the one its definition names, or else the
   * registry's choice for the round ({@link RulebookRegistry#forRound}).
   *
   * @param round a round, not null
   * @return the rulebook, or empty when the round names none and every rulebook starts after it
   * @throws NullPointerException if {@code round} is null
   */
  public Optional<Rulebook> rulebook(FiscalYear round) {
    Objects.requireNonNull(round, "round");
    RoundDefinition definition = definitions.get(round);
    return definition == null ? rulebooks.forRound(round) : rulebookOf(definition);
  }

  /**
   * Returns the rulebook a round uses ({@link #rulebook(FiscalYear)}), refusing a round that has
   * none (RULES.md 3.14): one whose definition names no rulebook and before every registered
   * rulebook's first round.
   *
   * @param round a round, not null
   * @return the rulebook
   * @throws RefusalException (3.14) if no rulebook applies to the round
   * @throws NullPointerException if {@code round} is null
   */
  public Rulebook requireRulebook(FiscalYear round) {
    return rulebook(round)
        .orElseThrow(
            () ->
                RefusalException.of(
                    "3.14",
                    round.getValue(),
                    "no registered rulebook applies to round "
                        + round.getValue()
                        + "; every registered rulebook starts after it",
                    "ไม่มีเกณฑ์ที่ลงทะเบียนไว้ใช้กับรอบ "
                        + round.getValue()
                        + " เกณฑ์ที่ลงทะเบียนทุกฉบับเริ่มใช้หลังรอบนี้"));
  }

  /**
   * Returns the warning that a round is judged by an earlier round's rulebook (RULES.md 3.18,
   * DECISION): when the round's definition names no rulebook and the registry's choice for it began
   * in an earlier round. A rulebook named in the round's register entry is the user's word for that
   * round and draws no warning.
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
    return rulebooks.forRound(round).flatMap(used -> Warning.rulebookOfEarlierRound(round, used));
  }

  /**
   * Returns the directive that says who must apply in a round (RULES.md 2.3, DECISION: nobody must
   * apply unless a round's directive says so): the one its definition gives; the bundled round 2567
   * gives DOPA's ({@link ApplyDirective#dopaDistrictOffices2567()}).
   *
   * @param round a round, not null
   * @return the directive, or empty when the round has none or is not known
   * @throws NullPointerException if {@code round} is null
   */
  public Optional<ApplyDirective> directive(FiscalYear round) {
    return definition(round).flatMap(RoundDefinition::directive);
  }

  private Optional<Rulebook> rulebookOf(RoundDefinition definition) {
    return definition.rulebook().isPresent()
        ? rulebooks.byId(definition.rulebook().get())
        : rulebooks.forRound(definition.round());
  }

  /**
   * Returns the eligibility of these rounds: the eligibility policy ({@link
   * EligibilityPolicy#bundled()} unless {@link #withEligibility} replaced it) and then each round's
   * eligible kinds; a kind the round does not name gets {@link
   * ViolationCode#INELIGIBLE_ORGANISATION}, citing the round's source (RULES.md 4.17).
   *
   * @return the combined policy
   */
  public EligibilityPolicy eligibility() {
    return new RoundEligibilityPolicy(base, this);
  }

  /**
   * Returns the organisation kinds that may apply in a round under {@link #eligibility()}: the
   * round's own kinds and the policy together (so round 2560 admits only three local kinds,
   * RULES.md 2.8, 2.11).
   *
   * @param round a round, not null
   * @return the kinds that get no {@link ViolationCode#INELIGIBLE_ORGANISATION}, in declaration
   *     order
   * @throws NullPointerException if {@code round} is null
   */
  public ImmutableSet<OrganisationKind> admittedKinds(FiscalYear round) {
    Objects.requireNonNull(round, "round");
    EligibilityPolicy policy = eligibility();
    return EnumSet.allOf(OrganisationKind.class).stream()
        .filter(
            kind ->
                policy.check(round, Organisation.of(kind, false)).stream()
                    .noneMatch(v -> v.code() == ViolationCode.INELIGIBLE_ORGANISATION))
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns the checker of these rounds: each round's window, {@link #eligibility()}, and each
   * round's rulebook ({@link #rulebook}) to judge the self-assessment (RULES.md 3.8).
   *
   * @return the checker
   */
  public ApplicationChecker checker() {
    return new ApplicationChecker(this);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Rounds
        && ((Rounds) obj).definitions.equals(definitions)
        && ((Rounds) obj).registered.equals(registered)
        && ((Rounds) obj).rulebooks.equals(rulebooks)
        && ((Rounds) obj).base.equals(base);
  }

  @Override
  public int hashCode() {
    return Objects.hash(definitions, registered, rulebooks, base);
  }

  @Override
  public String toString() {
    return "Rounds{rounds="
        + definitions.keySet()
        + ", registered="
        + registered
        + ", "
        + rulebooks
        + "}";
  }
}

package io.github.gecc.certification;

import com.google.common.collect.ImmutableList;
import io.github.gecc.time.DateRange;
import io.github.gecc.time.FiscalYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The national portfolio: many centres, each with its certifications and reports, under one
 * {@link LifecyclePolicy}, and the questions a national office asks of it as of a date.
 *
 * <p>Designed for 100,000 centres and more: creation computes every centre's schedule once and
 * keeps it in a few primitive arrays (validity as epoch days, each obligation as a period number,
 * a due day and a submission day); every question is then one linear pass over those arrays, and
 * only the rows of the answer become objects. No question compares centres with each other.
 *
 * <p>Every answer equals that of the centres' {@link CentreLifecycle}s asked one by one, in
 * centre-id order (String natural order). DECISIONS: two centres with the same id are refused;
 * {@link #overdue} is ordered by centre id, then fiscal year, then {@code H1} before {@code FY};
 * {@link #fallingDue} by due day, then centre id, then period; {@link #expiringWithin} by last
 * valid day, then centre id, then round.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <p>Implements the national questions of RULES.md §4 (FACT: units not certified in either of the
 * two previous rounds must apply) and §5–§6 (validity and overdue reports).
 */
public final class Portfolio {

  private static final int NO_REPORT = Integer.MIN_VALUE;

  private final LifecyclePolicy policy;
  private final Centre[] centres;
  private final String[] ids;
  // Certification validity per centre: entries certOffset[i] .. certOffset[i + 1] - 1.
  private final int[] certOffset;
  private final int[] certRound;
  private final int[] certFrom;
  private final int[] certUntil;
  // Obligations per centre, in period order: entries obOffset[i] .. obOffset[i + 1] - 1.
  private final int[] obOffset;
  private final int[] obPeriod;
  private final int[] obDue;
  private final int[] obSubmitted;

  private Portfolio(LifecyclePolicy policy, CentreLifecycle[] lifecycles) {
    this.policy = policy;
    this.centres = new Centre[lifecycles.length];
    this.ids = new String[centres.length];
    this.certOffset = new int[centres.length + 1];
    this.obOffset = new int[centres.length + 1];
    IntList rounds = new IntList();
    IntList from = new IntList();
    IntList until = new IntList();
    IntList periods = new IntList();
    IntList due = new IntList();
    IntList submitted = new IntList();
    for (int i = 0; i < centres.length; i++) {
      CentreLifecycle lifecycle = lifecycles[i];
      Centre centre = lifecycle.centre();
      centres[i] = centre;
      ids[i] = centre.id();
      for (Certification certification : centre.history().certifications()) {
        DateRange validity = certification.validity(policy.validity());
        rounds.add(certification.round().getValue());
        from.add(epochDay(validity.startInclusive()));
        until.add(epochDay(validity.endInclusive()));
      }
      certOffset[i + 1] = rounds.size();
      for (Obligation obligation : lifecycle.schedule().obligations()) {
        periods.add(obligation.period().ordinal());
        due.add(epochDay(obligation.due()));
        Optional<MaintenanceReport> report = centre.reportFor(obligation.period());
        submitted.add(report.isPresent() ? epochDay(report.get().submittedOn()) : NO_REPORT);
      }
      obOffset[i + 1] = periods.size();
    }
    this.certRound = rounds.toArray();
    this.certFrom = from.toArray();
    this.certUntil = until.toArray();
    this.obPeriod = periods.toArray();
    this.obDue = due.toArray();
    this.obSubmitted = submitted.toArray();
  }

  /**
   * Returns the portfolio of some centres under policies.
   *
   * @param centres the centres, in any order, not null
   * @param policy the validity and report policies, not null
   * @return the portfolio, centres in id order
   * @throws IllegalArgumentException if two centres share an id, or a centre has a report for a
   *     period its schedule does not hold
   * @throws IllegalStateException if the validity policy gives a last valid day before a
   *     certification date
   * @throws NullPointerException if an argument or an element is null
   */
  public static Portfolio of(Iterable<Centre> centres, LifecyclePolicy policy) {
    Objects.requireNonNull(policy, "policy");
    List<Centre> list = new ArrayList<>();
    for (Centre centre : centres) {
      list.add(Objects.requireNonNull(centre, "centre"));
    }
    Centre[] sorted = list.toArray(new Centre[0]);
    Arrays.sort(sorted, Comparator.comparing(Centre::id));
    checkUnique(sorted, Centre::id);
    CentreLifecycle[] lifecycles = new CentreLifecycle[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      lifecycles[i] = CentreLifecycle.of(sorted[i], policy);
    }
    return new Portfolio(policy, lifecycles);
  }

  /**
   * Returns the portfolio of centres already placed under the policies, for example by a reader
   * that checked each centre's reports against its schedule: their schedules are not computed
   * again. Equal to {@code of(centres, policy)} for the lifecycles' centres.
   *
   * @param lifecycles the centres under {@code policy}, in any order, not null
   * @param policy the validity and report policies, not null
   * @return the portfolio, centres in id order
   * @throws IllegalArgumentException if two centres share an id, or a lifecycle is under other
   *     policies
   * @throws NullPointerException if an argument or an element is null
   */
  public static Portfolio ofLifecycles(Iterable<CentreLifecycle> lifecycles, LifecyclePolicy policy) {
    Objects.requireNonNull(policy, "policy");
    List<CentreLifecycle> list = new ArrayList<>();
    for (CentreLifecycle lifecycle : lifecycles) {
      list.add(Objects.requireNonNull(lifecycle, "lifecycle"));
    }
    CentreLifecycle[] sorted = list.toArray(new CentreLifecycle[0]);
    Arrays.sort(sorted, Comparator.comparing(lifecycle -> lifecycle.centre().id()));
    checkUnique(sorted, lifecycle -> lifecycle.centre().id());
    for (CentreLifecycle lifecycle : sorted) {
      if (!lifecycle.policy().equals(policy)) {
        throw new IllegalArgumentException(
            "centre '" + lifecycle.centre().id() + "' is under other policies than the portfolio's");
      }
    }
    return new Portfolio(policy, sorted);
  }

  private static <T> void checkUnique(T[] sorted, Function<T, String> id) {
    for (int i = 1; i < sorted.length; i++) {
      if (id.apply(sorted[i]).equals(id.apply(sorted[i - 1]))) {
        throw new IllegalArgumentException(
            "centre id '" + id.apply(sorted[i]) + "' appears twice in the portfolio; centre ids are unique");
      }
    }
  }

  /**
   * Returns the policies.
   *
   * @return the policies
   */
  public LifecyclePolicy policy() {
    return policy;
  }

  /**
   * Returns the number of centres.
   *
   * @return the size
   */
  public int size() {
    return centres.length;
  }

  /**
   * Returns the centres.
   *
   * @return the centres in id order
   */
  public ImmutableList<Centre> centres() {
    return ImmutableList.copyOf(centres);
  }

  /**
   * Returns one centre under the portfolio's policies.
   *
   * @param id a centre id, not null
   * @return the centre's lifecycle, or empty if no centre has the id
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<CentreLifecycle> lifecycle(String id) {
    int index = Arrays.binarySearch(ids, Objects.requireNonNull(id, "id"));
    return index < 0 ? Optional.empty() : Optional.of(CentreLifecycle.of(centres[index], policy));
  }

  /**
   * Returns the ids of the centres under certification on a date (some certification valid).
   *
   * @param asOf the date, not null
   * @return the ids, sorted
   * @throws NullPointerException if {@code asOf} is null
   */
  public ImmutableList<String> underCertification(LocalDate asOf) {
    int day = epochDay(asOf);
    ImmutableList.Builder<String> under = ImmutableList.builder();
    for (int i = 0; i < centres.length; i++) {
      if (covered(i, day)) {
        under.add(ids[i]);
      }
    }
    return under.build();
  }

  /**
   * Counts the centres under certification on a date.
   *
   * @param asOf the date, not null
   * @return the count
   * @throws NullPointerException if {@code asOf} is null
   */
  public int countUnderCertification(LocalDate asOf) {
    int day = epochDay(asOf);
    int count = 0;
    for (int i = 0; i < centres.length; i++) {
      if (covered(i, day)) {
        count++;
      }
    }
    return count;
  }

  private boolean covered(int centre, int day) {
    for (int c = certOffset[centre]; c < certOffset[centre + 1]; c++) {
      if (certFrom[c] <= day && day <= certUntil[c]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the centres that must apply in a round (RULES.md §4, FACT): those certified in
   * neither of the two rounds before it.
   *
   * @param round the round, not null
   * @return the ids, sorted
   * @throws NullPointerException if {@code round} is null
   */
  public ImmutableList<String> mustApply(FiscalYear round) {
    int value = round.getValue();
    ImmutableList.Builder<String> must = ImmutableList.builder();
    for (int i = 0; i < centres.length; i++) {
      boolean recent = false;
      for (int c = certOffset[i]; c < certOffset[i + 1] && !recent; c++) {
        recent = certRound[c] == value - 1 || certRound[c] == value - 2;
      }
      if (!recent) {
        must.add(ids[i]);
      }
    }
    return must.build();
  }

  /**
   * Returns every obligation {@code MISSING} as of a date.
   *
   * @param asOf the date, not null
   * @return the rows, by centre id, then fiscal year, then {@code H1} before {@code FY}
   * @throws NullPointerException if {@code asOf} is null
   */
  public ImmutableList<CentreObligation> overdue(LocalDate asOf) {
    int day = epochDay(asOf);
    ImmutableList.Builder<CentreObligation> overdue = ImmutableList.builder();
    for (int i = 0; i < centres.length; i++) {
      for (int o = obOffset[i]; o < obOffset[i + 1]; o++) {
        if (status(o, day) == ReportStatus.MISSING) {
          overdue.add(row(i, o, asOf));
        }
      }
    }
    return overdue.build();
  }

  /**
   * Counts the obligations of each status as of a date.
   *
   * @param asOf the date, not null
   * @return counts indexed by {@link ReportStatus#ordinal()}
   * @throws NullPointerException if {@code asOf} is null
   */
  public int[] countByStatus(LocalDate asOf) {
    int day = epochDay(asOf);
    int[] counts = new int[ReportStatus.values().length];
    for (int o = 0; o < obPeriod.length; o++) {
      counts[status(o, day).ordinal()]++;
    }
    return counts;
  }

  /**
   * Returns the obligations whose due day lies in a range, judged as of a date.
   *
   * @param asOf the date the statuses are judged on, not null
   * @param dueIn the range of due days, not null
   * @return the rows, by due day, then centre id, then period
   * @throws NullPointerException if an argument is null
   */
  public ImmutableList<CentreObligation> fallingDue(LocalDate asOf, DateRange dueIn) {
    Objects.requireNonNull(asOf, "asOf");
    int first = epochDay(dueIn.startInclusive());
    int last = epochDay(dueIn.endInclusive());
    IntList centreOf = new IntList();
    IntList rows = new IntList();
    for (int i = 0; i < centres.length; i++) {
      for (int o = obOffset[i]; o < obOffset[i + 1]; o++) {
        if (first <= obDue[o] && obDue[o] <= last) {
          centreOf.add(i);
          rows.add(o);
        }
      }
    }
    Integer[] order = sequence(rows.size());
    // Rows are already in centre, then period order; a stable sort by due day keeps that order.
    Arrays.sort(order, Comparator.comparingInt(k -> obDue[rows.get(k)]));
    ImmutableList.Builder<CentreObligation> due = ImmutableList.builderWithExpectedSize(order.length);
    for (Integer k : order) {
      due.add(row(centreOf.get(k), rows.get(k), asOf));
    }
    return due.build();
  }

  /**
   * Returns the certifications valid on a date whose last valid day is at most a number of days
   * later.
   *
   * @param asOf the date, not null
   * @param days the horizon in days, at least 0 (0: expires on {@code asOf})
   * @return the certifications, by last valid day, then centre id, then round
   * @throws IllegalArgumentException if {@code days} is negative
   * @throws NullPointerException if {@code asOf} is null
   */
  public ImmutableList<Certification> expiringWithin(LocalDate asOf, int days) {
    checkDays(days);
    int day = epochDay(asOf);
    long horizon = (long) day + days;
    IntList centreOf = new IntList();
    IntList rows = new IntList();
    for (int i = 0; i < centres.length; i++) {
      for (int c = certOffset[i]; c < certOffset[i + 1]; c++) {
        if (certFrom[c] <= day && day <= certUntil[c] && certUntil[c] <= horizon) {
          centreOf.add(i);
          rows.add(c);
        }
      }
    }
    Integer[] order = sequence(rows.size());
    Arrays.sort(order, Comparator.comparingInt(k -> certUntil[rows.get(k)]));
    ImmutableList.Builder<Certification> expiring = ImmutableList.builderWithExpectedSize(order.length);
    for (Integer k : order) {
      int centre = centreOf.get(k);
      expiring.add(centres[centre].history().certifications().get(rows.get(k) - certOffset[centre]));
    }
    return expiring.build();
  }

  static void checkDays(int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days " + days + " must be at least 0");
    }
  }

  private ReportStatus status(int obligation, int day) {
    int submitted = obSubmitted[obligation];
    return Obligation.status(
        obDue[obligation], submitted == NO_REPORT ? Obligation.NO_REPORT : submitted, day);
  }

  private CentreObligation row(int centre, int obligation, LocalDate asOf) {
    ReportingPeriod period = ReportingPeriod.ofOrdinal(obPeriod[obligation]);
    Obligation owed = Obligation.of(period, LocalDate.ofEpochDay(obDue[obligation]));
    return CentreObligation.of(
        ids[centre], ObligationState.of(owed, centres[centre].reportFor(period), asOf, policy.report()));
  }

  /**
   * The index's day number of a date: its epoch day, saturated to the int range (above {@link
   * #NO_REPORT}) so that a date millions of years away, which only a hostile or broken document
   * gives, still compares as "far before" or "far after" every real date instead of overflowing.
   */
  static int epochDay(LocalDate date) {
    long day = Objects.requireNonNull(date, "date").toEpochDay();
    return (int) Math.max(NO_REPORT + 1L, Math.min(Integer.MAX_VALUE, day));
  }

  private static Integer[] sequence(int size) {
    Integer[] order = new Integer[size];
    for (int k = 0; k < size; k++) {
      order[k] = k;
    }
    return order;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Portfolio)) {
      return false;
    }
    Portfolio other = (Portfolio) obj;
    return policy.equals(other.policy) && Arrays.equals(centres, other.centres);
  }

  @Override
  public int hashCode() {
    return policy.hashCode() * 31 + Arrays.hashCode(centres);
  }

  /**
   * Returns a short description.
   *
   * @return the number of centres and obligations
   */
  @Override
  public String toString() {
    return "Portfolio of " + centres.length + " centres, " + obPeriod.length + " obligations";
  }

  /** A growable int array, so the index holds no boxed numbers. */
  private static final class IntList {
    private int[] values = new int[16];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int get(int index) {
      return values[index];
    }

    int size() {
      return size;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}

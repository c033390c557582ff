package io.github.gecc.certification;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.gecc.RefusalException;
import io.github.gecc.application.ApplyDirective;
import io.github.gecc.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The national portfolio: many centres, each with its certifications and reports, under one {@link
 * LifecyclePolicy}, and the questions a national office asks of it as of a date.
 *
 * <p>Creation places every centre under the policies once ({@link CentreLifecycle}, which computes
 * its report schedule); every question then asks each centre's lifecycle, in centre-id order
 * (String natural order), so each rule has one implementation, there. No question compares centres
 * with each other. DECISIONS: two centres with the same id (RULES.md 5.7, 5.10) are refused; {@link
 * #overdue} is ordered by centre id, then fiscal year, then {@code H1} before {@code FY}; {@link
 * #fallingDue} by due day, then centre id, then period; {@link #expiringWithin} by last valid day,
 * then centre id, then round.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <p>Implements the national questions of RULES.md §5–§6 (validity and overdue reports, DECISION).
 * Who must apply is a round's directive, not a portfolio rule ({@link #mustApply}, RULES.md §2).
 */
public final class Portfolio {

  private final LifecyclePolicy policy;
  private final ImmutableList<CentreLifecycle> lifecycles;
  private final String[] ids;

  private Portfolio(LifecyclePolicy policy, ImmutableList<CentreLifecycle> lifecycles) {
    this.policy = policy;
    this.lifecycles = lifecycles;
    this.ids = new String[lifecycles.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = lifecycles.get(i).centre().id();
    }
  }

  /**
   * Returns the portfolio of some centres under policies.
   *
   * @param centres the centres, in any order, not null
   * @param policy the validity and report policies, not null
   * @return the portfolio, centres in id order
   * @throws RefusalException if two centres share an id (rule 5.10, at {@code centres[i].id}, the
   *     later of the two), or a centre's report answers no obligation of its schedule (rule 6.8, at
   *     {@code centres[i].reports[j]…}); {@code i} is the centre's place in {@code centres}
   * @throws IllegalStateException if the validity policy gives a last valid day before a
   *     certification date
   * @throws NullPointerException if an argument or an element is null
   */
  public static Portfolio of(Iterable<Centre> centres, LifecyclePolicy policy) {
    Objects.requireNonNull(policy, "policy");
    Map<String, Integer> places = new HashMap<>();
    List<CentreLifecycle> lifecycles = new ArrayList<>();
    for (Centre centre : centres) {
      int place = lifecycles.size();
      Integer first = places.putIfAbsent(Objects.requireNonNull(centre, "centre").id(), place);
      if (first != null) {
        throw RefusalException.of(
                "5.10",
                centre.id(),
                "centre id '"
                    + centre.id()
                    + "' appears twice in the portfolio (first at centres["
                    + first
                    + "]); centre ids are unique",
                "รหัสศูนย์ '"
                    + centre.id()
                    + "' ปรากฏสองครั้งในบัญชีศูนย์ (ครั้งแรกที่ centres["
                    + first
                    + "]) รหัสศูนย์ต้องไม่ซ้ำกัน")
            .at("id")
            .at("centres", place);
      }
      try {
        lifecycles.add(CentreLifecycle.of(centre, policy));
      } catch (RefusalException e) {
        throw e.at("centres", place);
      }
    }
    lifecycles.sort(Comparator.comparing(lifecycle -> lifecycle.centre().id()));
    return new Portfolio(policy, ImmutableList.copyOf(lifecycles));
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
    return ids.length;
  }

  /**
   * Returns the centres.
   *
   * @return the centres in id order
   */
  public ImmutableList<Centre> centres() {
    ImmutableList.Builder<Centre> centres = ImmutableList.builderWithExpectedSize(ids.length);
    for (CentreLifecycle lifecycle : lifecycles) {
      centres.add(lifecycle.centre());
    }
    return centres.build();
  }

  /**
   * Returns the centres that must apply under a round's directive, each asked as {@link
   * Centre#mustApply} asks it.
   *
   * @param directive the directive, not null
   * @return the ids, sorted
   * @throws NullPointerException if {@code directive} is null
   */
  public ImmutableList<String> mustApply(ApplyDirective directive) {
    Objects.requireNonNull(directive, "directive");
    ImmutableList.Builder<String> reached = ImmutableList.builder();
    for (CentreLifecycle lifecycle : lifecycles) {
      if (lifecycle.centre().mustApply(directive)) {
        reached.add(lifecycle.centre().id());
      }
    }
    return reached.build();
  }

  /**
   * Returns one centre under the portfolio's policies.
   *
   * @param id a centre id, not null; compared in NFKC form (RULES.md 5.7)
   * @return the centre's lifecycle, or empty if no centre has the id
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<CentreLifecycle> lifecycle(String id) {
    int index = Arrays.binarySearch(ids, CentreIds.lookUp(Objects.requireNonNull(id, "id")));
    return index < 0 ? Optional.empty() : Optional.of(lifecycles.get(index));
  }

  /**
   * Returns the ids of the centres under certification on a date (some certification valid).
   *
   * @param asOf the date, not null
   * @return the ids, sorted
   * @throws NullPointerException if {@code asOf} is null
   */
  public ImmutableList<String> underCertification(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    ImmutableList.Builder<String> under = ImmutableList.builder();
    for (CentreLifecycle lifecycle : lifecycles) {
      if (lifecycle.isUnderCertification(asOf)) {
        under.add(lifecycle.centre().id());
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
    Objects.requireNonNull(asOf, "asOf");
    int count = 0;
    for (CentreLifecycle lifecycle : lifecycles) {
      if (lifecycle.isUnderCertification(asOf)) {
        count++;
      }
    }
    return count;
  }

  /**
   * Returns every obligation {@code MISSING} as of a date.
   *
   * @param asOf the date, not null
   * @return the rows, by centre id, then fiscal year, then {@code H1} before {@code FY}
   * @throws NullPointerException if {@code asOf} is null
   */
  public ImmutableList<CentreObligation> overdue(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    ImmutableList.Builder<CentreObligation> overdue = ImmutableList.builder();
    for (CentreLifecycle lifecycle : lifecycles) {
      lifecycle.addOverdue(asOf, overdue);
    }
    return overdue.build();
  }

  /**
   * Counts the obligations of each status as of a date.
   *
   * @param asOf the date, not null
   * @return the number of obligations of each status, every status present (0 for none), in the
   *     order of {@link ReportStatus}
   * @throws NullPointerException if {@code asOf} is null
   */
  public ImmutableMap<ReportStatus, Integer> countByStatus(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    int[] counts = ObligationDays.newCounts();
    for (CentreLifecycle lifecycle : lifecycles) {
      lifecycle.countInto(asOf, counts);
    }
    return ObligationDays.byStatus(counts);
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
    Objects.requireNonNull(dueIn, "dueIn");
    List<CentreObligation> due = new ArrayList<>();
    for (CentreLifecycle lifecycle : lifecycles) {
      for (ObligationState state : lifecycle.fallingDue(asOf, dueIn)) {
        due.add(CentreObligation.of(lifecycle.centre().id(), state));
      }
    }
    // Rows come in centre, then period order; a stable sort by due day keeps that order.
    due.sort(Comparator.comparing(row -> row.state().obligation().due()));
    return ImmutableList.copyOf(due);
  }

  /**
   * Returns the certifications valid on a date whose last valid day is at most a number of days
   * later.
   *
   * @param asOf the date, not null
   * @param days the horizon in days, at least 0 (0: expires on {@code asOf})
   * @return the certifications, by last valid day, then centre id, then round
   * @throws RefusalException (rule 5.9) if {@code days} is negative
   * @throws NullPointerException if {@code asOf} is null
   */
  public ImmutableList<Certification> expiringWithin(LocalDate asOf, int days) {
    Objects.requireNonNull(asOf, "asOf");
    CentreLifecycle.checkHorizon(days);
    List<Certification> expiring = new ArrayList<>();
    List<LocalDate> lastDays = new ArrayList<>();
    for (CentreLifecycle lifecycle : lifecycles) {
      for (Certification certification : lifecycle.expiringWithin(asOf, days)) {
        expiring.add(certification);
        lastDays.add(certification.validity(policy.validity()).endInclusive());
      }
    }
    Integer[] order = new Integer[expiring.size()];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    // Rows come in centre, then round order; a stable sort by last valid day keeps that order.
    Arrays.sort(order, Comparator.comparing(lastDays::get));
    ImmutableList.Builder<Certification> sorted =
        ImmutableList.builderWithExpectedSize(order.length);
    for (Integer k : order) {
      sorted.add(expiring.get(k));
    }
    return sorted.build();
  }

  /**
   * Compares this portfolio with another object.
   *
   * @param obj the object, may be null
   * @return true if {@code obj} is a portfolio of equal centres under equal policies
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof Portfolio)) {
      return false;
    }
    Portfolio other = (Portfolio) obj;
    return policy.equals(other.policy) && lifecycles.equals(other.lifecycles);
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return policy.hashCode() * 31 + lifecycles.hashCode();
  }

  /**
   * Returns a short description.
   *
   * @return the number of centres and obligations
   */
  @Override
  public String toString() {
    int obligations = 0;
    for (CentreLifecycle lifecycle : lifecycles) {
      obligations += lifecycle.schedule().obligations().size();
    }
    return "Portfolio of " + ids.length + " centres, " + obligations + " obligations";
  }
}

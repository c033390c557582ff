package io.github.gecc.application;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The deadlines of one round as they cascade down the reporting chain: the national closing of
 * the window plus the earlier internal deadlines that departments and provinces set
 * (RULES.md §4, FACT, DOPA มท 0305.1/ว 1660, 18 Jan 2567DLA มท 0810.7/ว, Dec 2564).
 *
 * <p>DECISION: a unit's chain of reporting bodies is the list of bodies it reports through (for
 * a district office in Sakon Nakhon, {@code [DOPA, SAKON_NAKHON]}). Its effective deadline is
 * the earliest of the national closing and every {@link DeadlinePurpose#APPLICATION_REPORT}
 * deadline set by a body in its chain: a unit that must report by then that it applied must have
 * applied by then. Account and survey deadlines are listed by {@link #deadlinesFor} but do not
 * bound the application.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DeadlineCascade {

  /** The body name of the national closing, the Office of the Permanent Secretary (สปน.). */
  public static final String NATIONAL = "OPM";

  private final ApplicationWindow window;
  private final ImmutableList<InternalDeadline> deadlines;

  private DeadlineCascade(ApplicationWindow window, ImmutableList<InternalDeadline> deadlines) {
    this.window = window;
    this.deadlines = deadlines;
  }

  /**
   * Returns the cascade of a window and internal deadlines of the same round.
   *
   * @param window the round's window, not null
   * @param deadlines the internal deadlines, not null, each of the window's round
   * @return the cascade
   * @throws IllegalArgumentException if a deadline belongs to another round
   * @throws NullPointerException if an argument is null
   */
  public static DeadlineCascade of(ApplicationWindow window, Collection<InternalDeadline> deadlines) {
    Objects.requireNonNull(window, "window");
    for (InternalDeadline deadline : deadlines) {
      if (!deadline.round().equals(window.round())) {
        throw new IllegalArgumentException(
            "deadline '"
                + deadline.task()
                + "' of round "
                + deadline.round().getValue()
                + " does not belong to the cascade of round "
                + window.round().getValue());
      }
    }
    return new DeadlineCascade(
        window,
        ImmutableList.sortedCopyOf(Comparator.comparing(InternalDeadline::due), deadlines));
  }

  /**
   * Returns the round's window.
   *
   * @return the window
   */
  public ApplicationWindow window() {
    return window;
  }

  /**
   * Returns the national closing as a deadline set by {@link #NATIONAL}.
   *
   * @return the closing of the window, purpose {@link DeadlinePurpose#APPLICATION_REPORT}
   */
  public InternalDeadline nationalClosing() {
    return InternalDeadline.of(
        window.round(),
        NATIONAL,
        DeadlinePurpose.APPLICATION_REPORT,
        window.closesAt(),
        "apply (national closing)",
        window.source());
  }

  /**
   * Returns every internal deadline, earliest first.
   *
   * @return the deadlines, without the national closing
   */
  public ImmutableList<InternalDeadline> deadlines() {
    return deadlines;
  }

  /**
   * Returns the deadlines that bind a unit: the national closing and every internal deadline
   * set by a body in its chain, earliest first.
   *
   * @param chain the bodies the unit reports through, not null, possibly empty
   * @return the deadlines that apply to the unit
   * @throws NullPointerException if {@code chain} is null
   */
  public ImmutableList<InternalDeadline> deadlinesFor(List<String> chain) {
    Objects.requireNonNull(chain, "chain");
    return ImmutableList.sortedCopyOf(
        Comparator.comparing(InternalDeadline::due),
        ImmutableList.<InternalDeadline>builder()
            .add(nationalClosing())
            .addAll(deadlines.stream().filter(d -> chain.contains(d.setBy())).iterator())
            .build());
  }

  /**
   * Returns the deadline by which a unit must have applied: the earliest application deadline
   * among the national closing and those its chain sets.
   *
   * @param chain the bodies the unit reports through, not null, possibly empty
   * @return the binding deadline; the national closing when no body in the chain sets an earlier
   *     one
   * @throws NullPointerException if {@code chain} is null
   */
  public InternalDeadline effectiveDeadline(List<String> chain) {
    return deadlinesFor(chain).stream()
        .filter(d -> d.purpose() == DeadlinePurpose.APPLICATION_REPORT)
        .findFirst()
        .orElseThrow();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof DeadlineCascade
        && ((DeadlineCascade) obj).window.equals(window)
        && ((DeadlineCascade) obj).deadlines.equals(deadlines);
  }

  @Override
  public int hashCode() {
    return Objects.hash(window, deadlines);
  }

  @Override
  public String toString() {
    return "DeadlineCascade{round=" + window.round().getValue() + ", deadlines=" + deadlines + "}";
  }
}

package io.github.gecc.examples;

import com.google.common.collect.ImmutableList;
import io.github.gecc.application.Rounds;

/**
 * The newcomer's tour behind {@code gecc demo}: one centre's GECC year, from the circulars' dates
 * to the committee's decision and the report calendar. Each part lives in its own class.
 */
public final class Demo {

  /** The demo's title. */
  public static final String TITLE = "One GECC year, step by step";

  private Demo() {}

  /**
   * Returns the tour's steps, in reading order.
   *
   * @return the steps
   */
  public static ImmutableList<DemoStep> steps() {
    return steps(Rounds.bundled());
  }

  /**
   * Returns the tour's steps with the rounds known, in reading order: the part on applications
   * follows the newest round, a registered one exactly as a bundled one.
   *
   * @param rounds the rounds known, for example the bundled ones with a register merged over them
   * @return the steps
   */
  public static ImmutableList<DemoStep> steps(Rounds rounds) {
    return ImmutableList.<DemoStep>builder()
        .addAll(DatesTour.steps())
        .addAll(RulebookTour.steps())
        .addAll(ApplicationTour.steps(rounds))
        .addAll(LifecycleTour.steps())
        .build();
  }
}

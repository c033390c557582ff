package io.github.gecc.examples;

import com.google.common.collect.ImmutableList;

/** The demo's part on rulebooks. */
final class RulebookTour {

  private RulebookTour() {}

  static ImmutableList<DemoStep> steps() {
    return ImmutableList.of();
  }
}

package io.github.gecc.examples;

import com.google.common.collect.ImmutableList;

/** The demo's part on applications. */
final class ApplicationTour {

  private ApplicationTour() {}

  static ImmutableList<DemoStep> steps() {
    return ImmutableList.of();
  }
}

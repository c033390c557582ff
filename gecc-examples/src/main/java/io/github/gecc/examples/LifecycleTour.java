package io.github.gecc.examples;

import com.google.common.collect.ImmutableList;

/** The demo's part on lifecycles. */
final class LifecycleTour {

  private LifecycleTour() {}

  static ImmutableList<DemoStep> steps() {
    return ImmutableList.of();
  }
}

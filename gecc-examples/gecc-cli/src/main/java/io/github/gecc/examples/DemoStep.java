package io.github.gecc.examples;

import java.util.Objects;

/**
 * One paragraph of the demo: a topic and a plain-language text.
 *
 * @param topic a short heading, for example {@code "Fiscal years"}
 * @param text what a newcomer reads
 */
public record DemoStep(String topic, String text) {

  /**
   * Creates a step.
   *
   * @param topic the heading, not null
   * @param text the text, not null
   */
  public DemoStep {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(text, "text");
  }
}

package io.github.gecc.application;

/**
 * Where an instant lies relative to an application window (RULES.md §4).
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum WindowState {
  /** Before the window opens (or, when the opening is unknown, before the round's fiscal year). */
  NOT_YET_OPEN,
  /** Inside the window, both ends included. */
  OPEN,
  /** After the window closed. */
  CLOSED
}

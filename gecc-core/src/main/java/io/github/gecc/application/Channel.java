package io.github.gecc.application;

/**
 * A way of sending an application.
 *
 * <p>RULES.md §4 and §7 (FACT): round 2560 took applications by post or in person <em>and</em> by
 * e-mail, DLA นท 0812/694, round 2560; later rounds take them online only, through "GECC Online",
 * DLA มท 0810.7/ว, Dec 2564; DOPA มท 0305.1/ว 1660, 18 Jan 2567.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum Channel {
  /**
   * Through the online system, "GECC Online", DLA มท 0810.7/ว, Dec 2564; DOPA มท 0305.1/ว 1660, 18
   * Jan 2567.
   */
  ONLINE("ออนไลน์ (GECC Online)", "online (GECC Online)"),
  /** By post or handed in person, DLA นท 0812/694, round 2560. */
  POST_OR_IN_PERSON("ทางไปรษณีย์หรือด้วยตนเอง", "by post or in person"),
  /** By e-mail, DLA นท 0812/694, round 2560. */
  EMAIL("ทาง e-mail", "by e-mail");

  private final String thai;
  private final String english;

  Channel(String thai, String english) {
    this.thai = thai;
    this.english = english;
  }

  /**
   * Returns the channel's name in Thai, for messages.
   *
   * @return the Thai wording
   */
  public String thai() {
    return thai;
  }

  /**
   * Returns the channel's name in English, for messages.
   *
   * @return the English wording
   */
  public String english() {
    return english;
  }
}

package io.github.gecc.application;

import org.immutables.value.Value;

/**
 * Advice an application check gives without refusing the application: its code, a message in
 * Thai and in English, and the source of the advice.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Warning implements Notice<WarningCode> {

  Warning() {}

  @Value.Check
  void check() {
    if (messageTh().isBlank() || messageEn().isBlank() || source().isBlank()) {
      throw new IllegalArgumentException(
          "warning " + code() + " needs a Thai message, an English message and a source");
    }
  }

  /**
   * Returns a warning.
   *
   * @param code the advice, not null
   * @param messageTh the Thai message, not blank
   * @param messageEn the English message, not blank
   * @param source the citation, not blank
   * @return the warning
   * @throws IllegalArgumentException if a text is blank
   * @throws NullPointerException if an argument is null
   */
  public static Warning of(WarningCode code, String messageTh, String messageEn, String source) {
    return ImmutableWarning.builder()
        .code(code)
        .messageTh(messageTh)
        .messageEn(messageEn)
        .source(source)
        .build();
  }

  /**
   * Returns a warning citing the code's default source.
   *
   * @param code the advice, not null
   * @param messageTh the Thai message, not blank
   * @param messageEn the English message, not blank
   * @return the warning
   * @throws IllegalArgumentException if a text is blank
   * @throws NullPointerException if an argument is null
   */
  public static Warning of(WarningCode code, String messageTh, String messageEn) {
    return of(code, messageTh, messageEn, code.defaultSource());
  }
}

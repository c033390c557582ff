package io.github.gecc.application;

import io.github.gecc.RefusalException;
import io.github.gecc.rules.Rulebook;
import io.github.gecc.time.FiscalYear;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Advice an application check gives without refusing the application: its code, a message in Thai
 * and in English, and the source of the advice.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Warning implements Notice<WarningCode> {

  Warning() {}

  @Value.Check
  void check() {
    if (thai().isBlank() || english().isBlank() || source().isBlank()) {
      throw RefusalException.of(
          "4.13",
          code(),
          "warning " + code() + " needs a Thai message, an English message and a source",
          "คำเตือน " + code() + " ต้องมีข้อความภาษาไทย ข้อความภาษาอังกฤษ และแหล่งที่มา");
    }
  }

  /**
   * Returns a warning.
   *
   * @param code the advice, not null
   * @param thai the Thai message, not blank
   * @param english the English message, not blank
   * @param source the citation, not blank
   * @return the warning
   * @throws RefusalException (4.13) if a text is blank
   * @throws NullPointerException if an argument is null
   */
  public static Warning of(WarningCode code, String thai, String english, String source) {
    return ImmutableWarning.builder().code(code).thai(thai).english(english).source(source).build();
  }

  /**
   * Returns a warning citing the code's default source.
   *
   * @param code the advice, not null
   * @param thai the Thai message, not blank
   * @param english the English message, not blank
   * @return the warning
   * @throws RefusalException (4.13) if a text is blank
   * @throws NullPointerException if an argument is null
   */
  public static Warning of(WarningCode code, String thai, String english) {
    return of(code, thai, english, code.defaultSource());
  }

  /**
   * Returns the warning that a round is judged by the rulebook of an earlier round (RULES.md §3,
   * DECISION), or nothing when the rulebook is the round's own.
   *
   * @param round the round judged, not null
   * @param used the rulebook that judges it, not null
   * @return {@link WarningCode#RULEBOOK_OF_EARLIER_ROUND} naming the round and the rulebook when
   *     the rulebook's first round is before {@code round}; empty otherwise
   * @throws NullPointerException if an argument is null
   */
  public static Optional<Warning> rulebookOfEarlierRound(FiscalYear round, Rulebook used) {
    Objects.requireNonNull(round, "round");
    if (!used.firstRound().isBefore(round)) {
      return Optional.empty();
    }
    String id = used.id();
    int first = used.firstRound().getValue();
    return Optional.of(
        of(
            WarningCode.RULEBOOK_OF_EARLIER_ROUND,
            "รอบ "
                + round.getValue()
                + " ประเมินตามหลักเกณฑ์ "
                + id
                + " ของรอบ "
                + first
                + " เพราะทะเบียนยังไม่มีหลักเกณฑ์ของรอบ "
                + round.getValue()
                + " เอง"
                + " (สปน. ประกาศหลักเกณฑ์มาตรฐานฯ ของแต่ละปีงบประมาณ)"
                + " ให้ลงทะเบียนหลักเกณฑ์ของรอบนี้เพื่อประเมินตามหลักเกณฑ์ของรอบนั้นเอง",
            "round "
                + round.getValue()
                + " is judged by rulebook "
                + id
                + " of round "
                + first
                + ": the registry holds no rulebook of round "
                + round.getValue()
                + " itself, whose"
                + " criteria OPM announced for that fiscal year; register the round's own rulebook to"
                + " judge it by its own criteria"));
  }
}

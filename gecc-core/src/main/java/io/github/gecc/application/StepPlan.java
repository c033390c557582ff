package io.github.gecc.application;

import com.google.common.collect.ImmutableList;
import io.github.gecc.RefusalException;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The ordered steps of a round: data, so each kind of round has its own list (RULES.md §7).
 *
 * <p>{@link #sevenSteps()} is the "7 ขั้นตอน สู่ GECC ขององค์กรปกครองส่วนท้องถิ่น" of DLA นท
 * 0812/694, round 2560: the steps of local government in that round, not of every applicant
 * (RULES.md §7, FACT). {@link #online()} is the list of the online rounds ("GECC Online", DLA มท
 * 0810.7/ว, Dec 2564; DOPA มท 0305.1/ว 1660, 18 Jan 2567). {@link #paper()} is the list of a round
 * sent on paper by a unit that is not local government. DECISION: the online list is
 * self-assessment, gate, online submission, site assessment and certification: the sources of the
 * online rounds name no briefing or governor's approval, while the rulebook's gate (RULES.md §3)
 * still applies. The plan is chosen by organisation kind and round ({@link #forRound}), not by
 * channel alone.
 *
 * <p>Structural rule (checked when built): actions are unique, and a plan holds {@code
 * SELF_ASSESSMENT}, {@code SUBMISSION}, {@code SITE_ASSESSMENT} and {@code CERTIFICATION} in this
 * order, so that no plan can certify without them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StepPlan {

  private static final ImmutableList<StepAction> REQUIRED_ORDER =
      ImmutableList.of(
          StepAction.SELF_ASSESSMENT,
          StepAction.SUBMISSION,
          StepAction.SITE_ASSESSMENT,
          StepAction.CERTIFICATION);

  /** The name of {@link #sevenSteps()}. */
  public static final String LOCAL_GOVERNMENT_SEVEN_STEPS = "LOCAL_GOVERNMENT_SEVEN_STEPS";

  /** The name of {@link #paper()}. */
  public static final String PAPER = "PAPER";

  /** The name of {@link #online()}. */
  public static final String ONLINE = "ONLINE";

  /** The name of a plan a host gives without naming it ({@link #of(List)}). */
  public static final String OTHER = "OTHER";

  private final String name;
  private final String source;
  private final ImmutableList<Step> steps;

  private StepPlan(String name, String source, ImmutableList<Step> steps) {
    this.name = name;
    this.source = source;
    this.steps = steps;
  }

  /**
   * Returns a host's plan of the given steps, named {@link #OTHER}.
   *
   * @param steps the steps in order, not null
   * @return the plan
   * @throws RefusalException (7.11) if an action repeats, or the required actions are missing or
   *     out of order
   * @throws NullPointerException if {@code steps} or an element is null
   */
  public static StepPlan of(List<Step> steps) {
    return of(OTHER, "a plan given to the core by its host, not one of the library's", steps);
  }

  /**
   * Returns a named plan of the given steps.
   *
   * @param name the plan's name, for example {@code ONLINE}; not blank
   * @param source where the plan comes from: its circular and RULES.md rows; not blank
   * @param steps the steps in order, not null
   * @return the plan
   * @throws RefusalException (7.11) if the name or the source is blank, an action repeats, or the
   *     required actions are missing or out of order
   * @throws NullPointerException if an argument or a step is null
   */
  public static StepPlan of(String name, String source, List<Step> steps) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(steps, "steps");
    if (name.isBlank() || source.isBlank()) {
      throw RefusalException.withoutValue(
          "7.11",
          "a step plan needs a name and a source, got name '"
              + name
              + "' and source '"
              + source
              + "'",
          "แผนขั้นตอนต้องมีชื่อและแหล่งที่มา ได้ชื่อ '"
              + name
              + "' และแหล่งที่มา '"
              + source
              + "'");
    }
    ImmutableList<Step> copy = ImmutableList.copyOf(steps);
    EnumSet<StepAction> seen = EnumSet.noneOf(StepAction.class);
    for (int i = 0; i < copy.size(); i++) {
      StepAction action = copy.get(i).action();
      if (!seen.add(action)) {
        throw RefusalException.of(
                "7.11",
                action,
                "step plan repeats the action " + action,
                "แผนขั้นตอนมีขั้นตอน " + action + " ซ้ำ")
            .at("action")
            .at("steps", i);
      }
    }
    int last = -1;
    for (StepAction required : REQUIRED_ORDER) {
      int index = indexIn(copy, required);
      if (index < 0) {
        throw RefusalException.of(
                "7.11",
                required,
                "step plan lacks "
                    + required
                    + "; every plan holds "
                    + REQUIRED_ORDER
                    + " in this order",
                "แผนขั้นตอนไม่มีขั้นตอน "
                    + required
                    + " ทุกแผนต้องมี "
                    + REQUIRED_ORDER
                    + " ตามลำดับนี้")
            .at("steps");
      }
      if (index < last) {
        throw RefusalException.of(
                "7.11",
                required,
                "step plan puts "
                    + required
                    + " too early; every plan holds "
                    + REQUIRED_ORDER
                    + " in this order",
                "แผนขั้นตอนวางขั้นตอน "
                    + required
                    + " เร็วเกินไป ทุกแผนต้องมี "
                    + REQUIRED_ORDER
                    + " ตามลำดับนี้")
            .at("action")
            .at("steps", index);
      }
      last = index;
    }
    return new StepPlan(name, source, copy);
  }

  /**
   * Returns the seven steps to GECC of local government in the BE 2560 round (DLA นท 0812/694,
   * round 2560, RULES.md §7). Step 7 is two actions: the site assessment, then the certification if
   * it passes. DECISION (RULES.md 7.8): the infographic prints its steps out of order ("06 STEP 07
   * STEP 05 STEP …", "เสนอ ผวจ. ให้การเห็นชอบ" beside "05 STEP"); the order here, the governor's
   * endorsement before the form, is reconstructed from their content.
   *
   * @return the plan
   */
  public static StepPlan sevenSteps() {
    return of(
        LOCAL_GOVERNMENT_SEVEN_STEPS,
        "DLA นท 0812/694, round 2560: \"7 ขั้นตอน สู่ GECC ขององค์กรปกครองส่วนท้องถิ่น\", local"
            + " government only (RULES.md §7.1–7.7, FACT on each step; §7.8, DECISION on their"
            + " order: the infographic prints them out of order)",
        ImmutableList.of(
            Step.of(
                1,
                StepAction.BRIEFING,
                "สถ. จัดประชุมชี้แจงแนวทางการประเมิน",
                "DLA holds an explanatory meeting on the assessment approach"),
            Step.of(
                2,
                StepAction.SELF_ASSESSMENT,
                "อปท. ประเมินตนเองตามเกณฑ์คุณภาพ",
                "the organisation assesses itself against the criteria"),
            Step.of(
                3,
                StepAction.SELF_ASSESSMENT_GATE,
                "อปท. มีผลการประเมินตนเองไม่น้อยกว่า ๖๐ คะแนน",
                "its self-assessment scores at least the gate (60 points)"),
            Step.of(
                4,
                StepAction.GOVERNOR_APPROVAL,
                "เสนอ ผวจ. ให้การเห็นชอบ",
                "the provincial governor approves the application"),
            Step.of(
                5,
                StepAction.APPLICATION_FORM,
                "กรอกใบสมัครและทำแบบการประเมินตนเอง",
                "it fills in the application and the self-assessment form"),
            Step.of(
                6,
                StepAction.SUBMISSION,
                "ส่งเอกสารการสมัครทางไปรษณีย์หรือด้วยตนเอง และทาง email ภายในกำหนด",
                "it sends the documents by post or in person and by e-mail before the deadline"),
            Step.of(
                7,
                StepAction.SITE_ASSESSMENT,
                "รับการตรวจประเมินจากคณะกรรมการฯ",
                "the committee assesses it on site"),
            Step.of(
                7,
                StepAction.CERTIFICATION,
                "ดำเนินการรับรองมาตรฐานเป็นศูนย์ราชการสะดวก",
                "if it passes, it is certified as a GECC")));
  }

  /**
   * Returns the steps of an online round ("GECC Online", DLA มท 0810.7/ว, Dec 2564; DOPA มท
   * 0305.1/ว 1660, 18 Jan 2567); see the class comment.
   *
   * @return the plan
   */
  public static StepPlan online() {
    return of(
        ONLINE,
        "DLA มท 0810.7/ว, Dec 2564; DOPA มท 0305.1/ว 1660, 18 Jan 2567: \"GECC Online\" (RULES.md"
            + " §7.9, §7.10)",
        ImmutableList.of(
            Step.of(
                1,
                StepAction.SELF_ASSESSMENT,
                "ประเมินตนเองตามเกณฑ์",
                "the organisation assesses itself against the criteria"),
            Step.of(
                2,
                StepAction.SELF_ASSESSMENT_GATE,
                "ผลการประเมินตนเองผ่านเกณฑ์ขั้นต่ำ",
                "its self-assessment reaches the rulebook's gate"),
            Step.of(
                3,
                StepAction.SUBMISSION,
                "สมัครผ่านระบบ GECC Online ภายในกำหนด",
                "it applies through GECC Online inside the window"),
            Step.of(
                4,
                StepAction.SITE_ASSESSMENT,
                "รับการตรวจประเมินจากคณะกรรมการฯ",
                "the committee assesses it on site"),
            Step.of(
                5,
                StepAction.CERTIFICATION,
                "ได้รับการรับรองมาตรฐานศูนย์ราชการสะดวก",
                "if it passes, it is certified as a GECC")));
  }

  /**
   * Returns the steps of a round sent on paper by a unit that is not local government (DECISION,
   * RULES.md §7): the seven steps are local government's, so DLA's briefing and the governor's
   * endorsement are left out; self-assessment, gate, form, submission, site assessment and
   * certification stay.
   *
   * @return the plan
   */
  public static StepPlan paper() {
    return of(
        PAPER,
        "RULES.md §7.10, DECISION: the seven steps of DLA นท 0812/694 are local government's; another"
            + " kind on paper takes them without DLA's briefing and the governor's endorsement",
        ImmutableList.of(
            Step.of(
                1,
                StepAction.SELF_ASSESSMENT,
                "ประเมินตนเองตามเกณฑ์",
                "the organisation assesses itself against the criteria"),
            Step.of(
                2,
                StepAction.SELF_ASSESSMENT_GATE,
                "ผลการประเมินตนเองผ่านเกณฑ์ขั้นต่ำ",
                "its self-assessment reaches the rulebook's gate"),
            Step.of(
                3,
                StepAction.APPLICATION_FORM,
                "กรอกใบสมัครและทำแบบการประเมินตนเอง",
                "it fills in the application and the self-assessment form"),
            Step.of(
                4,
                StepAction.SUBMISSION,
                "ส่งเอกสารการสมัครตามช่องทางที่กำหนดภายในกำหนด",
                "it sends the documents through the round's channels before the deadline"),
            Step.of(
                5,
                StepAction.SITE_ASSESSMENT,
                "รับการตรวจประเมินจากคณะกรรมการฯ",
                "the committee assesses it on site"),
            Step.of(
                6,
                StepAction.CERTIFICATION,
                "ได้รับการรับรองมาตรฐานศูนย์ราชการสะดวก",
                "if it passes, it is certified as a GECC")));
  }

  /**
   * Returns the library's plan for an organisation kind in a round (RULES.md §7, DECISION): {@link
   * #online()} when the round's window requires the online channel; otherwise {@link #sevenSteps()}
   * for local government, whose steps they are, and {@link #paper()} for every other kind.
   *
   * @param window the round's window, not null
   * @param kind the organisation's kind, not null
   * @return the plan
   * @throws NullPointerException if an argument is null
   */
  public static StepPlan forRound(ApplicationWindow window, OrganisationKind kind) {
    Objects.requireNonNull(kind, "kind");
    if (window.channels().contains(Channel.ONLINE)) {
      return online();
    }
    return kind.isLocalGovernment() ? sevenSteps() : paper();
  }

  /**
   * Returns the library's plan for a window by its channel alone: {@link #online()} when the window
   * requires the online channel, otherwise {@link #sevenSteps()} (DECISION). It does not know who
   * applies; {@link #forRound} does, and is the plan {@link ApplicationProgress#start} uses.
   *
   * @param window the round's window, not null
   * @return the plan
   * @throws NullPointerException if {@code window} is null
   */
  public static StepPlan forWindow(ApplicationWindow window) {
    return window.channels().contains(Channel.ONLINE) ? online() : sevenSteps();
  }

  /**
   * Returns the plan's name: {@link #LOCAL_GOVERNMENT_SEVEN_STEPS}, {@link #PAPER}, {@link
   * #ONLINE}, {@link #OTHER} or a host's own.
   *
   * @return the name, not blank
   */
  public String name() {
    return name;
  }

  /**
   * Returns where the plan comes from: its circular and RULES.md rows.
   *
   * @return the citation, not blank
   */
  public String source() {
    return source;
  }

  /**
   * Returns the steps in order.
   *
   * @return the steps
   */
  public ImmutableList<Step> steps() {
    return steps;
  }

  /**
   * Returns the step that performs an action, if the plan has it.
   *
   * @param action an action, not null
   * @return the step, or empty
   */
  public Optional<Step> step(StepAction action) {
    Objects.requireNonNull(action, "action");
    return steps.stream().filter(s -> s.action() == action).findFirst();
  }

  /**
   * Returns the steps that come before an action's step.
   *
   * @param action an action of this plan, not null
   * @return the earlier steps, in order; empty if the plan lacks the action
   */
  public ImmutableList<Step> before(StepAction action) {
    int index = indexIn(steps, action);
    return index < 0 ? ImmutableList.of() : steps.subList(0, index);
  }

  private static int indexIn(List<Step> steps, StepAction action) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).action() == action) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof StepPlan
        && ((StepPlan) obj).name.equals(name)
        && ((StepPlan) obj).source.equals(source)
        && ((StepPlan) obj).steps.equals(steps);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, source, steps);
  }

  @Override
  public String toString() {
    return "StepPlan " + name + steps.stream().map(s -> s.number() + ":" + s.action()).toList();
  }
}

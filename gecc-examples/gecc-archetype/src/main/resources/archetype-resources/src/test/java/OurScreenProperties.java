package ${package};

import io.github.gecc.rules.Assessment;
import io.github.gecc.rules.BundledRulebooks;
import io.github.gecc.rules.Rulebook;
import io.github.gecc.testing.jqwik.GeccArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

public class OurScreenProperties {

  private static final Rulebook RULEBOOK = BundledRulebooks.gecc2560();

  /** What the host's screen shows for an evaluation. */
  static String badge(Assessment assessment) {
    return RULEBOOK.evaluate(assessment).selfAssessmentPassed() ? "may apply" : "not yet";
  }

  @Property
  public boolean ourScreenNeverInvitesACentreBelowTheGate(@ForAll("belowGate") Assessment assessment) {
    return badge(assessment).equals("not yet");
  }

  @Provide
  public Arbitrary<Assessment> belowGate() {
    return GeccArbitraries.selfAssessmentsFailingGate(RULEBOOK);
  }
}

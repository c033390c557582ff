package ${package};

import static io.github.gecc.testing.assertj.GeccAssertions.assertThat;

import io.github.gecc.rules.Assessment;
import io.github.gecc.rules.AssessmentKind;
import io.github.gecc.rules.BundledRulebooks;
import io.github.gecc.rules.Rulebook;
import java.util.List;
import org.junit.jupiter.api.Test;

public class FirstAssertionTest {

  @Test
  public void threeCriteriaAreFarFromTheGate() {
    Rulebook rulebook = BundledRulebooks.gecc2560();
    assertThat(rulebook.evaluate(
            Assessment.ofMet(rulebook, AssessmentKind.SELF_ASSESSMENT, List.of("B01", "B02", "A01"))))
        .isNotCertified()
        .hasPoints(4);
  }
}

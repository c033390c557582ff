package io.github.gecc.consumer;

import io.github.gecc.rules.Assessment;
import io.github.gecc.rules.AssessmentKind;
import io.github.gecc.rules.Evaluation;
import io.github.gecc.rules.RulebookRegistry;
import io.github.gecc.time.FiscalYear;
import java.time.LocalDate;
import java.util.List;

/** What a modular host does with the library: a fiscal year and one evaluation. */
public final class ModularHost {

  private ModularHost() {}

  /**
   * Returns the fiscal year of a date.
   *
   * @param date the date
   * @return the Buddhist Era fiscal year
   */
  public static int fiscalYear(LocalDate date) {
    return FiscalYear.from(date).getValue();
  }

  /**
   * Evaluates a self-assessment against the bundled BE 2560 rulebook.
   *
   * @param met the criteria met
   * @return the evaluation
   */
  public static Evaluation evaluate(List<String> met) {
    var rulebook = RulebookRegistry.bundled().byId("GECC-2560").orElseThrow();
    return rulebook.evaluate(Assessment.ofMet(rulebook, AssessmentKind.SELF_ASSESSMENT, met));
  }
}

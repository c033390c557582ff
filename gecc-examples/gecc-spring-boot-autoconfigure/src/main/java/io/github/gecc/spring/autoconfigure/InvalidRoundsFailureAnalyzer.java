package io.github.gecc.spring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a register refused at start-up in Spring Boot's failure report: the library's message as
 * the description, and what to do as the action, instead of a stack trace of bean creation.
 */
final class InvalidRoundsFailureAnalyzer extends AbstractFailureAnalyzer<InvalidRoundsException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InvalidRoundsException cause) {
    return new FailureAnalysis(
        String.valueOf(cause.getMessage()),
        "Correct the round register that gecc.rounds names, or leave gecc.rounds out for the"
            + " bundled rounds only. A register is a JSON array of rounds; its fields and rules are"
            + " in the operators' guide (gecc-examples/docs/rounds.md).",
        cause);
  }
}

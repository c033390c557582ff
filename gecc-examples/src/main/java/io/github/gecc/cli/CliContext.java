package io.github.gecc.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.application.Rounds;
import java.time.Clock;

/**
 * What a command may use: the strict mapper, the clock ("now" is never read elsewhere) and the
 * rounds known (the bundled ones, with the register of {@code --rounds FILE} merged over them).
 */
final class CliContext {

  private final ObjectMapper mapper;
  private final Clock clock;
  private final Rounds rounds;

  CliContext(ObjectMapper mapper, Clock clock) {
    this(mapper, clock, Rounds.bundled());
  }

  CliContext(ObjectMapper mapper, Clock clock, Rounds rounds) {
    this.mapper = mapper;
    this.clock = clock;
    this.rounds = rounds;
  }

  Rounds rounds() {
    return rounds;
  }

  ObjectMapper mapper() {
    return mapper;
  }

  Clock clock() {
    return clock;
  }

  ObjectNode object() {
    return mapper.createObjectNode();
  }
}

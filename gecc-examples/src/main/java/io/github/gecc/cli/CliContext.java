package io.github.gecc.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;

/** What a command may use: the strict mapper and the clock ("now" is never read elsewhere). */
final class CliContext {

  private final ObjectMapper mapper;
  private final Clock clock;

  CliContext(ObjectMapper mapper, Clock clock) {
    this.mapper = mapper;
    this.clock = clock;
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

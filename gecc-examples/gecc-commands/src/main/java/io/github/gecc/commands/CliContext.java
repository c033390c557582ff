package io.github.gecc.commands;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.application.Rounds;
import java.time.Clock;

/**
 * What a command may use: the strict mapper, the clock ("now" is never read elsewhere) and the
 * rounds known (the bundled ones, with the register of {@code --rounds FILE} merged over them).
 *
 * <p>Immutable and thread-safe.
 */
public final class CliContext {

  private final ObjectMapper mapper;
  private final Clock clock;
  private final Rounds rounds;

  /**
   * A context that knows the bundled rounds.
   *
   * @param mapper the strict mapper ({@code GeccJson.mapper()})
   * @param clock the clock "now" is read from
   */
  public CliContext(ObjectMapper mapper, Clock clock) {
    this(mapper, clock, Rounds.bundled());
  }

  /**
   * A context that knows {@code rounds}.
   *
   * @param mapper the strict mapper ({@code GeccJson.mapper()})
   * @param clock the clock "now" is read from
   * @param rounds the rounds known
   */
  public CliContext(ObjectMapper mapper, Clock clock, Rounds rounds) {
    this.mapper = mapper;
    this.clock = clock;
    this.rounds = rounds;
  }

  /**
   * The rounds known.
   *
   * @return the rounds
   */
  public Rounds rounds() {
    return rounds;
  }

  /**
   * The strict mapper.
   *
   * @return the mapper
   */
  public ObjectMapper mapper() {
    return mapper;
  }

  /**
   * The clock "now" is read from.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * A new empty JSON object of the mapper.
   *
   * @return the object
   */
  public ObjectNode object() {
    return mapper.createObjectNode();
  }
}

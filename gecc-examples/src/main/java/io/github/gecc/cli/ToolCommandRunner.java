package io.github.gecc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gecc.golden.CommandResult;
import io.github.gecc.golden.CommandRunner;
import io.github.gecc.time.ThaiTime;
import java.time.Clock;

/**
 * Runs golden cases through the {@code gecc} tool in-process, as {@code gecc test} does; found by
 * {@link java.util.ServiceLoader} as the {@link CommandRunner} of {@code GoldenCaseTests}.
 */
public final class ToolCommandRunner implements CommandRunner {

  private final CommandRunner runner = TestCommand.runner(Clock.system(ThaiTime.ZONE));

  /** Creates the runner; the commands read "now" from the system clock, in Bangkok time. */
  public ToolCommandRunner() {}

  @Override
  public CommandResult run(String command, JsonNode input) {
    return runner.run(command, input);
  }
}

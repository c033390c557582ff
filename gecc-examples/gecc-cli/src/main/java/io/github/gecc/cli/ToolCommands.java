package io.github.gecc.cli;

import com.google.common.collect.ImmutableMap;
import io.github.gecc.commands.Command;
import io.github.gecc.commands.Commands;

/**
 * Every command of the tool, in the order the usage text lists them: the document commands of
 * {@link Commands}, then {@code generate} and {@code demo}, which only the command line has.
 */
final class ToolCommands {

  private ToolCommands() {}

  static ImmutableMap<String, Command> all() {
    ImmutableMap.Builder<String, Command> commands = ImmutableMap.builder();
    commands.putAll(Commands.all());
    for (Command command : new Command[] {new GenerateCommand(), new DemoCommand()}) {
      commands.put(command.name(), command);
    }
    return commands.buildOrThrow();
  }
}

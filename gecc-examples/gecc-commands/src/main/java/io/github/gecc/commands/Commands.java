package io.github.gecc.commands;

import com.google.common.collect.ImmutableMap;

/**
 * The commands that read JSON documents, in the order the usage text lists them; the command line
 * adds {@code generate} and {@code demo} ({@code ToolCommands}).
 */
public final class Commands {

  private Commands() {}

  /**
   * The commands that read JSON documents or options, by name.
   *
   * @return the commands, in the order of the usage text
   */
  public static ImmutableMap<String, Command> all() {
    ImmutableMap.Builder<String, Command> commands = ImmutableMap.builder();
    for (Command command :
        new Command[] {
          new FiscalYearCommand(),
          new ThaiDateCommand(),
          new EvaluateCommand(),
          new WindowCommand(),
          new CheckApplicationCommand(),
          new RoundsCommand(),
          new CertificationCommand(),
          new PortfolioCommand(),
          new ProgressCommand(),
          new DeadlinesCommand(),
          new CheckApplicationsCommand(),
          new CalendarCommand(),
          new VerifyCommand(),
        }) {
      commands.put(command.name(), command);
    }
    return commands.build();
  }

  /**
   * The commands that answer one JSON document with one JSON document: those {@code batch} runs and
   * {@code serve} publishes as {@code POST /v1/<command>}.
   *
   * @return the commands, by name
   */
  public static ImmutableMap<String, Command> documents() {
    ImmutableMap.Builder<String, Command> commands = ImmutableMap.builder();
    for (Command command : all().values()) {
      if (command.readsInput() && !command.takesOptions()) {
        commands.put(command.name(), command);
      }
    }
    return commands.build();
  }
}

package io.github.gecc.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.GeccVersion;
import io.github.gecc.application.Rounds;
import io.github.gecc.commands.Answer;
import io.github.gecc.commands.CliContext;
import io.github.gecc.commands.Command;
import io.github.gecc.commands.InputFiles;
import io.github.gecc.commands.Invoker;
import io.github.gecc.commands.RoundsOption;
import io.github.gecc.json.GeccJson;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.time.ThaiTime;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The {@code gecc} command-line tool: {@code java -jar gecc.jar COMMAND [FILE]}, {@code COMMAND
 * --option value …} for a command that takes options ({@code generate}), {@code batch [FILE]} for
 * many requests in one process, and {@code serve} for an HTTP service.
 *
 * <p>It reads one JSON document from FILE or standard input ({@code -} or no FILE), prints one JSON
 * document on standard output, in UTF-8 whatever the locale, and exits 0. Bad input exits 2 with
 * {@code {"error":{"message":…,"path":…}}} on standard error and nothing on standard output; any
 * other failure exits 1. No stack trace is ever printed.
 */
public final class Main {

  /** Exit status of a successful run. */
  static final int OK = Answer.EXIT_OK;

  /** Exit status of an unexpected failure. */
  static final int FAILURE = Answer.EXIT_FAILURE;

  /** Exit status of bad input. */
  static final int BAD_INPUT = Answer.EXIT_BAD_INPUT;

  /** The largest input document read, in bytes (see {@link InputFiles#MAX_INPUT_BYTES}). */
  /** The option that adds the answer's receipt (docs/receipts.md). */
  static final String RECEIPT = "--receipt";

  static final int MAX_INPUT_BYTES = InputFiles.MAX_INPUT_BYTES;

  private Main() {}

  /**
   * Runs the tool and exits the JVM with its status. Standard output and standard error are written
   * in UTF-8 whatever the platform's locale.
   *
   * @param args {@code COMMAND [FILE]}
   */
  public static void main(String[] args) {
    PrintStream stdout = utf8(FileDescriptor.out);
    PrintStream stderr = utf8(FileDescriptor.err);
    int status = run(args, System.in, stdout, stderr, Clock.system(ThaiTime.ZONE));
    stdout.flush();
    stderr.flush();
    System.exit(status);
  }

  private static PrintStream utf8(FileDescriptor descriptor) {
    return new PrintStream(
        new BufferedOutputStream(new FileOutputStream(descriptor), 1 << 16),
        false,
        StandardCharsets.UTF_8);
  }

  /**
   * Runs the tool without exiting, for tests and embedding.
   *
   * @param args {@code COMMAND [FILE]}
   * @param stdin standard input
   * @param stdout standard output; the tool writes UTF-8 bytes through it only if it was built with
   *     that charset, as {@link #main} builds it
   * @param stderr standard error
   * @param clock the clock commands read "now" from
   * @return the exit status: 0, 1 or 2
   */
  public static int run(
      String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr, Clock clock) {
    ObjectMapper mapper = GeccJson.mapper();
    try {
      return dispatch(args, stdin, stdout, stderr, clock, mapper);
    } catch (OutOfMemoryError e) {
      // Whatever filled the heap belonged to the frames just left, so it can be collected now.
      return print(stderr, mapper, Answer.outOfMemory(Invoker.outOfMemory()));
    } catch (IOException e) {
      return print(stderr, mapper, Answer.failure("could not write output: " + e.getMessage()));
    } catch (RuntimeException | StackOverflowError e) {
      return print(stderr, mapper, Answer.failure("internal error: " + e));
    }
  }

  private static int dispatch(
      String[] args,
      InputStream stdin,
      PrintStream stdout,
      PrintStream stderr,
      Clock clock,
      ObjectMapper mapper)
      throws IOException {
    if (args.length == 0) {
      stderr.println(usage());
      return BAD_INPUT;
    }
    String name = args[0];
    if ("--help".equals(name) || "-h".equals(name) || "help".equals(name)) {
      if (args.length == 2) {
        return help(args[1], stdout, stderr, clock, mapper);
      }
      stdout.println(usage());
      return OK;
    }
    if ("--version".equals(name) || "version".equals(name)) {
      stdout.println("gecc " + GeccVersion.version());
      return OK;
    }
    if (args.length >= 2 && ("--help".equals(args[1]) || "-h".equals(args[1]))) {
      return help(name, stdout, stderr, clock, mapper);
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    if (TestCommand.NAME.equals(name)) {
      return TestCommand.run(rest, stdout, stderr, clock);
    }
    if (ImpactCommand.NAME.equals(name)) {
      return ImpactCommand.run(rest, stdin, stdout, stderr, mapper, clock);
    }
    Map<String, Command> commands = ToolCommands.all();
    Command command = commands.get(name);
    boolean takesRounds =
        BatchCommand.NAME.equals(name)
            || ServeCommand.NAME.equals(name)
            || (command != null && command.takesRounds());
    Rounds rounds = Rounds.bundled();
    if (takesRounds) {
      try {
        RoundsOption.Split split = RoundsOption.split(Arrays.asList(rest));
        if (split.file.isPresent()) {
          rounds = RoundsOption.load(split.file.get(), mapper, rounds);
        }
        rest = split.rest.toArray(new String[0]);
      } catch (GeccJsonException e) {
        return print(stderr, mapper, Invoker.refusal(e));
      }
    }
    Invoker invoker = new Invoker(mapper, clock, rounds);
    if (BatchCommand.NAME.equals(name)) {
      return BatchCommand.run(rest, stdin, stdout, stderr, invoker);
    }
    if (ServeCommand.NAME.equals(name)) {
      return ServeCommand.run(rest, stdout, stderr, invoker);
    }
    if (command == null) {
      return print(
          stderr,
          mapper,
          Answer.badInput(
              Answer.USAGE,
              "unknown command '"
                  + name
                  + "'; commands are "
                  + String.join(", ", commands.keySet())
                  + ", "
                  + BatchCommand.NAME
                  + ", "
                  + ServeCommand.NAME
                  + ", "
                  + TestCommand.NAME
                  + " (gecc help lists them)",
              null));
    }
    if (command.takesOptions()) {
      ObjectNode options = mapper.createObjectNode();
      Map<String, String> read = new LinkedHashMap<>();
      String problem = readOptions(rest, read);
      if (problem != null) {
        return print(stderr, mapper, Answer.badInput(Answer.USAGE, problem, null));
      }
      read.forEach(options::put);
      JsonNode result;
      try {
        result = command.run(options, new CliContext(mapper, clock, rounds));
      } catch (GeccJsonException e) {
        return print(stderr, mapper, Invoker.refusal(e));
      }
      if (result.isTextual()) {
        // Text such as newline-delimited JSON is printed as it is.
        stdout.print(result.textValue());
        stdout.flush();
        return OK;
      }
      // Streamed, not built as one string: a generated nation may be hundreds of megabytes.
      mapper
          .writerWithDefaultPrettyPrinter()
          .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .writeValue(stdout, result);
      stdout.println();
      stdout.flush();
      return OK;
    }
    List<String> arguments = new ArrayList<>(Arrays.asList(rest));
    boolean receipt = arguments.remove(RECEIPT);
    if (receipt && command.isTextAnswer() && !Answer.CALENDAR.equals(command.mediaType())) {
      return print(
          stderr,
          mapper,
          Answer.badInput(
              Answer.USAGE,
              "command '"
                  + command.name()
                  + "' prints "
                  + command.mediaType()
                  + ", which has no room for a receipt; ask batch (\"receipt\":true)"
                  + " or serve (Gecc-Receipt: true) for it",
              null));
    }
    rest = arguments.toArray(new String[0]);
    if (rest.length > 1) {
      return print(
          stderr,
          mapper,
          Answer.badInput(
              Answer.USAGE,
              "too many arguments "
                  + Arrays.toString(Arrays.copyOfRange(rest, 1, rest.length))
                  + "; usage: "
                  + command.name()
                  + " [FILE]",
              null));
    }
    Answer answer;
    if (command.readsInput()) {
      InputFiles.Read read = InputFiles.read(rest.length == 1 ? rest[0] : "-", stdin);
      Answer refused = read.refusal();
      answer =
          refused != null
              ? refused
              // A read that was not refused holds the bytes.
              : invoker.answer(command, Objects.requireNonNull(read.bytes(), "bytes"), receipt);
    } else if (rest.length == 1) {
      answer =
          Answer.badInput(
              Answer.USAGE, "command '" + command.name() + "' reads no input file", null);
    } else {
      answer = invoker.answer(command, NullNode.getInstance(), receipt);
    }
    if (!answer.isOk()) {
      return print(stderr, mapper, answer);
    }
    if (answer.isText()) {
      // Text such as an iCalendar file is printed as it is, not as a JSON string.
      stdout.print(answer.output().textValue());
      stdout.flush();
      return OK;
    }
    mapper
        .writerWithDefaultPrettyPrinter()
        .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writeValue(stdout, answer.output());
    stdout.println();
    stdout.flush();
    return OK;
  }

  private static int help(
      String name, PrintStream stdout, PrintStream stderr, Clock clock, ObjectMapper mapper) {
    if (BatchCommand.NAME.equals(name)) {
      stdout.println(BatchCommand.HELP);
      return OK;
    }
    if (ServeCommand.NAME.equals(name)) {
      stdout.println(ServeCommand.HELP);
      return OK;
    }
    if (ImpactCommand.NAME.equals(name)) {
      stdout.println(ImpactCommand.HELP);
      return OK;
    }
    if (TestCommand.NAME.equals(name)) {
      stdout.println(TestCommand.HELP);
      return OK;
    }
    Invoker invoker = new Invoker(mapper, clock);
    Command command = invoker.commands().get(name);
    if (command != null) {
      Answer example = invoker.answer(command, Catalog.example(mapper, name));
      stdout.println(Catalog.help(command, mapper, example));
      return OK;
    }
    Command other = ToolCommands.all().get(name);
    if (other != null) {
      stdout.println("usage: java -jar gecc.jar " + name + "\n" + other.description() + ".");
      return OK;
    }
    return print(
        stderr,
        mapper,
        Answer.badInput(
            Answer.USAGE, "unknown command '" + name + "'; gecc help lists the commands", null));
  }

  /**
   * Reads {@code --name value} (or {@code --name=value}) pairs into {@code options}; returns a
   * problem or null.
   */
  static @Nullable String readOptions(String[] args, Map<String, String> options) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--") || arg.length() == 2) {
        return "expected an option --name value, not '" + arg + "'";
      }
      int equals = arg.indexOf('=');
      String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
      String value;
      if (equals >= 0) {
        value = arg.substring(equals + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        return "option --" + name + " has no value";
      }
      if (options.containsKey(name)) {
        return "option --" + name + " is given twice";
      }
      options.put(name, value);
    }
    return null;
  }

  /** Prints a refusal on standard error and returns its exit status. */
  static int print(PrintStream stderr, ObjectMapper mapper, Answer answer) {
    stderr.println(answer.errorDocument(mapper));
    stderr.flush();
    return answer.exitStatus();
  }

  private static String usage() {
    StringBuilder usage =
        new StringBuilder("usage: java -jar gecc.jar COMMAND [FILE]\n")
            .append(
                "       java -jar gecc.jar generate --centres N --seed S [--form portfolio|assessments]\n")
            .append("       java -jar gecc.jar window|check-application|rounds|progress|deadlines|")
            .append("check-applications|calendar --rounds FILE [FILE]\n")
            .append("       java -jar gecc.jar batch [--rounds FILE] [FILE]\n")
            .append(
                "       java -jar gecc.jar serve [--rounds FILE] [--host 127.0.0.1] [--port 8080]\n")
            .append("       java -jar gecc.jar test DIR [--junit-xml FILE]\n")
            .append(
                "       java -jar gecc.jar impact [--population P] [--configuration C] --a A --b B [--output ndjson|summary] [FILE]\n")
            .append(
                "       java -jar gecc.jar COMMAND --receipt [FILE]   (the answer with its receipt)\n")
            .append("       java -jar gecc.jar COMMAND --help | help | --version\n")
            .append("Reads one JSON document (UTF-8) from FILE or standard input, prints one JSON")
            .append(
                " document (UTF-8);\n`calendar` prints an iCalendar file (text/calendar) instead.\n")
            .append(
                "Exit status: 0 ok, 2 bad input (JSON error on standard error), 1 other failure.\n")
            .append("Commands:\n");
    for (Command command : ToolCommands.all().values()) {
      usage.append(String.format("  %-18s %s%n", command.name(), command.description()));
    }
    usage.append(String.format("  %-18s %s%n", BatchCommand.NAME, BatchCommand.DESCRIPTION));
    usage.append(String.format("  %-18s %s%n", ServeCommand.NAME, ServeCommand.DESCRIPTION));
    usage.append(String.format("  %-18s %s%n", TestCommand.NAME, TestCommand.DESCRIPTION));
    usage.append(String.format("  %-18s %s%n", ImpactCommand.NAME, ImpactCommand.DESCRIPTION));
    return usage.toString().stripTrailing();
  }
}

package io.github.gecc.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.application.Rounds;
import io.github.gecc.json.GeccJson;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.time.ThaiTime;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The {@code gecc} command-line tool: {@code java -jar gecc.jar COMMAND [FILE]}, or {@code
 * COMMAND --option value …} for a command that takes options ({@code generate}).
 *
 * <p>It reads one JSON document from FILE or standard input ({@code -} or no FILE), prints one
 * JSON document on standard output and exits 0. Bad input exits 2 with {@code
 * {"error":{"message":…,"path":…}}} on standard error and nothing on standard output; any other
 * failure exits 1. No stack trace is ever printed.
 */
public final class Main {

  /** Exit status of a successful run. */
  static final int OK = 0;

  /** Exit status of an unexpected failure. */
  static final int FAILURE = 1;

  /** Exit status of bad input. */
  static final int BAD_INPUT = 2;

  /** The largest input document read, in bytes (64 MiB): a library DECISION, see the README. */
  static final int MAX_INPUT_BYTES = 64 * 1024 * 1024;

  private Main() {}

  /**
   * Runs the tool and exits the JVM with its status.
   *
   * @param args {@code COMMAND [FILE]}
   */
  public static void main(String[] args) {
    int status =
        run(args, System.in, System.out, System.err, Clock.system(ThaiTime.ZONE));
    System.out.flush();
    System.exit(status);
  }

  /**
   * Runs the tool without exiting, for tests and embedding.
   *
   * @param args {@code COMMAND [FILE]}
   * @param stdin standard input
   * @param stdout standard output
   * @param stderr standard error
   * @param clock the clock commands read "now" from
   * @return the exit status: 0, 1 or 2
   */
  public static int run(
      String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr, Clock clock) {
    ObjectMapper mapper = GeccJson.mapper();
    try {
      if (args.length == 0 || "--help".equals(args[0]) || "-h".equals(args[0])) {
        if (args.length == 0) {
          stderr.println(usage());
          return BAD_INPUT;
        }
        stdout.println(usage());
        return OK;
      }
      Map<String, Command> commands = Commands.all();
      Command command = commands.get(args[0]);
      if (command == null) {
        return badInput(
            stderr,
            mapper,
            "unknown command '" + args[0] + "'; commands are " + String.join(", ", commands.keySet()),
            null);
      }
      Rounds rounds = Rounds.bundled();
      if (command.takesRounds()) {
        RoundsOption.Split split = RoundsOption.split(Arrays.asList(args).subList(1, args.length));
        if (split.file.isPresent()) {
          rounds = RoundsOption.load(split.file.get(), mapper, rounds);
        }
        List<String> rest = new ArrayList<>();
        rest.add(args[0]);
        rest.addAll(split.rest);
        args = rest.toArray(new String[0]);
      }
      CliContext context = new CliContext(mapper, clock, rounds);
      if (command.takesOptions()) {
        ObjectNode options = mapper.createObjectNode();
        String problem = readOptions(Arrays.copyOfRange(args, 1, args.length), options);
        if (problem != null) {
          return badInput(stderr, mapper, problem, null);
        }
        JsonNode result = command.run(options, context);
        // Streamed, not built as one string: a generated nation may be hundreds of megabytes.
        mapper
            .writerWithDefaultPrettyPrinter()
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .writeValue(stdout, result);
        stdout.println();
        stdout.flush();
        return OK;
      }
      if (args.length > 2) {
        return badInput(
            stderr,
            mapper,
            "too many arguments " + Arrays.toString(Arrays.copyOfRange(args, 2, args.length))
                + "; usage: COMMAND [FILE]",
            null);
      }
      JsonNode input;
      if (command.readsInput()) {
        byte[] bytes;
        try {
          bytes = readInput(args.length == 2 ? args[1] : "-", stdin);
        } catch (NoSuchFileException e) {
          return badInput(stderr, mapper, "input file '" + args[1] + "' does not exist", null);
        } catch (InputTooLargeException e) {
          return badInput(stderr, mapper, e.getMessage(), null);
        }
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
          return badInput(stderr, mapper, "no JSON document on input; expected one JSON object", "");
        }
        input = GeccJson.read(mapper, bytes, JsonNode.class);
      } else {
        if (args.length == 2) {
          return badInput(stderr, mapper, "command '" + command.name() + "' reads no input file", null);
        }
        input = NullNode.getInstance();
      }
      JsonNode result = command.run(input, context);
      stdout.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(result));
      stdout.flush();
      return OK;
    } catch (GeccJsonException e) {
      return badInput(stderr, mapper, e.getOriginalMessage(), e.pointer());
    } catch (JsonMappingException e) {
      return badInput(stderr, mapper, e.getOriginalMessage(), pointer(e));
    } catch (JsonProcessingException e) {
      return badInput(stderr, mapper, "malformed JSON: " + e.getOriginalMessage() + location(e), "");
    } catch (IOException e) {
      return failure(stderr, mapper, "could not read input: " + e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return failure(stderr, mapper, "internal error: " + e);
    }
  }

  /** Reads {@code --name value} (or {@code --name=value}) pairs; returns a problem or null. */
  private static String readOptions(String[] args, ObjectNode options) {
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
      if (options.has(name)) {
        return "option --" + name + " is given twice";
      }
      options.put(name, value);
    }
    return null;
  }

  private static byte[] readInput(String file, InputStream stdin) throws IOException {
    InputStream in = "-".equals(file) ? stdin : Files.newInputStream(Path.of(file));
    try (InputStream limited = in) {
      byte[] bytes = limited.readNBytes(MAX_INPUT_BYTES + 1);
      if (bytes.length > MAX_INPUT_BYTES) {
        throw new InputTooLargeException(
            "input is larger than " + MAX_INPUT_BYTES + " bytes, the most the tool reads");
      }
      return bytes;
    }
  }

  private static String location(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    if (location == null || location.getLineNr() < 0) {
      return "";
    }
    return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static String pointer(JsonMappingException e) {
    StringBuilder pointer = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      pointer.append('/');
      if (ref.getFieldName() != null) {
        pointer.append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
      } else {
        pointer.append(ref.getIndex());
      }
    }
    return pointer.toString();
  }

  private static int badInput(PrintStream stderr, ObjectMapper mapper, String message, String path) {
    ObjectNode error = mapper.createObjectNode();
    ObjectNode body = error.putObject("error");
    body.put("message", message);
    if (path != null) {
      body.put("path", path);
    }
    stderr.println(error);
    return BAD_INPUT;
  }

  private static int failure(PrintStream stderr, ObjectMapper mapper, String message) {
    ObjectNode error = mapper.createObjectNode();
    error.putObject("error").put("message", message);
    stderr.println(error);
    return FAILURE;
  }

  private static String usage() {
    StringBuilder usage =
        new StringBuilder("usage: java -jar gecc.jar COMMAND [FILE]\n")
            .append("       java -jar gecc.jar generate --centres N --seed S\n")
            .append("       java -jar gecc.jar window|check-application|rounds --rounds FILE [FILE]\n")
            .append("Reads one JSON document from FILE or standard input, prints one JSON document.\n")
            .append("Exit status: 0 ok, 2 bad input (JSON error on standard error), 1 other failure.\n")
            .append("Commands:\n");
    for (Command command : Commands.all().values()) {
      usage.append(String.format("  %-18s %s%n", command.name(), command.description()));
    }
    return usage.toString().stripTrailing();
  }

  private static final class InputTooLargeException extends IOException {
    /** The serialization version. */
    private static final long serialVersionUID = 1L;

    InputTooLargeException(String message) {
      super(message);
    }
  }
}

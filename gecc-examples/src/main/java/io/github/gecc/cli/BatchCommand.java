package io.github.gecc.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Iterator;
import org.jspecify.annotations.Nullable;

/**
 * {@code batch [FILE]}: many requests in one process. Reads newline-delimited JSON, one request a
 * line, {@code {"id":…,"command":"evaluate","input":{…}}}, and writes one result line per request,
 * in order: {@code {"id":…,"status":0,"output":{…}}}, or {@code {"id":…,"status":2,"error":{…}}}
 * with the command line's exit status and error object ({@code path} points into {@code input}).
 *
 * <p>A bad line (not UTF-8, malformed JSON, an unknown command or field, bad input) gives its
 * error line and the batch goes on; a blank line is not a request and gives no line. The exit
 * status is 0 once every line is answered. The {@code id} is echoed as given (any JSON value;
 * null when the line has none or cannot be read).
 */
final class BatchCommand {

  /** The command's name. */
  static final String NAME = "batch";

  /** The one-line description for the usage text. */
  static final String DESCRIPTION = "many requests in one process: NDJSON in, one result a line out";

  /** The help text. */
  static final String HELP =
      """
      usage: java -jar gecc.jar batch [--rounds FILE] [FILE]
      Reads newline-delimited JSON (UTF-8) from FILE or standard input, one request a line:
        {"id":"a1","command":"evaluate","input":{"rulebook":"GECC-2560","met":["B01"]}}
      and writes one result a line, in the same order:
        {"id":"a1","status":0,"output":{…the command's output…}}
        {"id":"a2","status":2,"error":{"message":"…","path":"/met/0"}}
      Commands: fiscal-year, thai-date, evaluate, window, check-application, certification,
      portfolio. status is the command line's exit status for that request. A bad line gives
      its error line and the batch goes on; blank lines are skipped. Exit status 0 when every
      line was answered. --rounds FILE reads a round register once, for every line.\
      """;

  private BatchCommand() {}

  static int run(
      String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr, Invoker invoker)
      throws IOException {
    ObjectMapper mapper = invoker.mapper();
    if (args.length > 1) {
      return Main.print(
          stderr, mapper, Answer.badInput("too many arguments; usage: batch [FILE]", null));
    }
    InputStream in;
    try {
      in = InputFiles.open(args.length == 1 ? args[0] : "-", stdin);
    } catch (InputFiles.Refused e) {
      return Main.print(stderr, mapper, Answer.badInput(String.valueOf(e.getMessage()), null));
    }
    try (InputStream lines = in) {
      LineReader reader = new LineReader(lines, InputFiles.MAX_INPUT_BYTES);
      byte[] line;
      while ((line = reader.next()) != null) {
        if (reader.overlong()) {
          write(stdout, mapper, NullNode.getInstance(), Answer.tooLarge(
              "line " + reader.number() + " is longer than " + InputFiles.MAX_INPUT_BYTES
                  + " bytes, the most the tool reads"));
          continue;
        }
        if (isBlank(line)) {
          continue;
        }
        answerLine(line, stdout, mapper, invoker);
      }
    }
    stdout.flush();
    return Main.OK;
  }

  /** Answers one request line and writes its result line. */
  static void answerLine(byte[] line, PrintStream out, ObjectMapper mapper, Invoker invoker) {
    JsonNode id = NullNode.getInstance();
    Answer answer;
    String encoding = Invoker.utf8Problem(line);
    if (encoding != null) {
      answer = Answer.badInput(encoding, null);
    } else {
      try {
        JsonNode request = mapper.readTree(line);
        if (request.isObject() && request.has("id")) {
          id = request.get("id");
        }
        answer = answerRequest(request, invoker);
      } catch (JsonProcessingException e) {
        answer = Answer.badInput(Invoker.refusal(e).message(), null);
      } catch (IOException e) {
        answer = Answer.failure("could not read the line: " + e.getMessage());
      } catch (OutOfMemoryError e) {
        answer = Answer.outOfMemory(Invoker.outOfMemory());
      }
    }
    write(out, mapper, id, answer);
  }

  private static Answer answerRequest(JsonNode request, Invoker invoker) {
    if (!request.isObject()) {
      return Answer.badInput(
          "a batch line is an object {\"id\",\"command\",\"input\"}, not " + request.getNodeType(),
          null);
    }
    for (Iterator<String> names = request.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals("id") && !name.equals("command") && !name.equals("input")) {
        return Answer.badInput(
            "unknown field '" + name + "' in a batch line; a line has id, command and input",
            null);
      }
    }
    JsonNode name = request.path("command");
    if (!name.isTextual()) {
      return Answer.badInput(
          "a batch line needs \"command\", the name of a command: one of "
              + String.join(", ", invoker.commands().keySet()),
          null);
    }
    Command command = invoker.commands().get(name.asText());
    if (command == null) {
      return Answer.badInput(
          "unknown command '"
              + name.asText()
              + "'; a batch runs "
              + String.join(", ", invoker.commands().keySet()),
          null);
    }
    if (!request.has("input")) {
      return Answer.badInput(
          "a batch line needs \"input\", the document the command reads", null);
    }
    return invoker.answer(command, request.get("input"));
  }

  private static void write(PrintStream out, ObjectMapper mapper, JsonNode id, Answer answer) {
    ObjectNode result = mapper.createObjectNode();
    result.set("id", id);
    result.put("status", answer.exitStatus());
    if (answer.isOk()) {
      result.set("output", answer.output());
    } else {
      result.set("error", answer.error(mapper));
    }
    try {
      mapper.writeValue(new NonClosing(out), result);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    out.write('\n');
  }

  private static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /** Splits a stream into lines of bytes at {@code \n}, keeping at most a limit of each. */
  static final class LineReader {
    private final InputStream in;
    private final int limit;
    private final byte[] chunk = new byte[1 << 16];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int position;
    private int end;
    private int number;
    private boolean overlong;

    LineReader(InputStream in, int limit) {
      this.in = in;
      this.limit = limit;
    }

    /** The next line without its end, or null at the end of the input. */
    byte @Nullable [] next() throws IOException {
      line.reset();
      overlong = false;
      boolean any = false;
      while (true) {
        if (position == end) {
          end = in.read(chunk, 0, chunk.length);
          position = 0;
          if (end <= 0) {
            end = 0;
            break;
          }
        }
        any = true;
        int newline = position;
        while (newline < end && chunk[newline] != '\n') {
          newline++;
        }
        keep(position, newline - position);
        if (newline < end) {
          position = newline + 1;
          number++;
          return line.toByteArray();
        }
        position = end;
      }
      if (!any) {
        return null;
      }
      number++;
      return line.toByteArray();
    }

    private void keep(int from, int length) {
      int room = limit - line.size();
      if (length > room) {
        overlong = true;
        length = Math.max(room, 0);
      }
      line.write(chunk, from, length);
    }

    /** The 1-based number of the line last returned. */
    int number() {
      return number;
    }

    /** Whether the line last returned was cut at the limit. */
    boolean overlong() {
      return overlong;
    }
  }

  /** Lets Jackson write into the output without closing it. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(java.io.OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}

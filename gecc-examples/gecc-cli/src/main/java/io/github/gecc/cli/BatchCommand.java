package io.github.gecc.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.commands.Answer;
import io.github.gecc.commands.Command;
import io.github.gecc.commands.InputFiles;
import io.github.gecc.commands.Invoker;
import io.github.gecc.commands.Receipt;
import io.github.gecc.commands.Request;
import io.github.gecc.json.GeccDocument;
import io.github.gecc.json.GeccJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Iterator;

/**
 * {@code batch [FILE]}: many requests in one process. Reads newline-delimited JSON, one request a
 * line, {@code {"id":…,"command":"evaluate","input":{…}}}, and writes one result line per request,
 * in order: {@code {"id":…,"status":0,"output":{…}}}, or {@code {"id":…,"status":2,"error":{…}}}
 * with the command line's exit status and error object ({@code path} points into {@code input}).
 *
 * <p>Whatever a line holds — bytes that are not UTF-8, malformed JSON, a number no reader can hold,
 * a field given twice, more bytes than the heap or the limit can hold, an unknown command, bad
 * input — it gets its own result line and the batch goes on to the end of the input; a blank line
 * is not a request and gives no line. The {@code id} is echoed as given (any JSON value) whenever
 * it can be read, even from a line that fails; null otherwise. The exit status is 0 once every line
 * is answered; a summary on standard error counts the lines answered and failed.
 */
final class BatchCommand {

  /** The command's name. */
  static final String NAME = "batch";

  /** The one-line description for the usage text. */
  static final String DESCRIPTION =
      "many requests in one process: NDJSON in, one result a line out";

  /** The help text. */
  static final String HELP =
      """
      usage: java -jar gecc.jar batch [--rounds FILE] [FILE]
      Reads newline-delimited JSON (UTF-8) from FILE or standard input, one request a line:
        {"id":"a1","command":"evaluate","input":{"rulebook":"GECC-2560","met":["B01"]}}
      and writes one result a line, in the same order:
        {"id":"a1","status":0,"output":{…the command's output…}}
        {"id":"a2","status":2,"error":{"message":"…","path":"/met/0"}}
      "receipt":true on a line adds the answer's receipt (see docs/receipts.md): a JSON
      output gains the member "receipt"; a text output (calendar) has it beside "output".
      Commands: fiscal-year, thai-date, evaluate, window, check-application, certification,
      portfolio. status is the command line's exit status for that request. Every line gets
      its result line, whatever it holds (not UTF-8, malformed, too large for the heap), and
      the batch goes on; the id is echoed whenever it can be read; blank lines are skipped.
      Exit status 0 when every line was answered (some answers may be errors), 1 when the
      input or output failed midway; standard error ends with a summary,
      {"summary":{"answered":N,"succeeded":N,"failed":N}}. --rounds FILE reads a round
      register once, for every line.\
      """;

  /** The most of a line kept to find its id when the whole line cannot be held: 64 KiB. */
  static final int ID_PREFIX_BYTES = 64 * 1024;

  private BatchCommand() {}

  static int run(
      String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr, Invoker invoker)
      throws IOException {
    ObjectMapper mapper = invoker.mapper();
    if (args.length > 1) {
      return Main.print(
          stderr,
          mapper,
          Answer.badInput(Answer.USAGE, "too many arguments; usage: batch [FILE]", null));
    }
    InputStream in;
    try {
      in = InputFiles.open(args.length == 1 ? args[0] : "-", stdin);
    } catch (InputFiles.Refused e) {
      return Main.print(stderr, mapper, Answer.badInput(Answer.USAGE, Request.messageOf(e), null));
    }
    long succeeded = 0;
    long failed = 0;
    try (InputStream lines = in) {
      LineReader reader = new LineReader(lines, InputFiles.MAX_INPUT_BYTES);
      while (reader.next()) {
        Result result;
        try {
          if (reader.isBlank()) {
            continue;
          }
          result =
              reader.isPartial()
                  ? partial(reader, mapper)
                  : answerLine(reader.line(), mapper, invoker);
        } catch (OutOfMemoryError e) {
          // The copy of a line as long as the heap: only its start is kept, for the id.
          reader.cutToPrefix();
          result =
              new Result(idOf(mapper, reader.line()), Answer.outOfMemory(Invoker.outOfMemory()));
        }
        write(stdout, mapper, result);
        if (result.answer.isOk()) {
          succeeded++;
        } else {
          failed++;
        }
      }
    } catch (IOException e) {
      summary(stderr, mapper, succeeded, failed);
      return Main.print(
          stderr,
          mapper,
          Answer.failure(
              "the batch input could not be read after "
                  + (succeeded + failed)
                  + " lines: "
                  + e.getMessage()));
    }
    stdout.flush();
    summary(stderr, mapper, succeeded, failed);
    if (stdout.checkError()) {
      return Main.print(stderr, mapper, Answer.failure("the results could not be written"));
    }
    return Main.OK;
  }

  /** The answer to a line cut at the limit or at what the heap could hold. */
  private static Result partial(LineReader reader, ObjectMapper mapper) {
    Answer answer =
        reader.tooLargeForHeap()
            ? Answer.outOfMemory(Invoker.outOfMemory())
            : Answer.tooLarge(
                "line "
                    + reader.number()
                    + " is longer than "
                    + InputFiles.MAX_INPUT_BYTES
                    + " bytes, the most the tool reads");
    return new Result(idOf(mapper, reader.line()), answer);
  }

  private static void summary(
      PrintStream stderr, ObjectMapper mapper, long succeeded, long failed) {
    ObjectNode summary = mapper.createObjectNode();
    summary
        .putObject("summary")
        .put("answered", succeeded + failed)
        .put("succeeded", succeeded)
        .put("failed", failed);
    stderr.println(summary);
    stderr.flush();
  }

  /** A line's id (null when it cannot be read) and its answer. */
  static final class Result {
    final JsonNode id;
    final Answer answer;

    Result(JsonNode id, Answer answer) {
      this.id = id;
      this.answer = answer;
    }
  }

  /** Answers one request line and writes its result line. */
  static void answerLine(byte[] line, PrintStream out, ObjectMapper mapper, Invoker invoker) {
    write(out, mapper, answerLine(line, mapper, invoker));
  }

  /** Answers one request line. */
  static Result answerLine(byte[] line, ObjectMapper mapper, Invoker invoker) {
    try {
      // The line is parsed once: its envelope read from the tree built from its tokens, its
      // input answered from the tokens themselves.
      GeccDocument document;
      JsonNode request;
      try {
        document = GeccDocument.parse(mapper, line);
        request = document.tree();
      } catch (GeccJsonException e) {
        return new Result(idOf(mapper, line), lineRefusal(e));
      }
      JsonNode id =
          request.isObject() && request.has("id") ? request.get("id") : NullNode.getInstance();
      return new Result(id, answerRequest(document, request, invoker));
    } catch (OutOfMemoryError e) {
      return new Result(NullNode.getInstance(), Answer.outOfMemory(Invoker.outOfMemory()));
    }
  }

  /**
   * A refusal while reading the line: a pointer into {@code input} becomes the error's path, as the
   * command line's; any other pointer is named in the message.
   */
  private static Answer lineRefusal(GeccJsonException e) {
    String pointer = e.pointer();
    if (pointer.equals("/input") || pointer.startsWith("/input/")) {
      Answer refused = Invoker.refusal(e);
      return Answer.badInput(
          refused.rule().orElse(null),
          refused.message(),
          refused.thai().orElse(null),
          pointer.substring("/input".length()));
    }
    return Answer.badInput(
        e.rule().orElse(null),
        e.getOriginalMessage() + (pointer.isEmpty() ? "" : " (at " + pointer + " of the line)"),
        null,
        null);
  }

  /**
   * The line's top-level {@code id}, read token by token up to the first fault: null when the line
   * is not an object, has no id before the fault, gives it twice, or the id itself cannot be read.
   */
  static JsonNode idOf(ObjectMapper mapper, byte[] line) {
    JsonNode id = null;
    try (JsonParser parser = mapper.createParser(line)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return NullNode.getInstance();
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        if (name.equals("id")) {
          if (id != null) {
            return NullNode.getInstance(); // two ids: which one the caller meant is unknown
          }
          id =
              mapper
                  .readerFor(JsonNode.class)
                  .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                  .readValue(parser);
        } else {
          parser.skipChildren();
        }
      }
    } catch (IOException | RuntimeException e) {
      // The fault the line's own error names; the id read before it stands.
    }
    return id == null || id.isMissingNode() ? NullNode.getInstance() : id;
  }

  private static Answer answerRequest(GeccDocument document, JsonNode request, Invoker invoker) {
    if (!request.isObject()) {
      return Answer.badInput(
          Invoker.FIELDS,
          "a batch line is an object {\"id\",\"command\",\"input\"}, not " + request.getNodeType(),
          null);
    }
    for (Iterator<String> names = request.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals("id")
          && !name.equals("command")
          && !name.equals("input")
          && !name.equals(Receipt.FIELD)) {
        return Answer.badInput(
            Invoker.FIELDS,
            "unknown field '"
                + name
                + "' in a batch line; a line has id, command, input and"
                + " receipt",
            null);
      }
    }
    JsonNode receipt = request.path(Receipt.FIELD);
    if (!receipt.isMissingNode() && !receipt.isBoolean()) {
      return Answer.badInput(
          Invoker.FIELDS,
          "\"receipt\" in a batch line is true or false, not " + receipt.getNodeType(),
          null);
    }
    JsonNode name = request.path("command");
    if (!name.isTextual()) {
      return Answer.badInput(
          Invoker.FIELDS,
          "a batch line needs \"command\", the name of a command: one of "
              + String.join(", ", invoker.commands().keySet()),
          null);
    }
    Command command = invoker.commands().get(name.asText());
    if (command == null) {
      return Answer.badInput(
          Answer.USAGE,
          "unknown command '"
              + name.asText()
              + "'; a batch runs "
              + String.join(", ", invoker.commands().keySet()),
          null);
    }
    if (!request.has("input")) {
      return Answer.badInput(
          Invoker.FIELDS, "a batch line needs \"input\", the document the command reads", null);
    }
    GeccDocument input;
    try {
      input = document.at("/input");
    } catch (GeccJsonException e) {
      return Invoker.refusal(e); // cannot be: the line has its input, checked above
    }
    return invoker.answer(command, input, receipt.asBoolean(false));
  }

  private static void write(PrintStream out, ObjectMapper mapper, Result line) {
    ObjectNode result = mapper.createObjectNode();
    result.set("id", line.id);
    result.put("status", line.answer.exitStatus());
    if (line.answer.isOk()) {
      result.set("output", line.answer.output());
      if (line.answer.isText()) {
        // A JSON output holds its receipt; a text output cannot, so it stands beside it.
        line.answer.receipt().ifPresent(receipt -> result.set(Receipt.FIELD, receipt));
      }
    } else {
      result.set("error", line.answer.error(mapper));
    }
    try {
      mapper.writeValue(new NonClosing(out), result);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    out.write('\n');
  }

  /**
   * Splits a stream into lines of bytes at {@code \n}. A line longer than the limit, or than the
   * heap can hold, is read to its end but only its first {@link #ID_PREFIX_BYTES} are kept, and it
   * is marked partial; the next line is read as usual.
   */
  static final class LineReader {
    private final InputStream in;
    private final int limit;
    private final byte[] chunk = new byte[1 << 16];
    private byte[] line = new byte[1 << 12];
    private int size;
    private int position;
    private int end;
    private int number;
    private boolean overlong;
    private boolean tooLargeForHeap;

    LineReader(InputStream in, int limit) {
      this.in = in;
      this.limit = limit;
    }

    /** Moves to the next line; false at the end of the input. */
    boolean next() throws IOException {
      size = 0;
      overlong = false;
      tooLargeForHeap = false;
      if (line.length > (1 << 20)) {
        line = new byte[1 << 12]; // a long line's buffer is not kept for the short ones after it
      }
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
          return true;
        }
        position = end;
      }
      if (any) {
        number++;
      }
      return any;
    }

    private void keep(int from, int length) {
      if (isPartial()) {
        return;
      }
      if ((long) size + length > limit) {
        keep(from, limit - size); // the line up to the limit, of which the prefix stays
        overlong = true;
        cutToPrefix();
        return;
      }
      if (size + length > line.length) {
        try {
          line =
              Arrays.copyOf(line, (int) Math.min(limit, Math.max(size + length, 2L * line.length)));
        } catch (OutOfMemoryError e) {
          tooLargeForHeap = true;
          cutToPrefix();
          return;
        }
      }
      System.arraycopy(chunk, from, line, size, length);
      size += length;
    }

    void cutToPrefix() {
      line = Arrays.copyOf(line, Math.min(size, ID_PREFIX_BYTES));
      size = line.length;
    }

    /** Whether the current line holds only spaces, tabs and carriage returns, or nothing. */
    boolean isBlank() {
      for (int i = 0; i < size; i++) {
        if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r') {
          return false;
        }
      }
      return !isPartial();
    }

    /** The current line without its end; only its first bytes when it {@link #isPartial}. */
    byte[] line() {
      return Arrays.copyOf(line, size);
    }

    /** The 1-based number of the current line. */
    int number() {
      return number;
    }

    /** Whether the current line was cut: longer than the limit or than the heap could hold. */
    boolean isPartial() {
      return overlong || tooLargeForHeap;
    }

    /** Whether the current line was cut because the heap could not hold it. */
    boolean tooLargeForHeap() {
      return tooLargeForHeap;
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

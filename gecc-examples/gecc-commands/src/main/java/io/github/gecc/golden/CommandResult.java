package io.github.gecc.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.util.Objects;

/**
 * What one command run produced: its exit status (0 ok, 2 bad input, 1 other failure), the output
 * document of a success and the error object ({@code {"message":…,"path":…}}) of a refusal.
 */
public final class CommandResult {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final int status;
  private final JsonNode output;
  private final JsonNode error;

  private CommandResult(int status, JsonNode output, JsonNode error) {
    this.status = status;
    this.output = output.deepCopy();
    this.error = error.deepCopy();
  }

  /**
   * Returns the result of a run that printed {@code output} and exited 0.
   *
   * @param output the output document
   * @return the result
   */
  public static CommandResult success(JsonNode output) {
    return new CommandResult(
        0, Objects.requireNonNull(output, "output"), MissingNode.getInstance());
  }

  /**
   * Returns the result of a run that exited {@code status} with an error object.
   *
   * @param status the exit status, 1 or 2
   * @param error the error object, {@code {"message":…,"path":…}}
   * @return the result
   * @throws IllegalArgumentException if {@code status} is 0
   */
  public static CommandResult error(int status, JsonNode error) {
    if (status == 0) {
      throw new IllegalArgumentException("an error result has a non-zero status, not 0");
    }
    return new CommandResult(
        status, MissingNode.getInstance(), Objects.requireNonNull(error, "error"));
  }

  /**
   * Returns the result of a process-like run from what it printed: standard output is the output
   * document, standard error holds {@code {"error":{…}}}. Text that is not JSON is kept as a
   * missing node, so that any expected field of it is reported absent.
   *
   * @param status the exit status
   * @param stdout what was printed on standard output
   * @param stderr what was printed on standard error
   * @return the result
   */
  public static CommandResult ofStreams(int status, String stdout, String stderr) {
    return new CommandResult(status, parse(stdout), parse(stderr).path("error"));
  }

  private static JsonNode parse(String text) {
    if (text == null || text.isBlank()) {
      return MissingNode.getInstance();
    }
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      return MissingNode.getInstance();
    }
  }

  /**
   * Returns the exit status.
   *
   * @return 0 ok, 2 bad input, 1 other failure
   */
  public int status() {
    return status;
  }

  /**
   * Returns a copy of the output document.
   *
   * @return the document, a missing node when the run failed
   */
  public JsonNode output() {
    return output.deepCopy();
  }

  /**
   * Returns a copy of the error object.
   *
   * @return {@code {"message":…,"path":…}}, a missing node when the run succeeded
   */
  public JsonNode error() {
    return error.deepCopy();
  }

  @Override
  public String toString() {
    return "status " + status + (status == 0 ? ", output " + output : ", error " + error);
  }
}

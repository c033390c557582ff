package io.github.gecc.cli;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gecc.application.ApplicationWindow;
import io.github.gecc.application.Rounds;
import io.github.gecc.json.GeccJson;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.json.JsonObjectInput;
import io.github.gecc.json.deser.RoundRegisterDeserializer;
import io.github.gecc.time.FiscalYear;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The round register on the command line, in one place for every command that takes it: the
 * option {@code --rounds FILE} ({@link #split}, {@link #load}), a request's inline {@code
 * "rounds": […]} ({@link #withInline}) and the refusal of an unknown round that says how to supply
 * it ({@link #windowOf}).
 *
 * <p>A rounds file holds a round register: a JSON array of rounds, or an object {@code
 * {"rounds":[…]}}. Its errors name the file, and their path points into it.
 */
final class RoundsOption {

  /** The option's name, as typed. */
  static final String OPTION = "--rounds";

  /** How to supply a round the library does not know, appended to the refusal. */
  static final String HOW_TO_SUPPLY =
      "; supply its window in a round register: \"rounds\": [ … ] beside the request, or"
          + " --rounds FILE (see gecc rounds and the operators' guide, gecc-examples/docs/rounds.md)";

  private RoundsOption() {}

  /** The arguments without the rounds option, and the file it names, if any. */
  static final class Split {
    final List<String> rest;
    final Optional<String> file;

    Split(List<String> rest, Optional<String> file) {
      this.rest = rest;
      this.file = file;
    }
  }

  /**
   * Takes {@code --rounds FILE} or {@code --rounds=FILE} out of a command's arguments.
   *
   * @param args the arguments after the command name
   * @return the other arguments, in order, and the file
   * @throws GeccJsonException if the option has no value or is given twice
   */
  static Split split(List<String> args) throws GeccJsonException {
    List<String> rest = new ArrayList<>();
    Optional<String> file = Optional.empty();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      String value;
      if (arg.equals(OPTION)) {
        if (i + 1 >= args.size()) {
          throw new GeccJsonException("option " + OPTION + " has no value; give a rounds FILE", JsonPointer.empty());
        }
        value = args.get(++i);
      } else if (arg.startsWith(OPTION + "=")) {
        value = arg.substring(OPTION.length() + 1);
      } else {
        rest.add(arg);
        continue;
      }
      if (file.isPresent()) {
        throw new GeccJsonException("option " + OPTION + " is given twice", JsonPointer.empty());
      }
      file = Optional.of(value);
    }
    return new Split(rest, file);
  }

  /**
   * Reads a rounds file and merges its register over known rounds; the one loader of rounds
   * files for every command and service.
   *
   * @param file the file's path
   * @param mapper the strict mapper
   * @param known the rounds known so far, usually {@link Rounds#bundled()}
   * @return the merged rounds
   * @throws GeccJsonException if the file is missing, a directory, unreadable, too large, not JSON
   *     or not a valid register; the message names the file, the path points into it
   */
  static Rounds load(String file, ObjectMapper mapper, Rounds known) throws GeccJsonException {
    Path path = Path.of(file);
    if (Files.isDirectory(path)) {
      throw fileError(file, "is a directory, not a JSON file", JsonPointer.empty());
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      bytes = in.readNBytes(Main.MAX_INPUT_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw fileError(file, "does not exist", JsonPointer.empty());
    } catch (IOException e) {
      throw fileError(file, "cannot be read: " + e.getMessage(), JsonPointer.empty());
    }
    if (bytes.length > Main.MAX_INPUT_BYTES) {
      throw fileError(file, "is larger than " + Main.MAX_INPUT_BYTES + " bytes", JsonPointer.empty());
    }
    try {
      JsonNode tree = GeccJson.readTree(mapper, bytes);
      JsonInput root = JsonInput.root(tree);
      JsonInput register = root;
      if (tree.isObject()) {
        JsonObjectInput object = root.object("rounds file");
        register = object.required("rounds");
        object.finish();
      }
      return new RoundRegisterDeserializer().readInto(register, known);
    } catch (GeccJsonException e) {
      throw fileError(file, e.getOriginalMessage(), JsonPointer.compile(e.pointer()));
    }
  }

  private static GeccJsonException fileError(String file, String message, JsonPointer at) {
    return new GeccJsonException("rounds file '" + file + "': " + message, at);
  }

  /**
   * Merges a request's inline register, if any, over known rounds.
   *
   * @param inline the request's {@code rounds} field, if present
   * @param known the rounds known so far
   * @return the merged rounds
   * @throws GeccJsonException if the register is refused; the path points into the request
   */
  static Rounds withInline(Optional<JsonInput> inline, Rounds known) throws GeccJsonException {
    return inline.isPresent() ? new RoundRegisterDeserializer().readInto(inline.get(), known) : known;
  }

  /**
   * Returns the window of a round, refusing an unknown round at its field with the rounds known
   * and how to supply another.
   *
   * @param rounds the rounds known
   * @param round the round asked for
   * @param roundInput the request's round field, to blame
   * @return the window
   * @throws GeccJsonException if the round is not known
   */
  static ApplicationWindow windowOf(Rounds rounds, FiscalYear round, JsonInput roundInput)
      throws GeccJsonException {
    Optional<ApplicationWindow> window = rounds.calendar().window(round);
    if (window.isPresent()) {
      return window.get();
    }
    try {
      return rounds.windowOf(round);
    } catch (IllegalArgumentException e) {
      throw roundInput.error(e.getMessage() + HOW_TO_SUPPLY, e);
    }
  }
}

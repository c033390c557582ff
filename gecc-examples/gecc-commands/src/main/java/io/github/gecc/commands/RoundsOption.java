package io.github.gecc.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gecc.RefusalException;
import io.github.gecc.application.ApplicationWindow;
import io.github.gecc.application.RoundDefinition;
import io.github.gecc.application.Rounds;
import io.github.gecc.json.GeccDocument;
import io.github.gecc.json.GeccJsonException;
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
 * The round register on the command line, in one place for every command that takes it: the option
 * {@code --rounds FILE} ({@link #split}, {@link #load}), a request's inline {@code "rounds": […]}
 * ({@link #withInline}) and the refusal of an unknown round that says how to supply it ({@link
 * #windowOf}).
 *
 * <p>A rounds file holds a round register: a JSON array of rounds, or an object {@code
 * {"rounds":[…]}}. Its errors name the file, and their path points into it.
 */
public final class RoundsOption {

  /** The option's name, as typed. */
  public static final String OPTION = "--rounds";

  /** How to supply a round the library does not know, appended to the refusal. */
  static final String HOW_TO_SUPPLY =
      "; supply its window in a round register: \"rounds\": [ … ] beside the request, or"
          + " --rounds FILE (see gecc rounds and the operators' guide, gecc-examples/docs/rounds.md)";

  private RoundsOption() {}

  /** The arguments without the rounds option, and the file it names, if any. */
  public static final class Split {
    /** The arguments without the option, in order. */
    public final List<String> rest;

    /** The file the option names, if it is given. */
    public final Optional<String> file;

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
  public static Split split(List<String> args) throws GeccJsonException {
    List<String> rest = new ArrayList<>();
    Optional<String> file = Optional.empty();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      String value;
      if (arg.equals(OPTION)) {
        if (i + 1 >= args.size()) {
          throw new GeccJsonException(
              Answer.USAGE, "option " + OPTION + " has no value; give a rounds FILE", "", null);
        }
        value = args.get(++i);
      } else if (arg.startsWith(OPTION + "=")) {
        value = arg.substring(OPTION.length() + 1);
      } else {
        rest.add(arg);
        continue;
      }
      if (file.isPresent()) {
        throw new GeccJsonException(Answer.USAGE, "option " + OPTION + " is given twice", "", null);
      }
      file = Optional.of(value);
    }
    return new Split(rest, file);
  }

  /**
   * Reads a rounds file and merges its register over known rounds; the one loader of rounds files
   * for every command and service.
   *
   * @param file the file's path
   * @param mapper the strict mapper
   * @param known the rounds known so far, usually {@link Rounds#bundled()}
   * @return the merged rounds
   * @throws GeccJsonException if the file is missing, a directory, unreadable, too large, not JSON
   *     or not a valid register; the message names the file, the path points into it
   */
  public static Rounds load(String file, ObjectMapper mapper, Rounds known)
      throws GeccJsonException {
    Path path = Path.of(file);
    if (Files.isDirectory(path)) {
      throw fileError(file, "is a directory, not a JSON file", "");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      bytes = in.readNBytes(InputFiles.MAX_INPUT_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw fileError(file, "does not exist", "");
    } catch (IOException e) {
      throw fileError(file, "cannot be read: " + e.getMessage(), "");
    }
    if (bytes.length > InputFiles.MAX_INPUT_BYTES) {
      throw fileError(file, "is larger than " + InputFiles.MAX_INPUT_BYTES + " bytes", "");
    }
    try {
      RequestDocument document = RequestDocument.parse(mapper, bytes);
      JsonNode tree = document.tree();
      if (tree.isObject()) {
        new Request(mapper, document, "rounds file", List.of("rounds"));
        if (!tree.hasNonNull("rounds")) {
          throw new GeccJsonException(
              Invoker.FIELDS, "rounds file needs the field 'rounds'", "/rounds", null);
        }
        return readInto(mapper, document.document(), "/rounds", known);
      }
      return readInto(mapper, document.document(), "", known);
    } catch (GeccJsonException e) {
      throw new GeccJsonException(
          "rounds file '" + file + "': " + e.getOriginalMessage(), e.pointer(), e);
    }
  }

  private static GeccJsonException fileError(String file, String message, String at) {
    return new GeccJsonException(Answer.USAGE, "rounds file '" + file + "': " + message, at, null);
  }

  /** Merges a request's inline register, when it has one, over the rounds known. */
  static Rounds withInline(CliContext context, JsonNode request, Rounds known)
      throws GeccJsonException {
    return request.hasNonNull("rounds")
        ? readInto(context.mapper(), context.request(request).document(), "/rounds", known)
        : known;
  }

  /**
   * Reads the register at {@code at} (a list of rounds) and merges it over the rounds known; the
   * core refuses a round at its own path, {@code rounds[i]…}, which points under {@code at}.
   *
   * @param mapper the strict mapper
   * @param document the request document that holds the register, parsed once
   * @param at the JSON Pointer of the register in {@code document}
   * @param known the rounds the register extends
   * @return the rounds known with the register merged over them
   * @throws GeccJsonException if the register is refused, at the pointer of the value to blame
   */
  public static Rounds readInto(ObjectMapper mapper, GeccDocument document, String at, Rounds known)
      throws GeccJsonException {
    RoundDefinition[] register = document.read(mapper, at, RoundDefinition[].class);
    try {
      return known.plus(List.of(register));
    } catch (RefusalException e) {
      throw refused(e, at, 1);
    }
  }

  /**
   * Returns the window of a round the request names at {@code roundPointer}, refusing a round not
   * known with the core's message and how to supply it.
   */
  static ApplicationWindow windowOf(Rounds rounds, FiscalYear round, String roundPointer)
      throws GeccJsonException {
    try {
      return rounds.windowOf(round);
    } catch (RefusalException e) {
      throw refused(e, roundPointer, 0);
    }
  }

  /**
   * Translates a core refusal of a value read at {@code at}: its path, after {@code skip} leading
   * names, continues the pointer; a round not known (RULES.md 4.14) says how to supply it.
   */
  static GeccJsonException refused(RefusalException refusal, String at, int skip) {
    StringBuilder pointer = new StringBuilder(at);
    List<String> tokens = refusal.path().tokens();
    for (String token : tokens.subList(Math.min(skip, tokens.size()), tokens.size())) {
      pointer.append('/').append(token.replace("~", "~0").replace("/", "~1"));
    }
    String message =
        refusal.rule().equals("4.14") ? refusal.getMessage() + HOW_TO_SUPPLY : refusal.getMessage();
    return new GeccJsonException(message, pointer.toString(), refusal);
  }
}

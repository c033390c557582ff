package io.github.gecc.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gecc.application.ApplicationWindow;
import io.github.gecc.application.Rounds;
import io.github.gecc.json.GeccJson;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.time.FiscalYear;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import io.github.gecc.application.RoundDefinition;
import io.github.gecc.application.RoundRegister;
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
          throw new GeccJsonException("option " + OPTION + " has no value; give a rounds FILE", "");
        }
        value = args.get(++i);
      } else if (arg.startsWith(OPTION + "=")) {
        value = arg.substring(OPTION.length() + 1);
      } else {
        rest.add(arg);
        continue;
      }
      if (file.isPresent()) {
        throw new GeccJsonException("option " + OPTION + " is given twice", "");
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
  public static Rounds load(String file, ObjectMapper mapper, Rounds known) throws GeccJsonException {
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
      JsonNode tree = GeccJson.read(mapper, bytes, JsonNode.class);
      if (tree.isObject()) {
        new Request(mapper, tree, "rounds file", List.of("rounds"));
        if (!tree.hasNonNull("rounds")) {
          throw new GeccJsonException("rounds file needs the field 'rounds'", "/rounds");
        }
        return readInto(mapper, tree, "/rounds", known);
      }
      return readInto(mapper, tree, "", known);
    } catch (GeccJsonException e) {
      throw fileError(file, e.getOriginalMessage(), e.pointer());
    }
  }

  private static GeccJsonException fileError(String file, String message, String at) {
    return new GeccJsonException("rounds file '" + file + "': " + message, at);
  }

  /** Merges a request's inline register, when it has one, over the rounds known. */
  static Rounds withInline(ObjectMapper mapper, JsonNode request, Rounds known)
      throws GeccJsonException {
    return request.hasNonNull("rounds") ? readInto(mapper, request, "/rounds", known) : known;
  }

  /**
   * Reads the register at {@code at} and merges it over the rounds known, a refusal of a round
   * at that round, or at its rulebook when the registry lacks it or it starts later.
   */
  static Rounds readInto(ObjectMapper mapper, JsonNode document, String at, Rounds known)
      throws GeccJsonException {
    RoundRegister register = GeccJson.read(mapper, document, at, RoundRegister.class);
    Rounds merged = known;
    for (int i = 0; i < register.definitions().size(); i++) {
      RoundDefinition definition = register.definitions().get(i);
      boolean rulebookRefused =
          definition.rulebook().isPresent()
              && known.registry().byId(definition.rulebook().get())
                  .map(r -> r.firstRound().compareTo(definition.round()) > 0)
                  .orElse(true);
      try {
        merged = merged.plus(definition);
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new GeccJsonException(
            Request.messageOf(e), at + "/" + i + (rulebookRefused ? "/rulebook" : ""), e);
      }
    }
    return merged;
  }

  static ApplicationWindow windowOf(Rounds rounds, FiscalYear round, String roundPointer)
      throws GeccJsonException {
    Optional<ApplicationWindow> window = rounds.calendar().window(round);
    if (window.isPresent()) {
      return window.get();
    }
    try {
      return rounds.windowOf(round);
    } catch (IllegalArgumentException e) {
      throw new GeccJsonException(Request.messageOf(e) + HOW_TO_SUPPLY, roundPointer, e);
    }
  }
}

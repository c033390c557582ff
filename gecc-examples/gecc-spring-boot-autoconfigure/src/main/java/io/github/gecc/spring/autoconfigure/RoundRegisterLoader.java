package io.github.gecc.spring.autoconfigure;

import io.github.gecc.RefusalException;
import io.github.gecc.application.RoundDefinition;
import io.github.gecc.application.Rounds;
import io.github.gecc.json.jackson3.GeccJson;
import io.github.gecc.json.jackson3.GeccJsonException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.core.io.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the round register named by {@code gecc.rounds} and merges it over the rounds known, as
 * {@code gecc --rounds FILE} does, by the same two steps: the JSON readers read the rounds (a JSON
 * array of rounds, or an object {@code {"rounds": [...]}}) as {@code RoundDefinition[]}, and {@link
 * Rounds#plus(List)} merges them, refusing a round at its own path; every refusal an {@link
 * InvalidRoundsException} with the library's message and the JSON Pointer of the value to blame.
 */
final class RoundRegisterLoader {

  /** The largest register read: {@link GeccJson#mapper()}'s document limit. */
  static final int MAX_BYTES = 512 << 20;

  private RoundRegisterLoader() {}

  /**
   * Reads a register and merges it over the rounds known.
   *
   * @param resource the register
   * @param known the rounds known, usually {@link Rounds#bundled()}
   * @return the merged rounds
   * @throws InvalidRoundsException if the register is missing, unreadable, too large, not JSON or
   *     refused by the library's rules
   */
  static Rounds load(Resource resource, Rounds known) {
    String register = resource.getDescription();
    byte[] bytes;
    try (InputStream in = resource.getInputStream()) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (FileNotFoundException e) {
      throw new InvalidRoundsException(register, "does not exist", "", e);
    } catch (IOException e) {
      throw new InvalidRoundsException(register, "cannot be read: " + e.getMessage(), "", e);
    }
    if (bytes.length > MAX_BYTES) {
      throw new InvalidRoundsException(
          register, "is larger than " + MAX_BYTES + " bytes", "", null);
    }
    JsonMapper mapper = GeccJson.mapper();
    String at = "";
    JsonNode tree;
    RoundDefinition[] read;
    try {
      tree = GeccJson.read(mapper, bytes, JsonNode.class);
      if (tree.isObject()) {
        for (String name : tree.propertyNames()) {
          if (!name.equals("rounds")) {
            throw new GeccJsonException(
                "11.3",
                "unknown field '" + name + "'; a register object holds only 'rounds'",
                "/" + name,
                null);
          }
        }
        if (!tree.hasNonNull("rounds")) {
          throw new GeccJsonException(
              "11.3", "a register object needs the field 'rounds'", "/rounds", null);
        }
        at = "/rounds";
        tree = tree.get("rounds");
      }
      read = mapper.treeToValue(tree, RoundDefinition[].class);
    } catch (GeccJsonException e) {
      throw new InvalidRoundsException(register, e.getOriginalMessage(), at + e.pointer(), e);
    } catch (JacksonException e) {
      throw new InvalidRoundsException(register, e.getOriginalMessage(), at, e);
    }
    try {
      return known.plus(List.of(read));
    } catch (RefusalException e) {
      // The core's path starts with the register's list, rounds[i]: the pointer goes on from at.
      StringBuilder pointer = new StringBuilder(at);
      List<String> tokens = e.path().tokens();
      for (String token : tokens.subList(Math.min(1, tokens.size()), tokens.size())) {
        pointer.append('/').append(token.replace("~", "~0").replace("/", "~1"));
      }
      throw new InvalidRoundsException(register, e.getMessage(), pointer.toString(), e);
    }
  }
}

package io.github.gecc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The golden cases' commands and inputs, for running them through batch and HTTP. */
final class Golden {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One case: its name, command and input ({@code MissingNode} when it has none). */
  record Case(String name, String command, JsonNode input) {

    /** The input as the command line reads it: the JSON text, or nothing. */
    String text() {
      return input.isMissingNode() ? "" : input.toString();
    }

    @Override
    public String toString() {
      return command + ": " + name;
    }
  }

  private Golden() {}

  /** The cases of the commands that answer one document with one document (batch, serve). */
  static List<Case> documentCases() {
    return cases().stream().filter(c -> Commands.documents().containsKey(c.command())).toList();
  }

  static List<Case> cases() {
    try {
      Path root = Path.of(Golden.class.getResource("/golden").toURI());
      List<Case> cases = new ArrayList<>();
      try (Stream<Path> files = Files.list(root)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
          for (JsonNode node : MAPPER.readTree(file.toFile()).path("cases")) {
            cases.add(
                new Case(node.path("name").asText(), node.path("command").asText(), node.path("input")));
          }
        }
      }
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}

package io.github.gecc.golden;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads the case files of a folder. */
public final class GoldenCases {

  private GoldenCases() {}

  /**
   * Reads every {@code *.json} file under {@code folder}, subfolders included, in path order; each
   * is {@code {"cases":[…]}}.
   *
   * @param folder the folder of case files
   * @return the cases, file by file in path order, each file's in its own order
   * @throws GoldenCaseException if the folder is not a directory, a file is not JSON or a case
   *     lacks a required field
   * @throws UncheckedIOException if a file cannot be read
   */
  public static ImmutableList<GoldenCase> load(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new GoldenCaseException(
          folder.toString(),
          "",
          "is not a directory; expected a folder of *.json case files",
          null);
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files =
          walk.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ImmutableList.Builder<GoldenCase> cases = ImmutableList.builder();
    for (Path file : files) {
      cases.addAll(loadFile(folder.relativize(file).toString().replace('\\', '/'), file));
    }
    return cases.build();
  }

  /**
   * Reads one case file.
   *
   * @param name the name to report the file by
   * @param file the file, {@code {"cases":[…]}}
   * @return its cases, in order
   * @throws GoldenCaseException if the file is not JSON, has a field other than {@code cases}, or a
   *     case has an unknown field, a value of the wrong type or lacks a required field
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ImmutableList<GoldenCase> loadFile(String name, Path file) {
    JsonNode doc;
    try {
      doc = CaseDocuments.MAPPER.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      String pointer =
          e.getProcessor() instanceof JsonParser parser
              ? parser.getParsingContext().pathAsPointer().toString()
              : "";
      throw new GoldenCaseException(
          name, pointer, "not a JSON document: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (doc == null || !doc.isObject()) {
      throw new GoldenCaseException(name, "", "a case file is {\"cases\":[…]}", null);
    }
    List<JsonNode> written =
        CaseDocuments.read(name, "", doc, CaseDocuments.CaseFile.class).cases();
    if (written == null) {
      throw new GoldenCaseException(name, "/cases", "a case file is {\"cases\":[…]}", null);
    }
    ImmutableList.Builder<GoldenCase> cases = ImmutableList.builder();
    for (int i = 0; i < written.size(); i++) {
      cases.add(GoldenCase.read(name, "/cases/" + i, written.get(i)));
    }
    return cases.build();
  }
}

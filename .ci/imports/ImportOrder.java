import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Holds the imports of every Java file of the repository to one order, the Google Java Style's:
 * the static imports in one block, then the other imports in one block, one blank line between
 * the blocks and none inside them, each block in ASCII order of the imported names, no wildcard,
 * no import twice.
 *
 * <p>Run by the root build at {@code validate} as a single-file program: {@code java
 * ImportOrder.java MODE ROOT}. MODE {@code check} fails, naming each file and the first import out
 * of place, when a file breaks the order; {@code fix} rewrites the import block of each such file in
 * that order (a wildcard it cannot expand stays an error). To sort the whole tree, from the
 * repository root: {@code java .ci/imports/ImportOrder.java fix .}
 *
 * <p>Files not yet sorted are listed in {@code .ci/imports/unsorted.txt}, one repository-relative
 * path a line; {@code check} passes over them, and refuses a listed file that is in order so that
 * the list only shrinks. {@code fix} sorts the listed files too and deletes the list.
 */
public final class ImportOrder {

  private static final Path UNSORTED = Path.of(".ci", "imports", "unsorted.txt");

  private ImportOrder() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2 || !(args[0].equals("check") || args[0].equals("fix"))) {
      System.err.println("usage: java ImportOrder.java check|fix REPOSITORY_ROOT");
      System.exit(2);
    }
    boolean fix = args[0].equals("fix");
    Path root = Path.of(args[1]).toAbsolutePath().normalize();
    Path listing = root.resolve(UNSORTED);
    TreeSet<String> unsorted = new TreeSet<>();
    if (Files.exists(listing)) {
      for (String line : Files.readAllLines(listing, StandardCharsets.UTF_8)) {
        if (!line.isBlank() && !line.startsWith("#")) {
          unsorted.add(line.strip());
        }
      }
    }
    List<String> errors = new ArrayList<>();
    int rewritten = 0;
    for (Path file : javaFiles(root)) {
      String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      Verdict verdict = verdict(lines);
      if (fix && verdict.sorted() != null && verdict.problem() != null) {
        Files.writeString(file, String.join("\n", verdict.sorted()) + "\n", StandardCharsets.UTF_8);
        rewritten++;
        verdict = verdict(verdict.sorted());
      }
      boolean listed = unsorted.remove(name);
      if (verdict.problem() != null && (fix || !listed)) {
        errors.add(name + ": " + verdict.problem());
      } else if (verdict.problem() == null && listed && !fix) {
        errors.add(name + ": its imports are in order; remove it from " + UNSORTED);
      }
    }
    if (!fix) {
      unsorted.forEach(name -> errors.add(UNSORTED + " lists " + name + ", which is not a Java file"));
    } else if (Files.exists(listing)) {
      Files.delete(listing);
    }
    if (fix) {
      System.out.println("Imports sorted in " + rewritten + " files.");
    }
    if (!errors.isEmpty()) {
      System.err.println("Imports out of order (static imports, a blank line, the other imports,"
          + " each block in ASCII order of the names; no wildcard):");
      errors.forEach(error -> System.err.println("  " + error));
      if (!fix) {
        System.err.println("Sort them all, from the repository root, with\n"
            + "  java .ci/imports/ImportOrder.java fix .");
      }
      System.exit(1);
    }
  }

  /** The Java files under the root, outside build output and version control. */
  private static List<Path> javaFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(path -> path.toString().endsWith(".java") && Files.isRegularFile(path))
          .filter(path -> {
            for (Path part : root.relativize(path)) {
              String directory = part.toString();
              if (directory.equals("target") || directory.equals(".git") || directory.equals("node_modules")) {
                return false;
              }
            }
            return true;
          })
          .sorted()
          .collect(Collectors.toList());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * What is wrong with a file's imports, or null; and its lines with the imports in order, or null
   * when they cannot be put in order by moving lines (a comment or code among them).
   */
  record Verdict(String problem, List<String> sorted) {}

  static Verdict verdict(List<String> lines) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("import ")) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0) {
      return new Verdict(null, lines);
    }
    List<String> statics = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      if (!line.matches("import (static )?[\\w.]+(\\.\\*)?;")) {
        return new Verdict("line " + (i + 1) + " among the imports is not an import: " + line, null);
      }
      (line.startsWith("import static ") ? statics : others).add(line);
    }
    Comparator<String> byName = Comparator.comparing(ImportOrder::importedName);
    List<String> block = new ArrayList<>();
    statics.stream().distinct().sorted(byName).forEach(block::add);
    if (!statics.isEmpty() && !others.isEmpty()) {
      block.add("");
    }
    others.stream().distinct().sorted(byName).forEach(block::add);
    List<String> sorted = new ArrayList<>(lines.subList(0, first));
    sorted.addAll(block);
    sorted.addAll(lines.subList(last + 1, lines.size()));
    for (String line : block) {
      if (line.endsWith(".*;")) {
        return new Verdict("a wildcard import, '" + line + "': import each type by name", sorted);
      }
    }
    List<String> given = lines.subList(first, last + 1);
    for (int i = 0; i < Math.max(given.size(), block.size()); i++) {
      String was = i < given.size() ? given.get(i) : "";
      String expected = i < block.size() ? block.get(i) : "";
      if (!was.equals(expected)) {
        return new Verdict("line " + (first + i + 1) + " is '" + was + "', expected '" + expected + "'",
            sorted);
      }
    }
    return new Verdict(null, sorted);
  }

  /** The name an import line imports: {@code a.b.C} for {@code import static a.b.C;}. */
  private static String importedName(String line) {
    String name = line.startsWith("import static ") ? line.substring("import static ".length())
        : line.substring("import ".length());
    return name.substring(0, name.length() - 1);
  }
}

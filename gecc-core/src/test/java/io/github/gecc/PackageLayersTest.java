package io.github.gecc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of the core form layers without a cycle: the root package ({@link RefusalException},
 * {@link ValuePath}), then {@code time}, {@code rules}, {@code application} and {@code
 * certification}. A main source may name (by an import, a static import or a fully qualified name,
 * in code or in Javadoc) only its own package and the packages before it. {@code internal} is
 * beneath them all: any may name it, and it names none of them.
 */
class PackageLayersTest {

  /** The layers, lowest first; the root package is {@code ""}. */
  private static final List<String> LAYERS =
      List.of("", "time", "rules", "application", "certification");

  /** The layers as text, lowest first. */
  private static final String ORDER = "io.github.gecc < time < rules < application < certification";

  /** The package anyone may name, which names no other. */
  private static final String INTERNAL = "internal";

  /** The main sources of gecc-core: the tests run in the module's directory. */
  private static final Path SOURCES =
      Path.of(System.getProperty("basedir", "."), "src", "main", "java").toAbsolutePath();

  private static final Path ROOT_PACKAGE = Path.of("io", "github", "gecc");

  /** A name in {@code io.github.gecc}: group 1 is its first segment after it. */
  private static final Pattern NAME = Pattern.compile("\\bio\\.github\\.gecc\\.(\\w+)");

  @Test
  void theMainSourcesOfEveryLayerAreRead() {
    List<String> packages = new ArrayList<>();
    for (Path file : mainSources()) {
      packages.add(packageOf(file));
    }
    assertThat(packages).containsAll(LAYERS).contains(INTERNAL);
  }

  @Test
  void aSourceNamesOnlyItsOwnPackageAndThePackagesBeforeIt() {
    List<String> violations = new ArrayList<>();
    for (Path file : mainSources()) {
      violations.addAll(violations(file));
    }
    assertThat(violations)
        .as(
            "the core's packages are layered %s, internal beneath them all; these sources name a"
                + " later package",
            ORDER)
        .isEmpty();
  }

  @Test
  void anImportOfALaterPackageIsFound() {
    assertThat(
            violations(
                "rules",
                "Rulebook.java",
                List.of(
                    "package io.github.gecc.rules;",
                    "import io.github.gecc.RefusalException;",
                    "import io.github.gecc.internal.GeccStyle;",
                    "import io.github.gecc.time.FiscalYear;",
                    "import io.github.gecc.application.Rounds;",
                    "import static io.github.gecc.certification.Centre.of;",
                    " * {@link io.github.gecc.application.Rounds#bundled()}")))
        .containsExactly(
            "Rulebook.java:5 (io.github.gecc.rules) names io.github.gecc.application: import"
                + " io.github.gecc.application.Rounds;",
            "Rulebook.java:6 (io.github.gecc.rules) names io.github.gecc.certification: import static"
                + " io.github.gecc.certification.Centre.of;",
            "Rulebook.java:7 (io.github.gecc.rules) names io.github.gecc.application: * {@link"
                + " io.github.gecc.application.Rounds#bundled()}");
  }

  @Test
  void aPackageOutsideTheLayersIsFound() {
    assertThat(
            violations(
                "reports",
                "Report.java",
                List.of("package io.github.gecc.reports;", "import io.github.gecc.time.Year;")))
        .containsExactly("Report.java (io.github.gecc.reports) is in no layer of " + ORDER);
  }

  private static List<Path> mainSources() {
    try (Stream<Path> walk = Files.walk(SOURCES.resolve(ROOT_PACKAGE))) {
      List<Path> files = walk.filter(path -> path.toString().endsWith(".java")).sorted().toList();
      assertThat(files).as("the main sources under %s", SOURCES).isNotEmpty();
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The layer of a source: the first package below {@code io.github.gecc}, or the root. */
  private static String packageOf(Path file) {
    Path relative = SOURCES.resolve(ROOT_PACKAGE).relativize(file);
    return relative.getNameCount() == 1 ? "" : relative.getName(0).toString();
  }

  private static List<String> violations(Path file) {
    try {
      return violations(
          packageOf(file),
          SOURCES.relativize(file).toString(),
          Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns, for each line of a source that names a package not allowed to it, the file, the line
   * and the line itself.
   */
  private static List<String> violations(String own, String file, List<String> lines) {
    if (!own.equals(INTERNAL) && !LAYERS.contains(own)) {
      return List.of(file + " (" + display(own) + ") is in no layer of " + ORDER);
    }
    int layer = own.equals(INTERNAL) ? -1 : LAYERS.indexOf(own);
    List<String> violations = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("package ")) {
        continue;
      }
      Matcher name = NAME.matcher(line);
      while (name.find()) {
        String segment = name.group(1);
        // A type of the root package (RefusalException) starts with a capital letter.
        String named = Character.isUpperCase(segment.charAt(0)) ? "" : segment;
        if (named.equals(INTERNAL)) {
          continue;
        }
        int namedLayer = LAYERS.indexOf(named);
        if (namedLayer < 0 || namedLayer > layer) {
          violations.add(
              file
                  + ":"
                  + (i + 1)
                  + " ("
                  + display(own)
                  + ") names "
                  + display(named)
                  + ": "
                  + line.strip());
          break;
        }
      }
    }
    return violations;
  }

  private static String display(String layer) {
    return layer.isEmpty() ? "io.github.gecc" : "io.github.gecc." + layer;
  }
}

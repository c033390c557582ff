package io.github.gecc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Splitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every name RULES.md gives in its "in the code" column is in the code: a type is declared in the
 * main sources of some module, a member ({@code Type.member}, {@code Type.member()}, {@code
 * Type.CONSTANT}) is declared in its type's source, and any other name (an enum constant, a method,
 * a package, a command, an option, a JSON field, a module) is declared or spelled there.
 */
class RulesReferenceTest {

  /** The repository: the tests run in gecc-core. */
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static final Pattern ROW = Pattern.compile("^\\| (\\d+\\.\\d+) \\|.*\\| ([^|]*) \\|$");
  private static final Pattern NAME = Pattern.compile("`([^`]+)`");
  private static final Pattern TYPE =
      Pattern.compile("\\b(?:class|interface|enum|record|@interface) ([A-Z]\\w*)");

  /** The source of each type declared in the main sources, top-level or nested, by simple name. */
  private static final Map<String, List<String>> TYPES = new HashMap<>();

  /** The text of every main source file and POM. */
  private static final List<String> SOURCES = new ArrayList<>();

  static {
    try (Stream<Path> walk = Files.walk(ROOT)) {
      walk.filter(
              path -> !path.toString().contains("/target/") && !path.toString().contains("/.git/"))
          .filter(
              path ->
                  (path.toString().contains("/src/main/java/") && path.toString().endsWith(".java"))
                      || path.getFileName().toString().equals("pom.xml"))
          .forEach(RulesReferenceTest::index);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void index(Path path) {
    try {
      String text = Files.readString(path, StandardCharsets.UTF_8);
      SOURCES.add(text);
      Matcher type = TYPE.matcher(text);
      while (type.find()) {
        TYPES.computeIfAbsent(type.group(1), name -> new ArrayList<>()).add(text);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theTypesOfTheSourcesAreFound() {
    assertThat(TYPES).containsKeys("Rulebook", "Input", "GeccModule", "SyntheticNation");
  }

  @Test
  void everyNameInTheCodeColumnIsInTheCode() throws IOException {
    List<String> missing = new ArrayList<>();
    for (String line :
        Files.readAllLines(ROOT.resolve("gecc-core/RULES.md"), StandardCharsets.UTF_8)) {
      Matcher row = ROW.matcher(line);
      if (!row.matches()) {
        continue;
      }
      Matcher name = NAME.matcher(row.group(2));
      while (name.find()) {
        if (!exists(name.group(1))) {
          missing.add(row.group(1) + " `" + name.group(1) + "`");
        }
      }
    }
    assertThat(missing).as("rows of RULES.md naming what the code does not have").isEmpty();
  }

  @Test
  void aNameThatIsNotInTheCodeIsFound() {
    assertThat(exists("SelfAssessmentResultDeserializer")).isFalse();
    assertThat(exists("Rulebook.noSuchMember()")).isFalse();
    assertThat(exists("NO_SUCH_CONSTANT")).isFalse();
    assertThat(exists("gecc no-such-command")).isFalse();
    assertThat(exists("Rulebook.Builder.build()")).isTrue();
    assertThat(exists("ValidityPolicy.FISCAL_YEARS")).isTrue();
    assertThat(exists("StepPlan.forRound(window, kind)")).isTrue();
  }

  /** Tells whether a name from the column is in the code. */
  static boolean exists(String name) {
    List<String> words = Splitter.on(' ').splitToList(name.replaceAll("\\(.*\\)$", "()"));
    if (words.get(0).equals("gecc") && words.size() == 2) { // a command
      return spelled("\"" + words.get(1) + "\"");
    }
    if (words.get(0).startsWith("--")) { // an option, with its argument
      return spelled("\"" + words.get(0) + "\"");
    }
    if (words.size() > 1) {
      return false;
    }
    String[] parts = name.replaceAll("\\(.*\\)$", "").split("\\.");
    if (Character.isUpperCase(parts[0].charAt(0))
        && !parts[0].equals(parts[0].toUpperCase(Locale.ROOT))) {
      List<String> sources = TYPES.getOrDefault(parts[0], List.of());
      return !sources.isEmpty()
          && (parts.length == 1 || sources.stream().anyMatch(source -> declares(source, parts, 1)));
    }
    if (parts.length > 1) {
      return false;
    }
    String word = parts[0];
    if (word.equals(word.toUpperCase(Locale.ROOT))) { // an enum constant
      return SOURCES.stream()
          .anyMatch(
              source ->
                  Pattern.compile("(?m)^\\s*" + word + "\\s*(?:[(,;}]|$)").matcher(source).find());
    }
    // A method, a package, a JSON field or command, a module.
    return SOURCES.stream()
        .anyMatch(
            source ->
                source.contains("package io.github.gecc." + word + ";")
                    || source.contains("\"" + word + "\"")
                    || source.contains("<artifactId>" + word + "</artifactId>")
                    || Pattern.compile("\\b" + word + "\\(").matcher(source).find());
  }

  /** Tells whether a type's source declares {@code parts[from..]}: nested types, then a member. */
  private static boolean declares(String source, String[] parts, int from) {
    String member = parts[from];
    if (from < parts.length - 1) {
      return Pattern.compile("\\b(?:class|interface|enum|record) " + member + "\\b")
              .matcher(source)
              .find()
          && declares(source, parts, from + 1);
    }
    return Pattern.compile(
            "(?m)(\\b\\w[\\w<>,.? \\[\\]]* "
                + member
                + "\\s*\\(|^\\s*"
                + member
                + "\\s*(?:[(,;}]|$)|\\b"
                + member
                + "\\s*=|\\b(?:class|interface|enum|record) "
                + member
                + "\\b)")
        .matcher(source)
        .find();
  }

  /** Tells whether some source spells a text. */
  private static boolean spelled(String text) {
    return SOURCES.stream().anyMatch(source -> source.contains(text));
  }
}

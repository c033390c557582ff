package io.github.gecc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
 * One naming scheme for test methods across the project: lowerCamelCase sentences describing
 * behaviour, no {@code test} prefix, no underscores.
 */
class TestNamesTest {

  private static final Pattern TEST_METHOD =
      Pattern.compile(
          "@(?:Test|Property|ParameterizedTest|TestFactory|Example|RepeatedTest)\\b[^;{]*?\\s(\\w+)\\s*\\(",
          Pattern.DOTALL);

  static List<String> badNames(String source) {
    List<String> bad = new ArrayList<>();
    Matcher m = TEST_METHOD.matcher(source);
    while (m.find()) {
      String name = m.group(1);
      if (name.startsWith("test") || name.contains("_") || !Character.isLowerCase(name.charAt(0))) {
        bad.add(name);
      }
    }
    return bad;
  }

  @Test
  void everyTestMethodOfTheProjectIsALowerCamelCaseSentence() throws IOException {
    List<String> bad = new ArrayList<>();
    try (Stream<Path> files = Files.walk(DocumentationTest.ROOT)) {
      for (Path file :
          files
              .filter(
                  p -> p.toString().endsWith(".java") && p.toString().contains("/src/test/java/"))
              .filter(p -> !p.toString().contains("/target/"))
              .toList()) {
        for (String name : badNames(Files.readString(file, StandardCharsets.UTF_8))) {
          bad.add(DocumentationTest.ROOT.relativize(file) + ": " + name);
        }
      }
    }
    assertThat(bad).withFailMessage("test methods outside the naming scheme: %s", bad).isEmpty();
  }

  @Test
  void theCheckFindsAPrefixAnUnderscoreAndACapital() {
    String at = "@";
    String source =
        at
            + "Test void testSomething() {}\n"
            + at
            + "Property\n  void of_refuses("
            + at
            + "ForAll int x) {}\n"
            + at
            + "ParameterizedTest "
            + at
            + "MethodSource(\"x\") void Capital(int a) {}\n"
            + at
            + "Test void refusesBuddhistEraIsoYear() {}";
    assertThat(badNames(source)).containsExactly("testSomething", "of_refuses", "Capital");
  }
}

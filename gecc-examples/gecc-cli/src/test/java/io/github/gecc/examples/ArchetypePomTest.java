package io.github.gecc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The testing reference shows the POM the archetype generates, line for line; the README shows no
 * second copy and links to it.
 */
class ArchetypePomTest {

  private static final Path TEMPLATE =
      DocumentationTest.ROOT.resolve(
          "gecc-examples/gecc-archetype/src/main/resources/archetype-resources/pom.xml");

  private static final Pattern POM_BLOCK = Pattern.compile("(?ms)^```xml\\n(<\\?xml .*?)^```\\n");

  /** The template with the values the pages use for the archetype's variables. */
  private static String generated() throws IOException {
    return Files.readString(TEMPLATE, StandardCharsets.UTF_8)
        .replace("${groupId}", "org.example")
        .replace("${artifactId}", "our-checks")
        .replace("${version}", "1.0-SNAPSHOT")
        .replace("${geccVersion}", "0.1.0-SNAPSHOT");
  }

  @Test
  void theTestingReferenceShowsThePomTheArchetypeGenerates() throws IOException {
    String page = "gecc-examples/docs/testing.md";
    Matcher block =
        POM_BLOCK.matcher(
            Files.readString(DocumentationTest.ROOT.resolve(page), StandardCharsets.UTF_8));
    assertThat(block.find()).as(page + " shows a whole pom.xml").isTrue();
    assertThat(block.group(1)).isEqualTo(generated());
    assertThat(block.find()).as(page + " shows the pom.xml once").isFalse();
  }

  @Test
  void theReadmeLinksToThatPomRatherThanCopyingIt() throws IOException {
    String readme =
        Files.readString(DocumentationTest.ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    assertThat(POM_BLOCK.matcher(readme).find()).as("README.md shows no whole pom.xml").isFalse();
    assertThat(readme)
        .contains("](gecc-examples/docs/testing.md#a-project-that-cannot-run-zero-tests)");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"maven-compiler-plugin", "maven-surefire-plugin", "maven-resources-plugin"})
  void theGeneratedPomPinsThePluginsMavenWouldOtherwiseChoose(String plugin) throws IOException {
    String pom = generated();
    int at = pom.indexOf("<artifactId>" + plugin + "</artifactId>");
    assertThat(at).as(plugin).isPositive();
    assertThat(pom.substring(at).lines().skip(1).findFirst().orElse("")).contains("<version>");
    assertThat(List.of("**/*Properties.java", "<failIfNoTests>true</failIfNoTests>"))
        .allSatisfy(line -> assertThat(pom).contains(line));
  }
}

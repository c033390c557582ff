package io.github.gecc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Splitter;
import io.github.gecc.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README and the reference pages, checked as a reader would use them:
 *
 * <ul>
 *   <li>every {@code ```java} block is a whole compilation unit, with its imports and variables,
 *       and compiles against the library; one with a {@code main} method runs, and when a {@code
 *       ```text} block follows it, prints exactly that;
 *   <li>every {@code ```console} block's {@code $ java -jar gecc-examples/target/gecc.jar …} line
 *       runs the tool (in-process, from the repository root) and prints exactly the lines shown
 *       under it; {@code <<< 'JSON'} is standard input, {@code < FILE} reads a file, {@code | head
 *       -n N} keeps the first lines, {@code | java -jar …} pipes one run's standard output into the
 *       next and {@code ; echo "exit $?"} adds the exit status; a {@code $ curl …} call of the
 *       service must be shown exactly as in the service guide, whose calls {@code ServiceGuideTest}
 *       makes against a running service;
 *   <li>every repository file a page names in a link or a command exists.
 * </ul>
 */
class DocumentationTest {

  /** The repository root, seen from gecc-examples/gecc-cli (the tests' working directory). */
  static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

  private static final Pattern FENCE =
      Pattern.compile("(?m)^```(\\w*)\\n(.*?)^```\\n", Pattern.DOTALL);

  private static final Pattern LINK =
      Pattern.compile("\\]\\((?!https?:|#|mailto:)([^)#\\s]+)(#[^)]*)?\\)");

  private static final String TOOL = "java -jar gecc-examples/target/gecc.jar";

  private static final Path SERVICE_GUIDE = ROOT.resolve("gecc-examples/docs/service.md");

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), io.github.gecc.time.ThaiTime.ZONE);

  @TempDir Path scratch;

  /** The pages checked: the README and every Markdown page in a docs folder, RULES.md too. */
  static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>();
    pages.add(ROOT.resolve("README.md"));
    try (Stream<Path> walk = Files.walk(ROOT, 4)) {
      walk.filter(p -> p.toString().endsWith(".md"))
          .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/"))
          .filter(
              p ->
                  p.getParent().getFileName().toString().equals("docs")
                      || p.getFileName().toString().equals("RULES.md"))
          .sorted()
          .forEach(pages::add);
    }
    return pages;
  }

  record Block(Path page, int index, String language, String body, String next) {
    String name() {
      return ROOT.relativize(page) + " block " + index + " (" + language + ")";
    }
  }

  static List<Block> blocks(Path page) throws IOException {
    String text = Files.readString(page, StandardCharsets.UTF_8);
    Matcher m = FENCE.matcher(text);
    List<String[]> raw = new ArrayList<>();
    while (m.find()) {
      raw.add(new String[] {m.group(1), m.group(2), Integer.toString(m.end())});
    }
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      String next = null;
      if (i + 1 < raw.size() && raw.get(i + 1)[0].equals("text")) {
        String between =
            text.substring(
                Integer.parseInt(raw.get(i)[2]),
                text.indexOf("```text\n", Integer.parseInt(raw.get(i)[2])));
        if (between.strip().isEmpty() || between.strip().endsWith(":")) {
          next = raw.get(i + 1)[1];
        }
      }
      blocks.add(new Block(page, i, raw.get(i)[0], raw.get(i)[1], next));
    }
    return blocks;
  }

  @TestFactory
  Stream<DynamicNode> javaBlocksCompileAndRunAsShown() throws IOException {
    List<DynamicNode> tests = new ArrayList<>();
    for (Path page : pages()) {
      for (Block b : blocks(page)) {
        if (b.language().equals("java")) {
          tests.add(DynamicTest.dynamicTest(b.name(), () -> compileAndRun(b)));
        }
      }
    }
    return tests.stream();
  }

  /**
   * With {@code -Dgecc.docs.update=true}, rewrites every console block's output with what the tool
   * prints now, instead of checking it; review the diff before committing.
   */
  @Test
  void consoleOutputsAreRewrittenWhenAsked() throws IOException {
    Assumptions.assumeTrue(
        Boolean.getBoolean("gecc.docs.update"), "only with -Dgecc.docs.update=true");
    for (Path page : pages()) {
      String text = Files.readString(page, StandardCharsets.UTF_8);
      Matcher m = FENCE.matcher(text);
      StringBuilder rewritten = new StringBuilder();
      while (m.find()) {
        String replacement = m.group();
        if (m.group(1).equals("console") && !m.group(2).contains("$ curl ")) {
          StringBuilder body = new StringBuilder();
          for (String line : m.group(2).lines().toList()) {
            if (line.startsWith("$ ")) {
              body.append(line).append('\n').append(run(line.substring(2)));
            }
          }
          replacement = "```console\n" + body + "```\n";
        }
        m.appendReplacement(rewritten, Matcher.quoteReplacement(replacement));
      }
      m.appendTail(rewritten);
      Files.writeString(page, rewritten.toString(), StandardCharsets.UTF_8);
    }
  }

  @TestFactory
  Stream<DynamicNode> consoleBlocksPrintWhatTheyShow() throws IOException {
    List<DynamicNode> tests = new ArrayList<>();
    for (Path page : pages()) {
      for (Block b : blocks(page)) {
        if (b.language().equals("console")) {
          tests.add(DynamicTest.dynamicTest(b.name(), () -> runConsole(b)));
        }
      }
    }
    return tests.stream();
  }

  @Test
  void everyRepositoryFileAPageLinksToExists() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Path page : pages()) {
      Matcher m = LINK.matcher(Files.readString(page, StandardCharsets.UTF_8));
      while (m.find()) {
        Path target = page.getParent().resolve(m.group(1)).normalize();
        if (!Files.exists(target)) {
          missing.add(ROOT.relativize(page) + " -> " + m.group(1));
        }
      }
    }
    assertThat(missing).withFailMessage("links to files that do not exist: %s", missing).isEmpty();
  }

  @Test
  void theReadmeStaysShortAndNamesNoSpecificationFile() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    assertThat(readme.lines().count()).isLessThanOrEqualTo(400);
    for (Path page : pages()) {
      assertThat(Files.readString(page, StandardCharsets.UTF_8))
          .as(page.toString())
          .doesNotContainPattern("DOMAIN\\.md")
          .doesNotContainPattern("\\[0\\d\\d\\]")
          .doesNotContainPattern("0\\d\\d_\\w+\\.txt");
    }
  }

  private void compileAndRun(Block b) throws Exception {
    Matcher cls =
        Pattern.compile("(?m)^public (?:final )?(?:class|record|interface|enum) (\\w+)")
            .matcher(b.body());
    assertThat(cls.find()).as(b.name() + " declares a public top-level type").isTrue();
    Matcher pkg = Pattern.compile("(?m)^package ([\\w.]+);").matcher(b.body());
    String packageName = pkg.find() ? pkg.group(1) : "";
    Path dir = scratch.resolve(packageName.replace('.', '/'));
    Files.createDirectories(dir);
    Path source = dir.resolve(cls.group(1) + ".java");
    Files.writeString(source, b.body(), StandardCharsets.UTF_8);
    Path classes = Files.createDirectories(scratch.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean ok =
        javac
            .getTask(
                diagnostics,
                null,
                null,
                List.of(
                    "--release",
                    "17",
                    "-Xlint:all",
                    "-Werror",
                    "-proc:none",
                    "-classpath",
                    System.getProperty("java.class.path"),
                    "-d",
                    classes.toString()),
                null,
                javac
                    .getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)
                    .getJavaFileObjects(source))
            .call();
    assertThat(ok).as(b.name() + " compiles:\n" + diagnostics).isTrue();
    if (!b.body().contains("public static void main(String[] args)")) {
      return;
    }
    String className = packageName.isEmpty() ? cls.group(1) : packageName + "." + cls.group(1);
    PrintStream saved = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Method main = loader.loadClass(className).getMethod("main", String[].class);
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(saved);
    }
    if (b.next() != null) {
      assertThat(out.toString(StandardCharsets.UTF_8)).as(b.name() + " prints").isEqualTo(b.next());
    }
  }

  private static void runConsole(Block b) throws IOException {
    List<String> lines = b.body().lines().toList();
    int commands = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).startsWith("$ ")) {
        continue;
      }
      String command = lines.get(i).substring(2);
      StringBuilder expected = new StringBuilder();
      int j = i + 1;
      while (j < lines.size() && !lines.get(j).startsWith("$ ")) {
        expected.append(lines.get(j)).append('\n');
        j++;
      }
      if (command.startsWith("curl ")) {
        // A call of the running service: shown exactly as in the service guide, whose every
        // curl call ServiceGuideTest makes against a running service.
        assertThat(Files.readString(SERVICE_GUIDE, StandardCharsets.UTF_8))
            .as(b.name() + ": " + command + " is a call of the service guide, with its answer")
            .contains(lines.get(i) + "\n" + expected);
        commands++;
        i = j - 1;
        continue;
      }
      assertThat(run(command)).as(b.name() + ": " + command).isEqualTo(expected.toString());
      commands++;
      i = j - 1;
    }
    assertThat(commands).as(b.name() + " shows a command").isPositive();
  }

  /** Runs one shown command line as a shell would, in-process. */
  static String run(String line) throws IOException {
    String command = line;
    boolean echoStatus = false;
    if (command.endsWith("; echo \"exit $?\"")) {
      echoStatus = true;
      command = command.substring(0, command.length() - "; echo \"exit $?\"".length());
    }
    int head = -1;
    Matcher headMatch = Pattern.compile(" \\| head -n (\\d+)$").matcher(command);
    if (headMatch.find()) {
      head = Integer.parseInt(headMatch.group(1));
      command = command.substring(0, headMatch.start());
    }
    byte[] stdin = new byte[0];
    int pipe = command.indexOf(" | " + TOOL);
    if (pipe >= 0) {
      // One tool's standard output is the next one's standard input.
      ByteArrayOutputStream piped = new ByteArrayOutputStream();
      tool(command.substring(0, pipe), stdin, piped, new ByteArrayOutputStream());
      stdin = piped.toByteArray();
      command = command.substring(pipe + 3);
    }
    int hereString = command.indexOf(" <<< '");
    if (hereString >= 0) {
      stdin =
          command
              .substring(hereString + 6, command.lastIndexOf('\''))
              .getBytes(StandardCharsets.UTF_8);
      command = command.substring(0, hereString);
    }
    int redirect = command.indexOf(" < ");
    if (redirect >= 0) {
      stdin = Files.readAllBytes(ROOT.resolve(command.substring(redirect + 3).strip()));
      command = command.substring(0, redirect);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = tool(command, stdin, out, err);
    String shown = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    if (head >= 0) {
      shown = String.join("\n", shown.lines().limit(head).toList()) + "\n";
    }
    return shown + (echoStatus ? "exit " + status + "\n" : "");
  }

  /** Runs the tool in-process with the arguments of one shown command; returns its status. */
  private static int tool(
      String command, byte[] stdin, ByteArrayOutputStream out, ByteArrayOutputStream err) {
    assertThat(command)
        .as("a console example runs the tool as the README builds it")
        .startsWith(TOOL);
    List<String> args = new ArrayList<>();
    for (String arg : Splitter.on(' ').omitEmptyStrings().split(command.substring(TOOL.length()))) {
      Path relative = ROOT.resolve(arg);
      boolean path =
          arg.contains("/") && (Files.exists(relative) || Files.isDirectory(relative.getParent()));
      args.add(path ? relative.toString() : arg);
    }
    return Main.run(
        args.toArray(String[]::new),
        new ByteArrayInputStream(stdin),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        CLOCK);
  }
}

package io.github.gecc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The examples of docs/service.md, run: the batch session and every curl call's body. */
class ServiceGuideTest {

  private static final Path GUIDE = Path.of("../docs/service.md");

  private static GeccServer server;

  @BeforeAll
  static void start() throws Exception {
    server = GeccServerTest.startServer(() -> {});
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theBatchExamplePrintsWhatTheGuideShows() throws Exception {
    List<String> lines = Files.readAllLines(GUIDE, StandardCharsets.UTF_8);
    int cat = lines.indexOf("$ cat requests.ndjson");
    int run = lines.indexOf("$ java -jar gecc-examples/target/gecc.jar batch requests.ndjson");
    int echo = lines.indexOf("$ echo $?");
    assertThat(cat).isPositive();
    assertThat(run).isGreaterThan(cat);
    assertThat(echo).isGreaterThan(run);
    String input = String.join("\n", lines.subList(cat + 1, run)) + "\n";

    CliRunner.Result result = CliRunner.run("batch", input);

    assertThat(result.status()).isEqualTo(Integer.parseInt(lines.get(echo + 1)));
    assertThat(result.stdout().lines().toList()).isEqualTo(lines.subList(run + 1, echo));
  }

  @Test
  void everyCurlCallOfTheGuideAnswersTheBodyItShows() throws Exception {
    String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
    Matcher call =
        Pattern.compile(
                "\\$ curl -s (-i )?-H 'Content-Type: application/json' -d '([^']*)'"
                    + " http://127\\.0\\.0\\.1:8080(/v1/[a-z-]+)\\n(?:[^\\n]+\\n)*?(?:\\n)?(\\{[^\\n]*\\})\\n")
            .matcher(guide);
    List<String> checked = new ArrayList<>();
    while (call.find()) {
      HttpResponse<String> response = GeccServerTest.post(server, call.group(3), call.group(2));
      assertThat(response.body()).as(call.group(3) + " " + call.group(2)).isEqualTo(call.group(4));
      checked.add(call.group(3));
    }
    assertThat(checked).contains("/v1/fiscal-year", "/v1/thai-date", "/v1/window");
  }
}

package io.github.gecc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.gecc.commands.Commands;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A client that knows only the OpenAPI document: {@code
 * src/test/python/check_openapi_operations.py} calls every operation of a running service with its
 * example and validates the request, the documented response and the answer with Python's {@code
 * jsonschema}. Skipped where {@code python3} with {@code jsonschema} is not installed; CI can run
 * the same script against {@code gecc serve}, with {@code --jar} to compare one process per request
 * and batch with HTTP.
 */
class OpenApiPythonClientTest {

  private static final Path SCRIPT = Path.of("src/test/python/check_openapi_operations.py");

  private static GeccServer server;

  @BeforeAll
  static void start() throws IOException {
    server = GeccServerTest.startServer(() -> {});
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static boolean pythonWithJsonSchema() {
    try {
      Process probe =
          new ProcessBuilder("python3", "-c", "import jsonschema, referencing")
              .redirectErrorStream(true)
              .start();
      return probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Test
  void aPythonClientCallsEveryOperationFromTheOpenApiDocumentAlone() throws Exception {
    assumeTrue(pythonWithJsonSchema(), "python3 with jsonschema is not installed");
    String base = server.uri().toString().replaceAll("/$", "");
    Process run =
        new ProcessBuilder(List.of("python3", SCRIPT.toString(), base))
            .redirectErrorStream(true)
            .start();
    String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(run.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(run.exitValue()).as(output).isZero();
    for (String command : Commands.documents().keySet()) {
      assertThat(output).contains("ok   /v1/" + command);
    }
  }
}

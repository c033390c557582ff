package io.github.gecc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tool in a process of its own, as a clerk's script or a cron job starts it. */
class CommandLineProcessTest {

  /** What a child process printed, and how it ended. */
  record Run(int status, String out, String stderr) {}

  static Run java(List<String> jvmOptions, Path stdin, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("LANG", "C");
    builder.environment().put("LC_ALL", "C");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().remove("JDK_JAVA_OPTIONS");
    builder.redirectInput(stdin.toFile());
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), out, err);
  }

  @Test
  void thaiOutputIsUtf8UnderTheCLocale(@TempDir Path dir) throws Exception {
    Path input =
        Files.writeString(
            dir.resolve("in.json"), "{\"date\":\"2024-01-19\",\"style\":\"WEEKDAY\"}");
    Run run = java(List.of(), input, "thai-date");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("วันศุกร์ที่ ๑๙ มกราคม ๒๕๖๗");
    assertThat(run.out()).doesNotContain("?");
  }

  @Test
  void thaiErrorMessagesAreUtf8UnderTheCLocale(@TempDir Path dir) throws Exception {
    Path input =
        Files.writeString(dir.resolve("in.json"), "{\"text\":\"วันเสาร์ที่ ๑๙ มกราคม ๒๕๖๗\"}");
    Run run = java(List.of(), input, "thai-date");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.stderr()).contains("วันเสาร์").doesNotContain("?");
  }

  @Test
  void aPortfolioTooLargeForTheHeapFailsWithOneErrorLineAndNoStackTrace(@TempDir Path dir)
      throws Exception {
    Path input = dir.resolve("portfolio.json");
    writePortfolio(input, 300_000);
    Run run = java(List.of("-Xmx24m", "-XX:-UsePerfData"), input, "portfolio", input.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.stderr().strip().lines()).hasSize(1);
    assertThat(run.stderr())
        .contains("too large for the Java heap")
        .contains("-Xmx")
        .doesNotContain("\tat ")
        .doesNotContain("OutOfMemoryError");
  }

  @Test
  void aServiceWithARoundRegisterAnswersAnInputItsHeapCannotHoldWith503AndKeepsServingUntilSigterm(
      @TempDir Path dir) throws Exception {
    Path input = dir.resolve("portfolio.json");
    writePortfolio(input, 300_000);
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(
        List.of("-Xmx24m", "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path")));
    command.addAll(
        List.of(
            Main.class.getName(),
            "serve",
            "--rounds",
            "../docs/rounds-2570.json",
            "--port",
            "0",
            "--max-body-bytes",
            "100000000"));
    Process service =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      String started =
          new java.io.BufferedReader(
                  new java.io.InputStreamReader(service.getInputStream(), StandardCharsets.UTF_8))
              .readLine();
      java.net.URI uri =
          java.net.URI.create(
              new com.fasterxml.jackson.databind.ObjectMapper()
                  .readTree(started)
                  .path("url")
                  .asText());
      java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
      java.net.http.HttpResponse<String> tooBig =
          client.send(
              java.net.http.HttpRequest.newBuilder(uri.resolve("/v1/portfolio"))
                  .header("Content-Type", "application/json")
                  .POST(java.net.http.HttpRequest.BodyPublishers.ofFile(input))
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(tooBig.statusCode()).isIn(413, 503);
      assertThat(tooBig.body())
          .contains("\"status\":" + tooBig.statusCode())
          .doesNotContain("\tat ");
      java.net.http.HttpResponse<String> next =
          client.send(
              java.net.http.HttpRequest.newBuilder(uri.resolve("/v1/fiscal-year"))
                  .header("Content-Type", "application/json")
                  .POST(
                      java.net.http.HttpRequest.BodyPublishers.ofString(
                          "{\"date\":\"2024-02-29\"}"))
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(next.statusCode()).isEqualTo(200);
      java.net.http.HttpResponse<String> health =
          client.send(
              java.net.http.HttpRequest.newBuilder(uri.resolve("/health")).build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(health.body()).contains("2570");
      service.destroy(); // SIGTERM
      assertThat(service.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      service.destroyForcibly();
    }
  }

  private static void writePortfolio(Path input, int centres) throws IOException {
    try (Writer out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      out.write("{\"asOf\":\"2024-01-15\",\"round\":2567,\"centres\":[");
      for (int i = 0; i < centres; i++) {
        out.write(i == 0 ? "" : ",");
        out.write(
            "{\"id\":\"c"
                + i
                + "\",\"certifications\":[{\"round\":2564,\"certifiedOn\":\"2021-09-30\"}]}");
      }
      out.write("]}");
    }
  }
}

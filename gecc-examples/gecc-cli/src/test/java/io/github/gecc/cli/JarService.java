package io.github.gecc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The built jar ({@code target/gecc.jar}, named by the {@code gecc.jar} system property that the
 * integration tests get) run in a process of its own: {@code gecc serve} on a free loopback port,
 * or any other command.
 */
final class JarService implements AutoCloseable {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Process process;
  private final URI uri;

  private JarService(Process process, URI uri) {
    this.process = process;
    this.uri = uri;
  }

  /** The built jar; fails if the build has not packaged it. */
  static Path jar() {
    Path jar = Path.of(System.getProperty("gecc.jar", "../target/gecc.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: the integration tests run after package");
    }
    return jar;
  }

  /** {@code java [jvm options] -jar gecc.jar args…}, its streams left to the caller. */
  static ProcessBuilder command(List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(jar().toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().remove("JDK_JAVA_OPTIONS");
    return builder;
  }

  /** Starts {@code gecc serve --port 0} with more options, and waits for its URL. */
  static JarService serve(String... options) throws IOException {
    List<String> args = new ArrayList<>(List.of("serve", "--port", "0"));
    args.addAll(List.of(options));
    Process process =
        command(List.of(), args.toArray(String[]::new))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    if (line == null) {
      process.destroyForcibly();
      throw new IllegalStateException("gecc serve ended before it listened");
    }
    JsonNode started = MAPPER.readTree(line);
    return new JarService(process, URI.create(started.path("url").asText()));
  }

  URI uri() {
    return uri;
  }

  int port() {
    return uri.getPort();
  }

  Process process() {
    return process;
  }

  /** Sends SIGTERM and waits for the process to end; returns its exit status. */
  int terminate() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("gecc serve did not stop within 60 s of SIGTERM");
    }
    return process.exitValue();
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}

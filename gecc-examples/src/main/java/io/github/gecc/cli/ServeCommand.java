package io.github.gecc.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.GeccVersion;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code serve [--rounds FILE] [--host 127.0.0.1] [--port 8080] [--threads N] [--max-body-bytes
 * N]}: runs {@link GeccServer}, knowing the rounds of the register FILE besides the bundled ones, until the process is stopped (SIGTERM or Ctrl-C stop it gracefully). Prints one
 * JSON line with the service's URL on standard output once it listens.
 */
final class ServeCommand {

  /** The command's name. */
  static final String NAME = "serve";

  /** The one-line description for the usage text. */
  static final String DESCRIPTION = "an HTTP JSON service: POST /v1/<command>, GET /v1/openapi.json";

  /** The help text. */
  static final String HELP =
      """
      usage: java -jar gecc.jar serve [--rounds FILE] [--host 127.0.0.1] [--port 8080] \
      [--threads N] [--max-body-bytes N]
      Serves every document command over HTTP: POST /v1/<command> with the command's JSON
      input (Content-Type: application/json) answers its JSON output; bad input is 400
      application/problem+json with the command line's message as detail and its path as
      pointer. GET /v1/openapi.json describes the service (OpenAPI 3.1), GET /v1/schemas/NAME
      serves the JSON Schemas it references, GET /health reports it up. Binds the loopback
      address unless --host says otherwise; --port 0 picks a free port. Prints
      {"url":…} on standard output once listening. SIGTERM stops it gracefully: requests in
      flight finish, new ones are refused. --rounds FILE reads a round register once, at start
      (see gecc rounds); GET /health lists the rounds the service knows.\
      """;

  private static final Set<String> OPTIONS = Set.of("host", "port", "threads", "max-body-bytes");

  private ServeCommand() {}

  static int run(String[] args, PrintStream stdout, PrintStream stderr, Invoker invoker) {
    Map<String, String> options = new LinkedHashMap<>();
    String problem = Main.readOptions(args, options);
    if (problem == null) {
      problem =
          options.keySet().stream()
              .filter(name -> !OPTIONS.contains(name))
              .findFirst()
              .map(name -> "unknown option --" + name + "; serve takes --host, --port, --threads, --max-body-bytes")
              .orElse(null);
    }
    int port;
    int threads;
    int maxBody;
    try {
      port = number(options, "port", 8080, 0, 65535);
      threads = number(options, "threads", GeccServer.defaultThreads(), 1, 1024);
      maxBody = number(options, "max-body-bytes", GeccServer.DEFAULT_MAX_BODY_BYTES, 1, InputFiles.MAX_INPUT_BYTES);
    } catch (IllegalArgumentException e) {
      problem = problem == null ? e.getMessage() : problem;
      port = threads = maxBody = 0;
    }
    if (problem != null) {
      return Main.print(stderr, invoker.mapper(), Answer.badInput(problem, null));
    }
    String host = options.getOrDefault("host", "127.0.0.1");
    GeccServer server;
    try {
      server =
          GeccServer.start(new InetSocketAddress(host, port), threads, maxBody, invoker, () -> {});
    } catch (IOException | RuntimeException e) {
      return Main.print(
          stderr,
          invoker.mapper(),
          Answer.failure("cannot listen on " + host + ":" + port + ": " + e.getMessage()));
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "gecc-serve-stop"));
    ObjectNode started = invoker.mapper().createObjectNode();
    started.put("service", "gecc");
    started.put("version", GeccVersion.version());
    started.put("url", server.uri().toString());
    stdout.println(started);
    stdout.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.close();
    }
    return Main.OK;
  }

  private static int number(Map<String, String> options, String name, int fallback, int min, int max) {
    String text = options.get(name);
    if (text == null) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text.trim());
      if (value < min || value > max) {
        throw new IllegalArgumentException("--" + name + " " + value + " is outside " + min + ".." + max);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " '" + text + "' is not a whole number", e);
    }
  }
}

package io.github.gecc.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.GeccVersion;
import io.github.gecc.commands.Answer;
import io.github.gecc.commands.InputFiles;
import io.github.gecc.commands.Invoker;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;

/**
 * {@code serve [--rounds FILE] [--host 127.0.0.1] [--port 8080] [--public-url URL] [limits]}: runs
 * {@link GeccServer}, knowing the rounds of the register FILE besides the bundled ones, until the
 * process is stopped (SIGTERM or Ctrl-C stop it gracefully). The limits and timeouts are options
 * ({@link ServiceLimits}). Prints one JSON line with the service's URL on standard output once it
 * listens.
 */
final class ServeCommand {

  /** The command's name. */
  static final String NAME = "serve";

  /** The one-line description for the usage text. */
  static final String DESCRIPTION =
      "an HTTP JSON service: POST /v1/<command>, GET /v1/openapi.json";

  /** The help text. */
  static final String HELP =
      """
      usage: java -jar gecc.jar serve [--rounds FILE] [--host 127.0.0.1] [--port 8080]
             [--public-url URL] [--threads N] [--max-body-bytes N] [--max-header-bytes N]
             [--idle-timeout S] [--header-timeout S] [--min-data-rate N] [--stop-timeout S]
      Serves every document command over HTTP: POST /v1/<command> with the command's JSON
      input (Content-Type: application/json) answers its JSON output; bad input is 400
      application/problem+json with the command line's message as detail and its path as
      pointer. GET /v1/openapi.json describes the service (OpenAPI 3.1), GET /v1/schemas/NAME
      serves the JSON Schemas it references, GET /health reports it up. Binds the loopback
      address unless --host says otherwise; --port 0 picks a free port. Prints
      {"url":…} on standard output once listening. SIGTERM stops it gracefully: requests in
      flight finish, new ones get 503 with Retry-After. --rounds FILE reads a round register
      once, at start (see gecc rounds); GET /health lists the rounds the service knows.
      --public-url URL is the address the OpenAPI document names as its server (default: the
      scheme, host and port each request was sent to).
      Limits (defaults in brackets):
        --threads N           threads that run commands [twice the processors, at least 4]
        --max-body-bytes N    largest request body, larger is 413 [8388608, 8 MiB]
        --max-header-bytes N  largest request line and headers, larger is 431 [8192]
        --idle-timeout S      seconds a connection may stay silent, reading or writing [30]
        --header-timeout S    seconds a request's line and headers may take to arrive [10]
        --min-data-rate N     slowest body or answer, bytes a second; 0 checks none [1024]
        --stop-timeout S      seconds a stop waits for requests in flight [60]\
      """;

  private static final Set<String> OPTIONS =
      Set.of(
          "host",
          "port",
          "public-url",
          "threads",
          "max-body-bytes",
          "max-header-bytes",
          "idle-timeout",
          "header-timeout",
          "min-data-rate",
          "stop-timeout");

  private ServeCommand() {}

  static int run(String[] args, PrintStream stdout, PrintStream stderr, Invoker invoker) {
    Map<String, String> options = new LinkedHashMap<>();
    String problem = Main.readOptions(args, options);
    if (problem == null) {
      problem =
          options.keySet().stream()
              .filter(name -> !OPTIONS.contains(name))
              .findFirst()
              .map(
                  name ->
                      "unknown option --"
                          + name
                          + "; serve takes --"
                          + String.join(", --", new TreeSet<>(OPTIONS))
                          + " and --rounds")
              .orElse(null);
    }
    int port = 0;
    ServiceLimits limits = ServiceLimits.defaults();
    if (problem == null) {
      try {
        port = number(options, "port", 8080, 0, 65535);
        limits =
            limits
                .withThreads(number(options, "threads", limits.threads(), 1, 1024))
                .withMaxBodyBytes(
                    number(
                        options,
                        "max-body-bytes",
                        limits.maxBodyBytes(),
                        1,
                        InputFiles.MAX_INPUT_BYTES))
                .withMaxHeaderBytes(
                    number(options, "max-header-bytes", limits.maxHeaderBytes(), 1024, 1024 * 1024))
                .withIdleTimeoutSeconds(
                    number(options, "idle-timeout", limits.idleTimeoutSeconds(), 1, 86_400))
                .withHeaderTimeoutSeconds(
                    number(options, "header-timeout", limits.headerTimeoutSeconds(), 1, 86_400))
                .withMinDataRate(number(options, "min-data-rate", limits.minDataRate(), 0, 1 << 30))
                .withStopSeconds(number(options, "stop-timeout", limits.stopSeconds(), 0, 86_400));
        if (options.containsKey("public-url")) {
          limits = limits.withPublicUrl(publicUrl(options.get("public-url")));
        }
      } catch (BadOption e) {
        problem = e.getMessage();
      }
    }
    if (problem != null) {
      return Main.print(stderr, invoker.mapper(), Answer.badInput(Answer.USAGE, problem, null));
    }
    String host = options.getOrDefault("host", "127.0.0.1");
    GeccServer server;
    try {
      server = GeccServer.start(new InetSocketAddress(host, port), limits, invoker, () -> {});
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

  /** An absolute http or https URL ending in a slash (one is added). */
  /** An option's value that is not of its kind or outside its range; its message says which. */
  private static final class BadOption extends Exception {
    private static final long serialVersionUID = 1L;

    BadOption(String message) {
      super(message);
    }
  }

  private static URI publicUrl(String text) throws BadOption {
    URI url;
    try {
      url = new URI(text.trim());
    } catch (URISyntaxException e) {
      throw new BadOption("--public-url '" + text + "' is not a URL: " + e.getReason());
    }
    if (!url.isAbsolute()
        || url.getHost() == null
        || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
      throw new BadOption(
          "--public-url '"
              + text
              + "' is not an absolute http or https URL such as https://gecc.example.go.th/");
    }
    return url.toString().endsWith("/") ? url : URI.create(url + "/");
  }

  private static int number(
      Map<String, String> options, String name, int fallback, int min, int max) throws BadOption {
    String text = options.get(name);
    if (text == null) {
      return fallback;
    }
    int value;
    try {
      value = Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new BadOption("--" + name + " '" + text + "' is not a whole number");
    }
    if (value < min || value > max) {
      throw new BadOption("--" + name + " " + value + " is outside " + min + ".." + max);
    }
    return value;
  }
}

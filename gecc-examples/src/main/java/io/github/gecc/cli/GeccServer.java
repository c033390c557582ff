package io.github.gecc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.Splitter;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.gecc.GeccVersion;
import io.github.gecc.json.GeccJson;
import io.github.gecc.time.FiscalYear;
import io.github.gecc.time.ThaiTime;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.NullUnmarked;

/**
 * The GECC rules as an HTTP JSON service on the JDK's own HTTP server ({@code gecc serve}).
 *
 * <p>{@code POST /v1/<command>} answers each document command (fiscal-year, thai-date, evaluate,
 * window, check-application, certification, portfolio) with exactly the command line's output
 * document, through the same code. Bad input is {@code 400 application/problem+json} (RFC 9457)
 * whose {@code detail} is the command line's message and {@code pointer} its path; an unknown
 * path is 404, a wrong method 405 with {@code Allow}, a body over the limit 413, a content type
 * other than JSON 415, an input the heap cannot hold 503, anything else 500 without a stack
 * trace. {@code GET /v1/openapi.json} describes the service, {@code GET /v1/schemas/NAME} serves
 * the JSON Schemas it references and {@code GET /health} reports the service up.
 *
 * <p>Bounded: a body limit, a fixed pool of worker threads with a bounded queue (a request the
 * queue cannot hold has its connection closed), the JDK server's request-time limit. Stateless
 * between requests. {@link #close} stops gracefully: requests in flight finish, new ones are
 * refused. Thread-safe.
 */
// Not yet checked by NullAway: the server is being replaced by one on Jetty.
@NullUnmarked
public final class GeccServer implements AutoCloseable {

  /** The largest request body accepted, in bytes, unless configured: 8 MiB. */
  public static final int DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;

  /** The seconds a request may take to arrive, unless the JDK property is set: 20. */
  public static final int REQUEST_SECONDS = 20;

  /** The seconds {@link #close} waits for requests in flight: 30. */
  public static final int STOP_GRACE_SECONDS = 30;

  /** The response header naming the library version. */
  public static final String VERSION_HEADER = "Gecc-Library-Version";

  /** The response header naming the rulebook that decided, when one did. */
  public static final String RULEBOOK_HEADER = "Gecc-Rulebook";

  /** The base of the problem {@code type} URIs. */
  static final String PROBLEM_BASE = "https://gecc.github.io/problems/";

  private static final String JSON = "application/json";
  private static final String PROBLEM_JSON = "application/problem+json";
  private static final int QUEUE_CAPACITY = 1024;

  private final HttpServer server;
  private final ThreadPoolExecutor executor;
  private final Invoker invoker;
  private final ObjectMapper mapper;
  private final int maxBodyBytes;
  private final Runnable whileInFlight;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final byte[] openApi;
  private final byte[] health;
  private volatile boolean stopping;

  private GeccServer(
      InetSocketAddress address, int threads, int maxBodyBytes, Invoker invoker, Runnable whileInFlight)
      throws IOException {
    this.invoker = invoker;
    this.mapper = invoker.mapper();
    this.maxBodyBytes = maxBodyBytes;
    this.whileInFlight = whileInFlight;
    this.openApi = mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(OpenApi.document(invoker));
    this.health = mapper.writeValueAsBytes(healthDocument());
    // The JDK server reads these when its first instance is created; a value the operator set
    // with -D stays. Without TCP_NODELAY a small answer written as headers then body waits for
    // the client's delayed acknowledgement.
    setDefault("sun.net.httpserver.maxReqTime", Integer.toString(REQUEST_SECONDS));
    setDefault("sun.net.httpserver.nodelay", "true");
    this.executor =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(QUEUE_CAPACITY),
            workers());
    this.server = HttpServer.create(address, 256);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  private static void setDefault(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }

  /**
   * Starts a service with the default limits, answering with the system clock in Bangkok time.
   *
   * @param host the address to bind, for example {@code 127.0.0.1}; not null
   * @param port the port, or 0 for any free port
   * @return the running service
   * @throws IOException if the address cannot be bound
   */
  public static GeccServer start(String host, int port) throws IOException {
    return start(
        new InetSocketAddress(Objects.requireNonNull(host, "host"), port),
        defaultThreads(),
        DEFAULT_MAX_BODY_BYTES,
        new Invoker(GeccJson.mapper(), Clock.system(ThaiTime.ZONE)),
        () -> {});
  }

  static GeccServer start(
      InetSocketAddress address, int threads, int maxBodyBytes, Invoker invoker, Runnable whileInFlight)
      throws IOException {
    return new GeccServer(address, threads, maxBodyBytes, invoker, whileInFlight);
  }

  /** Twice the processors, at least 4: enough to keep the processors busy while clients send. */
  static int defaultThreads() {
    return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
  }

  /**
   * Returns the port the service listens on (the one chosen when started with port 0).
   *
   * @return the port
   */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * Returns the base URI of the service, for example {@code http://127.0.0.1:8080/}.
   *
   * @return the URI
   */
  public URI uri() {
    InetSocketAddress address = server.getAddress();
    String host = address.getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + address.getPort() + "/");
  }

  int inFlight() {
    return inFlight.get();
  }

  boolean isStopping() {
    return stopping;
  }

  /**
   * Stops gracefully: a request arriving from now on is refused with 503, requests in flight
   * finish (up to {@value #STOP_GRACE_SECONDS} seconds), then the port is closed and the workers
   * end. Calling it again does nothing.
   */
  @Override
  public void close() {
    synchronized (this) {
      if (stopping) {
        return;
      }
      stopping = true;
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STOP_GRACE_SECONDS);
    while (inFlight.get() > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    server.stop(0);
    executor.shutdown();
    try {
      executor.awaitTermination(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void handle(HttpExchange exchange) {
    inFlight.incrementAndGet();
    // Not try-with-resources: that would close the exchange before a catch below answers it.
    try {
      exchange.getResponseHeaders().set(VERSION_HEADER, GeccVersion.version());
      if (stopping) {
        exchange.getResponseHeaders().set("Connection", "close");
        problem(exchange, 503, "stopping", "Service stopping", "the service is stopping; retry on another copy", null);
        return;
      }
      whileInFlight.run();
      route(exchange);
    } catch (IOException e) {
      // The client went away while the answer was written: nothing is left to tell it.
    } catch (OutOfMemoryError e) {
      // What filled the heap (the body, its tree) belonged to the frames just left.
      try {
        outOfMemory(exchange);
      } catch (IOException | RuntimeException | OutOfMemoryError ignored) {
        // The response had already started; the connection closes with the exchange.
      }
    } catch (RuntimeException | StackOverflowError e) {
      try {
        problem(exchange, 500, "internal-error", "Internal error", "internal error: " + e.getClass().getName(), null);
      } catch (IOException | RuntimeException ignored) {
        // The response had already started; the connection closes with the exchange.
      }
    } finally {
      exchange.close();
      inFlight.decrementAndGet();
    }
  }

  private void route(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    String method = exchange.getRequestMethod();
    if (path.equals("/health")) {
      if (allow(exchange, "GET")) {
        send(exchange, 200, JSON, health);
      }
      return;
    }
    if (path.equals("/v1/openapi.json")) {
      if (allow(exchange, "GET")) {
        send(exchange, 200, JSON, openApi);
      }
      return;
    }
    if (path.startsWith("/v1/schemas/")) {
      byte[] schema = Catalog.schema(path.substring("/v1/schemas/".length()));
      if (schema == null) {
        notFound(exchange, path);
      } else if (allow(exchange, "GET")) {
        exchange.getResponseHeaders().set("Cache-Control", "max-age=3600");
        send(exchange, 200, "application/schema+json", schema);
      }
      return;
    }
    Command command =
        path.startsWith("/v1/") ? invoker.commands().get(path.substring("/v1/".length())) : null;
    if (command == null) {
      notFound(exchange, path);
      return;
    }
    if (!method.equals("POST")) {
      exchange.getResponseHeaders().set("Allow", "POST");
      problem(exchange, 405, "method-not-allowed", "Method not allowed",
          method + " is not allowed on " + path + "; use POST with a JSON document", null);
      return;
    }
    String contentTypeProblem = contentTypeProblem(exchange.getRequestHeaders());
    if (contentTypeProblem != null) {
      exchange.getResponseHeaders().set("Accept-Post", JSON);
      problem(exchange, 415, "unsupported-media-type", "Unsupported media type", contentTypeProblem, null);
      return;
    }
    byte[] body = readBody(exchange);
    if (body == null) {
      drain(exchange);
      exchange.getResponseHeaders().set("Connection", "close");
      problem(exchange, 413, "too-large", "Request body too large",
          "the request body is larger than " + maxBodyBytes + " bytes, the most the service reads;"
              + " split the request, or run the command line or batch on it",
          null);
      return;
    }
    Answer answer = invoker.answer(command, body);
    answer.rulebook().ifPresent(id -> exchange.getResponseHeaders().set(RULEBOOK_HEADER, id));
    switch (answer.kind()) {
      case OK:
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, 200, answer.mediaType(), answer.body(mapper));
        break;
      case BAD_INPUT:
        problem(exchange, 400, "bad-input", "Bad input", answer.message(), answer.pointer().orElse(null));
        break;
      case TOO_LARGE:
        problem(exchange, 413, "too-large", "Request body too large", answer.message(), null);
        break;
      case OUT_OF_MEMORY:
        outOfMemory(exchange);
        break;
      default:
        problem(exchange, 500, "internal-error", "Internal error", answer.message(), null);
        break;
    }
  }

  /**
   * Reads and drops what is left of the request body, at most {@code maxBodyBytes} more, so that
   * closing the connection after an early answer does not reset it before the client reads that
   * answer.
   */
  private void drain(HttpExchange exchange) {
    byte[] sink = new byte[16 * 1024];
    long left = maxBodyBytes;
    try {
      InputStream in = exchange.getRequestBody();
      int n;
      while (left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) > 0) {
        left -= n;
      }
    } catch (IOException e) {
      // The client stopped sending; the answer is still written.
    }
  }

  private void outOfMemory(HttpExchange exchange) throws IOException {
    drain(exchange);
    exchange.getResponseHeaders().set("Retry-After", "10");
    exchange.getResponseHeaders().set("Connection", "close");
    problem(exchange, 503, "out-of-memory", "Input too large for the service's memory",
        "the input is too large for the service's Java heap at the moment; retry later, send"
            + " it in parts, or run the service with more memory (java -Xmx…)",
        null);
  }

  /** Reads the body up to the limit; null if it is longer. */
  private byte[] readBody(HttpExchange exchange) throws IOException {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if (length != null) {
      try {
        if (Long.parseLong(length.trim()) > maxBodyBytes) {
          return null;
        }
      } catch (NumberFormatException e) {
        // The JDK server has refused a malformed length before the handler runs.
      }
    }
    // Left open: closing it would drop the rest of an unread body, which an answer to a body
    // over the limit must drain first; the exchange closes it.
    byte[] body = exchange.getRequestBody().readNBytes(maxBodyBytes + 1);
    return body.length > maxBodyBytes ? null : body;
  }

  private static String contentTypeProblem(Headers headers) {
    String type = headers.getFirst("Content-Type");
    if (type == null) {
      return "the request has no Content-Type; send the JSON document as " + JSON;
    }
    List<String> parts = Splitter.on(';').trimResults().splitToList(type);
    if (!parts.get(0).toLowerCase(Locale.ROOT).equals(JSON)) {
      return "Content-Type '" + type + "' is not supported; send the JSON document as " + JSON;
    }
    for (String part : parts.subList(1, parts.size())) {
      List<String> parameter = Splitter.on('=').limit(2).trimResults().splitToList(part);
      if (parameter.get(0).equalsIgnoreCase("charset")
          && (parameter.size() < 2 || !parameter.get(1).replace("\"", "").equalsIgnoreCase("utf-8"))) {
        return "Content-Type '" + type + "' names a charset other than UTF-8; send UTF-8";
      }
    }
    return null;
  }

  private boolean allow(HttpExchange exchange, String method) throws IOException {
    if (exchange.getRequestMethod().equals(method)) {
      return true;
    }
    exchange.getResponseHeaders().set("Allow", method);
    problem(exchange, 405, "method-not-allowed", "Method not allowed",
        exchange.getRequestMethod() + " is not allowed on " + exchange.getRequestURI().getRawPath()
            + "; use " + method,
        null);
    return false;
  }

  private void notFound(HttpExchange exchange, String path) throws IOException {
    problem(exchange, 404, "not-found", "Not found",
        "no resource at " + path + "; the service answers POST /v1/{"
            + String.join(",", invoker.commands().keySet())
            + "}, GET /v1/openapi.json, GET /v1/schemas/NAME and GET /health",
        null);
  }

  private void problem(
      HttpExchange exchange, int status, String type, String title, String detail, String pointer)
      throws IOException {
    ObjectNode problem = mapper.createObjectNode();
    problem.put("type", PROBLEM_BASE + type);
    problem.put("title", title);
    problem.put("status", status);
    problem.put("detail", detail);
    if (pointer != null) {
      problem.put("pointer", pointer);
    }
    send(exchange, status, PROBLEM_JSON, mapper.writeValueAsBytes(problem));
  }

  private static void send(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private JsonNode healthDocument() {
    ObjectNode health = mapper.createObjectNode();
    health.put("status", "UP");
    health.put("version", GeccVersion.version());
    ArrayNode commands = health.putArray("commands");
    invoker.commands().keySet().forEach(commands::add);
    ArrayNode rounds = health.putArray("rounds");
    for (FiscalYear round : com.google.common.collect.ImmutableSortedSet.copyOf(invoker.rounds().rounds())) {
      rounds.add(round.getValue());
    }
    return health;
  }

  private static ThreadFactory workers() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "gecc-serve-" + count.incrementAndGet());
      thread.setDaemon(false);
      return thread;
    };
  }
}

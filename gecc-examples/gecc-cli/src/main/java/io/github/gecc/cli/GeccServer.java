package io.github.gecc.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSortedSet;
import io.github.gecc.GeccVersion;
import io.github.gecc.commands.Answer;
import io.github.gecc.commands.Canonical;
import io.github.gecc.commands.Command;
import io.github.gecc.commands.InputFiles;
import io.github.gecc.commands.Invoker;
import io.github.gecc.json.GeccJson;
import io.github.gecc.time.FiscalYear;
import io.github.gecc.time.ThaiTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.IdleTimeout;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.Scheduler;
import org.jspecify.annotations.Nullable;

/**
 * The GECC rules as an HTTP JSON service on Jetty's core handlers ({@code gecc serve}).
 *
 * <p>{@code POST /v1/<command>} answers each document command (fiscal-year, thai-date, evaluate,
 * window, check-application, certification, portfolio) with exactly the command line's output
 * document, through the same code; {@code POST /v1/impact} answers an impact request (a population
 * and two configurations) with the summary and the changed subjects {@code gecc impact} writes. Bad
 * input is {@code 400 application/problem+json} (RFC 9457) whose {@code detail} is the command
 * line's message, {@code pointer} its path, {@code rule} the code of the rule broken (a row of
 * RULES.md) and {@code thai} its Thai message; an unknown path is 404, a wrong method 405 with
 * {@code Allow}, a body over the limit 413, a content type other than JSON 415, headers over the
 * limit 431, an input the heap cannot hold 503, anything else 500 without a stack trace; a
 * malformed request (two {@code Content-Length}s, say) is 400, also as problem+json. {@code GET
 * /v1/openapi.json} describes the service, {@code GET /v1/schemas/NAME} serves the JSON Schemas it
 * references and {@code GET /health} reports the service up.
 *
 * <p>Bounded by {@link ServiceLimits}: headers and bodies are read without holding a thread, a body
 * or an answer slower than the minimum data rate and a request whose headers take longer than the
 * header timeout lose their connection, a connection silent for the idle timeout is closed, and a
 * fixed pool of threads runs the commands. An answer given before the body is read (413, 415, a
 * stop) is followed by reading and dropping the rest of the body, so that a client that sends its
 * whole body before it reads sees the answer rather than a reset. Stateless between requests.
 * {@link #close} stops gracefully. Thread-safe.
 */
public final class GeccServer implements AutoCloseable {

  /** The largest request body accepted, in bytes, unless configured: 8 MiB. */
  public static final int DEFAULT_MAX_BODY_BYTES = ServiceLimits.DEFAULT_MAX_BODY_BYTES;

  /** The response header naming the library version. */
  public static final String VERSION_HEADER = "Gecc-Library-Version";

  /** The response header naming the rulebook that decided, when one did. */
  public static final String RULEBOOK_HEADER = "Gecc-Rulebook";

  /**
   * The request header asking for the answer's receipt ({@code Gecc-Receipt: true}): a JSON answer
   * gains the member {@code receipt}; a text answer carries it, as canonical JSON, in the response
   * header of the same name.
   */
  public static final String RECEIPT_HEADER = "Gecc-Receipt";

  /** The base of the problem {@code type} URIs. */
  static final String PROBLEM_BASE = "https://gecc.github.io/problems/";

  /**
   * The most of an unread body read and dropped after an early answer, in bytes: 512 MiB, the
   * largest document the command line reads. Past it the connection is closed.
   */
  static final long MAX_DRAIN_BYTES = InputFiles.MAX_INPUT_BYTES;

  /**
   * The seconds a body or an answer may take before the minimum data rate is applied to it, so that
   * a pause of the network or the collector does not cut a small, honest request.
   */
  static final long RATE_GRACE_NANOS = TimeUnit.SECONDS.toNanos(2);

  /** The seconds a client is asked to wait before it retries a 503. */
  static final int RETRY_AFTER_SECONDS = 10;

  private static final String JSON = "application/json";
  private static final String PROBLEM_JSON = "application/problem+json";

  /** Once no request is in flight, a stop waits until every connection has been still this long. */
  private static final long QUIET_MILLIS = 500;

  private final Server server;
  private final ServerConnector connector;
  private final HeaderDeadline headerDeadline;
  private final int port;
  private final Invoker invoker;
  private final ObjectMapper mapper;
  private final ServiceLimits limits;
  private final Runnable whileInFlight;
  private final AtomicInteger inFlight = new AtomicInteger();

  /** When a request last started or ended, in {@link System#nanoTime()}. */
  private final AtomicLong lastActivityNanos = new AtomicLong(System.nanoTime());

  private final Map<String, byte[]> openApiByUrl = new ConcurrentHashMap<>();
  private final byte[] health;
  private volatile boolean stopping;

  private GeccServer(
      InetSocketAddress address, ServiceLimits limits, Invoker invoker, Runnable whileInFlight)
      throws Exception {
    this.invoker = invoker;
    this.mapper = invoker.mapper();
    this.limits = limits;
    this.whileInFlight = whileInFlight;
    this.health = mapper.writeValueAsBytes(healthDocument());
    limits.publicUrl().ifPresent(url -> openApi(url.toString()));

    // One thread accepts, one selects; the others run commands. Reads and writes wait on the
    // selector, not on a thread, so slow clients hold connections but no worker.
    QueuedThreadPool threads =
        new QueuedThreadPool(limits.threads() + 2, Math.min(limits.threads() + 2, 4));
    threads.setName("gecc-serve");
    threads.setReservedThreads(0);
    this.server = new Server(threads);
    server.setStopTimeout(0);
    server.setStopAtShutdown(false);

    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    http.setRequestHeaderSize(limits.maxHeaderBytes());
    // An encoded slash or dot segment (/v1/schemas/..%2Fx) is routed as written, to a 404,
    // rather than refused as ambiguous: the routes compare the path as sent.
    http.setUriCompliance(
        UriCompliance.DEFAULT.with(
            "gecc",
            UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR,
            UriCompliance.Violation.AMBIGUOUS_PATH_ENCODING,
            UriCompliance.Violation.AMBIGUOUS_PATH_SEGMENT));
    this.connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(address.getAddress().getHostAddress());
    connector.setPort(address.getPort());
    connector.setIdleTimeout(TimeUnit.SECONDS.toMillis(limits.idleTimeoutSeconds()));
    connector.setAcceptQueueSize(256);
    this.headerDeadline =
        new HeaderDeadline(TimeUnit.SECONDS.toNanos(limits.headerTimeoutSeconds()));
    connector.addBean(headerDeadline);
    server.addConnector(connector);
    server.setErrorHandler(new ProblemErrorHandler());
    server.setHandler(new Service());
    server.start();
    headerDeadline.start();
    this.port = connector.getLocalPort();
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
        ServiceLimits.defaults(),
        new Invoker(GeccJson.mapper(), Clock.system(ThaiTime.ZONE)),
        () -> {});
  }

  static GeccServer start(
      InetSocketAddress address, ServiceLimits limits, Invoker invoker, Runnable whileInFlight)
      throws IOException {
    try {
      return new GeccServer(address, limits, invoker, whileInFlight);
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /**
   * Returns the port the service listens on (the one chosen when started with port 0).
   *
   * @return the port
   */
  public int port() {
    return port;
  }

  /**
   * Returns the base URI of the service, for example {@code http://127.0.0.1:8080/}.
   *
   * @return the URI
   */
  public URI uri() {
    String host = connector.getHost();
    try {
      host = InetAddress.getByName(host).getHostAddress();
    } catch (UnknownHostException e) {
      // The name was bound, so it resolves; keep it as given otherwise.
    }
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + port() + "/");
  }

  boolean isStopping() {
    return stopping;
  }

  /**
   * Stops gracefully: from now on a request is answered 503 ({@code Retry-After}, the connection
   * closed after it) and every answer closes its connection; requests in flight finish; once none
   * is left and every open connection has been still for half a second (or the limits' stop seconds
   * have passed) the port and the connections close. Calling it again does nothing.
   */
  @Override
  public void close() {
    synchronized (this) {
      if (stopping) {
        return;
      }
      stopping = true;
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(limits.stopSeconds());
    while (System.nanoTime() < deadline && !(inFlight.get() == 0 && connectionsQuiet())) {
      // A client answered with "Connection: close" a moment ago may be connecting again: its
      // request is answered with 503 rather than met by a closed port mid-connect.
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    headerDeadline.stop();
    try {
      server.stop();
    } catch (Exception e) {
      // Stopping closes every connection and thread whatever fails on the way.
    }
  }

  /**
   * Whether no request has started or ended, and no open connection has moved a byte, for a while:
   * a client that has a request on its way is still moving bytes, so its request is answered (with
   * 503) before the port closes.
   */
  private boolean connectionsQuiet() {
    if (System.nanoTime() - lastActivityNanos.get() < TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS)) {
      return false;
    }
    for (EndPoint endPoint : connector.getConnectedEndPoints()) {
      if (endPoint instanceof IdleTimeout && ((IdleTimeout) endPoint).getIdleFor() < QUIET_MILLIS) {
        return false;
      }
    }
    return true;
  }

  /** The OpenAPI document naming {@code url} as its server, built once per URL (a few are kept). */
  private byte[] openApi(String url) {
    byte[] known = openApiByUrl.get(url);
    if (known != null) {
      return known;
    }
    try {
      byte[] document =
          mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(OpenApi.document(invoker, url));
      if (openApiByUrl.size() >= 8) {
        openApiByUrl.clear(); // a client choosing Host headers cannot grow the cache
      }
      openApiByUrl.put(url, document);
      return document;
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  byte[] problem(int status, String type, String title, String detail, @Nullable String pointer) {
    return write(problemDocument(status, type, title, detail, pointer));
  }

  /**
   * The problem document of a refused input: the command line's error as extension members, {@code
   * detail} its message, {@code pointer} its path, {@code rule} the code of the rule broken (a row
   * of RULES.md) and {@code thai} its Thai message where the rule gives one.
   */
  byte[] refusal(int status, String type, String title, Answer answer) {
    ObjectNode problem =
        problemDocument(status, type, title, answer.message(), answer.pointer().orElse(null));
    answer.rule().ifPresent(rule -> problem.put("rule", rule));
    answer.thai().ifPresent(thai -> problem.put("thai", thai));
    return write(problem);
  }

  private ObjectNode problemDocument(
      int status, String type, String title, String detail, @Nullable String pointer) {
    ObjectNode problem = mapper.createObjectNode();
    problem.put("type", PROBLEM_BASE + type);
    problem.put("title", title);
    problem.put("status", status);
    problem.put("detail", detail);
    if (pointer != null) {
      problem.put("pointer", pointer);
    }
    return problem;
  }

  private byte[] write(ObjectNode problem) {
    try {
      return mapper.writeValueAsBytes(problem);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonNode healthDocument() {
    ObjectNode health = mapper.createObjectNode();
    health.put("status", "UP");
    health.put("version", GeccVersion.version());
    ArrayNode commands = health.putArray("commands");
    invoker.commands().keySet().forEach(commands::add);
    ArrayNode rounds = health.putArray("rounds");
    for (FiscalYear round : ImmutableSortedSet.copyOf(invoker.rounds().rounds())) {
      rounds.add(round.getValue());
    }
    return health;
  }

  /** Routes each request to its answer; every request is one {@link Exchange}. */
  private final class Service extends Handler.Abstract {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      inFlight.incrementAndGet();
      lastActivityNanos.set(System.nanoTime());
      Callback done =
          Callback.from(
              () -> {
                lastActivityNanos.set(System.nanoTime());
                inFlight.decrementAndGet();
                callback.succeeded();
              },
              failure -> {
                lastActivityNanos.set(System.nanoTime());
                inFlight.decrementAndGet();
                callback.failed(failure);
              });
      new Exchange(request, response, done).start();
      return true;
    }
  }

  /**
   * One request and its answer: the route, the body read chunk by chunk as it arrives, the command,
   * the answer written, and what is left of the body dropped.
   */
  private final class Exchange {
    private final Request request;
    private final Response response;
    private final Callback callback;
    private @Nullable Command command;
    private byte[] body = new byte[0];
    private int size;
    private boolean bodyRead;
    private long bodyStartNanos;
    private long bodyBytes;

    Exchange(Request request, Response response, Callback callback) {
      this.request = request;
      this.response = response;
      this.callback = callback;
    }

    void start() {
      response.getHeaders().put(VERSION_HEADER, GeccVersion.version());
      try {
        if (stopping) {
          stopped();
          return;
        }
        whileInFlight.run();
        route();
      } catch (OutOfMemoryError e) {
        outOfMemory();
      } catch (RuntimeException | StackOverflowError e) {
        internalError(e);
      }
    }

    private void route() {
      String path = request.getHttpURI().getPath();
      String method = request.getMethod();
      if (path == null) {
        notFound("");
        return;
      }
      if (path.equals("/health")) {
        if (allow("GET")) {
          send(200, JSON, health, false);
        }
        return;
      }
      if (path.equals("/v1/openapi.json")) {
        if (allow("GET")) {
          send(200, JSON, openApi(serverUrl()), false);
        }
        return;
      }
      if (path.startsWith("/v1/schemas/")) {
        byte[] schema = Catalog.schema(path.substring("/v1/schemas/".length()));
        if (schema == null) {
          notFound(path);
        } else if (allow("GET")) {
          response.getHeaders().put(HttpHeader.CACHE_CONTROL, "max-age=3600");
          send(200, "application/schema+json", schema, false);
        }
        return;
      }
      command =
          path.equals("/v1/" + ImpactCommand.NAME)
              ? ImpactCommand.DOCUMENT
              : path.startsWith("/v1/")
                  ? invoker.commands().get(path.substring("/v1/".length()))
                  : null;
      if (command == null) {
        notFound(path);
        return;
      }
      if (!method.equals("POST")) {
        response.getHeaders().put(HttpHeader.ALLOW, "POST");
        sendProblem(
            405,
            "method-not-allowed",
            "Method not allowed",
            method + " is not allowed on " + path + "; use POST with a JSON document",
            null,
            false);
        return;
      }
      String contentTypeProblem =
          contentTypeProblem(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
      if (contentTypeProblem != null) {
        response.getHeaders().put("Accept-Post", JSON);
        sendProblem(
            415,
            "unsupported-media-type",
            "Unsupported media type",
            contentTypeProblem,
            null,
            false);
        return;
      }
      long length = request.getLength();
      if (length > limits.maxBodyBytes()) {
        tooLarge();
        return;
      }
      body = new byte[(int) Math.max(0, Math.min(length, limits.maxBodyBytes()))];
      bodyStartNanos = System.nanoTime();
      readBody();
    }

    /**
     * Reads the chunks that have arrived, asks to be called back for the next, answers at the end.
     */
    private void readBody() {
      try {
        while (true) {
          Content.Chunk chunk = request.read();
          if (chunk == null) {
            request.demand(this::readBody);
            return;
          }
          if (Content.Chunk.isFailure(chunk)) {
            readFailed(chunk.getFailure());
            return;
          }
          ByteBuffer buffer = chunk.getByteBuffer();
          int length = buffer.remaining();
          boolean last = chunk.isLast();
          if (tooSlow(length)) {
            chunk.release();
            readFailed(new TimeoutException("body slower than the minimum data rate"));
            return;
          }
          if ((long) size + length > limits.maxBodyBytes()) {
            chunk.release();
            bodyRead = last;
            tooLarge();
            return;
          }
          if (size + length > body.length) {
            body =
                Arrays.copyOf(
                    body,
                    Math.min(
                        limits.maxBodyBytes(),
                        Math.max(size + length, Math.max(8192, 2 * body.length))));
          }
          buffer.get(body, size, length);
          size += length;
          chunk.release();
          if (last) {
            bodyRead = true;
            answer(size == body.length ? body : Arrays.copyOf(body, size));
            return;
          }
        }
      } catch (OutOfMemoryError e) {
        body = new byte[0];
        outOfMemory();
      } catch (RuntimeException | StackOverflowError e) {
        internalError(e);
      }
    }

    private void answer(byte[] bytes) {
      body = new byte[0];
      boolean receipt = "true".equalsIgnoreCase(request.getHeaders().get(RECEIPT_HEADER));
      Answer answer =
          invoker.answer(
              Objects.requireNonNull(command, "a body is read for a command only"), bytes, receipt);
      if (answer.isText()) {
        answer
            .receipt()
            .ifPresent(r -> response.getHeaders().put(RECEIPT_HEADER, Canonical.text(r)));
      }
      answer.rulebook().ifPresent(id -> response.getHeaders().put(RULEBOOK_HEADER, id));
      switch (answer.kind()) {
        case OK:
          byte[] output;
          try {
            output = answer.body(mapper);
          } catch (JsonProcessingException e) {
            internalError(e);
            return;
          }
          response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
          send(200, answer.mediaType(), output, false);
          break;
        case BAD_INPUT:
          send(400, PROBLEM_JSON, refusal(400, "bad-input", "Bad input", answer), false);
          break;
        case TOO_LARGE:
          send(
              413,
              PROBLEM_JSON,
              refusal(413, "too-large", "Request body too large", answer),
              false);
          break;
        case OUT_OF_MEMORY:
          outOfMemory();
          break;
        default:
          sendProblem(500, "internal-error", "Internal error", answer.message(), null, false);
          break;
      }
    }

    /**
     * Counts {@code more} bytes of body; tells whether the body, counted from its start, has come
     * slower than the minimum data rate once the grace period is over.
     */
    private boolean tooSlow(int more) {
      bodyBytes += more;
      long late = System.nanoTime() - bodyStartNanos - RATE_GRACE_NANOS;
      return late > 0 && bodyBytes < limits.minDataRate() * (late / 1e9);
    }

    /** A body slower than the minimum data rate, or silent for the idle timeout. */
    private void readFailed(Throwable failure) {
      if (failure instanceof TimeoutException) {
        sendProblem(
            408,
            "request-timeout",
            "Request timeout",
            "the request body arrived slower than "
                + limits.minDataRate()
                + " bytes a second, or stopped for "
                + limits.idleTimeoutSeconds()
                + " s; send it faster",
            null,
            true);
      } else {
        callback.failed(failure);
      }
    }

    private void tooLarge() {
      send(
          413,
          PROBLEM_JSON,
          refusal(
              413,
              "too-large",
              "Request body too large",
              Answer.tooLarge(
                  "the request body is larger than "
                      + limits.maxBodyBytes()
                      + " bytes, the most the service"
                      + " reads; split the request, or run the command line or batch on it")),
          true);
    }

    private void stopped() {
      response.getHeaders().put(HttpHeader.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
      sendProblem(
          503,
          "stopping",
          "Service stopping",
          "the service is stopping; retry on another copy",
          null,
          true);
    }

    private void outOfMemory() {
      response.getHeaders().put(HttpHeader.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
      sendProblem(
          503,
          "out-of-memory",
          "Input too large for the service's memory",
          "the input is too large for the service's Java heap at the moment; retry later, send"
              + " it in parts, or run the service with more memory (java -Xmx…)",
          null,
          true);
    }

    private void internalError(Throwable e) {
      if (response.isCommitted()) {
        callback.failed(e);
        return;
      }
      sendProblem(
          500,
          "internal-error",
          "Internal error",
          "internal error: " + e.getClass().getName(),
          null,
          false);
    }

    private boolean allow(String method) {
      if (request.getMethod().equals(method)) {
        return true;
      }
      response.getHeaders().put(HttpHeader.ALLOW, method);
      sendProblem(
          405,
          "method-not-allowed",
          "Method not allowed",
          request.getMethod()
              + " is not allowed on "
              + request.getHttpURI().getPath()
              + "; use "
              + method,
          null,
          false);
      return false;
    }

    private void notFound(String path) {
      sendProblem(
          404,
          "not-found",
          "Not found",
          "no resource at "
              + path
              + "; the service answers POST /v1/{"
              + String.join(",", invoker.commands().keySet())
              + ","
              + ImpactCommand.NAME
              + "}, GET /v1/openapi.json, GET /v1/schemas/NAME and GET /health",
          null,
          false);
    }

    /** The URL of this service as the request addressed it: scheme, host and port. */
    private String serverUrl() {
      return limits
          .publicUrl()
          .map(URI::toString)
          .orElseGet(
              () -> {
                String scheme = request.getHttpURI().getScheme();
                String host = Request.getServerName(request);
                int port = Request.getServerPort(request);
                if (host.contains(":") && !host.startsWith("[")) {
                  host = "[" + host + "]";
                }
                return (scheme == null ? "http" : scheme) + "://" + host + ":" + port + "/";
              });
    }

    private void sendProblem(
        int status,
        String type,
        String title,
        String detail,
        @Nullable String pointer,
        boolean close) {
      send(status, PROBLEM_JSON, problem(status, type, title, detail, pointer), close);
    }

    /**
     * Writes the answer; then drops the rest of an unread body and completes. {@code close} closes
     * the connection after it; so does every answer once the service is stopping.
     */
    private void send(int status, String contentType, byte[] bytes, boolean close) {
      response.setStatus(status);
      HttpFields.Mutable headers = response.getHeaders();
      headers.put(HttpHeader.CONTENT_TYPE, contentType);
      headers.put(HttpHeader.CONTENT_LENGTH, bytes.length);
      if (close || stopping) {
        headers.put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
      }
      if (bodyStartNanos == 0) {
        bodyStartNanos = System.nanoTime(); // an early answer: what is left of the body is timed
      }
      Scheduler.Task deadline = writeDeadline(bytes.length);
      response.write(
          true,
          ByteBuffer.wrap(bytes),
          Callback.from(
              () -> {
                deadline.cancel();
                drain();
              },
              failure -> {
                deadline.cancel();
                callback.failed(failure);
              }));
    }

    /**
     * Closes the connection if the answer is not read by the client within the grace period and its
     * length at the minimum data rate: a client that sends requests and never reads the answers
     * holds a connection, never a thread, and only that long.
     */
    private Scheduler.Task writeDeadline(int length) {
      long nanos =
          RATE_GRACE_NANOS
              + (limits.minDataRate() == 0
                  ? TimeUnit.SECONDS.toNanos(limits.idleTimeoutSeconds())
                  : TimeUnit.SECONDS.toNanos(length) / limits.minDataRate());
      EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
      return request
          .getComponents()
          .getScheduler()
          .schedule(endPoint::close, nanos, TimeUnit.NANOSECONDS);
    }

    /**
     * Reads and drops what is left of the body (at most {@link #MAX_DRAIN_BYTES}), then completes.
     */
    private void drain() {
      long dropped = 0;
      while (!bodyRead) {
        Content.Chunk chunk = request.read();
        if (chunk == null) {
          request.demand(this::drain);
          return;
        }
        if (Content.Chunk.isFailure(chunk)) {
          break; // the client stopped sending; the answer went out
        }
        int length = chunk.remaining();
        dropped += length;
        bodyRead = chunk.isLast();
        chunk.release();
        if (dropped > MAX_DRAIN_BYTES || tooSlow(length)) {
          break; // Jetty closes the connection with the body unread
        }
      }
      callback.succeeded();
    }
  }

  private static @Nullable String contentTypeProblem(@Nullable String type) {
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
          && (parameter.size() < 2
              || !parameter.get(1).replace("\"", "").equalsIgnoreCase("utf-8"))) {
        return "Content-Type '" + type + "' names a charset other than UTF-8; send UTF-8";
      }
    }
    return null;
  }

  /**
   * Jetty's own refusals (a malformed request line or header, two {@code Content-Length}s, headers
   * over the limit) as problem documents rather than HTML pages.
   */
  private final class ProblemErrorHandler extends ErrorHandler {

    @Override
    protected void generateResponse(
        Request request,
        Response response,
        int code,
        @Nullable String message,
        @Nullable Throwable cause,
        Callback callback) {
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, PROBLEM_JSON);
      response.getHeaders().put(VERSION_HEADER, GeccVersion.version());
      response.write(true, ByteBuffer.wrap(protocolProblem(code, message)), callback);
    }

    private byte[] protocolProblem(int status, @Nullable String reason) {
      String detail = reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
      switch (status) {
        case 400:
          return problem(
              status,
              "bad-request",
              "Bad request",
              "the request is not well-formed HTTP/1.1: " + detail,
              null);
        case 408:
          return problem(
              status,
              "request-timeout",
              "Request timeout",
              "the request arrived too slowly: " + detail,
              null);
        case 413:
          return problem(status, "too-large", "Request body too large", detail, null);
        case 414:
          return problem(
              status,
              "uri-too-long",
              "URI too long",
              "the request line is longer than " + limits.maxHeaderBytes() + " bytes",
              null);
        case 431:
          return problem(
              status,
              "headers-too-large",
              "Request header fields too large",
              "the request line and headers are larger than "
                  + limits.maxHeaderBytes()
                  + " bytes, the most the service reads",
              null);
        case 500:
          return problem(status, "internal-error", "Internal error", "internal error", null);
        default:
          return problem(status, "http-" + status, HttpStatus.getMessage(status), detail, null);
      }
    }
  }
}

package io.github.gecc.benchmarks;

import io.github.gecc.cli.GeccServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * {@code POST /v1/evaluate} from 32 keep-alive clients on loopback, side by side without an attack
 * and with one attached: 200 slow connections (100 sending their headers, 100 a chunked body, a
 * byte a second each) and 4 connections that pipeline requests and never read the answers; a
 * connection the service cuts off is opened again, so the attack lasts the whole measurement.
 * Goals: under attack at least 0.8 times the throughput and at most twice the 99th percentile of
 * the unattacked run, and no error (a client's status other than 200 fails the run).
 */
public class AttackBenchmark {

  /** The start of a request whose headers never end. */
  static final String SLOW_HEADERS = "POST /v1/evaluate HTTP/1.1\r\nX-Slow: ";

  /** The headers of a request whose chunked body never ends. */
  static final String SLOW_BODY =
      String.join(
          "\r\n",
          "POST /v1/evaluate HTTP/1.1",
          "Host: 127.0.0.1",
          "Content-Type: application/json",
          "Transfer-Encoding: chunked",
          "",
          "");

  /** Creates the benchmark; JMH instantiates it through its generated code. */
  public AttackBenchmark() {}

  /** The service, and the attack on it when {@code load} is {@code attacked}. */
  @State(Scope.Benchmark)
  public static class Service {
    /** {@code unattacked} or {@code attacked}. */
    @Param({"unattacked", "attacked"})
    public String load;

    GeccServer server;
    private ScheduledExecutorService trickle;
    private ExecutorService deaf;
    private final List<Socket> slow = new ArrayList<>();
    private final List<Future<?>> attack = new ArrayList<>();
    private volatile boolean attacking;

    /** Creates the state; JMH instantiates it. */
    public Service() {}

    /**
     * Starts the service with its default limits and, for {@code attacked}, the attack.
     *
     * @throws IOException if it cannot listen or connect
     */
    @Setup(Level.Trial)
    public void start() throws IOException {
      server = GeccServer.start("127.0.0.1", 0);
      if (!load.equals("attacked")) {
        return;
      }
      attacking = true;
      for (int i = 0; i < 200; i++) {
        slow.add(slowConnection(i % 2 == 0));
      }
      trickle = Executors.newSingleThreadScheduledExecutor();
      attack.add(trickle.scheduleAtFixedRate(this::trickle, 1, 1, TimeUnit.SECONDS));
      deaf = Executors.newFixedThreadPool(4);
      for (int i = 0; i < 4; i++) {
        attack.add(deaf.submit(this::neverRead));
      }
    }

    /** Stops the attack and the service. */
    @TearDown(Level.Trial)
    public void stop() {
      attacking = false;
      if (trickle != null) {
        attack.forEach(task -> task.cancel(true));
        trickle.shutdownNow();
        deaf.shutdownNow();
        for (Socket socket : slow) {
          closeQuietly(socket);
        }
      }
      server.close();
    }

    private Socket connect() throws IOException {
      Socket socket = new Socket();
      socket.setReceiveBufferSize(4096);
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()));
      return socket;
    }

    /** A connection that has sent the start of its headers, or its headers and a chunked body. */
    private Socket slowConnection(boolean headers) throws IOException {
      Socket socket = connect();
      String start = headers ? SLOW_HEADERS : SLOW_BODY;
      socket.getOutputStream().write(start.getBytes(StandardCharsets.US_ASCII));
      return socket;
    }

    /** Sends one more byte on each slow connection; replaces those the service has cut off. */
    private void trickle() {
      for (int i = 0; i < slow.size() && attacking; i++) {
        Socket socket = slow.get(i);
        boolean headers = i % 2 == 0;
        try {
          socket
              .getOutputStream()
              .write((headers ? "a" : "1\r\na\r\n").getBytes(StandardCharsets.US_ASCII));
        } catch (IOException cut) {
          closeQuietly(socket);
          try {
            slow.set(i, slowConnection(headers));
          } catch (IOException e) {
            // The service is stopping; the next tick tries again.
          }
        }
      }
    }

    /** Pipelines requests without reading a byte; connects again when the service cuts it off. */
    private void neverRead() {
      byte[] one = KeepAlive.post(ServiceBenchmark.REQUEST);
      byte[] many = new byte[one.length * 64];
      for (int i = 0; i < 64; i++) {
        System.arraycopy(one, 0, many, i * one.length, one.length);
      }
      while (attacking && !Thread.currentThread().isInterrupted()) {
        try (Socket socket = connect()) {
          OutputStream out = socket.getOutputStream();
          while (attacking) {
            out.write(many);
          }
        } catch (IOException cut) {
          // Cut off by the write deadline: connect again.
        }
      }
    }

    private static void closeQuietly(Socket socket) {
      try {
        socket.close();
      } catch (IOException e) {
        // Already closed by the service.
      }
    }
  }

  /** One client: a keep-alive HTTP/1.1 connection of its own. */
  @State(Scope.Thread)
  public static class Client {
    private KeepAlive connection;

    /** Creates the state; JMH instantiates it. */
    public Client() {}

    /**
     * Connects to the service.
     *
     * @param service the running service
     * @throws IOException if it cannot connect
     */
    @Setup(Level.Trial)
    public void connect(Service service) throws IOException {
      connection = new KeepAlive(service.server.port(), ServiceBenchmark.REQUEST);
    }

    /**
     * Closes the connection.
     *
     * @throws IOException if closing fails
     */
    @TearDown(Level.Trial)
    public void close() throws IOException {
      connection.close();
    }
  }

  /**
   * One {@code POST /v1/evaluate} from each of 32 concurrent clients.
   *
   * @param client this thread's connection
   * @return the HTTP status, consumed by JMH
   * @throws IOException if the exchange fails or the status is not 200
   */
  @Benchmark
  @BenchmarkMode({Mode.Throughput, Mode.SampleTime})
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Threads(32)
  public int http(Client client) throws IOException {
    int status = client.connection.call();
    if (status != 200) {
      throw new IOException("HTTP " + status);
    }
    return status;
  }
}

package io.github.gecc.benchmarks;

import io.github.gecc.cli.GeccServer;
import io.github.gecc.cli.Main;
import io.github.gecc.time.ThaiTime;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One {@code evaluate} decision three ways, side by side: a {@code java -jar gecc.jar evaluate}
 * process per call, one line of {@code gecc batch}, and one {@code POST /v1/evaluate} to {@code
 * gecc serve} on loopback from 16 concurrent clients, each on its own keep-alive connection, and
 * from a single caller. Targets: batch at least 20,000 decisions a second, HTTP at least 5,000
 * requests a second with a median under 2 ms, both at least 1,000 times cheaper per decision than a
 * process.
 *
 * <p>{@code process} needs the built jar: {@code -Dgecc.jar=PATH} (default {@code
 * gecc-examples/target/gecc.jar}); its {@code launcher} parameter compares the plain launch with
 * class-data sharing ({@code -XX:SharedArchiveFile}) from the {@code gecc.jsa} the build writes
 * beside the jar (or, when there is none, one the benchmark writes first); the archive holds only
 * for the jar at the path and with the time stamp it was written for.
 */
public class ServiceBenchmark {

  /** The request every way answers: the CLI contract's evaluate example. */
  static final String REQUEST = "{\"rulebook\":\"GECC-2560\",\"met\":[\"B01\",\"B02\",\"A01\"]}";

  /** Lines in one measured batch. */
  static final int BATCH_LINES = 2000;

  /** Creates the benchmark; JMH instantiates it through its generated code. */
  public ServiceBenchmark() {}

  /** A running service, shared by every client thread. */
  @State(Scope.Benchmark)
  public static class Service {
    GeccServer server;

    /** Creates the state; JMH instantiates it. */
    public Service() {}

    /**
     * Starts the service on a free loopback port.
     *
     * @throws IOException if it cannot listen
     */
    @Setup(Level.Trial)
    public void start() throws IOException {
      server = GeccServer.start("127.0.0.1", 0);
    }

    /** Stops the service. */
    @TearDown(Level.Trial)
    public void stop() {
      server.close();
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
      connection = new KeepAlive(service.server.port(), REQUEST);
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

    int call() throws IOException {
      return connection.call();
    }
  }

  /** A batch of identical evaluate lines. */
  @State(Scope.Benchmark)
  public static class Batch {
    byte[] lines;

    /** Creates the state; JMH instantiates it. */
    public Batch() {}

    /** Writes the batch input. */
    @Setup(Level.Trial)
    public void setUp() {
      StringBuilder input = new StringBuilder();
      for (int i = 0; i < BATCH_LINES; i++) {
        input
            .append("{\"id\":")
            .append(i)
            .append(",\"command\":\"evaluate\",\"input\":")
            .append(REQUEST)
            .append("}\n");
      }
      lines = input.toString().getBytes(StandardCharsets.UTF_8);
    }
  }

  /** The command-line process per call, plain or with a class-data sharing archive. */
  @State(Scope.Benchmark)
  public static class Launch {
    /** {@code plain} or {@code appcds}. */
    @Param({"plain", "appcds"})
    public String launcher;

    List<String> command;
    File request;

    /** Creates the state; JMH instantiates it. */
    public Launch() {}

    /**
     * Finds the jar, writes the request, and for {@code appcds} writes the archive with one run.
     *
     * @throws IOException if a file cannot be written
     * @throws InterruptedException if interrupted while the archive is written
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException, InterruptedException {
      String jar = System.getProperty("gecc.jar", "gecc-examples/target/gecc.jar");
      if (!new File(jar).isFile()) {
        throw new IllegalStateException("no gecc.jar at " + jar + "; give -Dgecc.jar=PATH");
      }
      request = File.createTempFile("gecc-evaluate", ".json");
      request.deleteOnExit();
      java.nio.file.Files.writeString(request.toPath(), REQUEST);
      String java = ProcessHandle.current().info().command().orElse("java");
      command = new ArrayList<>(List.of(java));
      if (launcher.equals("appcds")) {
        // The archive the build writes beside the jar, or one written now by a training run.
        File archive = new File(new File(jar).getAbsoluteFile().getParentFile(), "gecc.jsa");
        if (!archive.isFile()) {
          archive = File.createTempFile("gecc", ".jsa");
          archive.deleteOnExit();
          archive.delete();
          run(List.of(java, "-XX:ArchiveClassesAtExit=" + archive, "-jar", jar, "evaluate"));
        }
        command.addAll(
            List.of(
                "-XX:SharedArchiveFile=" + archive, "-Xlog:disable", "-Xlog:all=warning:stderr"));
      }
      command.addAll(List.of("-jar", jar, "evaluate"));
    }

    int run(List<String> line) throws IOException, InterruptedException {
      java.lang.Process process =
          new ProcessBuilder(line)
              .redirectInput(request)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      int status = process.waitFor();
      if (status != 0) {
        throw new IllegalStateException("exit " + status + " from " + line);
      }
      return status;
    }
  }

  /**
   * One {@code java -jar gecc.jar evaluate} process: start-up, one decision, exit.
   *
   * @param launch the command to start
   * @return the exit status
   * @throws IOException if the process cannot start
   * @throws InterruptedException if interrupted while waiting
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1, time = 2)
  @Measurement(iterations = 3, time = 4)
  public int process(Launch launch) throws IOException, InterruptedException {
    return launch.run(launch.command);
  }

  /**
   * One line of {@code gecc batch}, measured over a batch of {@value #BATCH_LINES} lines.
   *
   * @param batch the batch input
   * @return the bytes written, consumed by JMH
   */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(BATCH_LINES)
  public long batchLine(Batch batch) {
    Counting out = new Counting();
    int status =
        Main.run(
            new String[] {"batch"},
            new ByteArrayInputStream(batch.lines),
            new PrintStream(new BufferedOutputStream(out, 1 << 16), false, StandardCharsets.UTF_8),
            new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8),
            Clock.system(ThaiTime.ZONE));
    if (status != 0) {
      throw new IllegalStateException("batch exit " + status);
    }
    return out.count;
  }

  /** Counts the bytes written and drops them, as a pipe to another process would take them. */
  static final class Counting extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }

  /**
   * One {@code POST /v1/evaluate} from each of 16 concurrent clients.
   *
   * @param client this thread's connection
   * @return the HTTP status, consumed by JMH
   * @throws IOException if the exchange fails
   */
  @Benchmark
  @BenchmarkMode({Mode.Throughput, Mode.SampleTime})
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Threads(16)
  public int http(Client client) throws IOException {
    int status = client.call();
    if (status != 200) {
      throw new IOException("HTTP " + status);
    }
    return status;
  }

  /**
   * One {@code POST /v1/evaluate} from a single caller: the latency one clerk's screen sees.
   *
   * @param client this thread's connection
   * @return the HTTP status, consumed by JMH
   * @throws IOException if the exchange fails
   */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Threads(1)
  public int httpOneCaller(Client client) throws IOException {
    return http(client);
  }
}

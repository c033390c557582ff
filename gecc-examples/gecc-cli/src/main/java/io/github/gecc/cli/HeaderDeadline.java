package io.github.gecc.cli;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.jspecify.annotations.Nullable;

/**
 * Closes a connection whose request line and headers take longer than a deadline to arrive. Jetty
 * parses headers without holding a thread, and its idle timeout restarts with every byte, so a
 * client sending a header a byte a second would otherwise keep its connection for hours. Checked
 * twice a second; a connection at rest between requests is not timed. It reads the state of Jetty's
 * HTTP/1.1 parser through {@code HttpConnection}, public but in Jetty's {@code internal} package: a
 * Jetty upgrade may move it (the attack tests would then fail).
 */
final class HeaderDeadline implements Connection.Listener {

  private static final long PERIOD_MILLIS = 500;

  private final long deadlineNanos;
  private final Map<Connection, Started> open = new ConcurrentHashMap<>();
  private @Nullable ScheduledExecutorService timer;
  private @Nullable ScheduledFuture<?> checks;

  /** When the request a connection is parsing was first seen, and which request it was. */
  private static final class Started {
    long messages = -1;
    long nanos;
  }

  HeaderDeadline(long deadlineNanos) {
    this.deadlineNanos = deadlineNanos;
  }

  @Override
  public void onOpened(Connection connection) {
    open.put(connection, new Started());
  }

  @Override
  public void onClosed(Connection connection) {
    open.remove(connection);
  }

  synchronized void start() {
    ScheduledExecutorService started =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "gecc-serve-header-deadline");
              thread.setDaemon(true);
              return thread;
            });
    timer = started;
    checks =
        started.scheduleAtFixedRate(
            this::check, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
  }

  synchronized void stop() {
    if (checks != null) {
      checks.cancel(false);
    }
    if (timer != null) {
      timer.shutdownNow();
    }
  }

  private void check() {
    long now = System.nanoTime();
    open.forEach(
        (connection, started) -> {
          if (!(connection instanceof HttpConnection)) {
            return;
          }
          HttpConnection http = (HttpConnection) connection;
          HttpParser parser = http.getParser();
          if (parser.isStart() || !parser.inHeaderState()) {
            started.messages = -1; // at rest, or reading a body (the data rate times that)
            return;
          }
          long messages = http.getMessagesIn();
          if (started.messages != messages) {
            started.messages = messages;
            started.nanos = now;
          } else if (now - started.nanos > deadlineNanos) {
            connection.getEndPoint().close();
          }
        });
  }
}

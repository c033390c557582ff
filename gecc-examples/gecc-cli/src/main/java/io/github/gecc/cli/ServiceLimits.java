package io.github.gecc.cli;

import com.google.common.base.Preconditions;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The limits and timeouts of {@code gecc serve}, each an option of the command, and the public URL
 * the OpenAPI document names. Immutable; each {@code with…} returns a copy.
 */
final class ServiceLimits {

  /** The largest request body read, in bytes, unless set: 8 MiB. */
  static final int DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;

  /** The largest request line and headers, in bytes, unless set: 8 KiB. */
  static final int DEFAULT_MAX_HEADER_BYTES = 8 * 1024;

  /** The seconds a connection may stay silent (neither side moving a byte), unless set: 30. */
  static final int DEFAULT_IDLE_TIMEOUT_SECONDS = 30;

  /** The seconds a request's line and headers may take to arrive, unless set: 10. */
  static final int DEFAULT_HEADER_TIMEOUT_SECONDS = 10;

  /** The slowest a body may be sent, or an answer read, in bytes a second, unless set: 1,024. */
  static final int DEFAULT_MIN_DATA_RATE = 1024;

  /** The seconds a graceful stop waits for requests in flight, unless set: 60. */
  static final int DEFAULT_STOP_SECONDS = 60;

  private final int threads;
  private final int maxBodyBytes;
  private final int maxHeaderBytes;
  private final int idleTimeoutSeconds;
  private final int headerTimeoutSeconds;
  private final int minDataRate;
  private final int stopSeconds;
  private final @Nullable URI publicUrl;

  private ServiceLimits(
      int threads,
      int maxBodyBytes,
      int maxHeaderBytes,
      int idleTimeoutSeconds,
      int headerTimeoutSeconds,
      int minDataRate,
      int stopSeconds,
      @Nullable URI publicUrl) {
    Preconditions.checkArgument(threads >= 1, "threads %s is below 1", threads);
    Preconditions.checkArgument(maxBodyBytes >= 1, "max body bytes %s is below 1", maxBodyBytes);
    Preconditions.checkArgument(
        maxHeaderBytes >= 1024, "max header bytes %s is below 1024", maxHeaderBytes);
    Preconditions.checkArgument(
        idleTimeoutSeconds >= 1, "idle timeout %s is below 1 s", idleTimeoutSeconds);
    Preconditions.checkArgument(
        headerTimeoutSeconds >= 1, "header timeout %s is below 1 s", headerTimeoutSeconds);
    Preconditions.checkArgument(minDataRate >= 0, "min data rate %s is negative", minDataRate);
    Preconditions.checkArgument(stopSeconds >= 0, "stop seconds %s is negative", stopSeconds);
    this.threads = threads;
    this.maxBodyBytes = maxBodyBytes;
    this.maxHeaderBytes = maxHeaderBytes;
    this.idleTimeoutSeconds = idleTimeoutSeconds;
    this.headerTimeoutSeconds = headerTimeoutSeconds;
    this.minDataRate = minDataRate;
    this.stopSeconds = stopSeconds;
    this.publicUrl = publicUrl;
  }

  /** The defaults: each limit's {@code DEFAULT_…}, {@link #defaultThreads()} workers, no URL. */
  static ServiceLimits defaults() {
    return new ServiceLimits(
        defaultThreads(),
        DEFAULT_MAX_BODY_BYTES,
        DEFAULT_MAX_HEADER_BYTES,
        DEFAULT_IDLE_TIMEOUT_SECONDS,
        DEFAULT_HEADER_TIMEOUT_SECONDS,
        DEFAULT_MIN_DATA_RATE,
        DEFAULT_STOP_SECONDS,
        null);
  }

  /** Twice the processors, at least 4: enough to keep the processors busy while answers go out. */
  static int defaultThreads() {
    return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
  }

  /** The threads that run commands (the server adds one to accept and one to select). */
  int threads() {
    return threads;
  }

  int maxBodyBytes() {
    return maxBodyBytes;
  }

  int maxHeaderBytes() {
    return maxHeaderBytes;
  }

  int idleTimeoutSeconds() {
    return idleTimeoutSeconds;
  }

  int headerTimeoutSeconds() {
    return headerTimeoutSeconds;
  }

  /** Bytes a second; 0 checks no rate (the idle timeout still holds). */
  int minDataRate() {
    return minDataRate;
  }

  int stopSeconds() {
    return stopSeconds;
  }

  /** The URL the OpenAPI document names as its server; empty: the URL each request was sent to. */
  Optional<URI> publicUrl() {
    return Optional.ofNullable(publicUrl);
  }

  ServiceLimits withThreads(int value) {
    return new ServiceLimits(
        value,
        maxBodyBytes,
        maxHeaderBytes,
        idleTimeoutSeconds,
        headerTimeoutSeconds,
        minDataRate,
        stopSeconds,
        publicUrl);
  }

  ServiceLimits withMaxBodyBytes(int value) {
    return new ServiceLimits(
        threads,
        value,
        maxHeaderBytes,
        idleTimeoutSeconds,
        headerTimeoutSeconds,
        minDataRate,
        stopSeconds,
        publicUrl);
  }

  ServiceLimits withMaxHeaderBytes(int value) {
    return new ServiceLimits(
        threads,
        maxBodyBytes,
        value,
        idleTimeoutSeconds,
        headerTimeoutSeconds,
        minDataRate,
        stopSeconds,
        publicUrl);
  }

  ServiceLimits withIdleTimeoutSeconds(int value) {
    return new ServiceLimits(
        threads,
        maxBodyBytes,
        maxHeaderBytes,
        value,
        headerTimeoutSeconds,
        minDataRate,
        stopSeconds,
        publicUrl);
  }

  ServiceLimits withHeaderTimeoutSeconds(int value) {
    return new ServiceLimits(
        threads,
        maxBodyBytes,
        maxHeaderBytes,
        idleTimeoutSeconds,
        value,
        minDataRate,
        stopSeconds,
        publicUrl);
  }

  ServiceLimits withMinDataRate(int value) {
    return new ServiceLimits(
        threads,
        maxBodyBytes,
        maxHeaderBytes,
        idleTimeoutSeconds,
        headerTimeoutSeconds,
        value,
        stopSeconds,
        publicUrl);
  }

  ServiceLimits withStopSeconds(int value) {
    return new ServiceLimits(
        threads,
        maxBodyBytes,
        maxHeaderBytes,
        idleTimeoutSeconds,
        headerTimeoutSeconds,
        minDataRate,
        value,
        publicUrl);
  }

  ServiceLimits withPublicUrl(URI value) {
    return new ServiceLimits(
        threads,
        maxBodyBytes,
        maxHeaderBytes,
        idleTimeoutSeconds,
        headerTimeoutSeconds,
        minDataRate,
        stopSeconds,
        Objects.requireNonNull(value, "url"));
  }
}

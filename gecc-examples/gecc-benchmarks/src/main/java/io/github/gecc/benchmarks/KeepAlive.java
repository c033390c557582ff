package io.github.gecc.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A keep-alive HTTP/1.1 connection on loopback that posts one evaluate request at a time. */
final class KeepAlive implements AutoCloseable {
  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;
  private final byte[] request;
  private final byte[] buffer = new byte[1 << 16];

  KeepAlive(int port, String body) throws IOException {
    socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    out = socket.getOutputStream();
    in = socket.getInputStream();
    request = post(body);
  }

  /** The bytes of {@code POST /v1/evaluate} with {@code body}. */
  static byte[] post(String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    byte[] head =
        ("POST /v1/evaluate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: "
                + bytes.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] request = new byte[head.length + bytes.length];
    System.arraycopy(head, 0, request, 0, head.length);
    System.arraycopy(bytes, 0, request, head.length, bytes.length);
    return request;
  }

  /** Sends the request and reads the whole response; returns its status code. */
  int call() throws IOException {
    out.write(request);
    out.flush();
    int filled = 0;
    int headerEnd = -1;
    while (headerEnd < 0) {
      int n = in.read(buffer, filled, buffer.length - filled);
      if (n < 0) {
        throw new IOException("the service closed the connection");
      }
      filled += n;
      headerEnd = indexOfBlankLine(buffer, filled);
    }
    int length = contentLength(buffer, headerEnd);
    int total = headerEnd + 4 + length;
    while (filled < total) {
      int n = in.read(buffer, filled, Math.min(buffer.length, total) - filled);
      if (n < 0) {
        throw new IOException("the service closed the connection");
      }
      filled += n;
    }
    if (filled != total) {
      throw new IOException("more bytes than one response");
    }
    return (buffer[9] - '0') * 100 + (buffer[10] - '0') * 10 + (buffer[11] - '0');
  }

  private static int indexOfBlankLine(byte[] bytes, int length) {
    for (int i = 0; i + 3 < length; i++) {
      if (bytes[i] == '\r'
          && bytes[i + 1] == '\n'
          && bytes[i + 2] == '\r'
          && bytes[i + 3] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static int contentLength(byte[] bytes, int headerEnd) throws IOException {
    String head = new String(bytes, 0, headerEnd, StandardCharsets.US_ASCII);
    for (String line : head.lines().toList()) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("content-length")) {
        return Integer.parseInt(line.substring(colon + 1).trim());
      }
    }
    throw new IOException("a response without Content-Length");
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}

package io.sable.engine.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Raw HTTP to a server, for requests no SDK would send. */
final class Wire {
  static final String AUTHORIZATION =
      "AWS4-HMAC-SHA256 Credential=sable/20250101/us-east-1/dynamodb/aws4_request,"
          + " SignedHeaders=host;x-amz-date;x-amz-target, Signature=" + "0f".repeat(32);

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  private Wire() {}

  /** POSTs {@code body} to {@code target} (null for none), signed in form only. */
  static HttpResponse<String> post(URI endpoint, String target, String body) {
    HttpRequest.Builder request = signed(endpoint, body);
    if (target != null) {
      request.header("X-Amz-Target", target);
    }
    return send(request.build());
  }

  /** POSTs the bytes {@code body} to {@code target} (null for none), signed in form only. */
  static HttpResponse<String> post(URI endpoint, String target, byte[] body) {
    HttpRequest.Builder request = signed(endpoint, "")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (target != null) {
      request.header("X-Amz-Target", target);
    }
    return send(request.build());
  }

  /** A POST request with DynamoDB's content type and a well-formed SigV4 header. */
  static HttpRequest.Builder signed(URI endpoint, String body) {
    return unsigned(endpoint, body)
        .header("Authorization", AUTHORIZATION)
        .header("X-Amz-Date", "20250101T000000Z");
  }

  /** A POST request with DynamoDB's content type and no signature. */
  static HttpRequest.Builder unsigned(URI endpoint, String body) {
    return HttpRequest.newBuilder(endpoint)
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/x-amz-json-1.0")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The head of a signed DynamoDB POST for a raw socket, declaring {@code contentLength}. */
  static String head(String target, long contentLength) {
    return "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-amz-json-1.0\r\n"
        + "X-Amz-Target: " + target + "\r\nAuthorization: " + AUTHORIZATION + "\r\n"
        + "X-Amz-Date: 20250101T000000Z\r\nContent-Length: " + contentLength + "\r\n\r\n";
  }

  /** A whole signed DynamoDB POST for a raw socket. */
  static String request(String target, String body) {
    return head(target, body.getBytes(StandardCharsets.UTF_8).length) + body;
  }

  static void write(Socket socket, String text) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** Everything the server sends until it closes the connection or {@code timeout} passes. */
  static String readUntilClosed(Socket socket, Duration timeout) throws IOException {
    socket.setSoTimeout((int) timeout.toMillis());
    InputStream in = socket.getInputStream();
    StringBuilder text = new StringBuilder();
    byte[] buffer = new byte[8192];
    try {
      int read;
      while ((read = in.read(buffer)) >= 0) {
        text.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
      }
    } catch (java.net.SocketTimeoutException e) {
      text.append("<timeout>");
    } catch (java.net.SocketException e) {
      text.append("<reset>");
    }
    return text.toString();
  }

  /** Reads until {@code count} HTTP responses with bodies have arrived (or the timeout). */
  static String readResponses(Socket socket, int count, Duration timeout) throws IOException {
    socket.setSoTimeout((int) timeout.toMillis());
    InputStream in = socket.getInputStream();
    StringBuilder text = new StringBuilder();
    byte[] buffer = new byte[8192];
    while (complete(text.toString()) < count) {
      int read = in.read(buffer);
      if (read < 0) {
        break;
      }
      text.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
    }
    return text.toString();
  }

  private static int complete(String text) {
    int count = 0;
    int from = 0;
    while (true) {
      int headEnd = text.indexOf("\r\n\r\n", from);
      if (headEnd < 0) {
        return count;
      }
      String head = text.substring(from, headEnd).toLowerCase(java.util.Locale.ROOT);
      int at = head.indexOf("content-length: ");
      int length = at < 0 ? 0 : Integer.parseInt(head.substring(at + 16).split("\r\n")[0].trim());
      int end = headEnd + 4 + length;
      if (text.length() < end) {
        return count;
      }
      count++;
      from = end;
    }
  }
}

package io.sable.engine.server.internal;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32;

/**
 * HTTP responses as DynamoDB sends them: {@code x-amzn-RequestId} (52 upper-case letters and
 * digits), {@code x-amz-crc32} (the CRC32 of the body, as a decimal number, which SDKs check),
 * {@code Content-Type} and {@code Content-Length}.
 */
public final class Responses {
  /** DynamoDB's content type. */
  public static final String AMZ_JSON = "application/x-amz-json-1.0";

  private static final char[] ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();

  private Responses() {}

  /** A response with {@code body} of {@code contentType}. */
  public static FullHttpResponse of(int status, String contentType, byte[] body) {
    FullHttpResponse response =
        new DefaultFullHttpResponse(
            HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(status), Unpooled.wrappedBuffer(body));
    CRC32 crc = new CRC32();
    crc.update(body);
    response.headers()
        .set("x-amzn-RequestId", requestId())
        .set("x-amz-crc32", Long.toString(crc.getValue()))
        .set(HttpHeaderNames.CONTENT_TYPE, contentType)
        .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
    return response;
  }

  /** A bodiless response that closes the connection, such as 408 for a client too slow to send. */
  public static FullHttpResponse closing(HttpResponseStatus status) {
    FullHttpResponse response =
        new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.EMPTY_BUFFER);
    response.headers()
        .setInt(HttpHeaderNames.CONTENT_LENGTH, 0)
        .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
    return response;
  }

  /** A plain-text response. */
  public static FullHttpResponse text(int status, String text) {
    return of(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A new request id: 52 random upper-case letters and digits, the shape of DynamoDB's. Ids need
   * to be unique, not secret: a thread-local generator, not {@code SecureRandom} (whose 52 calls,
   * under one lock, cost more than most operations).
   */
  static String requestId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    char[] id = new char[52];
    for (int i = 0; i < id.length; i++) {
      id[i] = ID_ALPHABET[random.nextInt(ID_ALPHABET.length)];
    }
    return new String(id);
  }
}

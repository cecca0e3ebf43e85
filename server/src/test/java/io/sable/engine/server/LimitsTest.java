package io.sable.engine.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.engine.SableEngine;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The server's bounds: body size (413), requests in flight (ThrottlingException, 503), clients too
 * slow to send (408); and connections that stay open across requests. Each test starts its own
 * server with small limits, and checks that it still serves afterwards.
 */
class LimitsTest {
  private static final String LIST_TABLES = "DynamoDB_20120810.ListTables";

  private final SableEngine engine = SableEngine.create();
  private SableServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
    engine.close();
  }

  private URI start(SableServer.Builder builder) {
    server = builder.start();
    return server.endpoint();
  }

  @Test
  void post_whenBodyOverTheLimit_answers413AndKeepsServing() {
    URI endpoint = start(SableServer.builder(engine.dynamoDbClient()).maxRequestBytes(1024));
    String huge = "{\"TableName\":\"" + "x".repeat(2000) + "\"}";

    HttpResponse<String> response = Wire.post(endpoint, "DynamoDB_20120810.DescribeTable", huge);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(Wire.post(endpoint, LIST_TABLES, "{}").statusCode()).isEqualTo(200);
  }

  @Test
  void post_whenClientStopsSendingItsBody_answers408AndClosesTheConnection() throws Exception {
    URI endpoint = start(SableServer.builder(engine.dynamoDbClient()).bodyTimeout(Duration.ofMillis(300)));

    try (Socket slow = new Socket(endpoint.getHost(), endpoint.getPort())) {
      Wire.write(slow, Wire.head(LIST_TABLES, 100) + "{\"Limit\"");
      String answer = Wire.readUntilClosed(slow, Duration.ofSeconds(10));

      assertThat(answer).startsWith("HTTP/1.1 408 Request Timeout").doesNotContain("<timeout>");
    }
    assertThat(Wire.post(endpoint, LIST_TABLES, "{}").statusCode()).isEqualTo(200);
  }

  @Test
  void post_whenTooManyRequestsInFlight_answersThrottlingExceptionWith503() throws Exception {
    URI endpoint = start(SableServer.builder(engine.dynamoDbClient()).maxInFlightRequests(1));

    try (Socket holding = new Socket(endpoint.getHost(), endpoint.getPort())) {
      Wire.write(holding, Wire.head(LIST_TABLES, 2) + "{");
      HttpResponse<String> rejected = awaitRejection(endpoint);

      assertThat(rejected.statusCode()).isEqualTo(503);
      assertThat(rejected.body()).isEqualTo(
          "{\"__type\":\"com.amazon.coral.availability#ThrottlingException\","
              + "\"message\":\"Rate of requests exceeds the allowed throughput.\"}");
      Wire.write(holding, "}");
      assertThat(Wire.readResponses(holding, 1, Duration.ofSeconds(10))).startsWith("HTTP/1.1 200 OK");
    }
    assertThat(Wire.post(endpoint, LIST_TABLES, "{}").statusCode()).isEqualTo(200);
  }

  /** The holding request's head reaches the server asynchronously: ask until it is counted. */
  private static HttpResponse<String> awaitRejection(URI endpoint) throws InterruptedException {
    HttpResponse<String> response = null;
    for (int attempt = 0; attempt < 100; attempt++) {
      response = Wire.post(endpoint, LIST_TABLES, "{}");
      if (response.statusCode() != 200) {
        return response;
      }
      Thread.sleep(20);
    }
    return response;
  }

  @Test
  void post_whenKeepAliveAndPipelined_answersEveryRequestInOrderOnOneConnection() throws Exception {
    URI endpoint = start(SableServer.builder(engine.dynamoDbClient()));

    try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
      Wire.write(socket, Wire.request(LIST_TABLES, "{}")
          + Wire.request("DynamoDB_20120810.DescribeTable", "{\"TableName\":\"none\"}")
          + Wire.request(LIST_TABLES, "{\"Limit\":1}"));
      String answers = Wire.readResponses(socket, 3, Duration.ofSeconds(10));

      assertThat(answers.split("HTTP/1.1 ")).extracting(part -> part.isEmpty() ? "" : part.substring(0, 3))
          .containsExactly("", "200", "400", "200");
      assertThat(answers).containsSubsequence("{\"TableNames\":[]}", "ResourceNotFoundException",
          "{\"TableNames\":[]}");
    }
  }
}

package io.sable.engine.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.engine.SableEngine;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DescribeLimitsRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeLimitsResponse;
import software.amazon.awssdk.services.dynamodb.model.ListTablesRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;

/**
 * The server's bounds: body size (413), requests in flight (ThrottlingException, 503, taken only by
 * requests being answered, never by one still arriving), clients too slow to send (408); and
 * connections that stay open across requests. Each test starts its own
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
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    URI endpoint = start(SableServer.builder(gate(running, release)).maxInFlightRequests(1));

    CompletableFuture<HttpResponse<String>> holding = CompletableFuture.supplyAsync(
        () -> Wire.post(endpoint, "DynamoDB_20120810.DescribeLimits", "{}"));
    assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
    HttpResponse<String> rejected = Wire.post(endpoint, LIST_TABLES, "{}");
    release.countDown();

    assertThat(rejected.statusCode()).isEqualTo(503);
    assertThat(rejected.body()).isEqualTo(
        "{\"__type\":\"com.amazon.coral.availability#ThrottlingException\","
            + "\"message\":\"Rate of requests exceeds the allowed throughput.\"}");
    assertThat(holding.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    assertThat(Wire.post(endpoint, LIST_TABLES, "{}").statusCode()).isEqualTo(200);
  }

  @Test
  void post_whenAClientStallsInItsBody_holdsNoInFlightSlot() throws Exception {
    URI endpoint = start(SableServer.builder(engine.dynamoDbClient()).maxInFlightRequests(1));

    try (Socket stalled = new Socket(endpoint.getHost(), endpoint.getPort())) {
      Wire.write(stalled, Wire.head(LIST_TABLES, 2) + "{");

      assertThat(Wire.post(endpoint, LIST_TABLES, "{}").statusCode()).isEqualTo(200);
      Wire.write(stalled, "}");
      assertThat(Wire.readResponses(stalled, 1, Duration.ofSeconds(10))).startsWith("HTTP/1.1 200 OK");
    }
  }

  /**
   * A client whose DescribeLimits runs until {@code release}, having counted down {@code running}:
   * an operation that holds the one in-flight slot for as long as the test wants.
   */
  private DynamoDbClient gate(CountDownLatch running, CountDownLatch release) {
    DynamoDbClient engineClient = engine.dynamoDbClient();
    return new DynamoDbClient() {
      @Override
      public DescribeLimitsResponse describeLimits(DescribeLimitsRequest request) {
        running.countDown();
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return DescribeLimitsResponse.builder().build();
      }

      @Override
      public ListTablesResponse listTables(ListTablesRequest request) {
        return engineClient.listTables(request);
      }

      @Override
      public String serviceName() {
        return SERVICE_NAME;
      }

      @Override
      public void close() {}
    };
  }

  @Test
  void post_whenAKeepAliveConnectionIdlesPastTheIdleTimeout_closesIt() throws Exception {
    URI endpoint = start(SableServer.builder(engine.dynamoDbClient()).idleTimeout(Duration.ofMillis(300)));

    try (Socket idle = new Socket(endpoint.getHost(), endpoint.getPort())) {
      Wire.write(idle, Wire.request(LIST_TABLES, "{}"));
      String answers = Wire.readUntilClosed(idle, Duration.ofSeconds(10));

      assertThat(answers).startsWith("HTTP/1.1 200 OK").endsWith("{\"TableNames\":[]}");
    }
  }

  @Test
  void post_whenAHeadIsNotFinishedInTheHeaderTimeout_closesTheConnectionWithoutAnAnswer() throws Exception {
    URI endpoint = start(SableServer.builder(engine.dynamoDbClient()).headerTimeout(Duration.ofMillis(300)));

    try (Socket slow = new Socket(endpoint.getHost(), endpoint.getPort());
        Socket silent = new Socket(endpoint.getHost(), endpoint.getPort())) {
      Wire.write(slow, "POST / HTTP/1.1\r\nHost: localhost\r\n");

      assertThat(Wire.readUntilClosed(slow, Duration.ofSeconds(10))).isEmpty();
      assertThat(Wire.readUntilClosed(silent, Duration.ofSeconds(10))).isEmpty();
    }
    assertThat(Wire.post(endpoint, LIST_TABLES, "{}").statusCode()).isEqualTo(200);
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

package io.sable.engine.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.engine.SableEngine;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Slow, silent and greedy clients cannot shut the server down: with 1,000 stalled connections held
 * open on loopback (heads sent and bodies never finished, heads never finished, nothing sent), a
 * well-behaved AWS SDK client with retries off is served without an error, and the stalled
 * connections are closed by the header and body timeouts; and one address cannot hold more than
 * its share of connections. Network timeouts are real time, so the server's are set short here.
 * Loopback is all of 127.0.0.0/8 on Linux: the stalled clients connect from 127.0.0.2 onwards, the
 * SDK client from 127.0.0.1.
 */
class SlowClientsTest {
  private static final String KEY = "AKIDEXAMPLE";
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  private static final Duration TIMEOUT = Duration.ofSeconds(6);

  private final SableEngine engine = SableEngine.create();
  private final List<Socket> sockets = new ArrayList<>();
  private SableServer server;

  @AfterEach
  void stop() throws IOException {
    for (Socket socket : sockets) {
      socket.close();
    }
    server.close();
    engine.close();
  }

  @Test
  void serve_whenAThousandConnectionsStall_keepsServingAndClosesThemAfterTheTimeouts() throws IOException {
    server = SableServer.builder(engine).credentials(KEY, SECRET)
        .headerTimeout(TIMEOUT).bodyTimeout(TIMEOUT).idleTimeout(TIMEOUT).start();
    URI endpoint = server.endpoint();
    try (DynamoDbClient client = client(endpoint)) {
      client.listTables();  // the SDK's own start-up, outside the window the stalled clients hold
      for (int i = 0; i < 1000; i++) {
        Socket socket = connect(endpoint, "127.0.0." + (2 + i % 8));
        switch (i % 4) {
          case 0, 1 -> Wire.write(socket, Wire.head("DynamoDB_20120810.ListTables", 100) + "{\"Limit\"");
          case 2 -> Wire.write(socket, "POST / HTTP/1.1\r\nHost: localhost\r\nX-Amz-Target: Dynamo");
          default -> { }  // connected, nothing sent
        }
      }

      client.createTable(b -> b.tableName("orders").billingMode(BillingMode.PAY_PER_REQUEST)
          .attributeDefinitions(d -> d.attributeName("pk").attributeType(ScalarAttributeType.S))
          .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH)));
      for (int i = 0; i < 20; i++) {
        Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS("o-" + i));
        client.putItem(b -> b.tableName("orders").item(key));
        assertThat(client.getItem(b -> b.tableName("orders").key(key)).item()).isEqualTo(key);
      }
      assertThat(stillOpen()).as("stalled connections held open while the client was served").isEqualTo(1000);

      List<String> endings = new ArrayList<>();
      for (Socket socket : sockets) {
        endings.add(readUntilClosed(socket, TIMEOUT.multipliedBy(3)));
      }
      assertThat(endings).as("every stalled connection closed by the server").doesNotContain("<open>");
      assertThat(endings).filteredOn(ending -> ending.startsWith("HTTP/1.1 408 Request Timeout")).hasSize(500);
      assertThat(client.listTables().tableNames()).containsExactly("orders");
    }
  }

  @Test
  void serve_whenOneAddressOpensMoreThan128Connections_closesTheRestAndServesOthers() throws Exception {
    server = SableServer.builder(engine).credentials(KEY, SECRET).start();
    URI endpoint = server.endpoint();
    for (int i = 0; i < 200; i++) {
      connect(endpoint, "127.0.0.2");
    }

    assertThat(awaitClosedCount(72)).isEqualTo(72);
    try (DynamoDbClient client = client(endpoint)) {
      assertThat(client.listTables().tableNames()).isEmpty();
    }
    Socket refused = connect(endpoint, "127.0.0.2");
    Wire.write(refused, Wire.request("DynamoDB_20120810.ListTables", "{}"));
    assertThat(readUntilClosed(refused, Duration.ofSeconds(10))).isEmpty();
    sockets.remove(refused);
    for (Socket held : sockets) {
      held.close();
    }
    sockets.clear();
    assertThat(awaitServed(endpoint)).startsWith("HTTP/1.1 400 Bad Request").contains("InvalidSignatureException");
  }

  private Socket connect(URI endpoint, String from) throws IOException {
    Socket socket = new Socket();
    socket.bind(new InetSocketAddress(from, 0));
    socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), 5000);
    sockets.add(socket);
    return socket;
  }

  private static DynamoDbClient client(URI endpoint) {
    return DynamoDbClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .httpClientBuilder(ApacheHttpClient.builder())
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(KEY, SECRET)))
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }

  /** How many held sockets the server has not closed: a read that times out at once means open. */
  private int stillOpen() throws IOException {
    int open = 0;
    for (Socket socket : sockets) {
      socket.setSoTimeout(1);
      try {
        if (socket.getInputStream().read() < 0) {
          continue;
        }
      } catch (SocketTimeoutException e) {
        open++;
        continue;
      } catch (IOException e) {
        continue;
      }
      open++;
    }
    return open;
  }

  /** Polls the held sockets until {@code expected} are closed or five seconds pass; how many are. */
  private int awaitClosedCount(int expected) throws IOException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    int closed;
    do {
      closed = sockets.size() - stillOpen();
    } while (closed < expected && System.nanoTime() < deadline);
    return closed;
  }

  /** A request from 127.0.0.2, once its connections are gone: answered (its 2025 signature is refused as expired). */
  private String awaitServed(URI endpoint) throws IOException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    String answer;
    do {
      Socket socket = connect(endpoint, "127.0.0.2");
      Wire.write(socket, Wire.request("DynamoDB_20120810.ListTables", "{}"));
      answer = Wire.readResponses(socket, 1, Duration.ofSeconds(5));
    } while (answer.isEmpty() && System.nanoTime() < deadline);
    return answer;
  }

  /** What the server sends until it closes; {@code <open>} if it has not closed within {@code timeout}. */
  private static String readUntilClosed(Socket socket, Duration timeout) throws IOException {
    socket.setSoTimeout((int) timeout.toMillis());
    InputStream in = socket.getInputStream();
    StringBuilder text = new StringBuilder();
    byte[] buffer = new byte[4096];
    try {
      int read;
      while ((read = in.read(buffer)) >= 0) {
        text.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
      }
    } catch (SocketTimeoutException e) {
      return "<open>";
    } catch (IOException e) {
      return text.toString();  // reset by the server
    }
    return text.toString();
  }
}

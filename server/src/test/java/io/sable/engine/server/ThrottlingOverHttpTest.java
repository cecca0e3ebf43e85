package io.sable.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.engine.ManualClock;
import io.sable.engine.SableEngine;
import io.sable.engine.capacity.throughput.CapacitySimulation;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Throttling as an SDK sees it over HTTP: DynamoDB's error type, HTTP 400, message and {@code
 * ThrottlingReasons} (API Reference, "ProvisionedThroughputExceededException" and
 * "ThrottlingReason"; member names from the botocore model: {@code ThrottlingReasons} of {@code
 * reason}/{@code resource}), cancellation reasons of transactions, and the SDK's own retries
 * ("The AWS SDKs for DynamoDB automatically retry requests that receive this exception", API
 * Reference, ProvisionedThroughputExceededException).
 */
class ThrottlingOverHttpTest {
  private static final String TABLE_ARN = "arn:aws:dynamodb:us-east-1:000000000000:table/tbl";
  private static final String PROVISIONED_MESSAGE =
      "The level of configured provisioned throughput for the table was exceeded. Consider"
          + " increasing your provisioning level with the UpdateTable API.";

  private final ManualClock clock = new ManualClock(Instant.parse("2026-12-01T00:00:00Z"));
  private final SableEngine engine =
      SableEngine.builder().clock(clock).ttlSweepInterval(Duration.ZERO)
          .capacity(CapacitySimulation.ALL).build();
  private final SableServer server = SableServer.start(engine);

  @AfterEach
  void stop() {
    server.close();
    engine.close();
  }

  @Test
  void putItem_whenProvisionedTableIsDrained_throwsProvisionedThroughputExceededWithReasons() {
    provisionedAndDrained(1);
    try (DynamoDbClient client = client(o -> o.retryStrategy(b -> b.maxAttempts(1)))) {
      assertThatThrownBy(() -> client.putItem(b -> b.tableName("tbl").item(item("late"))))
          .isInstanceOfSatisfying(ProvisionedThroughputExceededException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(400);
            assertThat(e.awsErrorDetails().errorCode())
                .isEqualTo("ProvisionedThroughputExceededException");
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(PROVISIONED_MESSAGE);
            assertThat(e.throttlingReasons()).containsExactly(ThrottlingReason.builder()
                .reason("TableWriteProvisionedThroughputExceeded").resource(TABLE_ARN).build());
          });
    }
  }

  @Test
  void putItem_whenThrottled_answersDynamoDbsJsonBody() {
    provisionedAndDrained(1);
    String body = "{\"TableName\":\"tbl\",\"Item\":{\"pk\":{\"S\":\"late\"}}}";

    HttpResponse<String> response = Wire.post(server.endpoint(), "DynamoDB_20120810.PutItem", body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo(
        "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException\","
            + "\"message\":\"" + PROVISIONED_MESSAGE + "\","
            + "\"ThrottlingReasons\":[{\"reason\":\"TableWriteProvisionedThroughputExceeded\","
            + "\"resource\":\"" + TABLE_ARN + "\"}]}");
  }

  @Test
  void putItem_whenOnDemandTableIsOverItsCapacity_throwsThrottlingExceptionWithReasons() {
    engine.dynamoDbClient().createTable(b -> b.tableName("tbl")
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(k -> k.attributeName("pk").keyType("HASH"))
        .attributeDefinitions(a -> a.attributeName("pk").attributeType("S")));
    drain(100_000);
    try (DynamoDbClient client = client(o -> o.retryStrategy(b -> b.maxAttempts(1)))) {
      assertThatThrownBy(() -> client.putItem(b -> b.tableName("tbl").item(item("late"))))
          .isInstanceOfSatisfying(ThrottlingException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(400);
            assertThat(e.throttlingReasons()).singleElement().satisfies(reason -> {
              assertThat(reason.reason()).startsWith("TableWrite");
              assertThat(reason.resource()).isEqualTo(TABLE_ARN);
            });
          });
    }
  }

  @Test
  void transactWriteItems_whenThrottled_sendsTheCancellationReasonOverTheWire() {
    provisionedAndDrained(1);
    try (DynamoDbClient client = client(o -> o.retryStrategy(b -> b.maxAttempts(1)))) {
      assertThatThrownBy(() -> client.transactWriteItems(b -> b.transactItems(
              t -> t.put(p -> p.tableName("tbl").item(item("x"))))))
          .isInstanceOfSatisfying(TransactionCanceledException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(400);
            assertThat(e.cancellationReasons()).containsExactly(CancellationReason.builder()
                .code("ProvisionedThroughputExceeded").message(PROVISIONED_MESSAGE).build());
          });
    }
  }

  @Test
  void putItem_whenThrottledOnce_succeedsOnTheSdksDefaultRetryAfterTheClockMoves() {
    provisionedAndDrained(1);
    AtomicInteger attempts = new AtomicInteger();
    AtomicInteger throttlingBackoffs = new AtomicInteger();
    AtomicInteger otherBackoffs = new AtomicInteger();
    // The client's default retry strategy decides what is retried, and that this is throttling; its
    // backoff sleeps, which a test cannot: here the backoff moves the engine's clock two seconds
    // instead (2 WCU at 1 WCU/s, enough to pay any debt of the last admitted write).
    BackoffStrategy advanceClock = attempt -> {
      throttlingBackoffs.incrementAndGet();
      clock.advance(Duration.ofSeconds(2));
      return Duration.ZERO;
    };
    ExecutionInterceptor countAttempts = new ExecutionInterceptor() {
      @Override
      public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        attempts.incrementAndGet();
      }
    };
    try (DynamoDbClient client = client(o -> o.addExecutionInterceptor(countAttempts)
        .retryStrategy(b -> b.throttlingBackoffStrategy(advanceClock)
            .backoffStrategy(attempt -> {
              otherBackoffs.incrementAndGet();
              return Duration.ZERO;
            })))) {
      PutItemResponse response = client.putItem(b -> b.tableName("tbl").item(item("late")));

      assertThat(response.sdkHttpResponse().statusCode()).isEqualTo(200);
    }
    assertThat(attempts).hasValue(2);
    assertThat(throttlingBackoffs).hasValue(1);
    assertThat(otherBackoffs).hasValue(0);
    assertThat(engine.dynamoDbClient().getItem(b -> b.tableName("tbl").key(Map.of("pk", AttributeValue.fromS("late"))))
        .hasItem()).isTrue();
  }

  private void provisionedAndDrained(long writeCapacityUnits) {
    engine.dynamoDbClient().createTable(b -> b.tableName("tbl")
        .billingMode(BillingMode.PROVISIONED)
        .provisionedThroughput(p -> p.readCapacityUnits(10L).writeCapacityUnits(writeCapacityUnits))
        .keySchema(k -> k.attributeName("pk").keyType("HASH"))
        .attributeDefinitions(a -> a.attributeName("pk").attributeType("S")));
    drain(1000);
  }

  /**
   * Writes items of about {@code bytes} bytes, each to its own partition key, in process, until the
   * table throttles: its capacity, burst included, is spent.
   */
  private void drain(int bytes) {
    for (int i = 0; i < 100_000; i++) {
      String pk = "drain" + i;
      try {
        engine.dynamoDbClient().putItem(b -> b.tableName("tbl")
            .item(Map.of("pk", AttributeValue.fromS(pk), "d", AttributeValue.fromS("x".repeat(bytes)))));
      } catch (DynamoDbException e) {
        if (e instanceof ProvisionedThroughputExceededException || e instanceof ThrottlingException) {
          return;
        }
        throw e;
      }
    }
    throw new AssertionError("the table never throttled");
  }

  private static Map<String, AttributeValue> item(String pk) {
    return Map.of("pk", AttributeValue.fromS(pk), "d", AttributeValue.fromS("x".repeat(1000)));
  }

  private DynamoDbClient client(Consumer<ClientOverrideConfiguration.Builder> override) {
    return HttpEngineClientProvider.builder(server.endpoint()).overrideConfiguration(override).build();
  }
}

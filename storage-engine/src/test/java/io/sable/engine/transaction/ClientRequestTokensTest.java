package io.sable.engine.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.engine.ManualClock;
import io.sable.engine.SableEngine;
import io.sable.engine.transaction.ClientRequestTokens.Start;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * ClientRequestToken idempotency (Developer Guide, "Amazon DynamoDB Transactions: How it works",
 * "Idempotency": "A client token is valid for 10 minutes after the request that uses it
 * finishes"), timed by a clock the test moves instead of by waiting.
 */
class ClientRequestTokensTest {
  private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
  private static final byte[] FIRST = {1};
  private static final byte[] SECOND = {2};

  @Test
  void begin_whenTokenNew_runsAndMarksItInProgress() {
    ClientRequestTokens tokens = new ClientRequestTokens(new ManualClock(START), 10);
    assertThat(tokens.begin("t", FIRST)).isEqualTo(Start.RUN);
    assertThat(tokens.begin("t", FIRST)).isEqualTo(Start.IN_PROGRESS);
    assertThat(tokens.begin("t", SECOND)).isEqualTo(Start.MISMATCH);
  }

  @Test
  void begin_whenRequestSucceeded_replaysTheSameAndRejectsOthersForTenMinutes() {
    ManualClock clock = new ManualClock(START);
    ClientRequestTokens tokens = new ClientRequestTokens(clock, 10);
    tokens.begin("t", FIRST);
    tokens.succeeded("t");
    clock.advance(Duration.ofMinutes(10).minusMillis(1));
    assertThat(tokens.begin("t", FIRST)).isEqualTo(Start.REPLAY);
    assertThat(tokens.begin("t", SECOND)).isEqualTo(Start.MISMATCH);
    clock.advance(Duration.ofMillis(1));
    assertThat(tokens.begin("t", SECOND)).isEqualTo(Start.RUN);
    assertThat(tokens.size()).isZero();
  }

  @Test
  void begin_whenRequestFailed_runsAgainWithAnyItems() {
    ClientRequestTokens tokens = new ClientRequestTokens(new ManualClock(START), 10);
    tokens.begin("t", FIRST);
    tokens.failed("t");
    assertThat(tokens.begin("t", SECOND)).isEqualTo(Start.RUN);
  }

  @Test
  void succeeded_whenMoreTokensThanCapacity_forgetsTheOldest() {
    ClientRequestTokens tokens = new ClientRequestTokens(new ManualClock(START), 2);
    for (String token : List.of("t1", "t2", "t3")) {
      tokens.begin(token, FIRST);
      tokens.succeeded(token);
    }
    assertThat(tokens.size()).isEqualTo(2);
    assertThat(tokens.begin("t1", FIRST)).isEqualTo(Start.RUN);
    assertThat(tokens.begin("t3", FIRST)).isEqualTo(Start.REPLAY);
  }

  @Test
  void fingerprint_whenMapsHaveTheSameEntriesInAnotherOrder_isEqual() {
    Map<String, AttributeValue> ab = new LinkedHashMap<>();
    ab.put("a", AttributeValue.fromS("1"));
    ab.put("b", AttributeValue.fromN("2"));
    Map<String, AttributeValue> ba = new LinkedHashMap<>();
    ba.put("b", AttributeValue.fromN("2"));
    ba.put("a", AttributeValue.fromS("1"));
    assertThat(RequestFingerprint.of(List.of(put(ab)))).isEqualTo(RequestFingerprint.of(List.of(put(ba))));
  }

  @Test
  void fingerprint_whenAnyValueDiffers_differs() {
    byte[] base = RequestFingerprint.of(List.of(put(Map.of("a", AttributeValue.fromS("1")))));
    assertThat(RequestFingerprint.of(List.of(put(Map.of("a", AttributeValue.fromN("1")))))).isNotEqualTo(base);
    assertThat(RequestFingerprint.of(List.of(put(Map.of("a", AttributeValue.fromS("2")))))).isNotEqualTo(base);
    assertThat(RequestFingerprint.of(List.of(put(Map.of("b", AttributeValue.fromS("1")))))).isNotEqualTo(base);
    TransactWriteItem conditional = TransactWriteItem.builder()
        .put(put(Map.of("a", AttributeValue.fromS("1"))).put().toBuilder().conditionExpression("attribute_exists(a)").build())
        .build();
    assertThat(RequestFingerprint.of(List.of(conditional))).isNotEqualTo(base);
  }

  private static TransactWriteItem put(Map<String, AttributeValue> item) {
    return TransactWriteItem.builder().put(Put.builder().tableName("accounts").item(item).build()).build();
  }

  @Test
  void transactWriteItems_whenTokenReusedAfterTenMinutes_appliesAgain() {
    ManualClock clock = new ManualClock(START);
    try (SableEngine engine = SableEngine.builder().clock(clock).build()) {
      DynamoDbClient client = engine.dynamoDbClient();
      client.createTable(b -> b.tableName("counters").billingMode(BillingMode.PAY_PER_REQUEST)
          .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
          .attributeDefinitions(AttributeDefinition.builder().attributeName("pk").attributeType("S").build()));
      TransactWriteItem increment = TransactWriteItem.builder().update(u -> u.tableName("counters")
          .key(Map.of("pk", AttributeValue.fromS("c"))).updateExpression("ADD n :one")
          .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))).build();
      for (Duration wait : List.of(Duration.ZERO, Duration.ofMinutes(9), Duration.ofMinutes(1), Duration.ofMinutes(5))) {
        clock.advance(wait);
        client.transactWriteItems(r -> r.clientRequestToken("once").transactItems(increment));
      }
      assertThat(client.getItem(r -> r.tableName("counters").key(Map.of("pk", AttributeValue.fromS("c"))))
          .item().get("n").n()).isEqualTo("2");
    }
  }
}

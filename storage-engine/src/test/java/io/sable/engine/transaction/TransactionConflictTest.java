package io.sable.engine.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.engine.SableEngine;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;
import software.amazon.awssdk.services.dynamodb.model.TransactionInProgressException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Conflicts with a transaction in flight, held by a {@link Pause} hook, as DynamoDB defines them
 * (Developer Guide, "Amazon DynamoDB Transactions: How it works", "Transaction conflict handling";
 * API Reference, TransactWriteItems and TransactGetItems, Errors). DynamoDB Local 3.1.0 runs
 * transactions one at a time and cannot show these, so they are tested against the documentation.
 */
class TransactionConflictTest {
  private static final String PAUSED_TOKEN = "paused";

  private SableEngine engine;
  private DynamoDbClient client;
  private Pause pause;

  private void start(Predicate<SdkRequest> paused) {
    pause = new Pause(paused);
    // One partition: every item shares one partition lock, so nothing below passes by luck of
    // hashing.
    engine = SableEngine.builder().partitions(1).transactionHook(pause).build();
    client = engine.dynamoDbClient();
    client.createTable(b -> b.tableName("accounts").billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
        .attributeDefinitions(AttributeDefinition.builder().attributeName("pk").attributeType("S").build()));
    for (String pk : List.of("a", "b", "c", "d")) {
      client.putItem(b -> b.tableName("accounts").item(item(pk, 100)));
    }
  }


  @AfterEach
  void stop() {
    engine.close();
  }

  private static Map<String, AttributeValue> key(String pk) {
    return Map.of("pk", AttributeValue.fromS(pk));
  }

  private static Map<String, AttributeValue> item(String pk, int balance) {
    return Map.of("pk", AttributeValue.fromS(pk), "balance", AttributeValue.fromN(Integer.toString(balance)));
  }

  private static TransactWriteItem add(String pk, int amount) {
    return TransactWriteItem.builder().update(u -> u.tableName("accounts").key(key(pk))
        .updateExpression("ADD balance :x")
        .expressionAttributeValues(Map.of(":x", AttributeValue.fromN(Integer.toString(amount))))).build();
  }

  // A transfer of 10 from a to b, paused while it holds both items.
  private CompletableFuture<Object> pausedTransfer() throws InterruptedException {
    start(r -> r instanceof TransactWriteItemsRequest w && PAUSED_TOKEN.equals(w.clientRequestToken()));
    return pause.start(() -> client.transactWriteItems(r -> r.clientRequestToken(PAUSED_TOKEN)
        .transactItems(add("a", -10), add("b", 10))));
  }

  // A TransactGetItems of {@code pks}, paused once it has read them.
  private CompletableFuture<TransactGetItemsResponse> pausedRead(String... pks) throws InterruptedException {
    start(r -> r instanceof TransactGetItemsRequest);
    List<TransactGetItem> gets = new java.util.ArrayList<>();
    for (String pk : pks) {
      gets.add(TransactGetItem.builder().get(g -> g.tableName("accounts").key(key(pk))).build());
    }
    return pause.start(() -> client.transactGetItems(r -> r.transactItems(gets)));
  }

  private String balance(String pk) {
    return client.getItem(r -> r.tableName("accounts").key(key(pk))).item().get("balance").n();
  }

  private static List<String> codes(TransactionCanceledException e) {
    return e.cancellationReasons().stream().map(CancellationReason::code).toList();
  }

  @Test
  void singleItemWrites_whenItemLockedByTransaction_failWithTransactionConflict() throws Exception {
    CompletableFuture<Object> transfer = pausedTransfer();
    List<Consumer<DynamoDbClient>> writes = List.of(
        c -> c.putItem(r -> r.tableName("accounts").item(item("a", 1))),
        c -> c.updateItem(r -> r.tableName("accounts").key(key("b")).updateExpression("SET balance = :z")
            .expressionAttributeValues(Map.of(":z", AttributeValue.fromN("0")))),
        c -> c.deleteItem(r -> r.tableName("accounts").key(key("a"))));
    for (Consumer<DynamoDbClient> write : writes) {
      assertThatThrownBy(() -> write.accept(client))
          .isInstanceOfSatisfying(TransactionConflictException.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("TransactionConflictException");
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Transaction is ongoing for the item");
            assertThat(e.statusCode()).isEqualTo(400);
          });
    }
    Pause.finish(pause, transfer);
    assertThat(List.of(balance("a"), balance("b"))).containsExactly("90", "110");
    client.putItem(r -> r.tableName("accounts").item(item("a", 1)));
    assertThat(balance("a")).isEqualTo("1");
  }

  @Test
  void getItem_whenItemLockedByTransaction_returnsTheCommittedItem() throws Exception {
    // "If an ongoing TransactWriteItems ... conflicts with a concurrent GetItem request, both
    // operations can succeed."
    CompletableFuture<Object> transfer = pausedTransfer();
    assertThat(balance("a")).isEqualTo("100");
    Pause.finish(pause, transfer);
    assertThat(balance("a")).isEqualTo("90");
  }

  @Test
  void batchWriteItem_whenItemLockedByTransaction_returnsThatWriteUnprocessed() throws Exception {
    CompletableFuture<Object> transfer = pausedTransfer();
    WriteRequest locked = WriteRequest.builder().putRequest(p -> p.item(item("a", 1))).build();
    WriteRequest free = WriteRequest.builder().putRequest(p -> p.item(item("c", 1))).build();
    BatchWriteItemResponse response =
        client.batchWriteItem(r -> r.requestItems(Map.of("accounts", List.of(locked, free))));
    assertThat(response.unprocessedItems()).isEqualTo(Map.of("accounts", List.of(locked)));
    assertThat(balance("c")).isEqualTo("1");
    Pause.finish(pause, transfer);
    assertThat(balance("a")).isEqualTo("90");
  }

  @Test
  void transactWriteItems_whenItemLockedByAnotherTransaction_cancelsWithTransactionConflict() throws Exception {
    CompletableFuture<Object> transfer = pausedTransfer();
    assertThatThrownBy(() -> client.transactWriteItems(r -> r.transactItems(add("c", 1), add("b", 1), add("a", 1))))
        .isInstanceOfSatisfying(TransactionCanceledException.class, e -> {
          assertThat(codes(e)).containsExactly("None", "TransactionConflict", "TransactionConflict");
          assertThat(e.cancellationReasons().get(1).message()).isEqualTo("Transaction is ongoing for the item");
          assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Transaction cancelled, please refer"
              + " cancellation reasons for specific reasons [None, TransactionConflict, TransactionConflict]");
        });
    assertThat(balance("c")).isEqualTo("100");
    client.putItem(r -> r.tableName("accounts").item(item("c", 5)));
    Pause.finish(pause, transfer);
    assertThat(List.of(balance("a"), balance("b"), balance("c"))).containsExactly("90", "110", "5");
  }

  @Test
  void transactWriteItems_whenDisjointItemsOfTheSamePartition_commitsWhileAnotherIsInFlight() throws Exception {
    CompletableFuture<Object> transfer = pausedTransfer();
    client.transactWriteItems(r -> r.transactItems(add("c", -1), add("d", 1)));
    client.transactGetItems(r -> r.transactItems(
        g -> g.get(x -> x.tableName("accounts").key(key("c"))),
        g -> g.get(x -> x.tableName("accounts").key(key("d")))));
    assertThat(client.scan(r -> r.tableName("accounts")).count()).isEqualTo(4);
    assertThat(List.of(balance("c"), balance("d"))).containsExactly("99", "101");
    Pause.finish(pause, transfer);
  }

  @Test
  void transactGetItems_whenItemLockedByTransaction_cancelsWithTransactionConflict() throws Exception {
    CompletableFuture<Object> transfer = pausedTransfer();
    assertThatThrownBy(() -> client.transactGetItems(r -> r.transactItems(
            g -> g.get(x -> x.tableName("accounts").key(key("c"))),
            g -> g.get(x -> x.tableName("accounts").key(key("b"))))))
        .isInstanceOfSatisfying(TransactionCanceledException.class,
            e -> assertThat(codes(e)).containsExactly("None", "TransactionConflict"));
    Pause.finish(pause, transfer);
  }

  @Test
  void transactGetItems_whenItemWrittenWhileRead_cancelsWithTransactionConflict() throws Exception {
    // "An item within a TransactGetItems request is part of an ongoing ... PutItem": the write
    // succeeds and the read is cancelled.
    CompletableFuture<TransactGetItemsResponse> read = pausedRead("a", "b", "c");
    client.putItem(r -> r.tableName("accounts").item(item("b", 7)));
    assertThatThrownBy(() -> Pause.finish(pause, read))
        .isInstanceOfSatisfying(TransactionCanceledException.class,
            e -> assertThat(codes(e)).containsExactly("None", "TransactionConflict", "None"));
    assertThat(balance("b")).isEqualTo("7");
  }

  @Test
  void transactGetItems_whenNothingWritesItsItems_returnsThemWhileAPutOfAnotherItemSucceeds() throws Exception {
    CompletableFuture<TransactGetItemsResponse> read = pausedRead("a", "b");
    client.putItem(r -> r.tableName("accounts").item(item("c", 7)));
    TransactGetItemsResponse response = Pause.finish(pause, read);
    assertThat(response.responses()).extracting(i -> i.item().get("balance").n()).containsExactly("100", "100");
  }

  @Test
  void transactWriteItems_whenTokenOfRequestInFlight_failsWithTransactionInProgress() throws Exception {
    CompletableFuture<Object> transfer = pausedTransfer();
    assertThatThrownBy(() -> client.transactWriteItems(r -> r.clientRequestToken(PAUSED_TOKEN)
            .transactItems(add("a", -10), add("b", 10))))
        .isInstanceOfSatisfying(TransactionInProgressException.class, e -> {
          assertThat(e.awsErrorDetails().errorCode()).isEqualTo("TransactionInProgressException");
          assertThat(e.statusCode()).isEqualTo(400);
        });
    Pause.finish(pause, transfer);
    client.transactWriteItems(r -> r.clientRequestToken(PAUSED_TOKEN).transactItems(add("a", -10), add("b", 10)));
    assertThat(List.of(balance("a"), balance("b"))).containsExactly("90", "110");
  }
}

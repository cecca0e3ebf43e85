package io.sable.engine.transaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The bank-transfer workload: accounts in one table, writer threads moving random amounts between
 * random accounts with TransactWriteItems (a conditional debit and a credit), reader threads
 * reading every balance at once with TransactGetItems. Each transfer either commits or is declined
 * for insufficient funds; one cancelled by a conflict is retried. Every successful read is checked:
 * the total never changes and no balance is negative.
 *
 * <p>Shared by {@code BankTransferInvariantTest} and {@code BankTransferBenchmark}.
 */
final class BankWorkload {
  static final String TABLE = "bank";

  private final int accounts;
  private final long initialBalance;

  BankWorkload(int accounts, long initialBalance) {
    this.accounts = accounts;
    this.initialBalance = initialBalance;
  }

  /** The total every read must see. */
  long total() {
    return accounts * initialBalance;
  }

  /** Creates the table and funds every account. */
  void setUp(DynamoDbClient client) {
    client.createTable(b -> b.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
        .attributeDefinitions(AttributeDefinition.builder().attributeName("id").attributeType("S").build()));
    for (int i = 0; i < accounts; i++) {
      String id = id(i);
      client.putItem(b -> b.tableName(TABLE).item(Map.of(
          "id", AttributeValue.fromS(id), "balance", AttributeValue.fromN(Long.toString(initialBalance)))));
    }
  }

  private static String id(int account) {
    return "account-" + account;
  }

  /** What a run did. */
  record Result(
      int committed,
      int declined,
      long writeConflicts,
      long reads,
      long readConflicts,
      List<String> violations,
      long nanos) {

    /** Transfers (committed or declined) per second. */
    double transfersPerSecond() {
      return (committed + declined) / (nanos / 1e9);
    }
  }

  /**
   * Runs {@code transfers} transfers on {@code writers} threads while {@code readers} threads
   * read, and returns when every transfer is done.
   */
  Result run(DynamoDbClient client, int writers, int transfers, int readers, long seed) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger committed = new AtomicInteger();
    AtomicInteger declined = new AtomicInteger();
    LongAdder writeConflicts = new LongAdder();
    LongAdder reads = new LongAdder();
    LongAdder readConflicts = new LongAdder();
    Queue<String> violations = new ConcurrentLinkedQueue<>();
    Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
    AtomicBoolean writing = new AtomicBoolean(true);
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> writerThreads = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      Random random = new Random(seed + w);
      writerThreads.add(thread("writer-" + w, failures, go, () -> {
        while (next.getAndIncrement() < transfers) {
          if (transfer(client, random, writeConflicts)) {
            committed.incrementAndGet();
          } else {
            declined.incrementAndGet();
          }
        }
      }));
    }
    for (int r = 0; r < readers; r++) {
      threads.add(thread("reader-" + r, failures, go, () -> {
        while (writing.get()) {
          check(readAll(client, readConflicts), reads, violations);
        }
      }));
    }
    threads.addAll(writerThreads);
    threads.forEach(Thread::start);
    long start = System.nanoTime();
    go.countDown();
    for (Thread thread : writerThreads) {
      thread.join();
    }
    long nanos = System.nanoTime() - start;
    writing.set(false);
    for (Thread thread : threads) {
      thread.join();
    }
    if (!failures.isEmpty()) {
      throw new AssertionError("a workload thread failed", failures.peek());
    }
    return new Result(committed.get(), declined.get(), writeConflicts.sum(), reads.sum(),
        readConflicts.sum(), List.copyOf(violations), nanos);
  }

  private static Thread thread(String name, Queue<Throwable> failures, CountDownLatch go, Runnable body) {
    Thread thread = new Thread(() -> {
      try {
        go.await();
        body.run();
      } catch (Throwable e) {
        failures.add(e);
      }
    }, name);
    thread.setDaemon(true);
    return thread;
  }

  // One transfer: true if it committed, false if declined; retried while it conflicts.
  private boolean transfer(DynamoDbClient client, Random random, LongAdder conflicts) {
    int from = random.nextInt(accounts);
    int to = (from + 1 + random.nextInt(accounts - 1)) % accounts;
    AttributeValue amount = AttributeValue.fromN(Integer.toString(1 + random.nextInt(100)));
    TransactWriteItem debit = TransactWriteItem.builder().update(u -> u.tableName(TABLE)
        .key(Map.of("id", AttributeValue.fromS(id(from))))
        .updateExpression("SET balance = balance - :amount")
        .conditionExpression("balance >= :amount")
        .expressionAttributeValues(Map.of(":amount", amount))).build();
    TransactWriteItem credit = TransactWriteItem.builder().update(u -> u.tableName(TABLE)
        .key(Map.of("id", AttributeValue.fromS(id(to))))
        .updateExpression("SET balance = balance + :amount")
        .expressionAttributeValues(Map.of(":amount", amount))).build();
    while (true) {
      try {
        client.transactWriteItems(r -> r.transactItems(debit, credit));
        return true;
      } catch (TransactionCanceledException e) {
        List<String> codes = e.cancellationReasons().stream().map(CancellationReason::code).toList();
        if (codes.contains("ConditionalCheckFailed")) {
          return false;
        }
        if (!codes.contains("TransactionConflict")) {
          throw e;
        }
        conflicts.increment();
        Thread.yield();
      }
    }
  }

  /** Every balance, read at once, or {@code null} if the read was cancelled by a conflict. */
  long[] readAll(DynamoDbClient client, LongAdder conflicts) {
    List<TransactGetItem> gets = new ArrayList<>(accounts);
    for (int i = 0; i < accounts; i++) {
      String id = id(i);
      gets.add(TransactGetItem.builder().get(g -> g.tableName(TABLE).key(Map.of("id", AttributeValue.fromS(id)))).build());
    }
    List<ItemResponse> responses;
    try {
      responses = client.transactGetItems(r -> r.transactItems(gets)).responses();
    } catch (TransactionCanceledException e) {
      if (e.cancellationReasons().stream().noneMatch(reason -> reason.code().equals("TransactionConflict"))) {
        throw e;
      }
      conflicts.increment();
      return null;
    }
    long[] balances = new long[accounts];
    for (int i = 0; i < accounts; i++) {
      balances[i] = Long.parseLong(responses.get(i).item().get("balance").n());
    }
    return balances;
  }

  private void check(long[] balances, LongAdder reads, Queue<String> violations) {
    if (balances == null) {
      return;
    }
    reads.increment();
    long sum = 0;
    for (int i = 0; i < balances.length; i++) {
      sum += balances[i];
      if (balances[i] < 0) {
        violations.add("account " + i + " has balance " + balances[i]);
      }
    }
    if (sum != total()) {
      violations.add("a read saw a total of " + sum + " instead of " + total());
    }
  }
}

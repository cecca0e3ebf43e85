package io.sable.engine.server.crash;

import io.sable.engine.server.crash.WriterState.KeyWrite;
import io.sable.engine.server.crash.WriterState.Kind;
import io.sable.engine.server.crash.WriterState.Op;
import io.sable.loopback.LoopbackEndpoint;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The crash test across processes: {@code serve --data-dir} in a child JVM, writers doing PutItem,
 * DeleteItem, UpdateItem (ADD) and TransactWriteItems (with ClientRequestToken) through the AWS SDK
 * over loopback, SIGKILL at a random moment, restart on the same directory, verify ({@link
 * Verifier}), replay ClientRequestTokens, and go on writing on the restarted server. In about a
 * quarter of the rounds the restarting server is killed once more at a random moment of its start
 * (during recovery, or just after) before the restart that is verified.
 *
 * <p>Every {@code roundsPerTable} rounds the table is deleted and a new one created, which bounds
 * the work of each verification (and checks that a DeleteTable survives a crash too).
 *
 * @param dataDir the server's data directory (empty at first)
 * @param durability {@code fsync} or {@code periodic:MS}
 * @param rounds kills and restarts
 * @param writers concurrent writer threads, each sequential, each owning its keys
 * @param writeMillis the most milliseconds of writes before the kill (the kill comes at a random
 *     moment between a fifth of it and all of it after the round's first acknowledged write)
 * @param roundsPerTable rounds on one table before it is replaced
 * @param seed the random seed (the run prints it)
 */
public record CrashRun(Path dataDir, String durability, int rounds, int writers, int writeMillis,
    int roundsPerTable, long seed) {

  /** What a run found. */
  public record Report(String durability, int rounds, long killedDuringRecovery, long ackedWrites, long ackedItemWrites, long inFlightAtKill,
      long inFlightApplied, long tokenReplays, long streamRecordsChecked, double medianRestartMillis,
      List<String> violations, List<String> recoveryLog) {

    /** One line per figure, for a test's output or bin/crash-test. */
    public String summary() {
      return "durability " + durability + ": " + rounds + " rounds (kill -9 and restart; in " + killedDuringRecovery
          + " of them the restarting server was killed again during recovery), " + ackedWrites
          + " acknowledged writes (" + ackedItemWrites + " item writes), " + inFlightAtKill
          + " in flight at a kill (" + inFlightApplied + " turned out applied), " + tokenReplays
          + " ClientRequestToken replays after restart, " + streamRecordsChecked
          + " stream records read at the last check, median restart " + String.format("%.0f", medianRestartMillis)
          + " ms; losses and inconsistencies: " + violations.size();
    }
  }

  /** Runs every round; never throws for a violation (they are in the report). */
  public Report run() {
    Random random = new Random(seed);
    List<WriterState> states = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      states.add(new WriterState(w, seed));
    }
    List<String> violations = Collections.synchronizedList(new ArrayList<>());
    List<String> recoveryLog = new ArrayList<>();
    List<Double> restarts = new ArrayList<>();
    long inFlight = 0;
    long killedDuringRecovery = 0;
    long applied = 0;
    long replays = 0;
    long records = 0;
    int tableNumber = 0;
    List<String> deleted = new ArrayList<>();
    ServeProcess server = ServeProcess.start(dataDir, durability);
    try {
      String table = "crash" + tableNumber;
      try (DynamoDbClient client = client(server.endpoint(), writers)) {
        createTable(client, table);
      }
      for (int round = 1; round <= rounds; round++) {
        String name = "round " + round;
        if (round > 1 && (round - 1) % roundsPerTable == 0) {
          try (DynamoDbClient client = client(server.endpoint(), writers)) {
            String old = currentName(tableNumber);
            client.deleteTable(b -> b.tableName(old));
            deleted.add(currentName(tableNumber));
            tableNumber++;
            createTable(client, currentName(tableNumber));
          }
          states.forEach(WriterState::reset);
        }
        table = currentName(tableNumber);
        write(server, table, states, violations, 1 + random.nextInt(Math.max(1, writeMillis - writeMillis / 5))
            + writeMillis / 5, name);
        inFlight += states.stream().filter(s -> s.pending() != null).count();
        if (random.nextInt(4) == 0) {
          // A second crash during recovery: kill the restarting server at a random moment.
          ServeProcess.startAndKill(dataDir, durability, random.nextInt(1500));
          killedDuringRecovery++;
        }
        server = ServeProcess.start(dataDir, durability);
        restarts.add(server.startMillis());
        for (String line : server.output()) {
          if (!line.startsWith("Sable serving")) {
            recoveryLog.add(name + ": " + line);
          }
        }
        try (DynamoDbClient client = client(server.endpoint(), writers);
            DynamoDbStreamsClient streams = streamsClient(server.endpoint())) {
          List<String> tables = client.listTables().tableNames();
          if (!tables.equals(List.of(table))) {
            violations.add(name + ": tables after restart are " + tables + ", expected [" + table + "]");
          }
          Verifier verifier = new Verifier(client, streams, table, violations);
          Map<String, Map<String, AttributeValue>> items = verifier.items();
          applied += verifier.checkItems(items, states, name);
          verifier.checkIndex(items, name);
          records = verifier.checkStream(items, states, name);
          for (WriterState state : states) {
            replays += replay(client, table, state, items, violations, name);
          }
        }
      }
    } catch (RuntimeException e) {
      violations.add("the run stopped: " + e);
    } finally {
      server.close();
    }
    long acked = states.stream().mapToLong(s -> s.acked).sum();
    long itemWrites = states.stream().mapToLong(s -> s.ackedItemWrites).sum();
    List<Double> sorted = restarts.stream().sorted().toList();
    double median = sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
    return new Report(durability, rounds, killedDuringRecovery, acked, itemWrites, inFlight, applied, replays, records,
        median,
        List.copyOf(violations), List.copyOf(recoveryLog));
  }

  private static String currentName(int tableNumber) {
    return "crash" + tableNumber;
  }

  /** Writers write until the kill at {@code killAfterMillis}; returns when all have stopped. */
  private void write(ServeProcess server, String table, List<WriterState> states, List<String> violations,
      int killAfterMillis, String round) {
    AtomicBoolean killed = new AtomicBoolean();
    java.util.concurrent.CountDownLatch firstAck = new java.util.concurrent.CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    try (DynamoDbClient client = client(server.endpoint(), writers)) {
      for (WriterState state : states) {
        Thread thread = new Thread(() -> {
          while (true) {
            Op op = state.next(table);
            try {
              send(client, op, state);
            } catch (RuntimeException e) {
              if (!killed.get()) {
                violations.add(round + ": writer " + state.writer + " failed before the kill: " + e);
              }
              return;  // the write stays in flight: its outcome is unknown until the restart
            }
            state.acknowledged(op);
            firstAck.countDown();
          }
        }, "crash-writer-" + state.writer);
        threads.add(thread);
        thread.start();
      }
      try {
        // The random moment of the crash, counted from the first acknowledged write (a fresh JVM
        // answers slowly at first): real time, across processes, no engine clock to advance.
        firstAck.await(60, java.util.concurrent.TimeUnit.SECONDS);
        Thread.sleep(killAfterMillis);
        killed.set(true);
        server.kill();
        for (Thread thread : threads) {
          thread.join(120_000);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
  }

  private static void send(DynamoDbClient client, Op op, WriterState state) {
    switch (op.kind()) {
      case PUT -> client.putItem(b -> b.tableName(op.table()).item(op.writes().get(0).after()));
      case DELETE -> client.deleteItem(b -> b.tableName(op.table())
          .key(Map.of("pk", AttributeValue.fromS(op.writes().get(0).key()))));
      case ADD -> {
        var update = op.update();
        client.updateItem(b -> b.tableName(op.table()).key(update.key())
            .updateExpression(update.updateExpression())
            .expressionAttributeNames(update.expressionAttributeNames())
            .expressionAttributeValues(update.expressionAttributeValues()));
      }
      case TRANSACT -> client.transactWriteItems(op.transact());
    }
  }

  /**
   * After a verification: resolves the in-flight write; sends the in-flight transaction again with
   * its ClientRequestToken (applied once in all) or else the last acknowledged one (changes
   * nothing), and checks the items. Returns the replays sent.
   */
  private static int replay(DynamoDbClient client, String table, WriterState state,
      Map<String, Map<String, AttributeValue>> items, List<String> violations, String round) {
    Op pending = state.pending();
    state.resolve(items);
    Op op = pending != null && pending.kind() == Kind.TRANSACT ? pending : state.lastAckedTransact();
    if (op == null || !op.table().equals(table)) {
      return 0;
    }
    try {
      client.transactWriteItems(op.transact());
    } catch (RuntimeException e) {
      violations.add(round + ": replaying transaction seq " + op.seq() + " with its ClientRequestToken failed: " + e);
      return 1;
    }
    if (op == pending) {
      state.settle(op);
    }
    for (KeyWrite write : op.writes()) {
      Map<String, AttributeValue> observed = client.getItem(b -> b.tableName(table).consistentRead(true)
          .key(Map.of("pk", AttributeValue.fromS(write.key())))).item();
      Map<String, AttributeValue> expected = state.expected(write.key());
      if (!Objects.equals(observed.isEmpty() ? null : observed, expected)) {
        violations.add(round + ": after replaying " + (op == pending ? "in-flight" : "acknowledged")
            + " transaction seq " + op.seq() + " (same ClientRequestToken) " + write.key() + " is " + observed
            + ", expected " + expected);
      }
    }
    return 1;
  }

  private static void createTable(DynamoDbClient client, String table) {
    client.createTable(b -> b.tableName(table)
        .billingMode("PAY_PER_REQUEST")
        .keySchema(k -> k.attributeName("pk").keyType("HASH"))
        .attributeDefinitions(
            a -> a.attributeName("pk").attributeType("S"),
            a -> a.attributeName("grp").attributeType("S"),
            a -> a.attributeName("seq").attributeType("N"))
        .globalSecondaryIndexes(g -> g.indexName(Verifier.INDEX)
            .keySchema(k -> k.attributeName("grp").keyType("HASH"), k -> k.attributeName("seq").keyType("RANGE"))
            .projection(p -> p.projectionType(ProjectionType.ALL)))
        .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)));
  }

  /** An SDK client for {@code endpoint}: dummy credentials, us-east-1, no retries (an error is an error). */
  static DynamoDbClient client(URI endpoint, int connections) {
    return DynamoDbClient.builder()
        .endpointOverride(endpoint)
        .region(LoopbackEndpoint.REGION)
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create(LoopbackEndpoint.ACCESS_KEY_ID, LoopbackEndpoint.SECRET_ACCESS_KEY)))
        .httpClientBuilder(ApacheHttpClient.builder().maxConnections(connections + 4)
            .connectionTimeout(Duration.ofSeconds(5)).socketTimeout(Duration.ofSeconds(60)))
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())
            .apiCallTimeout(Duration.ofSeconds(90)))
        .build();
  }

  private static DynamoDbStreamsClient streamsClient(URI endpoint) {
    return DynamoDbStreamsClient.builder()
        .endpointOverride(endpoint)
        .region(LoopbackEndpoint.REGION)
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create(LoopbackEndpoint.ACCESS_KEY_ID, LoopbackEndpoint.SECRET_ACCESS_KEY)))
        .httpClientBuilder(ApacheHttpClient.builder().connectionTimeout(Duration.ofSeconds(5)))
        .overrideConfiguration(o -> o.apiCallTimeout(Duration.ofSeconds(90)))
        .build();
  }
}

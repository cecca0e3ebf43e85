package io.sable.engine.transaction;

import io.sable.dynamodblocal.DynamoDbLocal;
import io.sable.engine.SableEngine;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Transactions per second of the bank-transfer workload ({@link BankWorkload}: 8 writer threads,
 * 10,000 TransactWriteItems transfers between 50 accounts, 2 TransactGetItems reader threads) on
 * the engine's in-process client and on DynamoDB Local 3.1.0 (in memory, in this JVM, through its
 * HTTP server on loopback). Not a test: a measurement. Each backend runs one unmeasured warm-up
 * round, then the measured rounds, each on a fresh table.
 *
 * <pre>
 * mvn -B -q -pl storage-engine -am test-compile dependency:build-classpath \
 *     -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath
 * java -cp "storage-engine/target/test-classes:storage-engine/target/classes:$(cat storage-engine/target/test.classpath)" \
 *     io.sable.engine.transaction.BankTransferBenchmark 3
 * </pre>
 *
 * <p>The two backends do not stand on equal ground: the engine is called in-process, DynamoDB
 * Local through the SDK's HTTP client, which shares the machine's cores with it. The figure is what
 * a test suite using either one would see, not either one's ceiling.
 */
public final class BankTransferBenchmark {
  private static final int ACCOUNTS = 50;
  private static final int WRITERS = 8;
  private static final int READERS = 2;
  private static final int TRANSFERS = 10_000;

  private BankTransferBenchmark() {}

  /** Runs the measurement; the first argument is the number of measured rounds (default 3). */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    System.out.printf("%d transfers, %d writer threads, %d reader threads, %d accounts, %d cores%n",
        TRANSFERS, WRITERS, READERS, ACCOUNTS, Runtime.getRuntime().availableProcessors());
    System.out.printf("%-16s %6s %14s %10s %10s %10s %10s%n",
        "backend", "round", "transfers/s", "committed", "declined", "conflicts", "reads");
    measure("engine", rounds, () -> {
      SableEngine engine = SableEngine.create();
      return new Backend(engine.dynamoDbClient(), engine);
    });
    measure("DynamoDB Local", rounds, () -> {
      DynamoDbLocal local = DynamoDbLocal.start();
      DynamoDbClient client = local.client();
      return new Backend(client, () -> {
        client.close();
        local.close();
      });
    });
  }

  private record Backend(DynamoDbClient client, AutoCloseable resources) implements AutoCloseable {
    @Override
    public void close() throws Exception {
      resources.close();
    }
  }

  private static void measure(String name, int rounds, Supplier<Backend> backends) throws Exception {
    for (int round = 0; round <= rounds; round++) {
      try (Backend backend = backends.get()) {
        BankWorkload bank = new BankWorkload(ACCOUNTS, 1_000);
        bank.setUp(backend.client());
        BankWorkload.Result result = bank.run(backend.client(), WRITERS, TRANSFERS, READERS, round);
        if (!result.violations().isEmpty()) {
          throw new AssertionError(name + " broke the invariant: " + result.violations().get(0));
        }
        System.out.printf("%-16s %6s %14.0f %10d %10d %10d %10d%n",
            name, round == 0 ? "warm-up" : Integer.toString(round), result.transfersPerSecond(),
            result.committed(), result.declined(), result.writeConflicts(), result.reads());
      }
    }
  }
}

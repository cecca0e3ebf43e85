package io.sable.engine.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.engine.SableEngine;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * The bank-transfer invariant under load: 8 threads run 10,000 random transfers between 50
 * accounts through TransactWriteItems while 2 threads read every balance with TransactGetItems.
 * Every read, and the end state, must show the same total and no negative balance; every transfer
 * must commit or be declined exactly once. Real threads; nothing is timed.
 */
class BankTransferInvariantTest {
  private static final int ACCOUNTS = 50;
  private static final int WRITERS = 8;
  private static final int TRANSFERS = 10_000;
  private static final int READERS = 2;

  @Test
  void transactWriteItems_whenEightThreadsTransferConcurrently_keepTotalAndNoNegativeBalance() throws Exception {
    BankWorkload bank = new BankWorkload(ACCOUNTS, 1_000);
    try (SableEngine engine = SableEngine.create()) {
      DynamoDbClient client = engine.dynamoDbClient();
      bank.setUp(client);
      BankWorkload.Result result = bank.run(client, WRITERS, TRANSFERS, READERS, 42);

      assertThat(result.violations()).isEmpty();
      assertThat(result.committed() + result.declined()).isEqualTo(TRANSFERS);
      assertThat(result.committed()).isPositive();
      long[] end = bank.readAll(client, new LongAdder());
      assertThat(end).isNotNull();
      assertThat(java.util.Arrays.stream(end).sum()).isEqualTo(bank.total());
      assertThat(java.util.Arrays.stream(end).min().orElseThrow()).isNotNegative();
      ScanResponse scan = client.scan(r -> r.tableName(BankWorkload.TABLE));
      long[] scanned = scan.items().stream().mapToLong(i -> Long.parseLong(i.get("balance").n())).toArray();
      assertThat(scanned).hasSize(ACCOUNTS);
      assertThat(java.util.Arrays.stream(scanned).sum()).isEqualTo(bank.total());
      assertThat(java.util.Arrays.stream(scanned).min().orElseThrow()).isNotNegative();
      System.out.printf(
          "bank invariant: %d committed, %d declined, %d write conflicts retried, %d consistent reads,"
              + " %d reads cancelled by conflicts%n",
          result.committed(), result.declined(), result.writeConflicts(), result.reads(), result.readConflicts());
    }
  }
}

package io.sable.test.load;

import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputDescription;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;

/**
 * Switches a table to provisioned capacity with one UpdateTable call, as a load test needs: the test
 * kit and the generated {@code create()} make on-demand tables, which the engine does not throttle
 * by default ({@code CapacitySimulation.PROVISIONED}).
 *
 * <pre>{@code
 * Provisioning.provision(sable.unrecordedDynamoDbClient(), "Shop", 100, 3_000, 100, 1_000);
 * }</pre>
 */
public final class Provisioning {
  private Provisioning() {}

  /**
   * Makes table {@code tableName} provisioned at {@code read} RCU and {@code write} WCU per second,
   * and each of its global secondary indexes at {@code indexRead} and {@code indexWrite}; a table
   * that is provisioned already gets the new throughput, and only where it differs (DynamoDB refuses
   * an update to the current value: "The requested throughput value equals the current value"), so
   * calling it twice with the same values sends nothing the second time.
   *
   * @throws software.amazon.awssdk.services.dynamodb.model.DynamoDbException as UpdateTable throws
   *     it (a missing table, throughput below 1)
   */
  public static void provision(
      DynamoDbClient dynamoDb, String tableName, long read, long write, long indexRead, long indexWrite) {
    Objects.requireNonNull(tableName, "tableName");
    TableDescription table = dynamoDb.describeTable(b -> b.tableName(tableName)).table();
    boolean provisioned = table.billingModeSummary() == null
        || table.billingModeSummary().billingMode() != BillingMode.PAY_PER_REQUEST;
    ProvisionedThroughput index = throughput(indexRead, indexWrite);
    List<GlobalSecondaryIndexUpdate> indexUpdates = table.globalSecondaryIndexes().stream()
        .filter(gsi -> !provisioned || !same(gsi.provisionedThroughput(), indexRead, indexWrite))
        .map(GlobalSecondaryIndexDescription::indexName)
        .map(name -> GlobalSecondaryIndexUpdate.builder()
            .update(u -> u.indexName(name).provisionedThroughput(index)).build())
        .toList();
    boolean tableChanges = !provisioned || !same(table.provisionedThroughput(), read, write);
    if (!tableChanges && indexUpdates.isEmpty()) {
      return;
    }
    UpdateTableRequest.Builder request = UpdateTableRequest.builder().tableName(tableName);
    if (tableChanges) {
      request.billingMode(BillingMode.PROVISIONED).provisionedThroughput(throughput(read, write));
    }
    dynamoDb.updateTable(request.globalSecondaryIndexUpdates(indexUpdates).build());
  }

  private static boolean same(ProvisionedThroughputDescription current, long read, long write) {
    return current != null && current.readCapacityUnits() != null && current.readCapacityUnits() == read
        && current.writeCapacityUnits() != null && current.writeCapacityUnits() == write;
  }

  /** {@code read} RCU and {@code write} WCU per second. */
  public static ProvisionedThroughput throughput(long read, long write) {
    return ProvisionedThroughput.builder().readCapacityUnits(read).writeCapacityUnits(write).build();
  }
}

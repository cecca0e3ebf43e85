package io.sable.engine.table;

import io.sable.engine.index.IndexDefinition;
import io.sable.engine.value.KeySchema;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;

/**
 * A validated table definition, as CreateTable gives it.
 *
 * @param name the table name
 * @param keySchema the table's primary key
 * @param attributeDefinitions the attribute definitions in request order (DescribeTable echoes them)
 * @param billingMode {@code PAY_PER_REQUEST} or {@code PROVISIONED}
 * @param provisionedThroughput the table's provisioned throughput, or {@code null} on demand
 * @param indexes the secondary indexes, global ones first, each group in request order
 * @param indexThroughput each provisioned global secondary index's throughput, by index name
 * @param capacity the table's on-demand maximums and warm throughput
 * @param indexCapacity each global secondary index's on-demand maximums and warm throughput, by
 *     index name
 */
public record TableDefinition(
    String name,
    KeySchema keySchema,
    List<AttributeDefinition> attributeDefinitions,
    BillingMode billingMode,
    ProvisionedThroughput provisionedThroughput,
    List<IndexDefinition> indexes,
    Map<String, ProvisionedThroughput> indexThroughput,
    CapacitySettings capacity,
    Map<String, CapacitySettings> indexCapacity) {

  /** Defensive copies. */
  public TableDefinition {
    attributeDefinitions = List.copyOf(attributeDefinitions);
    indexes = List.copyOf(indexes);
    indexThroughput = Map.copyOf(indexThroughput);
    indexCapacity = Map.copyOf(indexCapacity);
  }

  /**
   * The settings of the global secondary index {@code indexName}, or of the table if it is {@code
   * null}; {@code null} for an index without settings.
   */
  public CapacitySettings capacity(String indexName) {
    return indexName == null ? capacity : indexCapacity.get(indexName);
  }
}

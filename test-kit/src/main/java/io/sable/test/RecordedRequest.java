package io.sable.test;

import io.sable.runtime.observe.ConsumedCapacities;
import io.sable.runtime.observe.Expressions;
import io.sable.runtime.table.TableDefinition;
import io.sable.test.internal.SdkFields;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * One request a test's code sent to DynamoDB, as the test kit recorded it: the operation, the table
 * and index, the key condition, how many items it read and returned, and the capacity the backend
 * reported.
 *
 * @param request the request as sent (with {@code ReturnConsumedCapacity} added by the recorder)
 * @param response its response, or null if it failed
 * @param error what it threw, or null if it succeeded
 * @param elapsed the wall-clock time of the call
 * @param table the definition of the table it named, under the name the model declares, or null if
 *     the table is not one of the test's tables
 */
public record RecordedRequest(
    DynamoDbRequest request, DynamoDbResponse response, RuntimeException error, Duration elapsed, TableDefinition table) {

  private static final Set<String> READS =
      Set.of("GetItem", "BatchGetItem", "Query", "Scan", "TransactGetItems", "ExecuteStatement", "BatchExecuteStatement");

  /** The operation's name in DynamoDB's API, such as {@code Query} or {@code GetItem}. */
  public String operation() {
    String name = request.getClass().getSimpleName();
    return name.endsWith("Request") ? name.substring(0, name.length() - "Request".length()) : name;
  }

  /** Whether the operation reads items (GetItem, BatchGetItem, Query, Scan, TransactGetItems, PartiQL). */
  public boolean isRead() {
    return READS.contains(operation());
  }

  /** The table name as sent (with the test kit's prefix on an endpoint), if the operation names one table. */
  public Optional<String> physicalTableName() {
    return SdkFields.get(request, "TableName", String.class);
  }

  /**
   * The table's name as the model declares it ({@code Flights}), which on an endpoint differs from
   * the physical name; the physical name for a table the test did not declare.
   */
  public Optional<String> tableName() {
    return table != null ? Optional.of(table.tableName()) : physicalTableName();
  }

  /** The secondary index it used ({@code IndexName} of a Query or Scan), if any. */
  public Optional<String> indexName() {
    return SdkFields.get(request, "IndexName", String.class);
  }

  /** The {@code KeyConditionExpression} as sent, with placeholders, if it has one. */
  public Optional<String> keyConditionExpression() {
    return SdkFields.get(request, "KeyConditionExpression", String.class);
  }

  /**
   * The key condition with placeholders replaced by names and literals, such as {@code GSI1PK =
   * "STATUS#PENDING" AND begins_with(GSI1SK, "ORDER#")}; for GetItem, UpdateItem, DeleteItem the
   * primary key it named, as {@code PK = "CUSTOMER#42" AND SK = "PROFILE"}.
   */
  public Optional<String> keyCondition() {
    List<String> keyOrder = new ArrayList<>();
    if (table != null) {
      keyOrder.add(table.partitionKey());
      table.sortKey().ifPresent(keyOrder::add);
    }
    return Expressions.keyCondition(request, keyOrder, Expressions::literal);
  }

  /**
   * How many items it read: {@code ScannedCount} of a Query or Scan (before any {@code
   * FilterExpression}), otherwise the items it returned.
   */
  public int itemsRead() {
    return SdkFields.get(response, "ScannedCount", Integer.class).orElseGet(this::itemsReturned);
  }

  /**
   * How many items it returned: {@code Count} of a Query or Scan, 1 or 0 for GetItem, the items of a
   * BatchGetItem or TransactGetItems; 0 for writes and failed requests.
   */
  public int itemsReturned() {
    if (response == null) {
      return 0;
    }
    Optional<Integer> count = SdkFields.get(response, "Count", Integer.class);
    if (count.isPresent()) {
      return count.get();
    }
    if (SdkFields.get(response, "Item", Map.class).filter(item -> !item.isEmpty()).isPresent()) {
      return 1;
    }
    Object responses = SdkFields.get(response, "Responses", Object.class).orElse(null);
    if (responses instanceof Map<?, ?> batch) {
      return batch.values().stream().mapToInt(items -> ((List<?>) items).size()).sum();
    }
    return responses instanceof List<?> transact ? transact.size() : 0;
  }

  /** The {@code ReturnConsumedCapacity} it was sent with, if the operation takes one. */
  public Optional<ReturnConsumedCapacity> returnConsumedCapacity() {
    return SdkFields.get(request, "ReturnConsumedCapacity", String.class).map(ReturnConsumedCapacity::fromValue);
  }

  /** The {@code ConsumedCapacity} entries of the response; empty if the backend reported none. */
  public List<ConsumedCapacity> consumedCapacity() {
    return response == null ? List.of() : ConsumedCapacities.of(response);
  }

  /** The capacity units it consumed, read or write, if the backend reported them. */
  public Optional<Double> consumedCapacityUnits() {
    return ConsumedCapacities.totalUnits(consumedCapacity());
  }

  /** One line for failure messages, such as {@code Query Orders index GSI1 [GSI1PK = "..."] read 3, returned 3, 0.5 capacity units}. */
  public String describe() {
    StringBuilder text = new StringBuilder(operation());
    tableName().ifPresent(name -> text.append(' ').append(name));
    indexName().ifPresent(index -> text.append(" index ").append(index));
    keyCondition().ifPresent(condition -> text.append(" [").append(condition).append(']'));
    if (error != null) {
      return text.append(" failed: ").append(error.getClass().getSimpleName()).toString();
    }
    text.append(": read ").append(itemsRead()).append(", returned ").append(itemsReturned());
    text.append(consumedCapacityUnits().map(units -> ", " + units + " capacity units").orElse(", no capacity reported"));
    return text.toString();
  }

  @Override
  public String toString() {
    return describe();
  }
}

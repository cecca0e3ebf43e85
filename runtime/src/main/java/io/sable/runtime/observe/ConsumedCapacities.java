package io.sable.runtime.observe;

import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * {@code ReturnConsumedCapacity} and {@code ConsumedCapacity} on any DynamoDB operation that has
 * them (GetItem, PutItem, UpdateItem, DeleteItem, Query, Scan, the batch and transaction operations
 * and PartiQL), found through the SDK's field metadata rather than one case per operation.
 */
public final class ConsumedCapacities {

  private static final String REQUEST_FIELD = "ReturnConsumedCapacity";
  private static final String RESPONSE_FIELD = "ConsumedCapacity";

  private ConsumedCapacities() {}

  /**
   * Whether this operation takes {@code ReturnConsumedCapacity} (true of the item, Query, Scan,
   * batch, transaction and PartiQL operations; false of table operations such as CreateTable).
   */
  public static boolean accepts(DynamoDbRequest request) {
    return field(request, REQUEST_FIELD).isPresent();
  }

  /**
   * The request with {@code ReturnConsumedCapacity} set to {@code mode}, unless the operation does
   * not take it or the caller already chose a value (then the request itself is returned).
   */
  @SuppressWarnings("unchecked")
  public static <R extends DynamoDbRequest> R withReturnConsumedCapacity(R request, ReturnConsumedCapacity mode) {
    Optional<SdkField<?>> field = field(request, REQUEST_FIELD);
    if (field.isEmpty() || field.get().getValueOrDefault(request) != null) {
      return request;
    }
    DynamoDbRequest.Builder builder = request.toBuilder();
    field.get().set(builder, mode.toString());
    return (R) builder.build();
  }

  /**
   * The {@code ConsumedCapacity} entries of a response: one for single-table operations, one per
   * table for batch and transaction operations, none when the backend reported none (it was not
   * asked, or does not compute capacity).
   */
  public static List<ConsumedCapacity> of(DynamoDbResponse response) {
    Optional<SdkField<?>> field = field(response, RESPONSE_FIELD);
    if (field.isEmpty()) {
      return List.of();
    }
    Object value = field.get().getValueOrDefault(response);
    if (value instanceof ConsumedCapacity single) {
      return List.of(single);
    }
    if (value instanceof List<?> list) {
      return list.stream().filter(ConsumedCapacity.class::isInstance).map(ConsumedCapacity.class::cast).toList();
    }
    return List.of();
  }

  /**
   * The capacity units of the entries, added up ({@code CapacityUnits}, or read plus write units
   * where only those are given); empty if there are no entries.
   */
  public static Optional<Double> totalUnits(List<ConsumedCapacity> capacities) {
    if (capacities.isEmpty()) {
      return Optional.empty();
    }
    double total = 0;
    for (ConsumedCapacity capacity : capacities) {
      total += units(capacity.capacityUnits(), capacity.readCapacityUnits(), capacity.writeCapacityUnits());
    }
    return Optional.of(total);
  }

  /**
   * The capacity units one entry charged to a secondary index (global or local), or empty if the
   * entry names no such index (it was asked for {@code TOTAL}, or the request did not use it).
   */
  public static Optional<Double> indexUnits(ConsumedCapacity capacity, String indexName) {
    var global = capacity.hasGlobalSecondaryIndexes() ? capacity.globalSecondaryIndexes().get(indexName) : null;
    var local = capacity.hasLocalSecondaryIndexes() ? capacity.localSecondaryIndexes().get(indexName) : null;
    var index = global != null ? global : local;
    if (index == null) {
      return Optional.empty();
    }
    return Optional.of(units(index.capacityUnits(), index.readCapacityUnits(), index.writeCapacityUnits()));
  }

  private static double units(Double total, Double read, Double write) {
    if (total != null) {
      return total;
    }
    return (read == null ? 0 : read) + (write == null ? 0 : write);
  }

  private static Optional<SdkField<?>> field(SdkPojo pojo, String name) {
    for (SdkField<?> field : pojo.sdkFields()) {
      if (field.memberName().equals(name)) {
        return Optional.of(field);
      }
    }
    return Optional.empty();
  }
}

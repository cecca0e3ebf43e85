package io.sable.processor.behaviour;

import io.sable.runtime.TableClient;
import io.sable.runtime.condition.Condition;
import io.sable.runtime.key.SegmentCodecs;
import io.sable.runtime.query.Query;
import io.sable.runtime.query.RangeQuery;
import io.sable.runtime.schema.ItemDecoder;
import io.sable.runtime.write.EntityRepository;
import io.sable.runtime.write.EntityWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Order} items: by primary key, and by each access pattern.
 */
@Generated("io.sable.processor.SableProcessor")
public final class OrderRepository implements EntityRepository<Order> {
  private static final ItemDecoder<Order> DECODER = ItemDecoder.of(OrderSchema.INSTANCE);

  private final TableClient table;

  private final EntityWriter<Order> writer;

  /**
   * @param table the table the entity is stored in
   */
  public OrderRepository(TableClient table) {
    this.table = Objects.requireNonNull(table, "table");
    this.writer = new EntityWriter<>(table, OrderSchema.INSTANCE, null, List.of());
  }

  @Override
  public EntityWriter<Order> writer() {
    return writer;
  }

  /**
   * Reads the item with this primary key (GetItem, eventually consistent).
   *
   * @return the entity, or empty if there is no such item
   */
  public Optional<Order> get(String customerId, Instant placedAt, UUID orderId) {
    return table.getItem(OrderKeys.primaryKey(customerId, placedAt, orderId), OrderSchema.INSTANCE);
  }

  /**
   * Reads the item with this primary key (GetItem, strongly consistent: it reflects every write acknowledged before it, for twice the read capacity). Read this way before a conditional or versioned write.
   *
   * @return the entity, or empty if there is no such item
   */
  public Optional<Order> getConsistent(String customerId, Instant placedAt, UUID orderId) {
    return table.getItem(OrderKeys.primaryKey(customerId, placedAt, orderId), OrderSchema.INSTANCE, true);
  }

  /**
   * Writes the entity, replacing any item with the same primary key (PutItem).
   *
   * @return the entity as stored
   */
  public Order put(Order order) {
    return writer.put(order, null);
  }

  /**
   * Writes the entity if the condition holds for the stored item ({@code ConditionExpression}).
   *
   * @throws software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException if it does not
   */
  public Order put(Order order, Condition<? super Order> condition) {
    return writer.put(order, condition);
  }

  /**
   * Writes many entities with BatchWriteItem, 25 per call, retrying unprocessed items for up to 30 seconds; not atomic. {@code putAll(entities, deadline)} reports what is left instead.
   *
   * @throws io.sable.runtime.batch.UnprocessedWritesException if some entities are still unwritten then
   */
  public void putAll(Collection<Order> entities) {
    table.putItems(entities, OrderSchema.INSTANCE);
  }

  /**
   * Deletes the item with this primary key, if there is one (DeleteItem).
   */
  public void delete(String customerId, Instant placedAt, UUID orderId) {
    writer.delete(OrderKeys.primaryKey(customerId, placedAt, orderId), null, null);
  }

  /**
   * Deletes the entity's item, if there is one (DeleteItem by its primary key).
   */
  public void delete(Order order) {
    writer.delete(order, null);
  }

  /**
   * Deletes the entity's item if the condition holds for it.
   */
  public void delete(Order order, Condition<? super Order> condition) {
    writer.delete(order, condition);
  }

  /**
   * Starts an update of the item with this primary key (UpdateItem), which creates the item if absent.
   */
  public OrderUpdate update(String customerId, Instant placedAt, UUID orderId) {
    return new OrderUpdate(writer, customerId, placedAt, orderId, null);
  }

  /**
   * Access pattern {@code ordersOf}: a Query on the table's primary key, partition key {@code CUSTOMER#{customerId}}, sort-key conditions on {@code placedAt} of {@code ORDER#{placedAt}#{orderId}}.
   */
  public RangeQuery<Order, Instant> ordersOf(String customerId) {
    return Query.on(table, DECODER)
        .partitionKey("PK", OrderKeys.partitionKey(customerId))
        .sortKeyRange("SK", OrderKeys.SORT_KEY.prefix(), SegmentCodecs.INSTANT, "#", false);
  }

  /**
   * Access pattern {@code byStatus}: a Query on index ByStatus, partition key {@code STATUS#{status}}, sort-key conditions on {@code total} of {@code {total}#{orderId}}.
   */
  public RangeQuery<Order, BigDecimal> byStatus(Status status) {
    return Query.on(table, DECODER)
        .index("ByStatus")
        .partitionKey("StatusPK", OrderKeys.byStatusPartitionKey(status))
        .sortKeyRange("StatusSK", OrderKeys.BY_STATUS_SORT_KEY.prefix(), SegmentCodecs.BIG_DECIMAL, "#", false);
  }

  /**
   * Access pattern {@code byOrderId}: a Query on index GSI1, partition key {@code ORDER#{orderId}}, sort key {@code ORDER#{orderId}}.
   */
  public Query<Order> byOrderId(UUID orderId) {
    return Query.on(table, DECODER)
        .index("GSI1")
        .partitionKey("GSI1PK", OrderKeys.gsi1PartitionKey(orderId))
        .sortKeyEqualTo("GSI1SK", OrderKeys.gsi1SortKey(orderId))
        .build();
  }

  /**
   * Access pattern {@code byTotal}: a Query on index ByTotal, partition key {@code CUSTOMER#{customerId}}, sort-key conditions on {@code total} of {@code TOTAL#{total}#{orderId}}. Local index: {@code consistentRead()} is allowed.
   */
  public RangeQuery<Order, BigDecimal> byTotal(String customerId) {
    return Query.on(table, DECODER)
        .index("ByTotal")
        .partitionKey("PK", OrderKeys.byTotalPartitionKey(customerId))
        .sortKeyRange("TotalSK", OrderKeys.BY_TOTAL_SORT_KEY.prefix(), SegmentCodecs.BIG_DECIMAL, "#", false);
  }

  /**
   * Access pattern {@code byPlacement}: a Query on index Inverted, partition key {@code ORDER#{placedAt}#{orderId}}, sort-key conditions on {@code customerId} of {@code CUSTOMER#{customerId}}.
   */
  public RangeQuery<Order, String> byPlacement(Instant placedAt, UUID orderId) {
    return Query.on(table, DECODER)
        .index("Inverted")
        .partitionKey("SK", OrderKeys.invertedPartitionKey(placedAt, orderId))
        .sortKeyRange("PK", OrderKeys.INVERTED_SORT_KEY.prefix(), SegmentCodecs.STRING, "", true);
  }
}

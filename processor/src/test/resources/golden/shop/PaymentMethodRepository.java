package io.sable.processor.behaviour;

import io.sable.runtime.TableClient;
import io.sable.runtime.condition.Condition;
import io.sable.runtime.key.SegmentCodecs;
import io.sable.runtime.query.Query;
import io.sable.runtime.query.RangeQuery;
import io.sable.runtime.schema.ItemDecoder;
import io.sable.runtime.write.EntityRepository;
import io.sable.runtime.write.EntityWriter;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link PaymentMethod} items: by primary key, and by each access pattern.
 */
@Generated("io.sable.processor.SableProcessor")
public final class PaymentMethodRepository implements EntityRepository<PaymentMethod> {
  private static final ItemDecoder<PaymentMethod> DECODER = ItemDecoder.of(PaymentMethodSchema.INSTANCE);

  private final TableClient table;

  private final EntityWriter<PaymentMethod> writer;

  /**
   * @param table the table the entity is stored in
   */
  public PaymentMethodRepository(TableClient table) {
    this.table = Objects.requireNonNull(table, "table");
    this.writer = new EntityWriter<>(table, PaymentMethodSchema.INSTANCE, null, List.of());
  }

  @Override
  public EntityWriter<PaymentMethod> writer() {
    return writer;
  }

  /**
   * Reads the item with this primary key (GetItem, eventually consistent).
   *
   * @return the entity, or empty if there is no such item
   */
  public Optional<PaymentMethod> get(String customerId, String methodId) {
    return table.getItem(PaymentMethodKeys.primaryKey(customerId, methodId), PaymentMethodSchema.INSTANCE);
  }

  /**
   * Reads the item with this primary key (GetItem, strongly consistent: it reflects every write acknowledged before it, for twice the read capacity). Read this way before a conditional or versioned write.
   *
   * @return the entity, or empty if there is no such item
   */
  public Optional<PaymentMethod> getConsistent(String customerId, String methodId) {
    return table.getItem(PaymentMethodKeys.primaryKey(customerId, methodId), PaymentMethodSchema.INSTANCE, true);
  }

  /**
   * Writes the entity, replacing any item with the same primary key (PutItem).
   *
   * @return the entity as stored
   */
  public PaymentMethod put(PaymentMethod paymentMethod) {
    return writer.put(paymentMethod, null);
  }

  /**
   * Writes the entity if the condition holds for the stored item ({@code ConditionExpression}).
   *
   * @throws software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException if it does not
   */
  public PaymentMethod put(PaymentMethod paymentMethod,
      Condition<? super PaymentMethod> condition) {
    return writer.put(paymentMethod, condition);
  }

  /**
   * Writes many entities with BatchWriteItem, 25 per call, retrying unprocessed items for up to 30 seconds; not atomic. {@code putAll(entities, deadline)} reports what is left instead.
   *
   * @throws io.sable.runtime.batch.UnprocessedWritesException if some entities are still unwritten then
   */
  public void putAll(Collection<PaymentMethod> entities) {
    table.putItems(entities, PaymentMethodSchema.INSTANCE);
  }

  /**
   * Deletes the item with this primary key, if there is one (DeleteItem).
   */
  public void delete(String customerId, String methodId) {
    writer.delete(PaymentMethodKeys.primaryKey(customerId, methodId), null, null);
  }

  /**
   * Deletes the entity's item, if there is one (DeleteItem by its primary key).
   */
  public void delete(PaymentMethod paymentMethod) {
    writer.delete(paymentMethod, null);
  }

  /**
   * Deletes the entity's item if the condition holds for it.
   */
  public void delete(PaymentMethod paymentMethod, Condition<? super PaymentMethod> condition) {
    writer.delete(paymentMethod, condition);
  }

  /**
   * Access pattern {@code paymentMethodsOf}: a Query on the table's primary key, partition key {@code CUSTOMER#{customerId}}, sort-key conditions on {@code methodId} of {@code PAYMENT#{methodId}}.
   */
  public RangeQuery<PaymentMethod, String> paymentMethodsOf(String customerId) {
    return Query.on(table, DECODER)
        .partitionKey("PK", PaymentMethodKeys.partitionKey(customerId))
        .sortKeyRange("SK", PaymentMethodKeys.SORT_KEY.prefix(), SegmentCodecs.STRING, "", true);
  }
}

package io.sable.processor.behaviour;

import io.sable.runtime.TableClient;
import io.sable.runtime.key.SegmentCodecs;
import io.sable.runtime.query.Query;
import io.sable.runtime.query.RangeQuery;
import io.sable.runtime.schema.ItemDecoder;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link PaymentMethod} items: by primary key, and by each access pattern.
 */
@Generated("io.sable.processor.SableProcessor")
public final class PaymentMethodRepository {
  private static final ItemDecoder<PaymentMethod> DECODER = ItemDecoder.of(PaymentMethodSchema.INSTANCE);

  private final TableClient table;

  /**
   * @param table the table the entity is stored in
   */
  public PaymentMethodRepository(TableClient table) {
    this.table = Objects.requireNonNull(table, "table");
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
   * Writes the entity, replacing any item with the same primary key (PutItem).
   */
  public void put(PaymentMethod paymentMethod) {
    table.putItem(paymentMethod, PaymentMethodSchema.INSTANCE);
  }

  /**
   * Writes many entities with BatchWriteItem, 25 per call, retrying unprocessed items; not atomic.
   */
  public void putAll(Collection<PaymentMethod> entities) {
    table.putItems(entities, PaymentMethodSchema.INSTANCE);
  }

  /**
   * Deletes the item with this primary key, if there is one (DeleteItem).
   */
  public void delete(String customerId, String methodId) {
    table.deleteItem(PaymentMethodKeys.primaryKey(customerId, methodId));
  }

  /**
   * Deletes the entity's item, if there is one (DeleteItem by its primary key).
   */
  public void delete(PaymentMethod paymentMethod) {
    table.deleteItem(PaymentMethodKeys.primaryKey(paymentMethod));
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

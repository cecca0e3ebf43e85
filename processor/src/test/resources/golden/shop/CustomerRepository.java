package io.sable.processor.behaviour;

import io.sable.runtime.TableClient;
import io.sable.runtime.query.Query;
import io.sable.runtime.query.RangeQuery;
import io.sable.runtime.schema.ItemDecoder;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Customer} items: by primary key, and by each access pattern.
 */
@Generated("io.sable.processor.SableProcessor")
public final class CustomerRepository {
  private static final ItemDecoder<Customer> DECODER = ItemDecoder.of(CustomerSchema.INSTANCE);

  private final TableClient table;

  /**
   * @param table the table the entity is stored in
   */
  public CustomerRepository(TableClient table) {
    this.table = Objects.requireNonNull(table, "table");
  }

  /**
   * Reads the item with this primary key (GetItem, eventually consistent).
   *
   * @return the entity, or empty if there is no such item
   */
  public Optional<Customer> get(String customerId) {
    return table.getItem(CustomerKeys.primaryKey(customerId), CustomerSchema.INSTANCE);
  }

  /**
   * Writes the entity, replacing any item with the same primary key (PutItem).
   */
  public void put(Customer customer) {
    table.putItem(customer, CustomerSchema.INSTANCE);
  }

  /**
   * Writes many entities with BatchWriteItem, 25 per call, retrying unprocessed items; not atomic.
   */
  public void putAll(Collection<Customer> entities) {
    table.putItems(entities, CustomerSchema.INSTANCE);
  }

  /**
   * Deletes the item with this primary key, if there is one (DeleteItem).
   */
  public void delete(String customerId) {
    table.deleteItem(CustomerKeys.primaryKey(customerId));
  }

  /**
   * Deletes the entity's item, if there is one (DeleteItem by its primary key).
   */
  public void delete(Customer customer) {
    table.deleteItem(CustomerKeys.primaryKey(customer));
  }

  /**
   * Starts an update of the item with this primary key (UpdateItem), which creates the item if absent.
   */
  public CustomerUpdate update(String customerId) {
    return new CustomerUpdate(table, customerId);
  }

  /**
   * Access pattern {@code customer}: a GetItem on the table's primary key.
   */
  public Optional<Customer> customer(String customerId) {
    return table.getItem(CustomerKeys.primaryKey(customerId), CustomerSchema.INSTANCE);
  }

  /**
   * Access pattern {@code byOrderCount}: a Query on index ByRank, partition key {@code RANKED}, sort-key conditions on {@code orders} of {@code {orders}}.
   */
  public RangeQuery<Customer, Long> byOrderCount() {
    return Query.on(table, DECODER)
        .index("ByRank")
        .partitionKey("RankPK", CustomerKeys.byRankPartitionKey())
        .sortKeyRange("RankSK", CustomerKeys::byRankSortKey);
  }
}

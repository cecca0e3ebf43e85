package io.sable.processor.behaviour;

import io.sable.runtime.TableClient;
import io.sable.runtime.condition.Condition;
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
 * Reads and writes {@link Customer} items: by primary key, and by each access pattern.
 */
@Generated("io.sable.processor.SableProcessor")
public final class CustomerRepository implements EntityRepository<Customer> {
  private static final ItemDecoder<Customer> DECODER = ItemDecoder.of(CustomerSchema.INSTANCE);

  private final TableClient table;

  private final EntityWriter<Customer> writer;

  /**
   * @param table the table the entity is stored in
   */
  public CustomerRepository(TableClient table) {
    this.table = Objects.requireNonNull(table, "table");
    this.writer = new EntityWriter<>(table, CustomerSchema.INSTANCE, null, List.of("email"));
  }

  @Override
  public EntityWriter<Customer> writer() {
    return writer;
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
   * Reads the item with this primary key (GetItem, strongly consistent: it reflects every write acknowledged before it, for twice the read capacity). Read this way before a conditional or versioned write.
   *
   * @return the entity, or empty if there is no such item
   */
  public Optional<Customer> getConsistent(String customerId) {
    return table.getItem(CustomerKeys.primaryKey(customerId), CustomerSchema.INSTANCE, true);
  }

  /**
   * Writes the entity, replacing any item with the same primary key (PutItem, with the uniqueness items of {@code email} in one transaction).
   *
   * @return the entity as stored
   */
  public Customer put(Customer customer) {
    return writer.put(customer, null);
  }

  /**
   * Writes the entity if the condition holds for the stored item ({@code ConditionExpression}).
   *
   * @throws software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException if it does not
   */
  public Customer put(Customer customer, Condition<? super Customer> condition) {
    return writer.put(customer, condition);
  }

  /**
   * Writes many entities, one conditional put each: a batch write cannot carry the the uniqueness items of {@code email} in one transaction.
   */
  public void putAll(Collection<Customer> entities) {
    entities.forEach(e -> writer.put(e, null));
  }

  /**
   * Deletes the item with this primary key, if there is one (DeleteItem, with the uniqueness items of {@code email} in one transaction).
   */
  public void delete(String customerId) {
    writer.delete(CustomerKeys.primaryKey(customerId), null, null);
  }

  /**
   * Deletes the entity's item, if there is one (DeleteItem by its primary key, with the uniqueness items of {@code email} in one transaction).
   */
  public void delete(Customer customer) {
    writer.delete(customer, null);
  }

  /**
   * Deletes the entity's item if the condition holds for it.
   */
  public void delete(Customer customer, Condition<? super Customer> condition) {
    writer.delete(customer, condition);
  }

  /**
   * Starts an update of the item with this primary key (UpdateItem), which creates the item if absent.
   */
  public CustomerUpdate update(String customerId) {
    return new CustomerUpdate(writer, customerId, null);
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

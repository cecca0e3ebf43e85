package io.sable.processor.behaviour;

import io.sable.runtime.TableClient;
import io.sable.runtime.condition.Condition;
import io.sable.runtime.query.Scan;
import io.sable.runtime.schema.ItemDecoder;
import io.sable.runtime.write.EntityRepository;
import io.sable.runtime.write.EntityWriter;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Product} items: by primary key, and by each access pattern.
 */
@Generated("io.sable.processor.SableProcessor")
public final class ProductRepository implements EntityRepository<Product> {
  private static final ItemDecoder<Product> DECODER = ItemDecoder.of(ProductSchema.INSTANCE);

  private final TableClient table;

  private final EntityWriter<Product> writer;

  /**
   * @param table the table the entity is stored in
   */
  public ProductRepository(TableClient table) {
    this.table = Objects.requireNonNull(table, "table");
    this.writer = new EntityWriter<>(table, ProductSchema.INSTANCE, null, List.of());
  }

  @Override
  public EntityWriter<Product> writer() {
    return writer;
  }

  /**
   * Reads the item with this primary key (GetItem, eventually consistent).
   *
   * @return the entity, or empty if there is no such item
   */
  public Optional<Product> get(String sku) {
    return table.getItem(ProductKeys.primaryKey(sku), ProductSchema.INSTANCE);
  }

  /**
   * Reads the item with this primary key (GetItem, strongly consistent: it reflects every write acknowledged before it, for twice the read capacity). Read this way before a conditional or versioned write.
   *
   * @return the entity, or empty if there is no such item
   */
  public Optional<Product> getConsistent(String sku) {
    return table.getItem(ProductKeys.primaryKey(sku), ProductSchema.INSTANCE, true);
  }

  /**
   * Writes the entity, replacing any item with the same primary key (PutItem).
   *
   * @return the entity as stored
   */
  public Product put(Product product) {
    return writer.put(product, null);
  }

  /**
   * Writes the entity if the condition holds for the stored item ({@code ConditionExpression}).
   *
   * @throws software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException if it does not
   */
  public Product put(Product product, Condition<? super Product> condition) {
    return writer.put(product, condition);
  }

  /**
   * Writes many entities with BatchWriteItem, 25 per call, retrying unprocessed items for up to 30 seconds; not atomic. {@code putAll(entities, deadline)} reports what is left instead.
   *
   * @throws io.sable.runtime.batch.UnprocessedWritesException if some entities are still unwritten then
   */
  public void putAll(Collection<Product> entities) {
    table.putItems(entities, ProductSchema.INSTANCE);
  }

  /**
   * Deletes the item with this primary key, if there is one (DeleteItem).
   */
  public void delete(String sku) {
    writer.delete(ProductKeys.primaryKey(sku), null, null);
  }

  /**
   * Deletes the entity's item, if there is one (DeleteItem by its primary key).
   */
  public void delete(Product product) {
    writer.delete(product, null);
  }

  /**
   * Deletes the entity's item if the condition holds for it.
   */
  public void delete(Product product, Condition<? super Product> condition) {
    writer.delete(product, condition);
  }

  /**
   * Starts an update of the item with this primary key (UpdateItem), which creates the item if absent.
   */
  public ProductUpdate update(String sku) {
    return new ProductUpdate(writer, sku, null);
  }

  /**
   * Access pattern {@code product}: a GetItem on the table's primary key.
   */
  public Optional<Product> product(String sku) {
    return table.getItem(ProductKeys.primaryKey(sku), ProductSchema.INSTANCE);
  }

  /**
   * Access pattern {@code allProducts}: a Scan of the table, keeping the items of entity type Product. It reads (and pays for) every item.
   */
  public Scan<Product> allProducts() {
    return Scan.of(table, DECODER, null, "_type", Set.of("Product"));
  }
}

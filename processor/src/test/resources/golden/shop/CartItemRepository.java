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
 * Reads and writes {@link CartItem} items: by primary key, and by each access pattern.
 */
@Generated("io.sable.processor.SableProcessor")
public final class CartItemRepository implements EntityRepository<CartItem> {
  private static final ItemDecoder<CartItem> DECODER = ItemDecoder.of(CartItemSchema.INSTANCE);

  private final TableClient table;

  private final EntityWriter<CartItem> writer;

  /**
   * @param table the table the entity is stored in
   */
  public CartItemRepository(TableClient table) {
    this.table = Objects.requireNonNull(table, "table");
    this.writer = new EntityWriter<>(table, CartItemSchema.INSTANCE, null, List.of());
  }

  @Override
  public EntityWriter<CartItem> writer() {
    return writer;
  }

  /**
   * Reads the item with this primary key (GetItem, eventually consistent).
   *
   * @return the entity, or empty if there is no such item
   */
  public Optional<CartItem> get(String cartId, String sku) {
    return table.getItem(CartItemKeys.primaryKey(cartId, sku), CartItemSchema.INSTANCE);
  }

  /**
   * Reads the item with this primary key (GetItem, strongly consistent: it reflects every write acknowledged before it, for twice the read capacity). Read this way before a conditional or versioned write.
   *
   * @return the entity, or empty if there is no such item
   */
  public Optional<CartItem> getConsistent(String cartId, String sku) {
    return table.getItem(CartItemKeys.primaryKey(cartId, sku), CartItemSchema.INSTANCE, true);
  }

  /**
   * Writes the entity, replacing any item with the same primary key (PutItem).
   *
   * @return the entity as stored
   */
  public CartItem put(CartItem cartItem) {
    return writer.put(cartItem, null);
  }

  /**
   * Writes the entity if the condition holds for the stored item ({@code ConditionExpression}).
   *
   * @throws software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException if it does not
   */
  public CartItem put(CartItem cartItem, Condition<? super CartItem> condition) {
    return writer.put(cartItem, condition);
  }

  /**
   * Writes many entities with BatchWriteItem, 25 per call, retrying unprocessed items for up to 30 seconds; not atomic. {@code putAll(entities, deadline)} reports what is left instead.
   *
   * @throws io.sable.runtime.batch.UnprocessedWritesException if some entities are still unwritten then
   */
  public void putAll(Collection<CartItem> entities) {
    table.putItems(entities, CartItemSchema.INSTANCE);
  }

  /**
   * Deletes the item with this primary key, if there is one (DeleteItem).
   */
  public void delete(String cartId, String sku) {
    writer.delete(CartItemKeys.primaryKey(cartId, sku), null, null);
  }

  /**
   * Deletes the entity's item, if there is one (DeleteItem by its primary key).
   */
  public void delete(CartItem cartItem) {
    writer.delete(cartItem, null);
  }

  /**
   * Deletes the entity's item if the condition holds for it.
   */
  public void delete(CartItem cartItem, Condition<? super CartItem> condition) {
    writer.delete(cartItem, condition);
  }

  /**
   * Starts an update of the item with this primary key (UpdateItem), which creates the item if absent.
   */
  public CartItemUpdate update(String cartId, String sku) {
    return new CartItemUpdate(writer, cartId, sku, null);
  }

  /**
   * Access pattern {@code itemsOf}: a Query on the table's primary key, partition key {@code CART#{cartId}}, sort-key conditions on {@code sku} of {@code ITEM#{sku}}.
   */
  public RangeQuery<CartItem, String> itemsOf(String cartId) {
    return Query.on(table, DECODER)
        .partitionKey("PK", CartItemKeys.partitionKey(cartId))
        .sortKeyRange("SK", CartItemKeys.SORT_KEY.prefix(), SegmentCodecs.STRING, "", true);
  }
}

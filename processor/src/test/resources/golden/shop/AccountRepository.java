package io.sable.processor.behaviour;

import io.sable.runtime.TableClient;
import io.sable.runtime.condition.Condition;
import io.sable.runtime.schema.ItemDecoder;
import io.sable.runtime.write.EntityRepository;
import io.sable.runtime.write.EntityWriter;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Account} items: by primary key, and by each access pattern.
 */
@Generated("io.sable.processor.SableProcessor")
public final class AccountRepository implements EntityRepository<Account> {
  private static final ItemDecoder<Account> DECODER = ItemDecoder.of(AccountSchema.INSTANCE);

  private final TableClient table;

  private final EntityWriter<Account> writer;

  /**
   * @param table the table the entity is stored in
   */
  public AccountRepository(TableClient table) {
    this.table = Objects.requireNonNull(table, "table");
    this.writer = new EntityWriter<>(table, AccountSchema.INSTANCE, "version", List.of());
  }

  @Override
  public EntityWriter<Account> writer() {
    return writer;
  }

  /**
   * Reads the item with this primary key (GetItem, eventually consistent).
   *
   * @return the entity, or empty if there is no such item
   */
  public Optional<Account> get(String id) {
    return table.getItem(AccountKeys.primaryKey(id), AccountSchema.INSTANCE);
  }

  /**
   * Reads the item with this primary key (GetItem, strongly consistent: it reflects every write acknowledged before it, for twice the read capacity). Read this way before a conditional or versioned write.
   *
   * @return the entity, or empty if there is no such item
   */
  public Optional<Account> getConsistent(String id) {
    return table.getItem(AccountKeys.primaryKey(id), AccountSchema.INSTANCE, true);
  }

  /**
   * Writes the entity, replacing any item with the same primary key (PutItem, with the {@code @Version} condition on {@code version}).
   *
   * @return the entity as stored, with its new version
   */
  public Account put(Account account) {
    return writer.put(account, null);
  }

  /**
   * Writes the entity if the condition holds for the stored item ({@code ConditionExpression}).
   *
   * @throws software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException if it does not
   */
  public Account put(Account account, Condition<? super Account> condition) {
    return writer.put(account, condition);
  }

  /**
   * Writes many entities, one conditional put each: a batch write cannot carry the the {@code @Version} condition on {@code version}.
   */
  public void putAll(Collection<Account> entities) {
    entities.forEach(e -> writer.put(e, null));
  }

  /**
   * Deletes the item with this primary key, if there is one (DeleteItem, with the {@code @Version} condition on {@code version}).
   */
  public void delete(String id) {
    writer.delete(AccountKeys.primaryKey(id), null, null);
  }

  /**
   * Deletes the entity's item, if there is one (DeleteItem by its primary key, with the {@code @Version} condition on {@code version}).
   */
  public void delete(Account account) {
    writer.delete(account, null);
  }

  /**
   * Deletes the entity's item if the condition holds for it.
   */
  public void delete(Account account, Condition<? super Account> condition) {
    writer.delete(account, condition);
  }

  /**
   * Starts an update of the item with this primary key (UpdateItem), which creates the item if absent.
   *
   * @param expectedVersion the version the item must have (0: it must not exist yet)
   */
  public AccountUpdate update(String id, long expectedVersion) {
    return new AccountUpdate(writer, id, expectedVersion);
  }

  /**
   * Access pattern {@code account}: a GetItem on the table's primary key.
   */
  public Optional<Account> account(String id) {
    return table.getItem(AccountKeys.primaryKey(id), AccountSchema.INSTANCE);
  }
}

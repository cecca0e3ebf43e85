package io.sable.runtime.write;

import io.sable.runtime.EntityTypeMismatchException;
import io.sable.runtime.condition.Condition;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An UpdateItem on one entity's item, which creates the item if it is absent; generated {@code
 * FooUpdate} classes extend it with one typed method per updatable field. Run it alone with {@link
 * #apply()}, or add it to a {@link Transaction}. Single use; not thread-safe.
 *
 * @param <T> the entity
 */
public abstract class EntityUpdate<T> {

  private final EntityWriter<T> writer;
  private final Map<String, AttributeValue> key;
  private final Long expectedVersion;
  private final UpdateActions actions = new UpdateActions();
  private Condition<? super T> condition;

  /**
   * For generated subclasses.
   *
   * @param writer the entity's writer
   * @param key the item's primary key
   * @param expectedVersion for a {@code @Version}ed entity, the version the item must have (0: it
   *     must not exist); null otherwise
   */
  protected EntityUpdate(EntityWriter<T> writer, Map<String, AttributeValue> key, Long expectedVersion) {
    this.writer = Objects.requireNonNull(writer, "writer");
    this.key = Objects.requireNonNull(key, "key");
    this.expectedVersion = expectedVersion;
  }

  /** The actions so far, for generated setters. */
  protected final UpdateActions actions() {
    return actions;
  }

  /** Makes the update conditional ({@code ConditionExpression}); a second condition replaces the first. */
  protected final void setCondition(Condition<? super T> newCondition) {
    this.condition = Objects.requireNonNull(newCondition, "condition");
  }

  /**
   * Runs the UpdateItem and returns the entity as it is after the update.
   *
   * @throws OptimisticLockException if a versioned entity's stored version is not the expected one
   * @throws software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException if the
   *     condition is false
   */
  public T apply() {
    Map<String, AttributeValue> item = Transaction.execute(writer.table(), List.of(operation()));
    if (!writer.schema().isEntity(item)) {
      throw new EntityTypeMismatchException(writer.schema(), item);
    }
    return writer.schema().mapToItem(item);
  }

  EntityWriter<T> writer() {
    return writer;
  }

  WriteOperation operation() {
    return writer.updateOperation(key, actions, expectedVersion, condition);
  }
}

package io.sable.runtime.write;

import io.sable.runtime.TableClient;
import io.sable.runtime.condition.Condition;
import io.sable.runtime.schema.EntitySchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * Writes one entity type with its rules: the {@code @Version} condition and increment, and the
 * {@code @Unique} items kept in the same transaction. Generated repositories hold one; {@link
 * Transaction} uses it to turn entity writes into TransactWriteItems actions.
 *
 * <p>A put or delete that keeps uniqueness items first reads the stored item (strongly consistent)
 * to learn the old unique values, then writes in one transaction whose entity action is conditional
 * on those values being unchanged, so that a concurrent change fails the transaction rather than
 * leaving a stale uniqueness item.
 *
 * @param <T> the entity
 */
public final class EntityWriter<T> {

  private final TableClient table;
  private final EntitySchema<T> schema;
  private final String versionAttribute;
  private final List<String> uniqueAttributes;

  /**
   * @param table the table
   * @param schema the entity's schema
   * @param versionAttribute the {@code @Version} attribute, or null
   * @param uniqueAttributes the {@code @Unique} attributes
   */
  public EntityWriter(TableClient table, EntitySchema<T> schema, String versionAttribute, List<String> uniqueAttributes) {
    this.table = Objects.requireNonNull(table, "table");
    this.schema = Objects.requireNonNull(schema, "schema");
    this.versionAttribute = versionAttribute;
    this.uniqueAttributes = List.copyOf(uniqueAttributes);
  }

  /** The table. */
  public TableClient table() {
    return table;
  }

  /** The entity's schema. */
  public EntitySchema<T> schema() {
    return schema;
  }

  /**
   * Why a plain BatchWriteItem request may not write this entity: it has a {@code @Version}
   * attribute or {@code @Unique} fields, whose conditions and uniqueness items a batch request
   * cannot carry.
   *
   * @return the rules, such as {@code "the @Version attribute version"}; empty if it has none
   */
  public Optional<String> writeRules() {
    List<String> rules = new ArrayList<>();
    if (versionAttribute != null) {
      rules.add("the @Version attribute " + versionAttribute);
    }
    if (!uniqueAttributes.isEmpty()) {
      rules.add("the @Unique attributes " + String.join(", ", uniqueAttributes));
    }
    return rules.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", rules));
  }

  /**
   * Writes the entity (PutItem, or a transaction when it has unique fields), replacing any item
   * with its key, if {@code condition} (nullable) holds.
   *
   * @return the entity as stored: with its new version, for a versioned entity
   * @throws OptimisticLockException if the stored version is not the entity's
   * @throws UniqueConstraintException if a unique value is taken
   * @throws software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException if the
   *     condition is false
   */
  public T put(T entity, Condition<? super T> condition) {
    Map<String, AttributeValue> item = new HashMap<>(schema.itemToMap(entity, true));
    Transaction.execute(table, putOperations(entity, item, condition));
    return schema.mapToItem(item);
  }

  /**
   * Deletes the item with this key (DeleteItem, or a transaction with its uniqueness items), if
   * {@code condition} (nullable) holds and, for a versioned entity, the stored version is {@code
   * expectedVersion} (null: any).
   */
  public void delete(Map<String, AttributeValue> key, Long expectedVersion, Condition<? super T> condition) {
    Transaction.execute(table, deleteOperations(key, expectedVersion, condition));
  }

  /**
   * Deletes the entity's item if {@code condition} (nullable) holds and, for a versioned entity, the
   * stored version is still the entity's.
   *
   * @throws OptimisticLockException if the stored version is not the entity's
   */
  public void delete(T entity, Condition<? super T> condition) {
    delete(schema.primaryKey(entity), versionOfOrNull(entity), condition);
  }

  /** The version an entity carries (0 when absent), or null when the entity has no {@code @Version}. */
  Long versionOfOrNull(T entity) {
    if (versionAttribute == null) {
      return null;
    }
    AttributeValue version = schema.itemToMap(entity, true).get(versionAttribute);
    return version == null ? 0L : Long.parseLong(version.n());
  }

  /** The operations of a put; {@code item} gets the new version. */
  List<WriteOperation> putOperations(T entity, Map<String, AttributeValue> item, Condition<? super T> condition) {
    Map<String, AttributeValue> key = schema.primaryKey(entity);
    Condition<?> combined = condition;
    Long expectedVersion = null;
    if (versionAttribute != null) {
      expectedVersion = item.containsKey(versionAttribute) ? Long.parseLong(item.get(versionAttribute).n()) : 0L;
      combined = and(combined, versionCondition(expectedVersion));
      item.put(versionAttribute, AttributeValue.fromN(Long.toString(expectedVersion + 1)));
    }
    List<WriteOperation> operations = new ArrayList<>();
    if (!uniqueAttributes.isEmpty()) {
      Map<String, AttributeValue> stored = read(key);
      combined = and(combined, unchanged(stored));
      for (String attribute : uniqueAttributes) {
        AttributeValue old = stored == null ? null : stored.get(attribute);
        AttributeValue value = item.get(attribute);
        if (Objects.equals(old, value)) {
          continue;
        }
        if (value != null) {
          operations.add(WriteOperation.put(uniqueKey(attribute, value), uniqueItem(attribute, value, key),
              notExists(table.definition().partitionKey()), WriteOperation.Meaning.unique(schema.entityType(), key,
                  attribute, value)));
        }
        if (old != null) {
          operations.add(releaseUnique(key, attribute, old));
        }
      }
    }
    operations.add(0, WriteOperation.put(key, item, combined,
        WriteOperation.Meaning.entity(schema.entityType(), key, versionAttribute, expectedVersion)));
    return operations;
  }

  /** Deletes the uniqueness item that held {@code old} for the entity at {@code key}. */
  private WriteOperation releaseUnique(Map<String, AttributeValue> key, String attribute, AttributeValue old) {
    return WriteOperation.delete(uniqueKey(attribute, old), null,
        WriteOperation.Meaning.unique(schema.entityType(), key, attribute, old));
  }

  /** The operations of a delete. */
  List<WriteOperation> deleteOperations(Map<String, AttributeValue> key, Long expectedVersion,
      Condition<? super T> condition) {
    Condition<?> combined = condition;
    if (versionAttribute != null && expectedVersion != null) {
      combined = and(combined, versionCondition(expectedVersion));
    }
    List<WriteOperation> operations = new ArrayList<>();
    if (!uniqueAttributes.isEmpty()) {
      Map<String, AttributeValue> stored = read(key);
      combined = and(combined, unchanged(stored));
      for (String attribute : uniqueAttributes) {
        AttributeValue old = stored == null ? null : stored.get(attribute);
        if (old != null) {
          operations.add(releaseUnique(key, attribute, old));
        }
      }
    }
    operations.add(0, WriteOperation.delete(key, combined,
        WriteOperation.Meaning.entity(schema.entityType(), key, versionAttribute, expectedVersion)));
    return operations;
  }

  /** An update's operation: its actions, the condition, and the version check and increment. */
  WriteOperation updateOperation(Map<String, AttributeValue> key, UpdateActions actions, Long expectedVersion,
      Condition<? super T> condition) {
    Condition<?> combined = condition;
    UpdateActions all = actions.copy();
    if (versionAttribute != null && expectedVersion != null) {
      combined = and(combined, versionCondition(expectedVersion));
      all.set(versionAttribute, AttributeValue.fromN(Long.toString(expectedVersion + 1)));
    }
    return WriteOperation.update(key, all.toExpression(), combined,
        WriteOperation.Meaning.entity(schema.entityType(), key, versionAttribute, expectedVersion));
  }

  /** A condition check's operation. */
  WriteOperation checkOperation(Map<String, AttributeValue> key, Condition<? super T> condition) {
    return WriteOperation.check(key, condition, WriteOperation.Meaning.entity(schema.entityType(), key, null, null));
  }

  private Condition<?> versionCondition(long expected) {
    return expected == 0
        ? notExists(table.definition().partitionKey())
        : new Condition.Comparison<>(new Condition.Operand(versionAttribute, false), "=",
            AttributeValue.fromN(Long.toString(expected)));
  }

  /** The stored item still has the unique values read, or still does not exist. */
  private Condition<?> unchanged(Map<String, AttributeValue> stored) {
    if (stored == null) {
      return notExists(table.definition().partitionKey());
    }
    Condition<Object> all = null;
    for (String attribute : uniqueAttributes) {
      AttributeValue old = stored.get(attribute);
      Condition<Object> same = old == null
          ? new Condition.Function<>("attribute_not_exists", attribute, null)
          : new Condition.Comparison<>(new Condition.Operand(attribute, false), "=", old);
      all = all == null ? same : all.and(same);
    }
    return all;
  }

  private Map<String, AttributeValue> read(Map<String, AttributeValue> key) {
    GetItemResponse response = table.dynamoDb().getItem(b -> b.tableName(table.tableName()).key(key).consistentRead(true));
    return response.hasItem() && !response.item().isEmpty() ? response.item() : null;
  }

  /** The key of the uniqueness item of a value: {@code UNIQUE#<entity type>#<attribute>#<value>}. */
  Map<String, AttributeValue> uniqueKey(String attribute, AttributeValue value) {
    String id = "UNIQUE#" + schema.entityType() + "#" + attribute + "#" + Keys.show(value);
    Map<String, AttributeValue> key = new HashMap<>();
    key.put(table.definition().partitionKey(), AttributeValue.fromS(id));
    table.definition().sortKey().ifPresent(sortKey -> key.put(sortKey, AttributeValue.fromS(id)));
    return key;
  }

  private Map<String, AttributeValue> uniqueItem(String attribute, AttributeValue value,
      Map<String, AttributeValue> owner) {
    Map<String, AttributeValue> item = new HashMap<>(uniqueKey(attribute, value));
    item.put(schema.entityTypeAttribute(), AttributeValue.fromS("_Unique"));
    item.put("owner", AttributeValue.fromS(Keys.describe(owner)));
    return item;
  }

  private static Condition<?> notExists(String attribute) {
    return new Condition.Function<>("attribute_not_exists", attribute, null);
  }

  @SuppressWarnings("unchecked")
  private static Condition<?> and(Condition<?> left, Condition<?> right) {
    if (left == null) {
      return right;
    }
    return right == null ? left : ((Condition<Object>) left).and((Condition<Object>) right);
  }
}

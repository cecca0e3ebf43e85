package io.sable.runtime.schema;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.enhanced.dynamodb.TableMetadata;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The mapping between one entity type and its DynamoDB items, as the processor writes it for each
 * {@code @Entity}: the entity's fields as attributes, plus the table and index key attributes
 * computed from its key templates and the entity type attribute.
 *
 * <p>It is an Enhanced Client {@link TableSchema}, so a generated schema also works with {@code
 * DynamoDbEnhancedClient#table(String, TableSchema)}; unlike the Enhanced Client's bean and
 * immutable schemas it uses no reflection.
 *
 * @param <T> the entity type
 */
public abstract class EntitySchema<T> extends MappedSchema<T> {

  private final String entityType;
  private final String entityTypeAttribute;

  /**
   * For generated subclasses.
   *
   * @param type the entity class
   * @param entityType the name stored in {@code entityTypeAttribute} of every item of this entity
   * @param entityTypeAttribute the attribute holding the entity type
   * @param tableMetadata the table's key schema as the Enhanced Client sees it
   * @param attributeNames every attribute an item of this entity may have
   */
  protected EntitySchema(
      Class<T> type,
      String entityType,
      String entityTypeAttribute,
      TableMetadata tableMetadata,
      List<String> attributeNames) {
    super(type, tableMetadata, attributeNames);
    this.entityType = Objects.requireNonNull(entityType, "entityType");
    this.entityTypeAttribute = Objects.requireNonNull(entityTypeAttribute, "entityTypeAttribute");
  }

  /**
   * The entity type name stored in every item of this entity, such as {@code Flight}; for a sealed
   * interface, its own name (each record stores its own, see {@link #entityTypes()}).
   */
  public final String entityType() {
    return entityType;
  }

  /** The attribute that holds the entity type, such as {@code _type}. */
  public final String entityTypeAttribute() {
    return entityTypeAttribute;
  }

  /**
   * The entity types this schema reads: its own, or for a sealed interface of records, each
   * record's.
   */
  public Set<String> entityTypes() {
    return Set.of(entityType);
  }

  /** Whether the item's entity type attribute names one of {@link #entityTypes()}. */
  public final boolean isEntity(Map<String, AttributeValue> item) {
    AttributeValue stored = item.get(entityTypeAttribute);
    return stored != null && stored.s() != null && entityTypes().contains(stored.s());
  }

  /**
   * The item's primary key attributes (table partition key and sort key), computed from the
   * entity's key templates.
   *
   * @throws NullPointerException if a key field is null, naming it
   * @throws IllegalArgumentException if a key field has no key encoding (see {@code SegmentCodecs})
   */
  public abstract Map<String, AttributeValue> primaryKey(T entity);

  /**
   * The whole item: every field as an attribute, the table and index key attributes, and the entity
   * type attribute. An index's key attributes are absent when the entity is not in that index.
   *
   * @param ignoreNulls omit null fields instead of storing them as {@code NULL}
   */
  @Override
  public abstract Map<String, AttributeValue> itemToMap(T entity, boolean ignoreNulls);

  /**
   * The entity stored in an item. Missing attributes become {@code null}, or zero and {@code false}
   * for primitive fields.
   */
  @Override
  public abstract T mapToItem(Map<String, AttributeValue> attributeMap);

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + entityType + "]";
  }
}

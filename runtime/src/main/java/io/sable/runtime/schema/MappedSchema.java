package io.sable.runtime.schema;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableMetadata;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What every generated schema shares: an Enhanced Client {@link TableSchema} whose {@code
 * itemToMap} and {@code mapToItem} the processor writes without reflection. See {@link
 * EntitySchema} (items) and {@link DocumentSchema} (nested maps).
 *
 * @param <T> the mapped class
 */
public abstract class MappedSchema<T> implements TableSchema<T> {

  private final Class<T> type;
  private final TableMetadata tableMetadata;
  private final List<String> attributeNames;

  /**
   * For generated schemas.
   *
   * @param type the mapped class
   * @param tableMetadata the key schema as the Enhanced Client sees it
   * @param attributeNames every attribute the class may be stored with
   */
  protected MappedSchema(Class<T> type, TableMetadata tableMetadata, List<String> attributeNames) {
    this.type = Objects.requireNonNull(type, "type");
    this.tableMetadata = Objects.requireNonNull(tableMetadata, "tableMetadata");
    this.attributeNames = List.copyOf(attributeNames);
  }

  @Override
  public abstract Map<String, AttributeValue> itemToMap(T value, boolean ignoreNulls);

  @Override
  public abstract T mapToItem(Map<String, AttributeValue> attributeMap);

  @Override
  public Map<String, AttributeValue> itemToMap(T value, Collection<String> attributes) {
    Map<String, AttributeValue> all = itemToMap(value, true);
    Map<String, AttributeValue> selected = new HashMap<>();
    for (String attribute : attributes) {
      AttributeValue attributeValue = all.get(attribute);
      if (attributeValue != null) {
        selected.put(attribute, attributeValue);
      }
    }
    return selected;
  }

  @Override
  public AttributeValue attributeValue(T value, String attributeName) {
    return itemToMap(value, true).get(attributeName);
  }

  @Override
  public EnhancedType<T> itemType() {
    return EnhancedType.of(type);
  }

  @Override
  public TableMetadata tableMetadata() {
    return tableMetadata;
  }

  @Override
  public List<String> attributeNames() {
    return attributeNames;
  }

  @Override
  public boolean isAbstract() {
    return false;
  }
}

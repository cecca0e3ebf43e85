package io.sable.runtime.schema;

import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.TableMetadata;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableMetadata;

/**
 * The mapping between a {@code @Document} record and the map ({@code M}) it is stored as inside
 * entities, as the processor writes it: an Enhanced Client {@code TableSchema} without keys, which
 * {@code EnhancedType.documentOf} turns into an attribute converter.
 *
 * @param <T> the record
 */
public abstract class DocumentSchema<T> extends MappedSchema<T> {

  private static final TableMetadata NO_KEYS = StaticTableMetadata.builder().build();

  /**
   * For generated subclasses.
   *
   * @param type the record
   * @param attributeNames the attributes of its map
   */
  protected DocumentSchema(Class<T> type, List<String> attributeNames) {
    super(type, NO_KEYS, attributeNames);
  }
}

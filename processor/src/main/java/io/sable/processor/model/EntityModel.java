package io.sable.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * An {@code @Entity} record and everything declared on it.
 *
 * @param element the record
 * @param isRecord whether the element is a record
 * @param table the {@code @Table} type it names, or null if that type has no {@code @Table}
 * @param entityType the stored entity type name
 * @param fields the record components
 * @param partitionKey the partition key template, or null if absent
 * @param sortKey the sort key template, or null if absent
 * @param indexKeys the {@code @IndexKey}s
 * @param accessPatterns the {@code @AccessPattern}s
 * @param booleanMethods the names of the record's public no-argument boolean methods
 * @param source the {@code @Entity} annotation
 */
public record EntityModel(
    TypeElement element,
    boolean isRecord,
    TypeElement table,
    String entityType,
    List<FieldModel> fields,
    TemplateModel partitionKey,
    TemplateModel sortKey,
    List<IndexKeyModel> indexKeys,
    List<AccessPatternModel> accessPatterns,
    List<String> booleanMethods,
    Source source) {

  /** The entity class. */
  public ClassName className() {
    return ClassName.get(element);
  }

  /** A class generated next to the entity, named with the entity's name and a suffix. */
  public ClassName generated(String suffix) {
    ClassName entity = className();
    return ClassName.get(entity.packageName(), entity.simpleName() + suffix);
  }

  /** The field with this name, if any. */
  public Optional<FieldModel> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /**
   * The entity's key for the table's primary key ({@code index} null) or for an index, if the
   * entity has templates for it.
   */
  public Optional<KeyModel> key(TableModel table, String index) {
    if (index == null) {
      return partitionKey == null
          ? Optional.empty()
          : Optional.of(new KeyModel(null, table.partitionKey(), table.sortKey(), partitionKey, sortKey));
    }
    return table.index(index).flatMap(declared -> indexKey(index).map(key ->
        new KeyModel(index, declared.partitionKey(), declared.sortKey(), key.partitionKey(), key.sortKey())));
  }

  /** The {@code @IndexKey} for this index, if any. */
  public Optional<IndexKeyModel> indexKey(String index) {
    return indexKeys.stream().filter(k -> k.index().equals(index)).findFirst();
  }
}

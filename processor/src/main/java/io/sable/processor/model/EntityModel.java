package io.sable.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * An {@code @Entity} class and everything declared on it.
 *
 * @param element the class
 * @param shape how it is read and built
 * @param table the {@code @Table} type it names, or null if that type has no {@code @Table}
 * @param entityType the stored entity type name (for a sealed interface, its own name; each
 *     record in {@code subtypes} stores its own)
 * @param fields the fields (for a sealed interface, its accessor methods, which key templates use)
 * @param subtypes for a sealed interface, its permitted records; otherwise empty
 * @param partitionKey the partition key template, or null if absent
 * @param sortKey the sort key template, or null if absent
 * @param indexKeys the {@code @IndexKey}s
 * @param accessPatterns the {@code @AccessPattern}s
 * @param booleanMethods the names of the class's public no-argument boolean methods
 * @param itemSizeBytes the declared typical item size, or 0
 * @param source the {@code @Entity} annotation
 */
public record EntityModel(
    TypeElement element,
    EntityShape shape,
    TypeElement table,
    String entityType,
    List<FieldModel> fields,
    List<EntityModel> subtypes,
    TemplateModel partitionKey,
    TemplateModel sortKey,
    List<IndexKeyModel> indexKeys,
    List<AccessPatternModel> accessPatterns,
    List<String> booleanMethods,
    int itemSizeBytes,
    Source source) {

  /** Whether the entity is a sealed interface of records. */
  public boolean isSealed() {
    return shape.kind() == EntityShape.Kind.SEALED;
  }

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

  /** The {@code @Version} field, if any. */
  public Optional<FieldModel> versionField() {
    return fields.stream().filter(FieldModel::version).findFirst();
  }

  /** The {@code @Unique} fields. */
  public java.util.List<FieldModel> uniqueFields() {
    return fields.stream().filter(FieldModel::unique).toList();
  }

  /** Whether writes carry rules ({@code @Version} or {@code @Unique}) that a batch write cannot. */
  public boolean hasWriteRules() {
    return versionField().isPresent() || !uniqueFields().isEmpty();
  }

  /** The {@code @IndexKey} for this index, if any. */
  public Optional<IndexKeyModel> indexKey(String index) {
    return indexKeys.stream().filter(k -> k.index().equals(index)).findFirst();
  }

  /**
   * The entity's key for the table's primary key ({@code index} null) or for an index, if the
   * entity is in it: through its {@code @IndexKey}, or, for an index keyed by the table's own key
   * attributes, through its table key templates.
   */
  public Optional<KeyModel> key(TableModel table, String index) {
    if (index == null) {
      return partitionKey == null
          ? Optional.empty()
          : Optional.of(new KeyModel(null, table.partitionKey(), table.partitionKeyType(), table.sortKey(),
              table.sortKeyType(), partitionKey, sortKey));
    }
    Optional<IndexModel> found = table.index(index);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    IndexModel declared = found.get();
    if (declared.local()) {
      return partitionKey == null ? Optional.empty() : indexKey(index).map(key -> new KeyModel(declared,
          table.partitionKey(), table.partitionKeyType(), declared.sortKey(), declared.sortKeyType(), partitionKey,
          key.sortKey()));
    }
    if (table.isDerived(declared)) {
      TemplateModel indexPartition = tableTemplate(table, declared.partitionKey());
      TemplateModel indexSort = declared.sortKey() == null ? null : tableTemplate(table, declared.sortKey());
      return indexPartition == null || (declared.sortKey() != null && indexSort == null)
          ? Optional.empty()
          : Optional.of(new KeyModel(declared, declared.partitionKey(), declared.partitionKeyType(),
              declared.sortKey(), declared.sortKeyType(), indexPartition, indexSort));
    }
    return indexKey(index).map(key -> new KeyModel(declared, declared.partitionKey(), declared.partitionKeyType(),
        declared.sortKey(), declared.sortKeyType(), key.partitionKey(), key.sortKey()));
  }

  private TemplateModel tableTemplate(TableModel table, String attribute) {
    return attribute.equals(table.partitionKey()) ? partitionKey : sortKey;
  }

  /** Every index key of the entity: its {@code @IndexKey}s, then the indexes derived from its table key. */
  public List<KeyModel> indexKeysOf(TableModel table) {
    List<KeyModel> keys = new ArrayList<>();
    for (IndexKeyModel indexKey : indexKeys) {
      key(table, indexKey.index()).ifPresent(keys::add);
    }
    for (IndexModel index : table.indexes()) {
      if (table.isDerived(index)) {
        key(table, index.name()).ifPresent(keys::add);
      }
    }
    return keys;
  }
}

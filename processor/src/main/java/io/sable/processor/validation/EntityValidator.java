package io.sable.processor.validation;

import io.sable.processor.model.EntityModel;
import io.sable.processor.model.EntityShape;
import io.sable.processor.model.IndexKeyModel;
import io.sable.processor.model.IndexModel;
import io.sable.processor.model.KeyAttributeType;
import io.sable.processor.model.TableModel;
import io.sable.processor.model.TemplateModel;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks an entity's shape, fields, key templates and index keys against its table. */
final class EntityValidator {

  private final Diagnostics diagnostics;
  private final FieldValidator fields;

  EntityValidator(Diagnostics diagnostics, FieldValidator fields) {
    this.diagnostics = diagnostics;
    this.fields = fields;
  }

  /** Reports the entity's problems; returns false when its shape is unusable for further checks. */
  boolean validate(EntityModel entity, TableModel table) {
    String name = entity.element().getSimpleName().toString();
    if (entity.shape().kind() == EntityShape.Kind.UNSUPPORTED) {
      diagnostics.report(Message.ENTITY_SHAPE, entity.source(), name, entity.shape().problem());
      return false;
    }
    if (entity.isSealed()) {
      validateSubtypes(entity, table);
    } else {
      fields.validate(entity.fields(), table);
    }
    if (entity.partitionKey() == null) {
      diagnostics.report(Message.MISSING_PARTITION_KEY, entity.source(), name, name.toUpperCase());
    } else {
      TemplateValidator.validate(entity.partitionKey(), entity,
          new KeyContext("partition key", "the table's primary key", table.partitionKeyType(), true, true), diagnostics);
    }
    if (entity.sortKey() == null && table.sortKey() != null) {
      diagnostics.report(Message.MISSING_SORT_KEY, entity.source(), table.name(), table.sortKey(), name,
          name.toUpperCase());
    } else if (entity.sortKey() != null && table.sortKey() == null) {
      diagnostics.report(Message.UNEXPECTED_SORT_KEY, entity.sortKey().source(), table.name(), name);
    } else if (entity.sortKey() != null) {
      TemplateValidator.validate(entity.sortKey(), entity,
          new KeyContext("sort key", "the table's primary key", table.sortKeyType(), false, true), diagnostics);
    }
    Set<String> indexes = new HashSet<>();
    for (IndexKeyModel key : entity.indexKeys()) {
      if (!indexes.add(key.index())) {
        diagnostics.report(Message.DUPLICATE_INDEX_KEY, key.source(), name, key.index());
      }
      validateIndexKey(key, entity, table);
    }
    return true;
  }

  private void validateSubtypes(EntityModel entity, TableModel table) {
    Set<String> keyFields = new HashSet<>();
    for (TemplateModel template : new TemplateModel[] {entity.partitionKey(), entity.sortKey()}) {
      if (template != null) {
        keyFields.addAll(template.fields());
      }
    }
    entity.indexKeys().forEach(k -> {
      if (k.partitionKey() != null) {
        keyFields.addAll(k.partitionKey().fields());
      }
      if (k.sortKey() != null) {
        keyFields.addAll(k.sortKey().fields());
      }
    });
    for (EntityModel subtype : entity.subtypes()) {
      if (subtype.shape().kind() != EntityShape.Kind.RECORD) {
        diagnostics.report(Message.SEALED_SUBTYPE_NOT_RECORD, entity.source(), entity.element().getSimpleName(),
            subtype.element().getSimpleName());
        continue;
      }
      fields.validate(subtype.fields(), table);
      for (String field : keyFields) {
        if (entity.field(field).isPresent() && subtype.field(field).isEmpty()) {
          diagnostics.report(Message.SEALED_SUBTYPE_MISSING_FIELD, entity.source(), subtype.element().getSimpleName(),
              entity.element().getSimpleName(), field, field);
        }
      }
    }
  }

  private void validateIndexKey(IndexKeyModel key, EntityModel entity, TableModel table) {
    Optional<IndexModel> found = table.index(key.index());
    if (found.isEmpty()) {
      diagnostics.report(Message.UNKNOWN_INDEX, key.source(), key.index(), table.name(), declaredIndexes(table));
      return;
    }
    IndexModel index = found.get();
    if (table.isDerived(index)) {
      diagnostics.report(Message.DERIVED_INDEX_KEY, key.source(), index.name());
      return;
    }
    String owner = "index " + index.name();
    if (index.local()) {
      if (key.partitionKey() != null) {
        diagnostics.report(Message.LOCAL_INDEX_PARTITION_KEY, key.partitionKey().source(), index.name());
      }
    } else if (key.partitionKey() == null) {
      diagnostics.report(Message.MISSING_INDEX_PARTITION_KEY, key.source(), index.name());
    } else {
      TemplateValidator.validate(key.partitionKey(), entity,
          new KeyContext("partition key", owner, index.partitionKeyType(), true, false), diagnostics);
    }
    if (index.sortKey() != null && key.sortKey() == null) {
      diagnostics.report(Message.MISSING_INDEX_SORT_KEY, key.source(), key.index(), index.sortKey());
    } else if (index.sortKey() == null && key.sortKey() != null) {
      diagnostics.report(Message.UNEXPECTED_INDEX_SORT_KEY, key.sortKey().source(), key.index());
    } else if (key.sortKey() != null) {
      TemplateValidator.validate(key.sortKey(), entity,
          new KeyContext("sort key", owner, index.sortKeyType() == null ? KeyAttributeType.S : index.sortKeyType(),
              false, false), diagnostics);
    }
    if (key.includeWhen() != null && !entity.booleanMethods().contains(key.includeWhen())) {
      diagnostics.report(Message.INVALID_INCLUDE_WHEN, key.source(), key.includeWhen(),
          entity.element().getSimpleName(), key.includeWhen());
    }
  }

  /** "; it declares GSI1, GSI2" listing the declared indexes, or empty. */
  static String declaredIndexes(TableModel table) {
    return table.indexes().isEmpty()
        ? ""
        : "; it declares " + table.indexes().stream().map(IndexModel::name).collect(Collectors.joining(", "));
  }
}

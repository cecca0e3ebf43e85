package io.sable.processor.validation;

import io.sable.processor.model.EntityModel;
import io.sable.processor.model.EntityShape;
import io.sable.processor.model.FieldModel;
import io.sable.processor.model.IndexKeyModel;
import io.sable.processor.model.IndexModel;
import io.sable.processor.model.KeyAttributeType;
import io.sable.processor.model.Source;
import io.sable.processor.model.TableModel;
import io.sable.processor.model.TemplateModel;
import io.sable.processor.model.ValueKind;
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
    validateWriteRules(entity, keyFields(entity));
    return true;
  }

  private void validateWriteRules(EntityModel entity, Set<String> keyFields) {
    boolean versionSeen = false;
    for (FieldModel field : entity.fields()) {
      Source source = Source.of(field.element());
      if (field.version()) {
        ValueKind kind = field.kind();
        if (versionSeen) {
          diagnostics.report(Message.INVALID_VERSION_FIELD, source, field.name(), "is a second @Version field");
        } else if (kind != ValueKind.INTEGER && kind != ValueKind.LONG || field.optional()) {
          diagnostics.report(Message.INVALID_VERSION_FIELD, source, field.name(), "is of type " + field.type());
        } else if (keyFields.contains(field.name())) {
          diagnostics.report(Message.INVALID_VERSION_FIELD, source, field.name(), "is in a key template");
        }
        versionSeen = true;
      }
      if (field.unique()) {
        ValueKind kind = field.kind();
        boolean scalar = kind != ValueKind.UNSUPPORTED && kind != ValueKind.BOOLEAN && kind != ValueKind.BYTE_ARRAY
            && kind != ValueKind.SDK_BYTES;
        if (entity.isSealed()) {
          diagnostics.report(Message.INVALID_UNIQUE_FIELD, source, field.name(), "belongs to a sealed interface");
        } else if (!scalar) {
          diagnostics.report(Message.INVALID_UNIQUE_FIELD, source, field.name(), "is of type " + field.type());
        } else if (keyFields.contains(field.name())) {
          diagnostics.report(Message.INVALID_UNIQUE_FIELD, source, field.name(), "is in a key template");
        }
      }
    }
  }

  /** Every field some key template of the entity uses. */
  private static Set<String> keyFields(EntityModel entity) {
    Set<String> fields = new HashSet<>();
    for (TemplateModel template : new TemplateModel[] {entity.partitionKey(), entity.sortKey()}) {
      if (template != null) {
        fields.addAll(template.fields());
      }
    }
    for (IndexKeyModel key : entity.indexKeys()) {
      if (key.partitionKey() != null) {
        fields.addAll(key.partitionKey().fields());
      }
      if (key.sortKey() != null) {
        fields.addAll(key.sortKey().fields());
      }
    }
    return fields;
  }

  private void validateSubtypes(EntityModel entity, TableModel table) {
    Set<String> keyFields = keyFields(entity);
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

package io.sable.processor.validation;

import io.sable.processor.model.EntityModel;
import io.sable.processor.model.FieldModel;
import io.sable.processor.model.IndexKeyModel;
import io.sable.processor.model.IndexModel;
import io.sable.processor.model.Source;
import io.sable.processor.model.TableModel;
import io.sable.processor.model.ValueKind;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks an entity's shape, fields, key templates and index keys against its table. */
final class EntityValidator {

  private EntityValidator() {}

  static void validate(EntityModel entity, TableModel table, Diagnostics diagnostics) {
    String name = entity.element().getSimpleName().toString();
    if (!entity.isRecord()) {
      diagnostics.report(Message.ENTITY_NOT_RECORD, entity.source(), name, name);
      return;
    }
    validateFields(entity, table, diagnostics);
    if (entity.partitionKey() == null) {
      diagnostics.report(Message.MISSING_PARTITION_KEY, entity.source(), name, name.toUpperCase());
    } else {
      TemplateValidator.validate(entity.partitionKey(), entity, diagnostics);
    }
    if (entity.sortKey() == null && table.sortKey() != null) {
      diagnostics.report(Message.MISSING_SORT_KEY, entity.source(), table.name(), table.sortKey(), name,
          name.toUpperCase());
    } else if (entity.sortKey() != null && table.sortKey() == null) {
      diagnostics.report(Message.UNEXPECTED_SORT_KEY, entity.sortKey().source(), table.name(), name);
    } else if (entity.sortKey() != null) {
      TemplateValidator.validate(entity.sortKey(), entity, diagnostics);
    }
    Set<String> indexes = new HashSet<>();
    for (IndexKeyModel key : entity.indexKeys()) {
      if (!indexes.add(key.index())) {
        diagnostics.report(Message.DUPLICATE_INDEX_KEY, key.source(), name, key.index());
      }
      validateIndexKey(key, entity, table, diagnostics);
    }
  }

  private static void validateFields(EntityModel entity, TableModel table, Diagnostics diagnostics) {
    for (FieldModel field : entity.fields()) {
      if (field.kind() == ValueKind.UNSUPPORTED) {
        diagnostics.report(Message.UNSUPPORTED_FIELD_TYPE, Source.of(field.element()), field.name(), field.type());
      }
      reservedRole(field.name(), table).ifPresent(role ->
          diagnostics.report(Message.RESERVED_FIELD_NAME, Source.of(field.element()), field.name(), role));
    }
  }

  private static Optional<String> reservedRole(String attribute, TableModel table) {
    if (attribute.equals(table.partitionKey())) {
      return Optional.of("partition key");
    }
    if (attribute.equals(table.sortKey())) {
      return Optional.of("sort key");
    }
    if (attribute.equals(table.entityTypeAttribute())) {
      return Optional.of("entity type");
    }
    for (IndexModel index : table.indexes()) {
      if (attribute.equals(index.partitionKey())) {
        return Optional.of(index.name() + " partition key");
      }
      if (attribute.equals(index.sortKey())) {
        return Optional.of(index.name() + " sort key");
      }
    }
    return Optional.empty();
  }

  private static void validateIndexKey(
      IndexKeyModel key, EntityModel entity, TableModel table, Diagnostics diagnostics) {
    Optional<IndexModel> index = table.index(key.index());
    Source indexSource = key.source();
    if (index.isEmpty()) {
      diagnostics.report(Message.UNKNOWN_INDEX, indexSource, key.index(), table.name(), declaredIndexes(table));
      return;
    }
    TemplateValidator.validate(key.partitionKey(), entity, diagnostics);
    if (index.get().sortKey() != null && key.sortKey() == null) {
      diagnostics.report(Message.MISSING_INDEX_SORT_KEY, indexSource, key.index(), index.get().sortKey());
    } else if (index.get().sortKey() == null && key.sortKey() != null) {
      diagnostics.report(Message.UNEXPECTED_INDEX_SORT_KEY, key.sortKey().source(), key.index());
    } else if (key.sortKey() != null) {
      TemplateValidator.validate(key.sortKey(), entity, diagnostics);
    }
    if (key.includeWhen() != null && !entity.booleanMethods().contains(key.includeWhen())) {
      diagnostics.report(Message.INVALID_INCLUDE_WHEN, indexSource, key.includeWhen(),
          entity.element().getSimpleName(), key.includeWhen());
    }
  }

  /** ", such as GSI1, GSI2" listing the declared indexes, or empty. */
  static String declaredIndexes(TableModel table) {
    return table.indexes().isEmpty()
        ? ""
        : "; it declares " + table.indexes().stream().map(IndexModel::name).collect(Collectors.joining(", "));
  }
}

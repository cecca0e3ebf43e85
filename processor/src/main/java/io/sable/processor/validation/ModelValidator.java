package io.sable.processor.validation;

import io.sable.processor.model.CollectionModel;
import io.sable.processor.model.DocumentModel;
import io.sable.processor.model.EntityModel;
import io.sable.processor.model.FieldModel;
import io.sable.processor.model.Source;
import io.sable.processor.model.TableModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;

/** Validates one table, its entities and its item collections, and documents, reporting every problem. */
public final class ModelValidator {

  private final Diagnostics diagnostics;
  private final FieldValidator fields;

  public ModelValidator(ProcessingEnvironment env, Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
    this.fields = new FieldValidator(env, diagnostics);
  }

  /**
   * Reports every problem of the table, its entities and its collections.
   *
   * @return whether the model is free of errors, so code can be written for it
   */
  public boolean validate(TableModel table, List<EntityModel> entities, List<CollectionModel> collections) {
    int before = diagnostics.errorCount();
    TableValidator.validate(table, diagnostics);
    EntityValidator entityValidator = new EntityValidator(diagnostics, fields);
    Map<String, EntityModel> byType = new HashMap<>();
    List<EntityModel> valid = new ArrayList<>();
    for (EntityModel entity : entities) {
      int entityBefore = diagnostics.errorCount();
      if (entityValidator.validate(entity, table)) {
        AccessPatternValidator.validate(entity, table, diagnostics);
      }
      for (EntityModel stored : entity.isSealed() ? entity.subtypes() : List.of(entity)) {
        EntityModel previous = byType.putIfAbsent(stored.entityType(), stored);
        if (previous != null) {
          diagnostics.report(Message.DUPLICATE_ENTITY_TYPE, entity.source(), stored.entityType(),
              stored.element().getSimpleName(), previous.element().getSimpleName(), table.name());
        }
      }
      if (diagnostics.errorCount() == entityBefore) {
        valid.add(entity);
      }
    }
    KeyOverlapValidator.validate(table, valid, diagnostics);
    validateTimeToLive(table, valid);
    CollectionValidator collectionValidator = new CollectionValidator(diagnostics);
    for (CollectionModel collection : collections) {
      collectionValidator.validate(collection, table, entities);
    }
    return diagnostics.errorCount() == before;
  }

  // A table has one TTL attribute: every entity's @Ttl field must be stored in the same one.
  private void validateTimeToLive(TableModel table, List<EntityModel> entities) {
    EntityModel first = null;
    for (EntityModel entity : entities) {
      FieldModel field = entity.ttlField().orElse(null);
      if (field == null) {
        continue;
      }
      if (first == null) {
        first = entity;
        continue;
      }
      String attribute = first.ttlField().orElseThrow().attributeName();
      if (!field.attributeName().equals(attribute)) {
        diagnostics.report(Message.CONFLICTING_TTL_ATTRIBUTE, Source.of(field.element()), field.name(),
            entity.element().getSimpleName(), field.attributeName(), first.element().getSimpleName(), table.name(),
            attribute);
      }
    }
  }

  /** Reports the document's problems; returns whether it is free of errors. */
  public boolean validate(DocumentModel document) {
    return new DocumentValidator(diagnostics, fields).validate(document);
  }
}

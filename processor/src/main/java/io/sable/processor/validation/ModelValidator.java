package io.sable.processor.validation;

import io.sable.processor.model.EntityModel;
import io.sable.processor.model.TableModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Validates one table and all its entities, reporting every problem. */
public final class ModelValidator {

  private final Diagnostics diagnostics;

  public ModelValidator(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * Reports every problem of the table and its entities.
   *
   * @return whether the model is free of errors, so code can be written for it
   */
  public boolean validate(TableModel table, List<EntityModel> entities) {
    int before = diagnostics.errorCount();
    TableValidator.validate(table, diagnostics);
    Map<String, EntityModel> byType = new HashMap<>();
    for (EntityModel entity : entities) {
      EntityValidator.validate(entity, table, diagnostics);
      if (entity.isRecord()) {
        AccessPatternValidator.validate(entity, table, diagnostics);
      }
      EntityModel previous = byType.putIfAbsent(entity.entityType(), entity);
      if (previous != null) {
        diagnostics.report(Message.DUPLICATE_ENTITY_TYPE, entity.source(), entity.entityType(),
            entity.element().getSimpleName(), previous.element().getSimpleName(), table.name());
      }
    }
    return diagnostics.errorCount() == before;
  }
}

package io.sable.processor.validation;

import io.sable.processor.model.AccessPatternModel;
import io.sable.processor.model.AccessPlan;
import io.sable.processor.model.EntityModel;
import io.sable.processor.model.TableModel;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.SourceVersion;

/** Checks that every access pattern of an entity is well named and served by a key, an index or a declared Scan. */
final class AccessPatternValidator {

  /** Methods every generated repository has; access patterns cannot take these names. */
  static final Set<String> REPOSITORY_METHODS = Set.of(
      "get", "getConsistent", "getAll", "put", "putAll", "delete", "deleteAll", "update", "writer");

  private AccessPatternValidator() {}

  static void validate(EntityModel entity, TableModel table, Diagnostics diagnostics) {
    Set<String> names = new HashSet<>();
    for (AccessPatternModel pattern : entity.accessPatterns()) {
      String name = pattern.name();
      if (!SourceVersion.isIdentifier(name) || SourceVersion.isKeyword(name)) {
        diagnostics.report(Message.INVALID_ACCESS_PATTERN_NAME, pattern.source(), name, "is not a Java identifier");
      } else if (REPOSITORY_METHODS.contains(name)) {
        diagnostics.report(Message.INVALID_ACCESS_PATTERN_NAME, pattern.source(), name,
            "is the name of a method every repository has (" + String.join(", ", new TreeSet<>(REPOSITORY_METHODS)) + ")");
      } else if (!names.add(name)) {
        diagnostics.report(Message.DUPLICATE_ACCESS_PATTERN, pattern.source(), entity.element().getSimpleName(),
            name);
      }
      if (pattern.index() != null && table.index(pattern.index()).isEmpty()) {
        diagnostics.report(Message.UNKNOWN_INDEX, pattern.source(), pattern.index(), table.name(),
            EntityValidator.declaredIndexes(table));
      }
      for (String bound : pattern.bind()) {
        if (entity.field(bound).isEmpty()) {
          diagnostics.report(Message.UNKNOWN_BIND_FIELD, pattern.source(), name, bound,
              entity.element().getSimpleName(), TemplateValidator.suggestion(bound, entity));
        }
      }
      Optional<AccessPlan> plan = AccessPlan.plan(entity, table, pattern);
      if (plan.isPresent() && plan.get() instanceof AccessPlan.Unserved unserved) {
        diagnostics.report(Message.UNSERVED_ACCESS_PATTERN, pattern.source(), name,
            unserved.target().equals("a Scan") ? "a Scan" : "a GetItem or Query on " + unserved.target(),
            unserved.reason());
      }
    }
  }
}

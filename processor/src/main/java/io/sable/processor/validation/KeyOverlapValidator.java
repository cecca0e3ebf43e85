package io.sable.processor.validation;

import io.sable.processor.model.AccessPlan;
import io.sable.processor.model.AccessPatternModel;
import io.sable.processor.model.EntityModel;
import io.sable.processor.model.KeyModel;
import io.sable.processor.model.TableModel;
import io.sable.processor.model.TemplateModel;
import java.util.List;
import java.util.Optional;

/**
 * Checks that entity types sharing a table cannot overwrite each other's items (two primary key
 * templates that can produce the same key) and that no Query access pattern reads another entity
 * type's items ({@code begins_with} on a sort key prefix the other's sort keys can also match, in
 * partitions both can use).
 */
final class KeyOverlapValidator {

  private KeyOverlapValidator() {}

  /** Checks every pair of valid entities; entities with errors are left out by the caller. */
  static void validate(TableModel table, List<EntityModel> entities, Diagnostics diagnostics) {
    for (int i = 0; i < entities.size(); i++) {
      for (int j = 0; j < entities.size(); j++) {
        if (i == j) {
          continue;
        }
        EntityModel a = entities.get(i);
        EntityModel b = entities.get(j);
        if (j > i) {
          checkCollision(table, a, b, diagnostics);
        }
        checkPrefixes(table, a, b, diagnostics);
      }
    }
  }

  private static void checkCollision(TableModel table, EntityModel a, EntityModel b, Diagnostics diagnostics) {
    KeyModel keyA = a.key(table, null).orElseThrow();
    KeyModel keyB = b.key(table, null).orElseThrow();
    if (!overlap(keyA.partitionKey(), a, keyB.partitionKey(), b)) {
      return;
    }
    boolean sortKeysOverlap = keyA.sortKey() == null || overlap(keyA.sortKey(), a, keyB.sortKey(), b);
    if (sortKeysOverlap) {
      diagnostics.report(Message.KEY_COLLISION, b.source(), a.element().getSimpleName(), b.element().getSimpleName(),
          keyA.partitionKey().text(), keyB.partitionKey().text(), text(keyA.sortKey()), text(keyB.sortKey()),
          b.element().getSimpleName().toString().toUpperCase());
    }
  }

  private static void checkPrefixes(TableModel table, EntityModel a, EntityModel b, Diagnostics diagnostics) {
    for (AccessPatternModel pattern : a.accessPatterns()) {
      Optional<AccessPlan> plan = AccessPlan.plan(a, table, pattern);
      if (plan.isEmpty() || !(plan.get() instanceof AccessPlan.Query query) || query.key().sortKey() == null) {
        continue;
      }
      KeyModel keyA = query.key();
      Optional<KeyModel> keyB = b.key(table, keyA.indexName());
      if (keyB.isEmpty() || keyB.get().sortKey() == null
          || !overlap(keyA.partitionKey(), a, keyB.get().partitionKey(), b)) {
        continue;
      }
      int bound = query.boundSortKeyFields();
      KeyLanguage prefix = KeyLanguage.of(keyA.sortKey(), name -> a.field(name).orElseThrow(), bound);
      KeyLanguage other = KeyLanguage.of(keyB.get().sortKey(), name -> b.field(name).orElseThrow(), -1);
      if (prefix.intersects(other)) {
        diagnostics.report(Message.PREFIX_OVERLAP, pattern.source(), pattern.name(), a.element().getSimpleName(),
            prefixText(keyA.sortKey(), bound), b.element().getSimpleName(), keyB.get().sortKey().text(),
            b.element().getSimpleName());
      }
    }
  }

  private static boolean overlap(TemplateModel x, EntityModel a, TemplateModel y, EntityModel b) {
    return KeyLanguage.of(x, name -> a.field(name).orElseThrow(), -1)
        .intersects(KeyLanguage.of(y, name -> b.field(name).orElseThrow(), -1));
  }

  private static String prefixText(TemplateModel template, int boundFields) {
    StringBuilder prefix = new StringBuilder(template.literal(0));
    for (int i = 0; i < boundFields; i++) {
      prefix.append('{').append(template.fields().get(i)).append('}').append(template.literal(i + 1));
    }
    return prefix.append("...").toString();
  }

  private static String text(TemplateModel template) {
    return template == null ? "" : template.text();
  }
}

package io.sable.processor.validation;

import io.sable.processor.model.IndexModel;
import io.sable.processor.model.Source;
import io.sable.processor.model.TableModel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a {@code @Table}: names, index count and distinct key attributes. */
final class TableValidator {

  /** DynamoDB's rule for table and index names. */
  private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");

  /** DynamoDB's default quota of global secondary indexes per table. */
  static final int MAX_GLOBAL_SECONDARY_INDEXES = 20;

  private TableValidator() {}

  static void validate(TableModel table, Diagnostics diagnostics) {
    if (!NAME.matcher(table.name()).matches()) {
      diagnostics.report(Message.INVALID_TABLE_NAME, table.source(), table.name());
    }
    if (table.indexes().size() > MAX_GLOBAL_SECONDARY_INDEXES) {
      diagnostics.report(Message.TOO_MANY_INDEXES, table.source(), table.name(), table.indexes().size());
    }
    Map<String, String> roles = new HashMap<>();
    checkAttribute(table.partitionKey(), "table's partition key", table.source(), roles, diagnostics);
    if (table.sortKey() != null) {
      checkAttribute(table.sortKey(), "table's sort key", table.source(), roles, diagnostics);
    }
    checkAttribute(table.entityTypeAttribute(), "entity type attribute", table.source(), roles, diagnostics);
    Set<String> indexNames = new HashSet<>();
    for (IndexModel index : table.indexes()) {
      if (!NAME.matcher(index.name()).matches()) {
        diagnostics.report(Message.INVALID_INDEX_NAME, index.source(), index.name());
      }
      if (!indexNames.add(index.name())) {
        diagnostics.report(Message.DUPLICATE_INDEX, index.source(), index.name(), table.name());
      }
      checkAttribute(index.partitionKey(), "partition key of index " + index.name(), index.source(), roles,
          diagnostics);
      if (index.sortKey() != null) {
        checkAttribute(index.sortKey(), "sort key of index " + index.name(), index.source(), roles, diagnostics);
      }
    }
  }

  private static void checkAttribute(
      String attribute, String role, Source source, Map<String, String> roles, Diagnostics diagnostics) {
    if (attribute.isEmpty()) {
      diagnostics.report(Message.EMPTY_ATTRIBUTE_NAME, source, role);
      return;
    }
    String previous = roles.putIfAbsent(attribute, role);
    if (previous != null) {
      diagnostics.report(Message.KEY_ATTRIBUTE_REUSED, source, attribute, previous, role);
    }
  }
}

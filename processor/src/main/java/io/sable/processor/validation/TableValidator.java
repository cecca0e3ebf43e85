package io.sable.processor.validation;

import io.sable.processor.model.IndexModel;
import io.sable.processor.model.KeyAttributeType;
import io.sable.processor.model.Source;
import io.sable.processor.model.TableModel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a {@code @Table}: names, index counts, and distinct, consistently typed key attributes. */
final class TableValidator {

  /** DynamoDB's rule for table and index names. */
  private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");

  /** DynamoDB's default quota of global secondary indexes per table. */
  static final int MAX_GLOBAL_SECONDARY_INDEXES = 20;

  /** DynamoDB's limit of local secondary indexes per table. */
  static final int MAX_LOCAL_SECONDARY_INDEXES = 5;

  private TableValidator() {}

  /** One key attribute's role, with its type, for reporting reuse and type conflicts. */
  private record Role(String description, KeyAttributeType type) {}

  static void validate(TableModel table, Diagnostics diagnostics) {
    if (!NAME.matcher(table.name()).matches()) {
      diagnostics.report(Message.INVALID_TABLE_NAME, table.source(), table.name());
    }
    if (table.globalIndexes().size() > MAX_GLOBAL_SECONDARY_INDEXES) {
      diagnostics.report(Message.TOO_MANY_INDEXES, table.source(), table.name(), table.globalIndexes().size());
    }
    if (table.localIndexes().size() > MAX_LOCAL_SECONDARY_INDEXES) {
      diagnostics.report(Message.TOO_MANY_LOCAL_INDEXES, table.source(), table.name(), table.localIndexes().size());
    }
    Map<String, Role> roles = new HashMap<>();
    checkAttribute(table.partitionKey(), new Role("table's partition key", table.partitionKeyType()),
        table.source(), roles, diagnostics);
    if (table.sortKey() != null) {
      checkAttribute(table.sortKey(), new Role("table's sort key", table.sortKeyType()), table.source(), roles,
          diagnostics);
    }
    checkAttribute(table.entityTypeAttribute(), new Role("entity type attribute", KeyAttributeType.S),
        table.source(), roles, diagnostics);
    Set<String> indexNames = new HashSet<>();
    for (IndexModel index : table.indexes()) {
      if (!NAME.matcher(index.name()).matches()) {
        diagnostics.report(Message.INVALID_INDEX_NAME, index.source(), index.name());
      }
      if (!indexNames.add(index.name())) {
        diagnostics.report(Message.DUPLICATE_INDEX, index.source(), index.name(), table.name());
      }
      if (index.local() && table.sortKey() == null) {
        diagnostics.report(Message.LOCAL_INDEX_WITHOUT_SORT_KEY, index.source(), table.name(), index.name());
      }
      if (table.isDerived(index)) {
        checkSameType(index.partitionKey(), index.partitionKeyType(), "partition key of index " + index.name(),
            index.source(), roles, diagnostics);
        if (index.sortKey() != null) {
          checkSameType(index.sortKey(), index.sortKeyType(), "sort key of index " + index.name(), index.source(),
              roles, diagnostics);
        }
        continue;
      }
      if (!index.local()) {
        checkAttribute(index.partitionKey(), new Role("partition key of index " + index.name(),
            index.partitionKeyType()), index.source(), roles, diagnostics);
      }
      if (index.sortKey() != null) {
        checkAttribute(index.sortKey(), new Role("sort key of index " + index.name(), index.sortKeyType()),
            index.source(), roles, diagnostics);
      }
    }
  }

  private static void checkAttribute(
      String attribute, Role role, Source source, Map<String, Role> roles, Diagnostics diagnostics) {
    if (attribute.isEmpty()) {
      diagnostics.report(Message.EMPTY_ATTRIBUTE_NAME, source, role.description());
      return;
    }
    Role previous = roles.putIfAbsent(attribute, role);
    if (previous != null) {
      diagnostics.report(Message.KEY_ATTRIBUTE_REUSED, source, attribute, previous.description(), role.description());
    }
  }

  private static void checkSameType(String attribute, KeyAttributeType type, String description, Source source,
      Map<String, Role> roles, Diagnostics diagnostics) {
    Role tableRole = roles.get(attribute);
    if (tableRole != null && tableRole.type() != type) {
      diagnostics.report(Message.KEY_ATTRIBUTE_TYPE_CONFLICT, source, attribute, tableRole.type(),
          tableRole.description(), type, description);
    }
  }
}

package io.sable.engine.api.internal;

import io.sable.engine.table.Table;
import io.sable.engine.table.Tables;
import io.sable.engine.value.InvalidRequestException;
import io.sable.engine.value.ItemKey;
import io.sable.engine.value.ItemValidator;
import io.sable.engine.value.KeySchema;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Validation shared by TransactWriteItems and TransactGetItems beyond the API model's constraints
 * (which {@code io.sable.engine.api.validation} checks first: the number of items, required
 * members, table names): keys, missing tables, and items targeted twice.
 */
final class TransactRequests {
  static final String DUPLICATE_ITEM =
      "Transaction request cannot include multiple operations on one item";
  /**
   * DynamoDB's message for an action on a table that does not exist (issue 15; API Reference,
   * TransactWriteItems, Errors, ResourceNotFoundException: "The operation tried to access a
   * nonexistent table or index"), as for the item operations; DynamoDB Local 3.1.0 says "Cannot do
   * operations on a non-existent table".
   */
  static final String MISSING_TABLE = "Requested resource not found";
  /** {@link KeySchema}'s message for a key attribute of the wrong type. */
  static final String KEY_TYPE_MISMATCH =
      "One or more parameter values were invalid: Type mismatch for key";

  private TransactRequests() {}

  /**
   * The table named {@code name}, or {@code null} if there is none: DynamoDB reports a missing
   * table only after checking every action ({@link #checkTargets}). The name itself has passed
   * the API model's constraints ({@code io.sable.engine.api.validation}).
   */
  static Table table(Tables tables, String name) {
    return tables.get(name);
  }

  /**
   * The key of {@code attributes} (a whole item, or a {@code Key} parameter) in {@code table}, or
   * {@code null} if a key attribute has the wrong type, which DynamoDB reports as a {@code
   * ValidationError} cancellation reason ({@link #KEY_TYPE_MISMATCH}) rather than a {@code
   * ValidationException}.
   *
   * @throws InvalidRequestException for any other invalid key (missing, empty, too long, extra
   *     attributes)
   */
  static ItemKey key(Table table, Map<String, AttributeValue> attributes, boolean wholeItem) {
    KeySchema schema = table.definition().keySchema();
    Map<String, AttributeValue> valid = ItemValidator.validateItem(attributes);
    try {
      return wholeItem ? schema.keyOfItem(valid) : schema.keyOfKey(valid);
    } catch (InvalidRequestException e) {
      if (KEY_TYPE_MISMATCH.equals(e.getMessage())) {
        return null;
      }
      throw e;
    }
  }

  /**
   * Rejects an item targeted twice, then a table that does not exist, in that order, as DynamoDB
   * Local does.
   *
   * @param tableNames each action's table name
   * @param tables each action's table, {@code null} if it does not exist
   * @param keys each action's key, {@code null} if it has none (a missing table or an invalid key)
   */
  static void checkTargets(List<String> tableNames, List<Table> tables, List<ItemKey> keys) {
    Set<Target> seen = new HashSet<>();
    for (int i = 0; i < keys.size(); i++) {
      if (keys.get(i) != null && !seen.add(new Target(tableNames.get(i), keys.get(i)))) {
        throw new InvalidRequestException(DUPLICATE_ITEM);
      }
    }
    if (tables.contains(null)) {
      throw Errors.resourceNotFound(MISSING_TABLE);
    }
  }

  private record Target(String table, ItemKey key) {}
}

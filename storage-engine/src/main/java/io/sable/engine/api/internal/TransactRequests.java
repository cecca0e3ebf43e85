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
 * Validation shared by TransactWriteItems and TransactGetItems, with the messages DynamoDB Local
 * 3.1.0 answers: the number of items, table names, keys, and items targeted twice.
 */
final class TransactRequests {
  /** DynamoDB's limit on the actions of one TransactWriteItems or TransactGetItems. */
  static final int MAX_ITEMS = 100;
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
   * The request's {@code TransactItems}, checked to hold 1 to {@value #MAX_ITEMS} items.
   *
   * @param emptyMessage the message for an empty list
   */
  static <T> List<T> items(boolean has, List<T> items, String emptyMessage) {
    if (!has) {
      throw new InvalidRequestException(nullMember("transactItems"));
    }
    if (items.isEmpty()) {
      throw new InvalidRequestException(emptyMessage);
    }
    if (items.size() > MAX_ITEMS) {
      throw new InvalidRequestException(
          "Member must have length less than or equal to " + MAX_ITEMS);
    }
    return items;
  }

  /** DynamoDB's message for a required member that is missing, at {@code path}. */
  static String nullMember(String path) {
    return "Value null at '" + path + "' failed to satisfy constraint: Member must not be null";
  }

  /**
   * The table named {@code name}, or {@code null} if there is none: DynamoDB reports a missing
   * table only after checking every action ({@link #checkTargets}).
   *
   * @param path the member's path, for the message when {@code name} is missing
   */
  static Table table(Tables tables, String name, String path) {
    if (name == null) {
      throw new InvalidRequestException(nullMember(path));
    }
    Requests.checkName(name, path);
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

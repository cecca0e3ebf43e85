package io.sable.runtime.write;

import io.sable.runtime.TableClient;
import io.sable.runtime.condition.Condition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * A typed TransactWriteItems: puts, deletes, updates and condition checks of entities, all or
 * nothing, with each entity's {@code @Version} and {@code @Unique} rules applied.
 *
 * <pre>{@code
 * shop.transaction()
 *     .put(shop.orderRepository(), order)
 *     .update(shop.productRepository().update(sku).addStock(-2).condition(ProductAttributes.STOCK.greaterThanOrEqualTo(2)))
 *     .execute();
 * }</pre>
 *
 * <p>DynamoDB takes at most 100 actions and 4 MB per transaction, and no two actions on one item.
 * Not thread-safe; build one per transaction.
 */
public final class Transaction {

  /** One action and the table it writes. */
  private record Action(String tableName, WriteOperation operation) {}

  private final TableClient table;
  private final List<Action> actions = new ArrayList<>();
  private String clientRequestToken;

  /** A transaction whose actions default to this table. */
  public Transaction(TableClient table) {
    this.table = Objects.requireNonNull(table, "table");
  }

  /** Puts the entity, replacing any item with its key; see {@link EntityWriter#put}. */
  public <T> Transaction put(EntityRepository<T> repository, T entity) {
    return put(repository, entity, null);
  }

  /** Puts the entity if {@code condition} holds for the stored item. */
  public <T> Transaction put(EntityRepository<T> repository, T entity, Condition<? super T> condition) {
    EntityWriter<T> writer = repository.writer();
    add(writer, writer.putOperations(entity, new HashMap<>(writer.schema().itemToMap(entity, true)), condition));
    return this;
  }

  /** Deletes the entity's item; a versioned entity's version must still be stored. */
  public <T> Transaction delete(EntityRepository<T> repository, T entity) {
    EntityWriter<T> writer = repository.writer();
    add(writer, writer.deleteOperations(writer.schema().primaryKey(entity), writer.versionOfOrNull(entity), null));
    return this;
  }

  /** Deletes the item with this primary key (a {@code Keys.primaryKey(...)} map), whatever its version. */
  public <T> Transaction delete(EntityRepository<T> repository, Map<String, AttributeValue> key) {
    EntityWriter<T> writer = repository.writer();
    add(writer, writer.deleteOperations(key, null, null));
    return this;
  }

  /** Applies an update built by a repository's {@code update(...)}. */
  public Transaction update(EntityUpdate<?> update) {
    add(update.writer(), List.of(update.operation()));
    return this;
  }

  /** Requires {@code condition} of the item with this primary key, writing nothing to it. */
  public <T> Transaction conditionCheck(EntityRepository<T> repository, Map<String, AttributeValue> key,
      Condition<? super T> condition) {
    EntityWriter<T> writer = repository.writer();
    add(writer, List.of(writer.checkOperation(key, Objects.requireNonNull(condition, "condition"))));
    return this;
  }

  /**
   * Makes the transaction idempotent for 10 minutes: a retry with the same token does not apply it
   * twice ({@code ClientRequestToken}, 1 to 36 characters).
   */
  public Transaction clientRequestToken(String token) {
    this.clientRequestToken = Objects.requireNonNull(token, "token");
    return this;
  }

  /**
   * Runs the transaction.
   *
   * @throws TransactionFailedException if DynamoDB cancels it, naming each failed action
   */
  public void execute() {
    List<TransactWriteItem> items = new ArrayList<>(actions.size());
    actions.forEach(a -> items.add(a.operation().toTransactItem(a.tableName())));
    try {
      table.dynamoDb().transactWriteItems(b -> b.transactItems(items).clientRequestToken(clientRequestToken));
    } catch (TransactionCanceledException e) {
      throw failed(actions.stream().map(Action::operation).toList(), e);
    }
  }

  private void add(EntityWriter<?> writer, List<WriteOperation> operations) {
    operations.forEach(op -> actions.add(new Action(writer.table().tableName(), op)));
  }

  /**
   * Runs an entity writer's operations: one plain request when there is one put, delete or update,
   * a transaction otherwise. A failure is reported in the entity's terms.
   *
   * @return for an update, the item after it; otherwise null
   */
  static Map<String, AttributeValue> execute(TableClient table, List<WriteOperation> operations) {
    if (operations.size() == 1 && operations.get(0).kind != WriteOperation.Kind.CHECK) {
      return executeSingle(table, operations.get(0));
    }
    List<TransactWriteItem> items = operations.stream().map(op -> op.toTransactItem(table.tableName())).toList();
    try {
      table.dynamoDb().transactWriteItems(b -> b.transactItems(items));
      return null;
    } catch (TransactionCanceledException e) {
      TransactionFailedException failure = failed(operations, e);
      for (TransactionFailedException.Failure f : failure.failures()) {
        if (f.reason() == TransactionFailedException.Reason.DUPLICATE_VALUE) {
          WriteOperation op = operations.get(f.index());
          throw new UniqueConstraintException(op.meaning.entityType() + "." + op.meaning.uniqueAttribute() + " '"
              + Keys.show(op.meaning.uniqueValue()) + "' is already used by another " + op.meaning.entityType(), e);
        }
        if (f.reason() == TransactionFailedException.Reason.STALE_VERSION) {
          throw staleVersion(operations.get(f.index()), e);
        }
      }
      throw failure;
    }
  }

  private static Map<String, AttributeValue> executeSingle(TableClient table, WriteOperation op) {
    WriteOperation.Rendered r = op.render();
    ReturnValuesOnConditionCheckFailure old = r.condition() == null ? null : ReturnValuesOnConditionCheckFailure.ALL_OLD;
    try {
      switch (op.kind) {
        case PUT -> table.dynamoDb().putItem(b -> b.tableName(table.tableName()).item(op.item)
            .conditionExpression(r.condition()).expressionAttributeNames(r.names())
            .expressionAttributeValues(r.values()).returnValuesOnConditionCheckFailure(old));
        case DELETE -> table.dynamoDb().deleteItem(b -> b.tableName(table.tableName()).key(op.key)
            .conditionExpression(r.condition()).expressionAttributeNames(r.names())
            .expressionAttributeValues(r.values()).returnValuesOnConditionCheckFailure(old));
        default -> {
          return table.dynamoDb().updateItem(b -> b.tableName(table.tableName()).key(op.key)
              .updateExpression(op.update.expression()).conditionExpression(r.condition())
              .expressionAttributeNames(r.names()).expressionAttributeValues(r.values())
              .returnValues(ReturnValue.ALL_NEW).returnValuesOnConditionCheckFailure(old)).attributes();
        }
      }
      return null;
    } catch (ConditionalCheckFailedException e) {
      if (isStale(op, e.hasItem() ? e.item() : null)) {
        throw staleVersion(op, e);
      }
      throw e;
    }
  }

  private static TransactionFailedException failed(List<WriteOperation> operations, TransactionCanceledException e) {
    List<TransactionFailedException.Failure> failures = new ArrayList<>();
    List<CancellationReason> reasons = e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
    for (int i = 0; i < reasons.size() && i < operations.size(); i++) {
      CancellationReason reason = reasons.get(i);
      if (reason.code() == null || reason.code().equals("None")) {
        continue;
      }
      WriteOperation op = operations.get(i);
      TransactionFailedException.Reason why = switch (reason.code()) {
        case "ConditionalCheckFailed" -> op.meaning.isUnique() ? TransactionFailedException.Reason.DUPLICATE_VALUE
            : isStale(op, reason.hasItem() ? reason.item() : null) ? TransactionFailedException.Reason.STALE_VERSION
            : TransactionFailedException.Reason.CONDITION_FAILED;
        case "TransactionConflict" -> TransactionFailedException.Reason.CONFLICT;
        default -> TransactionFailedException.Reason.OTHER;
      };
      failures.add(new TransactionFailedException.Failure(i, op.describe(), op.meaning.entityType(), op.key, why,
          reason.code(), reason.message()));
    }
    return new TransactionFailedException(failures, e);
  }

  /** Whether a failed condition was the version's: the stored version (or existence) differs from the expected. */
  private static boolean isStale(WriteOperation op, Map<String, AttributeValue> stored) {
    Long expected = op.meaning.expectedVersion();
    if (op.meaning.versionAttribute() == null || expected == null) {
      return false;
    }
    if (stored == null || stored.isEmpty()) {
      return expected != 0;
    }
    AttributeValue version = stored.get(op.meaning.versionAttribute());
    long actual = version == null ? 0 : Long.parseLong(version.n());
    return actual != expected;
  }

  private static OptimisticLockException staleVersion(WriteOperation op, Throwable cause) {
    long expected = op.meaning.expectedVersion();
    return new OptimisticLockException(op.meaning.entityType() + " " + Keys.describe(op.key) + " was changed by "
        + "another writer: " + (expected == 0 ? "it already exists" : "its version is no longer " + expected)
        + "; read it again and retry", cause);
  }
}

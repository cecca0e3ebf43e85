package io.sable.runtime.write;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Thrown when DynamoDB cancels a transaction ({@code TransactionCanceledException}): nothing was
 * written. {@link #failures()} names each action that caused it, in the entity's terms.
 */
public final class TransactionFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why an action failed, from DynamoDB's cancellation reason code. */
  public enum Reason {
    /** {@code ConditionalCheckFailed}: the action's condition was false. */
    CONDITION_FAILED,
    /** {@code ConditionalCheckFailed} on a {@code @Version} condition: another writer changed the item. */
    STALE_VERSION,
    /** {@code ConditionalCheckFailed} on a uniqueness item: the {@code @Unique} value is taken. */
    DUPLICATE_VALUE,
    /** {@code TransactionConflict}: another transaction or write held the item; retrying may succeed. */
    CONFLICT,
    /** {@code ValidationError} and any other code. */
    OTHER
  }

  /**
   * One failed action.
   *
   * @param index the action's position in the transaction, from 0
   * @param action what it was, such as "put of Order PK=CUSTOMER#c1, SK=ORDER#..."
   * @param entityType the entity type it wrote
   * @param key the item's primary key
   * @param reason why it failed
   * @param code DynamoDB's cancellation reason code
   * @param message DynamoDB's message, if any
   */
  public record Failure(int index, String action, String entityType, Map<String, AttributeValue> key, Reason reason,
      String code, String message) {}

  private final transient List<Failure> failures;

  TransactionFailedException(List<Failure> failures, Throwable cause) {
    super("Transaction cancelled: " + failures.stream()
        .map(f -> "#" + f.index() + " " + f.action() + ": " + f.reason() + (f.message() == null ? "" : " (" + f.message() + ")"))
        .collect(Collectors.joining("; ")), cause);
    this.failures = List.copyOf(failures);
  }

  /** The actions that caused the cancellation, in request order. */
  public List<Failure> failures() {
    return failures;
  }
}

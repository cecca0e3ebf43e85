package io.sable.engine.backup;

/**
 * A point-in-time read that cannot be served: the table does not exist, point-in-time recovery is
 * not enabled on it, or the instant is outside its restorable window. {@link #reason()} says which.
 */
public final class PointInTimeRecoveryException extends RuntimeException {
  /** Why a point-in-time read failed. */
  public enum Reason {
    /** No table with that name or ARN exists. */
    TABLE_NOT_FOUND,
    /** Point-in-time recovery is not enabled on the table. */
    NOT_ENABLED,
    /** The instant is before {@code EarliestRestorableDateTime} or after {@code LatestRestorableDateTime}. */
    OUT_OF_WINDOW
  }

  private final Reason reason;

  PointInTimeRecoveryException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** Why the read failed. */
  public Reason reason() {
    return reason;
  }
}

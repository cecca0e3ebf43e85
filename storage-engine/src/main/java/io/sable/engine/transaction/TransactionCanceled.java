package io.sable.engine.transaction;

import java.util.List;

/**
 * A transaction was cancelled and changed nothing; the API layer answers with DynamoDB's {@code
 * TransactionCanceledException}. It carries no stack trace: cancellations are ordinary outcomes.
 */
public final class TransactionCanceled extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Cancellation> reasons;

  /** A cancellation with one reason per item, in request order. */
  public TransactionCanceled(List<Cancellation> reasons) {
    super(null, null, false, false);
    this.reasons = List.copyOf(reasons);
  }

  /** One reason per item of the request, in request order. */
  public List<Cancellation> reasons() {
    return reasons;
  }

  /**
   * DynamoDB's message: {@code Transaction cancelled, please refer cancellation reasons for
   * specific reasons [<code>, <code>, ...]}.
   */
  @Override
  public String getMessage() {
    StringBuilder message =
        new StringBuilder("Transaction cancelled, please refer cancellation reasons for specific reasons [");
    for (int i = 0; i < reasons.size(); i++) {
      message.append(i == 0 ? "" : ", ").append(reasons.get(i).code());
    }
    return message.append(']').toString();
  }
}

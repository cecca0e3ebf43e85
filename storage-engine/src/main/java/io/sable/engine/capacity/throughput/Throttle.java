package io.sable.engine.capacity.throughput;

/**
 * Why DynamoDB refused a request for throughput: the exception it throws, its message, and the
 * {@code ThrottlingReason} it attaches (API Reference, "ThrottlingReason": {@code reason} is
 * {@code <Table|Index><Read|Write><LimitType>}, {@code resource} the table's or index's ARN).
 *
 * <p>Exceptions and messages (API Reference, TransactWriteItems, "TransactionCanceledException",
 * cancellation reason codes {@code ProvisionedThroughputExceeded} and {@code ThrottlingError}):
 * a provisioned table or index throws {@code ProvisionedThroughputExceededException} with "The
 * level of configured provisioned throughput for the table was exceeded. ..." (or "... for one or
 * more global secondary indexes of the table ..."); an on-demand one throws {@code
 * ThrottlingException} with "Throughput exceeds the current capacity of your table or index. ..."
 * (or "... for one or more global secondary indexes. ..."), and so does one over its {@code
 * OnDemandThroughput} maximum.
 *
 * @param provisioned whether the throttled table or index is provisioned: {@code
 *     ProvisionedThroughputExceededException} (else {@code ThrottlingException})
 * @param message the exception's message
 * @param reason the {@code ThrottlingReason.reason}, e.g. {@code TableWriteKeyRangeThroughputExceeded}
 * @param resourceArn the {@code ThrottlingReason.resource}
 */
public record Throttle(boolean provisioned, String message, String reason, String resourceArn) {
  static final String PROVISIONED_TABLE =
      "The level of configured provisioned throughput for the table was exceeded. Consider"
          + " increasing your provisioning level with the UpdateTable API.";
  static final String PROVISIONED_INDEX =
      "The level of configured provisioned throughput for one or more global secondary indexes of"
          + " the table was exceeded. Consider increasing your provisioning level for the"
          + " under-provisioned global secondary indexes with the UpdateTable API.";
  static final String ON_DEMAND_TABLE =
      "Throughput exceeds the current capacity of your table or index. DynamoDB is automatically"
          + " scaling your table or index so please try again shortly. If exceptions persist, check"
          + " if you have a hot key:"
          + " https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-partition-key-design.html";
  static final String ON_DEMAND_INDEX =
      "Throughput exceeds the current capacity for one or more global secondary indexes. DynamoDB"
          + " is automatically scaling your index so please try again shortly.";

  /** The limit a request ran into. */
  enum Limit {
    /** The table's or index's provisioned RCU/WCU, burst capacity included. */
    PROVISIONED("ProvisionedThroughputExceeded"),
    /** One partition's maximum, or on-demand capacity not yet scaled to the traffic. */
    KEY_RANGE("KeyRangeThroughputExceeded"),
    /** The {@code OnDemandThroughput} maximum. */
    MAX_ON_DEMAND("MaxOnDemandThroughputExceeded");

    final String reasonSuffix;

    Limit(String reasonSuffix) {
      this.reasonSuffix = reasonSuffix;
    }
  }

  static Throttle of(Limit limit, boolean provisioned, boolean index, boolean write, String arn) {
    String message =
        provisioned
            ? (index ? PROVISIONED_INDEX : PROVISIONED_TABLE)
            : (index ? ON_DEMAND_INDEX : ON_DEMAND_TABLE);
    String reason = (index ? "Index" : "Table") + (write ? "Write" : "Read") + limit.reasonSuffix;
    return new Throttle(provisioned, message, reason, arn);
  }
}

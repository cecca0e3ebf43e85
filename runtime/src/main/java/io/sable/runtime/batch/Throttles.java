package io.sable.runtime.batch;

import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;

/**
 * Which DynamoDB errors mean "refused for throughput, retry later": {@code
 * ProvisionedThroughputExceededException} (a provisioned table or index over its capacity), {@code
 * ThrottlingException} (an on-demand table or index over its current capacity or its maximum), and
 * {@code RequestLimitExceededException} (the account's throughput quota). Source: API Reference,
 * "Common Errors" and the errors of BatchWriteItem and BatchGetItem ("If none of the items can be
 * processed due to insufficient provisioned throughput on all of the tables in the request, then
 * BatchWriteItem returns a ProvisionedThroughputExceededException").
 */
public final class Throttles {
  private Throttles() {}

  /** Whether {@code error} is one of DynamoDB's throttling errors. */
  public static boolean isThrottling(Throwable error) {
    return error instanceof ProvisionedThroughputExceededException
        || error instanceof ThrottlingException
        || error instanceof RequestLimitExceededException;
  }
}

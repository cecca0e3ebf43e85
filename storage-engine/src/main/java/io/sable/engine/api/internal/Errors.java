package io.sable.engine.api.internal;

import io.sable.engine.capacity.throughput.Throttle;
import io.sable.engine.transaction.Cancellation;
import io.sable.engine.transaction.TransactionCanceled;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BackupInUseException;
import software.amazon.awssdk.services.dynamodb.model.BackupNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.InvalidRestoreTimeException;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryUnavailableException;
import software.amazon.awssdk.services.dynamodb.model.TableAlreadyExistsException;
import software.amazon.awssdk.services.dynamodb.model.TableInUseException;
import software.amazon.awssdk.services.dynamodb.model.TableNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionSizeLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.LimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingReason;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;
import software.amazon.awssdk.services.dynamodb.model.TransactionInProgressException;

/**
 * Builds the exceptions the AWS SDK throws when DynamoDB answers with an error: the modelled
 * subclass where the SDK has one, else a plain {@link DynamoDbException}, with error code, HTTP
 * status 400, service name {@code DynamoDb}, a request id and the error message, so that
 * {@code getMessage()} reads as the SDK formats it: {@code <message> (Service: DynamoDb, Status
 * Code: 400, Request ID: <id>)}.
 */
public final class Errors {
  private static final String SERVICE_NAME = "DynamoDb";
  private static final int BAD_REQUEST = 400;
  private static final SdkHttpResponse HTTP_400 =
      SdkHttpResponse.builder().statusCode(BAD_REQUEST).build();

  private Errors() {}

  /** DynamoDB's {@code ValidationException}: a plain {@link DynamoDbException}. */
  public static DynamoDbException validation(String message) {
    return (DynamoDbException) fill(DynamoDbException.builder(), "ValidationException", message);
  }

  /** {@code ResourceNotFoundException}: a table or index does not exist. */
  public static ResourceNotFoundException resourceNotFound(String message) {
    return (ResourceNotFoundException)
        fill(ResourceNotFoundException.builder(), "ResourceNotFoundException", message);
  }

  /** {@code ResourceInUseException}: for example, CreateTable of an existing table. */
  public static ResourceInUseException resourceInUse(String message) {
    return (ResourceInUseException)
        fill(ResourceInUseException.builder(), "ResourceInUseException", message);
  }

  /**
   * {@code ConditionalCheckFailedException} ("The conditional request failed").
   *
   * @param item the item as it was, for {@code ReturnValuesOnConditionCheckFailure=ALL_OLD}, or
   *     {@code null}
   */
  public static ConditionalCheckFailedException conditionalCheckFailed(
      Map<String, AttributeValue> item) {
    ConditionalCheckFailedException.Builder builder = ConditionalCheckFailedException.builder();
    if (item != null) {
      builder.item(item);
    }
    return (ConditionalCheckFailedException)
        fill(builder, "ConditionalCheckFailedException", "The conditional request failed");
  }

  /**
   * {@code TransactionCanceledException}: the transaction changed nothing; {@code
   * cancellationReasons()} has one reason per item, in request order (API Reference, {@code
   * TransactWriteItems} and {@code TransactGetItems}, Errors).
   */
  public static TransactionCanceledException transactionCanceled(TransactionCanceled cancellation) {
    List<CancellationReason> reasons = new ArrayList<>(cancellation.reasons().size());
    for (Cancellation reason : cancellation.reasons()) {
      CancellationReason.Builder builder =
          CancellationReason.builder().code(reason.code()).message(reason.message());
      if (reason.item() != null) {
        builder.item(reason.item());
      }
      reasons.add(builder.build());
    }
    return (TransactionCanceledException)
        fill(
            TransactionCanceledException.builder().cancellationReasons(reasons),
            "TransactionCanceledException",
            cancellation.getMessage());
  }

  /**
   * {@code TransactionConflictException}: a PutItem, UpdateItem, DeleteItem (or a write of a
   * BatchWriteItem) reached an item that an in-flight {@code TransactWriteItems} holds (Developer
   * Guide, "Transaction conflict handling in DynamoDB").
   */
  public static TransactionConflictException transactionConflict() {
    return (TransactionConflictException)
        fill(
            TransactionConflictException.builder(),
            "TransactionConflictException",
            "Transaction is ongoing for the item");
  }

  /**
   * {@code TransactionInProgressException}: a {@code TransactWriteItems} with the {@code
   * ClientRequestToken} of a request that is still running. The message is the one DynamoDB sends
   * (aws/aws-sdk-java-v2 issue 2518).
   */
  public static TransactionInProgressException transactionInProgress() {
    return (TransactionInProgressException)
        fill(
            TransactionInProgressException.builder(),
            "TransactionInProgressException",
            "Transaction from previous request is still in progress");
  }

  /**
   * {@code IdempotentParameterMismatchException}: a {@code ClientRequestToken} reused with other
   * {@code TransactItems} within its 10 minutes. DynamoDB Local 3.1.0 sends it with an empty
   * message; so does the engine.
   */
  public static IdempotentParameterMismatchException idempotentParameterMismatch() {
    return (IdempotentParameterMismatchException)
        fill(
            IdempotentParameterMismatchException.builder(),
            "IdempotentParameterMismatchException",
            "");
  }

  /**
   * {@code ItemCollectionSizeLimitExceededException}: a write to a table with local secondary
   * indexes would take an item collection over its size limit (API Reference, {@code PutItem},
   * Errors: "An item collection is too large. This exception is only returned for tables that have
   * one or more local secondary indexes").
   */
  public static ItemCollectionSizeLimitExceededException itemCollectionSizeLimitExceeded(
      String message) {
    return (ItemCollectionSizeLimitExceededException)
        fill(
            ItemCollectionSizeLimitExceededException.builder(),
            "ItemCollectionSizeLimitExceededException",
            message);
  }

  /** {@code LimitExceededException}: for example, a second index created while one is. */
  public static LimitExceededException limitExceeded(String message) {
    return (LimitExceededException)
        fill(LimitExceededException.builder(), "LimitExceededException", message);
  }

  /**
   * A throttled request ({@link Throttle}): {@code ProvisionedThroughputExceededException} for a
   * provisioned table or index, else {@code ThrottlingException}, with DynamoDB's message and its
   * {@code ThrottlingReasons}.
   */
  public static DynamoDbException throttled(Throttle throttle) {
    ThrottlingReason reason =
        ThrottlingReason.builder().reason(throttle.reason()).resource(throttle.resourceArn()).build();
    if (throttle.provisioned()) {
      return (DynamoDbException)
          fill(
              ProvisionedThroughputExceededException.builder().throttlingReasons(reason),
              "ProvisionedThroughputExceededException",
              throttle.message());
    }
    return (DynamoDbException)
        fill(
            ThrottlingException.builder().throttlingReasons(reason),
            "ThrottlingException",
            throttle.message());
  }

  /** {@code TableNotFoundException}: the source table of a backup operation does not exist. */
  public static TableNotFoundException tableNotFound(String message) {
    return (TableNotFoundException)
        fill(TableNotFoundException.builder(), "TableNotFoundException", message);
  }

  /** {@code TableAlreadyExistsException}: a restore's target table exists. */
  public static TableAlreadyExistsException tableAlreadyExists(String message) {
    return (TableAlreadyExistsException)
        fill(TableAlreadyExistsException.builder(), "TableAlreadyExistsException", message);
  }

  /** {@code TableInUseException}: a table is being created (restored) or deleted. */
  public static TableInUseException tableInUse(String message) {
    return (TableInUseException) fill(TableInUseException.builder(), "TableInUseException", message);
  }

  /** {@code BackupNotFoundException}: no backup has the ARN. */
  public static BackupNotFoundException backupNotFound(String message) {
    return (BackupNotFoundException)
        fill(BackupNotFoundException.builder(), "BackupNotFoundException", message);
  }

  /** {@code BackupInUseException}: the backup is being created, deleted or restored. */
  public static BackupInUseException backupInUse(String message) {
    return (BackupInUseException)
        fill(BackupInUseException.builder(), "BackupInUseException", message);
  }

  /** {@code PointInTimeRecoveryUnavailableException}: recovery is not enabled on the source. */
  public static PointInTimeRecoveryUnavailableException pointInTimeRecoveryUnavailable(
      String message) {
    return (PointInTimeRecoveryUnavailableException)
        fill(
            PointInTimeRecoveryUnavailableException.builder(),
            "PointInTimeRecoveryUnavailableException",
            message);
  }

  /** {@code InvalidRestoreTimeException}: the restore time is outside the recovery window. */
  public static InvalidRestoreTimeException invalidRestoreTime(String message) {
    return (InvalidRestoreTimeException)
        fill(InvalidRestoreTimeException.builder(), "InvalidRestoreTimeException", message);
  }

  private static AwsServiceException fill(
      AwsServiceException.Builder builder, String code, String message) {
    return fill(builder, code, message, SERVICE_NAME);
  }

  /** Fills {@code builder} as the SDK does for an error of {@code service} (HTTP status 400). */
  static AwsServiceException fill(
      AwsServiceException.Builder builder, String code, String message, String service) {
    return builder
        .message(message)
        .statusCode(BAD_REQUEST)
        .requestId(Requests.randomUuid())
        .awsErrorDetails(
            AwsErrorDetails.builder()
                .errorCode(code)
                .errorMessage(message)
                .serviceName(service)
                .sdkHttpResponse(HTTP_400)
                .build())
        .build();
  }
}

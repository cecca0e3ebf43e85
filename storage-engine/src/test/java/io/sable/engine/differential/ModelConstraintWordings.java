package io.sable.engine.differential;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A documented difference between DynamoDB Local and DynamoDB that {@link Differential#same}
 * accepts: a request that breaks a constraint of DynamoDB's API model. DynamoDB answers it in its
 * service framework's format, {@code 1 validation error detected: Value 'x' at 'path' failed to
 * satisfy constraint: ...}, before anything else (responses captured from DynamoDB, cited in
 * {@code io.sable.engine.api.validation.RequestValidator} and pinned by {@code
 * RequestValidatorTest}); DynamoDB Local 3.1.0 answers many such requests in its own words, listed
 * here one by one. Both must still fail with the same exception class, error code and status.
 */
final class ModelConstraintWordings {
  private static final Pattern ENGINE =
      Pattern.compile(
          "DynamoDbException\\|ValidationException\\|400\\|\\d+ validation errors? detected: Value"
              + " .+ at '[^']+' failed to satisfy constraint: .+");

  /** DynamoDB Local 3.1.0's own words for model constraints, each seen in a differential test. */
  private static final List<Pattern> DYNAMODB_LOCAL =
      List.of(
          // Limit (PositiveIntegerObject, minimum 1) in Query, Scan and ListTables.
          exact("Limit must be greater than or equal to 1"),
          // ListTables' Limit (ListTablesInputLimit, 1 to 100).
          exact("Limit in ListTables must be <= 100"),
          // ReturnValues outside its enum.
          exact("Return values set to invalid value"),
          // ComparisonOperator outside its enum.
          exact("Comparison type does not exist in DynamoDB"),
          // Key required by GetItem, DeleteItem and UpdateItem.
          exact("Cannot have null key for GetItem, DeleteItem, or UpdateItem"),
          // BatchGetItem and BatchWriteItem sizes (BatchGetRequestMap, KeyList, BatchWriteItemRequestMap,
          // WriteRequests).
          exact("Too many items requested for the BatchGetItem call"),
          exact("Too many items requested for the BatchWriteItem call"),
          exact("BatchGetItem must have some requests set"),
          exact("BatchWriteItem cannot have a null or no requests set"),
          Pattern.compile("The list of keys in RequestItems for BatchGetItem is required: .+"),
          Pattern.compile("The batch write request list for a table cannot be null or empty: .+"),
          // KeySchema (minimum 1), an index's Projection (required), an IndexName (3 to 255).
          Pattern.compile("No defined key schema\\..*"),
          exact("Indexes must have a projection specified"),
          Pattern.compile("Invalid table/index name\\..*"),
          // TransactGetItem's Get.Key (required).
          exact("Get Condition for key not in key list"),
          // Segment checked against TotalSegments before TotalSegments' own minimum of 1.
          Pattern.compile("1 validation error detected: Value '0' at 'segment' failed to satisfy"
              + " constraint: Member must have value less than or equal to -1"),
          // The framework's violation without its count prefix ("Value null at 'transactItems'
          // ...", "Value [] at ...", "Value xxx at ...", unquoted), or the bare constraint.
          Pattern.compile("Value .+ at '[^']+' failed to satisfy constraint: .+"),
          Pattern.compile("Member must .+"));

  private ModelConstraintWordings() {}

  /**
   * Whether {@code local} (DynamoDB Local's error) and {@code engine} (the engine's) are this
   * documented difference.
   */
  static boolean documented(String local, String engine) {
    if (local == null || engine == null || !ENGINE.matcher(engine).matches()) {
      return false;
    }
    String prefix = "DynamoDbException|ValidationException|400|";
    if (!local.startsWith(prefix)) {
      return false;
    }
    String message = local.substring(prefix.length());
    return DYNAMODB_LOCAL.stream().anyMatch(p -> p.matcher(message).matches());
  }

  private static Pattern exact(String message) {
    return Pattern.compile(Pattern.quote(message));
  }
}

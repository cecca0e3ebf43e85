package io.sable.engine.differential;

import static io.sable.engine.differential.DynoxideDepartures.VALIDATION;
import static io.sable.engine.differential.DynoxideDepartures.engine;
import static io.sable.engine.differential.DynoxideDepartures.exact;
import static io.sable.engine.differential.DynoxideDepartures.validation;
import static io.sable.engine.differential.ItemDepartures.DYNALITE_KEY_SCHEMA;
import static io.sable.engine.differential.ItemDepartures.FRAMEWORK;

import io.sable.engine.differential.DynoxideDepartures.Departure;
import io.sable.engine.differential.DynoxideDepartures.Wrong;
import java.util.List;
import java.util.regex.Pattern;

/** {@link DynoxideDepartures} of TransactWriteDifferentialTest. */
final class TransactDepartures {
  private static final String TEST = "TransactWriteDifferentialTest#";
  private static final String CANCELLED =
      TEST + "transactWriteItems_whenCancelled_reportsReasonsAndChangesNothingLikeDynamoDb";
  private static final String INVALID = TEST + "transactWriteItems_whenRequestInvalid_failsLikeDynamoDb";
  private static final String CANCELED_PREFIX =
      "error TransactionCanceledException|TransactionCanceledException|400|Transaction cancelled,"
          + " please refer cancellation reasons for specific reasons ";
  /** Real DynamoDB's ConditionalCheckFailed reason has no full stop. */
  private static final String NO_FULL_STOP =
      "the reason's Message is 'The conditional request failed' with no full stop, in every"
          + " reason (raw responses captured from DynamoDB in boto/boto3 issue 2657 and"
          + " pynamodb/PynamoDB issue 1143); the engine, as DynamoDB Local, ends the first reason"
          + " with a full stop";
  private static final String TYPE_MISMATCH =
      "DynamoDB names the key and both types: 'Type mismatch for key <name> expected: <T> actual:"
          + " <T>' and 'Type mismatch for Index Key <name> Expected: <T> Actual: <T> IndexName:"
          + " <index>' (dynalite test/batchWriteItem.js, 'if secondary index key is incorrect"
          + " type'); the engine stops after 'key' as DynamoDB Local does";
  private static final String REASONS_OR_DIRECT =
      "whether DynamoDB reports this per item as a ValidationError cancellation reason (as it does"
          + " for run-time errors: aws/aws-sdk-net issue 1292) or as a plain ValidationException is"
          + " not settled by the sources found";

  static final List<Departure> ENTRIES =
      List.of(
          new Departure(CANCELLED,
              Pattern.compile(Pattern.quote(CANCELED_PREFIX) + "(?!.*Type mismatch)(?!.*failed\\.).*"),
              Pattern.compile(Pattern.quote(CANCELED_PREFIX) + "(?!.*Type mismatch).*The conditional request failed\\./.*"),
              Wrong.ENGINE,
              NO_FULL_STOP),
          new Departure(CANCELLED,
              Pattern.compile(Pattern.quote(CANCELED_PREFIX)
                  + ".*ValidationError/One or more parameter values were invalid: Type mismatch for"
                  + " (key pk expected: S actual: N|Index Key gk Expected: S Actual: N IndexName:"
                  + " byGroup)/null\\]"),
              Pattern.compile(Pattern.quote(CANCELED_PREFIX)
                  + ".*ValidationError/One or more parameter values were invalid: Type mismatch for"
                  + " (key|Index Key)/null\\]"),
              Wrong.ENGINE,
              TYPE_MISMATCH + "; and " + NO_FULL_STOP),
          new Departure(CANCELLED,
              exact(CANCELED_PREFIX + "[None, ValidationError]|[None/null/null, ValidationError/The"
                  + " provided key element does not match the schema/null]"),
              exact(CANCELED_PREFIX + "[None, ValidationError]|[None/null/null,"
                  + " ValidationError/One or more parameter values were invalid: Type mismatch for"
                  + " key/null]"),
              Wrong.ENGINE,
              DYNALITE_KEY_SCHEMA + " (a key of the wrong type)"),
          new Departure(TEST + "transactWriteItems_whenTokenOfFailedRequestReused_runsAgainLikeDynamoDb",
              exact(CANCELED_PREFIX + "[ConditionalCheckFailed]|[ConditionalCheckFailed/The"
                  + " conditional request failed/null]"),
              exact(CANCELED_PREFIX + "[ConditionalCheckFailed]|[ConditionalCheckFailed/The"
                  + " conditional request failed./null]"),
              Wrong.ENGINE,
              NO_FULL_STOP),
          idempotentMismatch("transactWriteItems_whenTokenOfFailedRequestReused_runsAgainLikeDynamoDb"),
          idempotentMismatch("transactWriteItems_whenTokenRepeated_appliesOnceLikeDynamoDb"),
          new Departure(INVALID,
              Pattern.compile(Pattern.quote(VALIDATION + "1 validation error detected: Value '[[TransactWriteItem {")
                  + ".*" + Pattern.quote("at 'transactItems' failed to satisfy constraint: Member must have"
                  + " length less than or equal to 100")),
              Pattern.compile(Pattern.quote(VALIDATION + "1 validation error detected: Value '[com.amazonaws.dynamodb.v20120810.TransactWriteItem@")
                  + ".*"),
              Wrong.DYNOXIDE,
              FRAMEWORK),
          new Departure(INVALID,
              exact("error ResourceNotFoundException|ResourceNotFoundException|400|Requested resource"
                  + " not found"),
              exact(VALIDATION + "1 validation error detected: Value 'a' at"
                  + " 'transactItems.1.member.delete.tableName' failed to satisfy constraint: Member"
                  + " must have length greater than or equal to 3"),
              Wrong.DYNOXIDE,
              "constraint checks run before the table is looked up (" + FRAMEWORK + "; TableName"
                  + " has a minimum length of 3 in the API model)"),
          validation(INVALID,
              "TransactItem must contain exactly one action",
              "Invalid Request: TransactWriteRequest should contain Delete or Put or Update request",
              Wrong.UNSETTLED,
              "a TransactWriteItem with no action: no captured DynamoDB response found for either"
                  + " wording"),
          new Departure(INVALID,
              exact("ok ok"),
              exact(VALIDATION + "TransactItems can only contain one of Check, Put, Update or Delete"),
              Wrong.DYNOXIDE,
              "getmoto/moto tests/test_dynamodb/exceptions/test_dynamodb_exceptions.py"
                  + " (test_transact_write_items_multiple_operations_fail): a ValidationException;"
                  + " dynoxide accepts a TransactWriteItem with two actions"),
          new Departure(INVALID,
              Pattern.compile(Pattern.quote(VALIDATION + "missing field `") + "(ConditionExpression|Key|TableName)"
                  + "` at line 1 column \\d+"),
              Pattern.compile(Pattern.quote(VALIDATION + "1 validation error detected: Value null at 'transactItems.1.member.")
                  + "(conditionCheck\\.conditionExpression|delete\\.key|delete\\.tableName)"
                  + Pattern.quote("' failed to satisfy constraint: Member must not be null")),
              Wrong.DYNOXIDE,
              FRAMEWORK + "; a missing required member is 'Member must not be null', not a JSON"
                  + " parser's message"),
          new Departure(TEST + "transactWriteItems_whenTransactItemsNull_failsLikeDynamoDb",
              Pattern.compile(Pattern.quote(VALIDATION + "missing field `TransactItems` at line 1 column ") + "\\d+"),
              exact(VALIDATION + "1 validation error detected: Value null at 'transactItems' failed to"
                  + " satisfy constraint: Member must not be null"),
              Wrong.DYNOXIDE,
              FRAMEWORK + "; a missing required member is 'Member must not be null'"),
          new Departure(INVALID,
              exact(CANCELED_PREFIX + "[ValidationError]|[ValidationError/Value provided in"
                  + " ExpressionAttributeValues unused in expressions: keys: {:x}/null]"),
              exact(VALIDATION + "Value provided in ExpressionAttributeValues unused in expressions:"
                  + " keys: {:x}"),
              Wrong.UNSETTLED,
              REASONS_OR_DIRECT),
          new Departure(INVALID,
              exact(CANCELED_PREFIX + "[None, ValidationError]|[None/null/null,"
                  + " ValidationError/Expected attribute name, got end of expression/null]"),
              exact(VALIDATION + "Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near:"
                  + " \"(\""),
              Wrong.DYNOXIDE,
              "DynamoDB words expression syntax errors 'Invalid ConditionExpression: Syntax error;"
                  + " token: <t>, near: <n>' (dynalite db/conditionParser.pegjs, written against live"
                  + " DynamoDB); " + REASONS_OR_DIRECT),
          engine(INVALID,
              "The parameter cannot be converted to a numeric value: abc",
              "A value provided cannot be converted into a number",
              "dynalite test/batchWriteItem.js ('if key has incorrect numeric type'): 'The parameter"
                  + " cannot be converted to a numeric value: b'"),
          new Departure(INVALID,
              exact(CANCELED_PREFIX + "[ValidationError]|[ValidationError/One or more parameter values"
                  + " were invalid: Missing the key pk in the item/null]"),
              exact(VALIDATION + "One of the required keys was not given a value"),
              Wrong.UNSETTLED,
              REASONS_OR_DIRECT + "; 'Missing the key <name> in the item' is PutItem's message"
                  + " (dynalite test/putItem.js), 'One of the required keys was not given a value'"
                  + " is DynamoDB Local's"),
          new Departure(INVALID,
              exact(CANCELED_PREFIX + "[ValidationError]|[ValidationError/The provided key element"
                  + " does not match the schema/null]"),
              Pattern.compile(Pattern.quote(VALIDATION) + "(The number of conditions on the keys is"
                  + " invalid|One of the required keys was not given a value)"),
              Wrong.UNSETTLED,
              REASONS_OR_DIRECT + "; the message is DynamoDB's (" + DYNALITE_KEY_SCHEMA + "), the"
                  + " engine's is DynamoDB Local's"),
          new Departure(INVALID,
              exact(VALIDATION + "Collection size of items exceeded, which can also be caused by the"
                  + " aggregate size of the items in the transaction exceeding the 4MB limit"),
              Pattern.compile(Pattern.quote(VALIDATION + "Transaction payload size cannot exceed 4MB."
                  + " Payload Size: ") + "\\d+"),
              Wrong.UNSETTLED,
              "both reject a transaction over 4 MB (TransactWriteItems API reference: 'The aggregate"
                  + " size of the items in the transaction cannot exceed 4 MB'); no captured"
                  + " DynamoDB response found for either wording"),
          new Departure(INVALID,
              exact("ok ok"),
              Pattern.compile(Pattern.quote(VALIDATION + "Transaction payload size cannot exceed 4MB."
                  + " Payload Size: ") + "\\d+"),
              Wrong.DYNOXIDE,
              "a payload over 4 MB is rejected (TransactWriteItems API reference: 'The aggregate"
                  + " size of the items in the transaction cannot exceed 4 MB'); dynoxide accepts it"));

  private TransactDepartures() {}

  private static Departure idempotentMismatch(String method) {
    return new Departure(TEST + method,
        exact("error IdempotentParameterMismatchException|IdempotentParameterMismatchException|400|An"
            + " error occurred (IdempotentParameterMismatchException)"),
        exact("error IdempotentParameterMismatchException|IdempotentParameterMismatchException|400|"),
        Wrong.UNSETTLED,
        "no captured DynamoDB response found for this exception's message; dynoxide's is the AWS"
            + " CLI's rendering of an error without one");
  }
}

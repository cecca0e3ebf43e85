package io.sable.engine.differential;

import static io.sable.engine.differential.DynoxideDepartures.VALIDATION;
import static io.sable.engine.differential.DynoxideDepartures.dynoxide;
import static io.sable.engine.differential.DynoxideDepartures.engine;
import static io.sable.engine.differential.DynoxideDepartures.exact;
import static io.sable.engine.differential.DynoxideDepartures.validation;

import io.sable.engine.differential.DynoxideDepartures.Departure;
import io.sable.engine.differential.DynoxideDepartures.Wrong;
import java.util.List;
import java.util.regex.Pattern;

/** {@link DynoxideDepartures} of the Scan, Batch and Value suites. */
final class ItemDepartures {
  private static final String SCAN = "ScanDifferentialTest#scan_whenRequestInvalid_failsLikeDynamoDb";
  private static final String BATCH_WRITE =
      "BatchDifferentialTest#batchWriteItem_whenRequestsGiven_writesLikeDynamoDb";
  private static final String BATCH_GET =
      "BatchDifferentialTest#batchGetItem_whenKeysGiven_readsLikeDynamoDb";
  private static final String NUMBERS =
      "ValueDifferentialTest#putItem_whenNumberOfAnyShape_normalisesOrRejectsLikeDynamoDbLocal";
  static final String FRAMEWORK =
      "DynamoDB's service framework format, 'Value <value> at <path>' with the value printed and"
          + " the member path in camel case (responses captured from DynamoDB, cited in"
          + " io.sable.engine.api.validation.RequestValidator); dynoxide leaves the value out or"
          + " prints it in its own (Rust) form";
  static final String DYNALITE_KEY_SCHEMA =
      "dynalite test/batchGetItem.js and test/batchWriteItem.js ('should return ValidationException"
          + " if key does not match schema', 'if range key does not match schema'): 'The provided"
          + " key element does not match the schema'";

  static final List<Departure> ENTRIES =
      List.of(
          // ScanDifferentialTest
          engine(SCAN,
              "The TotalSegments parameter is required but was not present in the request when"
                  + " Segment parameter is present",
              "If segment is specified, total segment must also be specified",
              "dynalite validations/scan.js"),
          engine(SCAN,
              "The Segment parameter is required but was not present in the request when parameter"
                  + " TotalSegments is present",
              "If total segments is specified, a particular segment must also be specified for this"
                  + " request",
              "dynalite validations/scan.js"),
          engine(SCAN,
              "The Segment parameter is zero-based and must be less than parameter TotalSegments:"
                  + " Segment: 2 is not less than TotalSegments: 2",
              "1 validation error detected: Value '2' at 'segment' failed to satisfy constraint:"
                  + " Member must have value less than or equal to 1",
              "dynalite validations/scan.js"),
          dynoxide(SCAN,
              "1 validation error detected: Value at 'totalSegments' failed to satisfy constraint:"
                  + " Member must have value between 1 and 1000000",
              "1 validation error detected: Value '0' at 'totalSegments' failed to satisfy"
                  + " constraint: Member must have value greater than or equal to 1",
              FRAMEWORK + "; TotalSegments is 1 to 1000000 in the API model"),
          dynoxide(SCAN,
              "1 validation error detected: Value at 'totalSegments' failed to satisfy constraint:"
                  + " Member must have value between 1 and 1000000",
              "1 validation error detected: Value '1000001' at 'totalSegments' failed to satisfy"
                  + " constraint: Member must have value less than or equal to 1000000",
              FRAMEWORK + "; TotalSegments is 1 to 1000000 in the API model"),
          engine(SCAN,
              "The provided starting key is invalid: The provided key element does not match the"
                  + " schema",
              "Exclusive Start Key must have same size as table's key schema",
              "dynalite validations/scan.js prefixes 'The provided starting key is invalid: ' to the"
                  + " key schema error, and " + DYNALITE_KEY_SCHEMA),
          dynoxide(SCAN,
              "Invalid FilterExpression: Expected operand, got end of expression",
              "Invalid FilterExpression: Syntax error; token: \"<EOF>\", near: \"= \"",
              "DynamoDB reports expression syntax errors as 'Syntax error; token: <t>, near: <n>'"
                  + " (dynalite db/conditionParser.pegjs and test/scan.js, written against live"
                  + " DynamoDB)"),
          new Departure(
              "ScanDifferentialTest#scan_whenStartKeyOutsideSegment_rejectsWithDynamoDbsMessage",
              exact("ok ok"),
              exact(VALIDATION + "The provided starting key is invalid: Invalid ExclusiveStartKey."
                  + " Please use ExclusiveStartKey with correct Segment. TotalSegments: 1000000"
                  + " Segment: 0"),
              Wrong.DYNOXIDE,
              "real DynamoDB's response captured in scylladb/scylladb pull request 9270 (review of"
                  + " 2021-08-31): a ValidationException; dynoxide accepts the key"),
          // BatchDifferentialTest
          new Departure(BATCH_GET,
              Pattern.compile(Pattern.quote(VALIDATION + "1 validation error detected: Value at '")
                  + "(RequestItems\\.first\\.member\\.Keys|RequestItems|requestItems\\.first\\.member\\.keys)"
                  + Pattern.quote("' failed to satisfy constraint: Member must have length ")
                  + ".*"),
              Pattern.compile(Pattern.quote(VALIDATION + "1 validation error detected: Value '")
                  + ".*' at '(requestItems\\.first\\.member\\.keys|requestItems)"
                  + Pattern.quote("' failed to satisfy constraint: Member must have length ") + ".*"),
              Wrong.DYNOXIDE,
              FRAMEWORK),
          engine(BATCH_GET,
              "The provided key element does not match the schema",
              "The number of conditions on the keys is invalid",
              DYNALITE_KEY_SCHEMA + "; 'The number of conditions on the keys is invalid' is DynamoDB"
                  + " Local's"),
          new Departure(BATCH_WRITE,
              Pattern.compile(Pattern.quote(VALIDATION + "1 validation error detected: Value '{first=[[WriteRequest {")
                  + ".*" + Pattern.quote("at 'requestItems' failed to satisfy constraint: Map value must"
                  + " satisfy constraint: [Member must have length less than or equal to 25, Member"
                  + " must have length greater than or equal to 1]")),
              Pattern.compile(Pattern.quote(VALIDATION + "1 validation error detected: Value '{first=[com.amazonaws.dynamodb.v20120810.WriteRequest@")
                  + ".*"),
              Wrong.DYNOXIDE,
              FRAMEWORK),
          new Departure(BATCH_WRITE,
              Pattern.compile(Pattern.quote(VALIDATION + "1 validation error detected: Value '{first=[[WriteRequest {")
                  + ".*" + Pattern.quote("Member must have length less than or equal to 25, Member must have"
                  + " length greater than or equal to 1]")),
              exact(VALIDATION + "Too many items requested for the BatchWriteItem call"),
              Wrong.DYNOXIDE,
              "25 requests across all tables, not per table (BatchWriteItem API reference: 'up to 25"
                  + " put or delete requests'; dynalite validations/batchWriteItem.js: 'Too many"
                  + " items requested for the BatchWriteItem call'); dynoxide also names a table"
                  + " map whose 20 requests break no constraint"),
          dynoxide(BATCH_WRITE,
              "The requestItems parameter is required for BatchWriteItem",
              "1 validation error detected: Value '{}' at 'requestItems' failed to satisfy"
                  + " constraint: Member must have length greater than or equal to 1",
              FRAMEWORK + "; RequestItems (BatchWriteItemRequestMap) has a minimum length of 1 in"
                  + " the API model"),
          dynoxide(BATCH_WRITE,
              "1 validation error detected: Value at 'requestItems.first.member' failed to satisfy"
                  + " constraint: Member must have length greater than or equal to 1",
              "1 validation error detected: Value '{first=[]}' at 'requestItems' failed to satisfy"
                  + " constraint: Map value must satisfy constraint: [Member must have length less than"
                  + " or equal to 25, Member must have length greater than or equal to 1]",
              FRAMEWORK),
          validation(BATCH_WRITE,
              "One or more parameter values were invalid: Missing the key sk in the item",
              "One of the required keys was not given a value",
              Wrong.BOTH,
              "dynalite test/batchWriteItem.js ('should return ValidationException if missing range"
                  + " key'): 'The provided key element does not match the schema'; 'Missing the key"
                  + " <name> in the item' is PutItem's message (dynalite test/putItem.js)"),
          engine(BATCH_WRITE,
              "The provided key element does not match the schema",
              "The number of conditions on the keys is invalid",
              DYNALITE_KEY_SCHEMA),
          engine(BATCH_WRITE,
              "The parameter cannot be converted to a numeric value: x",
              "A value provided cannot be converted into a number",
              "dynalite test/batchGetItem.js ('should return ValidationException for empty/invalid"
                  + " numbers'): 'The parameter cannot be converted to a numeric value: b'"),
          engine(BATCH_WRITE,
              "The provided key element does not match the schema",
              "One or more parameter values were invalid: Type mismatch for key",
              "dynalite test/batchWriteItem.js ('should return ValidationException if key is"
                  + " incorrect numeric type', {a: {N: '1'}} for an S key): 'The provided key element"
                  + " does not match the schema'"),
          new Departure(BATCH_WRITE,
              exact("ok {}"),
              exact(VALIDATION + "Supplied AttributeValue has more than one datatypes set, must"
                  + " contain exactly one of the supported datatypes"),
              Wrong.DYNOXIDE,
              "dynalite validations/batchWriteItem.js: a WriteRequest with neither PutRequest nor"
                  + " DeleteRequest is 'Supplied AttributeValue has more than one datatypes set, must"
                  + " contain exactly one of the supported datatypes'; dynoxide accepts it"),
          new Departure(BATCH_WRITE,
              Pattern.compile("ok \\[\\[.*\\{pk=S:i\\}.*"),
              Pattern.compile("ok \\[\\[(?!.*\\{pk=S:i\\}).*"),
              Wrong.UNSETTLED,
              "the scan after the case 'both put and delete': dynoxide applied the PutRequest of a"
                  + " WriteRequest holding both, as dynalite validations/batchWriteItem.js would; the"
                  + " engine and DynamoDB Local store nothing. The BatchWriteItem API reference"
                  + " (WriteRequest) does not say which DynamoDB applies"),
          // ValueDifferentialTest
          engine(NUMBERS,
              "Attempting to store more than 38 significant digits in a Number",
              "DynamoDB only supports precision up to 38 digits",
              "dynalite validations/index.js and test/batchGetItem.js; 'DynamoDB only supports"
                  + " precision up to 38 digits' is DynamoDB Local's"),
          new Departure(NUMBERS,
              Pattern.compile(Pattern.quote(VALIDATION + "The parameter cannot be converted to a numeric value") + "(: .*)?"),
              exact(VALIDATION + "A value provided cannot be converted into a number"),
              Wrong.ENGINE,
              "dynalite validations/index.js and test/batchGetItem.js: 'The parameter cannot be"
                  + " converted to a numeric value' (': <value>' when the value is not empty)"),
          new Departure(
              "ValueDifferentialTest#putItem_whenItemWithinTwoBytesOf400Kb_isAcceptedOrRejectedLikeDynamoDbLocal",
              exact("ok ok"),
              exact(VALIDATION + "Item size has exceeded the maximum allowed size"),
              Wrong.DYNOXIDE,
              "an item's size is the UTF-8 length of its attribute names plus its values, at most"
                  + " 400 KB (DynamoDB Developer Guide, Service quotas: Items); dynoxide accepts some"
                  + " items 1 or 2 bytes over, as DynamoDB Local and the engine do not"));

  private ItemDepartures() {}
}

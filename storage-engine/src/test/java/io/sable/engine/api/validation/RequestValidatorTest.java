package io.sable.engine.api.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.engine.value.InvalidRequestException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

class RequestValidatorTest {
  private static final Map<String, AttributeValue> KEY =
      Map.of("pk", AttributeValue.fromS("a"));
  private static final String ROW =
      "Value '' at 'tableName' failed to satisfy constraint: Member must have length greater than"
          + " or equal to 1";

  private static String message(SdkPojo request) {
    try {
      RequestValidator.dynamoDb().validate(request);
      return "ok";
    } catch (InvalidRequestException e) {
      return e.getMessage();
    }
  }

  /** The violations of a message, in any order: DynamoDB does not specify their order. */
  private static List<String> violations(String message) {
    return Arrays.asList(message.replaceFirst("^\\d+ validation errors? detected: ", "").split("; "));
  }

  @Test
  void validate_whenRequestIsValid_accepts() {
    assertThat(message(GetItemRequest.builder().tableName("orders").key(KEY).build()))
        .isEqualTo("ok");
  }

  @Test
  void validate_whenGetItemHasNoTableName_reportsMemberMustNotBeNull() {
    // Netflix-Skunkworks/iep-apps pull request 527: GetItem without TableName, from DynamoDB.
    assertThat(message(GetItemRequest.builder().key(KEY).build()))
        .isEqualTo(
            "1 validation error detected: Value null at 'tableName' failed to satisfy constraint:"
                + " Member must not be null");
  }

  @Test
  void validate_whenTableOperationHasNoTableName_reportsParameterIsRequired() {
    // aws/aws-sdk-java issue 977 (DescribeTable, from DynamoDB); architect/dynalite
    // test/createTable.js "should return ValidationException for no TableName".
    String required = "The parameter 'TableName' is required but was not present in the request";
    assertThat(message(DescribeTableRequest.builder().build())).isEqualTo(required);
    assertThat(message(CreateTableRequest.builder().billingMode("bad").build())).isEqualTo(required);
    assertThat(message(UpdateTableRequest.builder().build())).isEqualTo(required);
  }

  @Test
  void validate_whenTableNameIsEmpty_reportsTheArnMinimumOnly() {
    // getmoto/moto tests, test_update_item_with_invalid_table_name (aws_verified): DynamoDB answers
    // only the ARN's minimum length for an empty name.
    assertThat(message(GetItemRequest.builder().tableName("").key(KEY).build()))
        .isEqualTo("1 validation error detected: " + ROW);
  }

  @Test
  void validate_whenTableNameIsShortOrMalformed_reportsTheNameConstraints() {
    // Issue 15's example of DynamoDB's message for a two-character table name.
    assertThat(message(GetItemRequest.builder().tableName("ab").key(KEY).build()))
        .isEqualTo(
            "1 validation error detected: Value 'ab' at 'tableName' failed to satisfy constraint:"
                + " Member must have length greater than or equal to 3");
    // architect/dynalite test/describeTable.js "should return ValidationException for null
    // attributes": the pattern as DynamoDB prints it.
    assertThat(message(DescribeTableRequest.builder().tableName("abc;").build()))
        .isEqualTo(
            "1 validation error detected: Value 'abc;' at 'tableName' failed to satisfy"
                + " constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
  }

  @Test
  void validate_whenUpdateItemBreaksSeveral_joinsThemWithTheirCount() {
    // A conformance suite's UpdateItem test "joins the enums, an empty table name and the missing
    // key in member order", captured from DynamoDB in eu-west-2 and us-east-1 (2026-10-09).
    String message =
        message(
            UpdateItemRequest.builder()
                .tableName("")
                .updateExpression("SET a = :a")
                .expressionAttributeValues(Map.of(":a", AttributeValue.fromS("x")))
                .returnConsumedCapacity("INVALID")
                .returnValues("INVALID")
                .build());
    assertThat(message).startsWith("4 validation errors detected: ");
    assertThat(violations(message))
        .containsExactlyInAnyOrder(
            "Value 'INVALID' at 'returnConsumedCapacity' failed to satisfy constraint: Member must"
                + " satisfy enum value set: [INDEXES, TOTAL, NONE]",
            ROW,
            "Value 'INVALID' at 'returnValues' failed to satisfy constraint: Member must satisfy"
                + " enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]",
            "Value null at 'key' failed to satisfy constraint: Member must not be null");
  }

  @Test
  void validate_whenQueryBreaksNestedConstraints_namesMapAndListPaths() {
    // architect/dynalite test/query.js "should return ValidationException for incorrect
    // attributes" (run against DynamoDB), less its tableName pattern, which today's model, where
    // TableName also takes an ARN, no longer has.
    Map<String, Condition> conditions =
        Map.of("a", Condition.builder().build(), "b", Condition.builder().comparisonOperator("").build());
    String message =
        message(
            QueryRequest.builder()
                .tableName("abc")
                .returnConsumedCapacity("hi")
                .attributesToGet(List.of())
                .indexName("abc;")
                .select("hi")
                .limit(-1)
                .keyConditions(conditions)
                .queryFilter(conditions)
                .build());
    String operators =
        "[IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]";
    assertThat(message).startsWith("9 validation errors detected: ");
    assertThat(violations(message))
        .containsExactlyInAnyOrder(
            "Value '-1' at 'limit' failed to satisfy constraint: Member must have value greater"
                + " than or equal to 1",
            "Value 'hi' at 'returnConsumedCapacity' failed to satisfy constraint: Member must"
                + " satisfy enum value set: [INDEXES, TOTAL, NONE]",
            "Value '[]' at 'attributesToGet' failed to satisfy constraint: Member must have length"
                + " greater than or equal to 1",
            "Value '' at 'queryFilter.b.member.comparisonOperator' failed to satisfy constraint:"
                + " Member must satisfy enum value set: " + operators,
            "Value null at 'queryFilter.a.member.comparisonOperator' failed to satisfy constraint:"
                + " Member must not be null",
            "Value 'hi' at 'select' failed to satisfy constraint: Member must satisfy enum value"
                + " set: [SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]",
            "Value '' at 'keyConditions.b.member.comparisonOperator' failed to satisfy constraint:"
                + " Member must satisfy enum value set: " + operators,
            "Value null at 'keyConditions.a.member.comparisonOperator' failed to satisfy"
                + " constraint: Member must not be null",
            "Value 'abc;' at 'indexName' failed to satisfy constraint: Member must satisfy regular"
                + " expression pattern: [a-zA-Z0-9_.-]+");
  }

  @Test
  void validate_whenKeySchemaElementsBreakConstraints_numbersListElementsFromOne() {
    // architect/dynalite test/createTable.js "should return ValidationException for key element
    // names"; today's model has no maximum on KeySchema's length.
    String message =
        message(
            CreateTableRequest.builder()
                .tableName("abc")
                .keySchema(
                    KeySchemaElement.builder().keyType("HASH").build(),
                    KeySchemaElement.builder().attributeName("a").build(),
                    KeySchemaElement.builder().keyType("Woop").attributeName("a").build())
                .provisionedThroughput(b -> b.readCapacityUnits(1L).writeCapacityUnits(-1L))
                .build());
    assertThat(violations(message))
        .containsExactlyInAnyOrder(
            "Value null at 'keySchema.1.member.attributeName' failed to satisfy constraint: Member"
                + " must not be null",
            "Value null at 'keySchema.2.member.keyType' failed to satisfy constraint: Member must"
                + " not be null",
            "Value 'Woop' at 'keySchema.3.member.keyType' failed to satisfy constraint: Member must"
                + " satisfy enum value set: [HASH, RANGE]",
            "Value '-1' at 'provisionedThroughput.writeCapacityUnits' failed to satisfy"
                + " constraint: Member must have value greater than or equal to 1");
  }

  @Test
  void validate_whenKeyAttributeNameIsOver255_reportsItsLength() {
    // KeySchemaAttributeName: 1 to 255 characters (API model; Developer Guide, "Quotas": key
    // attribute names are 1 to 255 characters long).
    String name = "k".repeat(256);
    assertThat(
            message(
                CreateTableRequest.builder()
                    .tableName("abc")
                    .keySchema(KeySchemaElement.builder().attributeName(name).keyType("HASH").build())
                    .build()))
        .isEqualTo(
            "1 validation error detected: Value '" + name + "' at"
                + " 'keySchema.1.member.attributeName' failed to satisfy constraint: Member must"
                + " have length less than or equal to 255");
  }

  @Test
  void validate_whenBatchWriteTableHasTooManyRequests_reportsTheMapValueConstraints() {
    // aws/aws-dax-go pull request 41 and DynamoDB's answer it repeats: a table's list of more than
    // 25 write requests breaks the map's value constraint, listing all of it.
    List<WriteRequest> writes = new ArrayList<>();
    for (int i = 0; i < 26; i++) {
      writes.add(
          WriteRequest.builder()
              .putRequest(PutRequest.builder().item(Map.of("pk", AttributeValue.fromN("" + i))).build())
              .build());
    }
    assertThat(message(BatchWriteItemRequest.builder().requestItems(Map.of("orders", writes)).build()))
        .matches(
            "1 validation error detected: Value '\\{orders=\\[(com\\.amazonaws\\.dynamodb\\.v20120810"
                + "\\.WriteRequest@[0-9a-f]+(, )?){26}\\]\\}' at 'requestItems' failed to satisfy"
                + " constraint: Map value must satisfy constraint: \\[Member must have length less"
                + " than or equal to 25, Member must have length greater than or equal to 1\\]");
  }

  @Test
  void validate_whenTransactGetItemsHasNone_reportsTheListLength() {
    assertThat(message(TransactGetItemsRequest.builder().transactItems(List.<TransactGetItem>of()).build()))
        .isEqualTo(
            "1 validation error detected: Value '[]' at 'transactItems' failed to satisfy"
                + " constraint: Member must have length greater than or equal to 1");
  }

  @Test
  void validate_whenMoreThanTenViolations_reportsTheFirstTen() {
    // architect/dynalite validations/index.js stops collecting at 10, as the service framework
    // does (its Kinesis twin's suite, run against Kinesis, expects "10 validation errors
    // detected" for 501 invalid records).
    Map<String, Condition> conditions = new java.util.LinkedHashMap<>();
    for (int i = 0; i < 12; i++) {
      conditions.put("a" + i, Condition.builder().build());
    }
    String message =
        message(ScanRequest.builder().tableName("abc").scanFilter(conditions).build());
    assertThat(message).startsWith("10 validation errors detected: ");
    assertThat(violations(message)).hasSize(10);
  }

  @Test
  void validate_whenStreamsRequestLacksMembers_reportsEach() {
    String message;
    try {
      RequestValidator.dynamoDbStreams().validate(GetShardIteratorRequest.builder().build());
      message = "ok";
    } catch (InvalidRequestException e) {
      message = e.getMessage();
    }
    assertThat(violations(message))
        .containsExactlyInAnyOrder(
            "Value null at 'streamArn' failed to satisfy constraint: Member must not be null",
            "Value null at 'shardId' failed to satisfy constraint: Member must not be null",
            "Value null at 'shardIteratorType' failed to satisfy constraint: Member must not be"
                + " null");
  }

  @Test
  void validate_whenOperationIsNotInTheModel_throwsIllegalArgument() {
    assertThatThrownBy(() -> RequestValidator.dynamoDb().validate(GetShardIteratorRequest.builder().build()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

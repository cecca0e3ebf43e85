package io.sable.engine.api.validation;

import io.sable.engine.api.validation.ApiModel.Shape;
import io.sable.engine.value.InvalidRequestException;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;

/**
 * Checks a request against the constraints of AWS's API model for its operation, before anything
 * else looks at it, and reports what it breaks as DynamoDB does.
 *
 * <p>Rules (DynamoDB's service framework, as observed in responses captured from DynamoDB):
 *
 * <ul>
 *   <li>Each broken constraint is one violation, {@code Value <value> at '<path>' failed to
 *       satisfy constraint: <constraint>}, where the constraint is one of {@code Member must not be
 *       null}, {@code Member must have length greater than or equal to N} (strings, lists, maps),
 *       {@code Member must have value less than or equal to N} (numbers), {@code Member must
 *       satisfy enum value set: [...]} and {@code Member must satisfy regular expression pattern:
 *       P}. The message is {@code 1 validation error detected: <violation>} or {@code N validation
 *       errors detected: <violation>; <violation>...}, with at most 10 violations (architect/dynalite
 *       validations/index.js stops at 10, and its Kinesis twin kinesalite's test of 501 records
 *       captured {@code 10 validation errors detected}); DynamoDB's order of several violations is
 *       not stable (responses captured from DynamoDB in the ack-api-quirks catalogue, DDB-TABLE-457,
 *       put a TableName's length first in DescribeTable and its pattern first in ListTables, and
 *       {@code writeCapacityUnits} before {@code readCapacityUnits}; dynalite's suite compares
 *       them as a set); the engine's is the model's member order, pattern before length.
 *   <li>A missing {@code TableName} of CreateTable, DescribeTable, UpdateTable or DeleteTable is
 *       {@code The parameter 'TableName' is required but was not present in the request}, before
 *       any other check (aws/aws-sdk-java issue 977, DescribeTable; architect/dynalite
 *       test/createTable.js); of any other operation it is a {@code Member must not be null}
 *       violation (Netflix-Skunkworks/iep-apps pull request 527, GetItem).
 * </ul>
 *
 * <pre>{@code
 * RequestValidator.dynamoDb().validate(GetItemRequest.builder().tableName("t").build());
 * // InvalidRequestException: 1 validation error detected: Value null at 'key' failed to satisfy
 * // constraint: Member must not be null
 * }</pre>
 *
 * Thread-safe. The model is parsed on first use.
 */
public final class RequestValidator {
  private static final Set<String> TABLE_NAME_REQUIRED_FIRST =
      Set.of("CreateTable", "DescribeTable", "UpdateTable", "DeleteTable");

  private static final class DynamoDb {
    static final RequestValidator INSTANCE = new RequestValidator("dynamodb-2012-08-10");
  }

  private static final class DynamoDbStreams {
    static final RequestValidator INSTANCE =
        new RequestValidator("dynamodbstreams-2012-08-10");
  }

  /** Each request class's operation: its simple name without {@code Request}. */
  private static final ClassValue<String> OPERATION =
      new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
          String name = type.getSimpleName();
          return name.endsWith("Request") ? name.substring(0, name.length() - 7) : name;
        }
      };

  private final ApiModel model;
  private final ConstraintChecker checker;

  private RequestValidator(String resource) {
    this.model = ApiModel.load(resource);
    this.checker = new ConstraintChecker(model);
  }

  /** The validator of DynamoDB's operations (API version 2012-08-10). */
  public static RequestValidator dynamoDb() {
    return DynamoDb.INSTANCE;
  }

  /** The validator of DynamoDB Streams' operations (API version 2012-08-10). */
  public static RequestValidator dynamoDbStreams() {
    return DynamoDbStreams.INSTANCE;
  }

  /**
   * Checks {@code request}, an SDK request such as {@code PutItemRequest}, whose operation is its
   * class name without {@code Request}.
   *
   * @throws InvalidRequestException with DynamoDB's message if it breaks any constraint
   * @throws IllegalArgumentException if the model has no such operation
   */
  public void validate(SdkPojo request) {
    String operation = OPERATION.get(request.getClass());
    Shape input = model.input(operation);
    if (input == null) {
      throw new IllegalArgumentException("No operation " + operation + " in the API model");
    }
    if (TABLE_NAME_REQUIRED_FIRST.contains(operation) && tableName(request) == null) {
      throw new InvalidRequestException(
          "The parameter 'TableName' is required but was not present in the request");
    }
    List<String> violations = checker.check(input, request);
    if (!violations.isEmpty()) {
      throw new InvalidRequestException(message(violations));
    }
  }

  private static Object tableName(SdkPojo request) {
    for (SdkField<?> field : request.sdkFields()) {
      if (field.memberName().equals("TableName")) {
        return field.getValueOrDefault(request);
      }
    }
    return null;
  }

  /** {@code 1 validation error detected: ...} or {@code N validation errors detected: ...; ...}. */
  static String message(List<String> violations) {
    int count = violations.size();
    return count
        + (count == 1 ? " validation error detected: " : " validation errors detected: ")
        + String.join("; ", violations);
  }
}

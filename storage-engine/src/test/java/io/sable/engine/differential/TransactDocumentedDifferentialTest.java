package io.sable.engine.differential;

import static io.sable.engine.differential.Fixtures.item;
import static io.sable.engine.differential.Fixtures.n;
import static io.sable.engine.differential.Fixtures.s;
import static io.sable.engine.differential.Transact.check;
import static io.sable.engine.differential.Transact.conditionalUpdate;
import static io.sable.engine.differential.Transact.delete;
import static io.sable.engine.differential.Transact.get;
import static io.sable.engine.differential.Transact.key;
import static io.sable.engine.differential.Transact.put;
import static io.sable.engine.differential.Transact.update;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Where DynamoDB Local 3.1.0 does not behave as DynamoDB documents transactions, the engine follows
 * DynamoDB; each test pins both outcomes and names its source.
 *
 * <p>Sources: API Reference, {@code TransactWriteItems}, {@code TransactGetItems} and {@code
 * TransactionCanceledException} (its list of "Cancellation reason codes and possible error
 * messages"); Developer Guide, "Amazon DynamoDB Transactions: How it works".
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransactDocumentedDifferentialTest {
  private static final String CANCELLED =
      "TransactionCanceledException|TransactionCanceledException|400|Transaction cancelled, please"
          + " refer cancellation reasons for specific reasons ";

  private Differential differential;

  @BeforeAll
  void start() {
    differential = Differential.start();
    differential.both(c -> Fixtures.create(c, Fixtures.table("accounts", 1, "pk", "S", "gk", "S")
        .globalSecondaryIndexes(Fixtures.gsi("byGroup", ProjectionType.KEYS_ONLY, "gk"))));
    differential.both(c -> c.putItem(r -> r.tableName("accounts").item(item("pk", s("a"), "n", n("1")))));
  }

  @AfterAll
  void stop() {
    differential.close();
  }

  private void documented(TransactWriteItem[] actions, String local, String engine) {
    differential.documentedDifference(c -> c.transactWriteItems(r -> r.transactItems(actions)), local, engine);
  }

  @Test
  void transactWriteItems_whenUpdateReadsMissingAttribute_cancelsWithValidationError() {
    // DynamoDB answers TransactionCanceledException [None, ValidationError] with this message
    // (its response is quoted in aws/aws-sdk-net issue 1292; the API Reference lists the message
    // under ValidationError); DynamoDB Local 3.1.0 answers a ValidationException.
    documented(
        new TransactWriteItem[] {
          put("accounts", item("pk", s("x1"))),
          update("accounts", key("a"), "SET m = absent + :one", ":one", n("1"))
        },
        "DynamoDbException|ValidationException|400|The provided expression refers to an attribute"
            + " that does not exist in the item",
        CANCELLED + "[None, ValidationError]|[None/null/null, ValidationError/The provided expression"
            + " refers to an attribute that does not exist in the item/null]");
  }

  @Test
  void transactWriteItems_whenUpdateAddsToWrongType_cancelsWithValidationError() {
    // API Reference, TransactionCanceledException: "An operand in the update expression has an
    // incorrect data type" is a ValidationError reason; DynamoDB Local 3.1.0 answers a
    // ValidationException.
    differential.both(c -> c.putItem(r -> r.tableName("accounts").item(item("pk", s("str"), "n", s("text")))));
    documented(
        new TransactWriteItem[] {update("accounts", key("str"), "ADD n :one", ":one", n("1"))},
        "DynamoDbException|ValidationException|400|An operand in the update expression has an"
            + " incorrect data type",
        CANCELLED + "[ValidationError]|[ValidationError/An operand in the update expression has an"
            + " incorrect data type/null]");
  }

  @Test
  void transactWriteItems_whenUpdateGrowsItemPast400Kb_cancelsWithValidationError() {
    // API Reference, TransactionCanceledException: DynamoDB cancels when "an item size becomes too
    // large (larger than 400 KB) ... because of changes made by the transaction", reason
    // ValidationError "Item size to update has exceeded the maximum allowed size".
    documented(
        new TransactWriteItem[] {
          update("accounts", key("a"), "SET big = :v", ":v", s("x".repeat(400 * 1024)))
        },
        "DynamoDbException|ValidationException|400|Item size to update has exceeded the maximum"
            + " allowed size",
        CANCELLED + "[ValidationError]|[ValidationError/Item size to update has exceeded the maximum"
            + " allowed size/null]");
  }

  @Test
  void transactWriteItems_whenUpdateSetsIndexKeyOfWrongType_cancelsWithValidationError() {
    // Developer Guide, "Global secondary indexes": a write whose index key attribute has another
    // type than the index declares fails with a type mismatch; DynamoDB Local 3.1.0 applies it.
    documented(
        new TransactWriteItem[] {update("accounts", key("a"), "SET gk = :v", ":v", n("1"))},
        "ok",
        CANCELLED + "[ValidationError]|[ValidationError/One or more parameter values were invalid:"
            + " Type mismatch for Index Key/null]");
  }

  @Test
  void transactWriteItems_whenKeyUpdateAndFailedCondition_reportsOneReasonPerAction() {
    // API Reference, TransactionCanceledException: reasons are "ordered in the order of requested
    // items"; DynamoDB Local 3.1.0 reports only the ValidationError, one reason for two actions.
    documented(
        new TransactWriteItem[] {
          check("accounts", key("a"), "attribute_not_exists(pk)", false),
          update("accounts", key("a2"), "SET pk = :v", ":v", s("z"))
        },
        CANCELLED + "[ValidationError]|[ValidationError/One or more parameter values were invalid:"
            + " Cannot update attribute pk. This attribute is part of the key/null]",
        CANCELLED + "[ConditionalCheckFailed, ValidationError]|[ConditionalCheckFailed/The"
            + " conditional request failed./null, ValidationError/One or more parameter values were"
            + " invalid: Cannot update attribute pk. This attribute is part of the key/null]");
  }

  @Test
  void transactWriteItems_whenDeleteAndUpdateTargetOneItem_rejectsTheRequest() {
    // Developer Guide, "TransactWriteItems API": "You can't target the same item with multiple
    // operations within the same transaction"; DynamoDB Local 3.1.0 catches two Puts but not a
    // Delete and an Update of one item.
    documented(
        new TransactWriteItem[] {
          delete("accounts", key("a"), "attribute_not_exists(pk)", false),
          conditionalUpdate("accounts", key("a"), "SET n = :v", "attribute_not_exists(pk)", false, ":v", n("2"))
        },
        CANCELLED + "[ConditionalCheckFailed, ConditionalCheckFailed]|[ConditionalCheckFailed/The"
            + " conditional request failed/null, ConditionalCheckFailed/The conditional request"
            + " failed/null]",
        "DynamoDbException|ValidationException|400|Transaction request cannot include multiple"
            + " operations on one item");
  }

  @Test
  void transactWriteItems_whenUpdateHasNoUpdateExpression_rejectsTheRequest() {
    // API Reference, Update: UpdateExpression is required; DynamoDB Local 3.1.0 accepts its
    // absence.
    TransactWriteItem noExpression =
        TransactWriteItem.builder().update(u -> u.tableName("accounts").key(key("a"))).build();
    documented(
        new TransactWriteItem[] {noExpression},
        "ok",
        "DynamoDbException|ValidationException|400|1 validation error detected: Value null at"
            + " 'transactItems.1.member.update.updateExpression' failed to satisfy constraint:"
            + " Member must not be null");
  }

  @Test
  void transactGetItems_whenKeyHasWrongType_cancelsWithValidationErrorReason() {
    // API Reference, TransactionCanceledException: "DynamoDB lists the cancellation reasons on the
    // CancellationReasons property ... ordered in the order of requested items" (as DynamoDB Local
    // does for TransactWriteItems); DynamoDB Local 3.1.0's TransactGetItems sends none.
    differential.documentedDifference(
        c -> c.transactGetItems(r -> r.transactItems(get("accounts", key("a")), get("accounts", item("pk", n("1"))))),
        "TransactionCanceledException|TransactionCanceledException|400|One or more parameter values"
            + " were invalid: Type mismatch for key|no reasons",
        CANCELLED + "[None, ValidationError]|[None/null/null, ValidationError/One or more parameter"
            + " values were invalid: Type mismatch for key/null]");
  }

  @Test
  void transactGetItems_whenKeyLacksAttribute_rejectsLikeTransactWriteItems() {
    // A key without its attribute is a ValidationException in TransactWriteItems (as in GetItem);
    // DynamoDB Local 3.1.0's TransactGetItems answers a TransactionCanceledException without
    // cancellation reasons, which the API Reference does not describe.
    differential.documentedDifference(
        c -> c.transactGetItems(r -> r.transactItems(get("accounts", key("a")), get("accounts", item("x", s("a"))))),
        "TransactionCanceledException|TransactionCanceledException|400|One of the required keys was"
            + " not given a value|no reasons",
        "DynamoDbException|ValidationException|400|One of the required keys was not given a value");
  }
}

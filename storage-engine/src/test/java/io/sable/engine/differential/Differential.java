package io.sable.engine.differential;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.dynamodblocal.DynamoDbLocal;
import io.sable.engine.SableEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Runs the same request against DynamoDB Local and the engine and asserts the same outcome: equal
 * views of the two responses, or exceptions of the same class with the same error code, HTTP
 * status and error message. One instance per test class: it starts DynamoDB Local once.
 */
final class Differential implements AutoCloseable {
  private final DynamoDbLocal local;
  private final DynamoDbClient localClient;
  private final SableEngine engine;
  private final DynamoDbClient engineClient;

  private Differential() {
    this.local = DynamoDbLocal.start();
    this.localClient = local.client();
    this.engine = SableEngine.create();
    this.engineClient = EngineClientProvider.client(engine);
  }

  static Differential start() {
    return new Differential();
  }

  DynamoDbClient local() {
    return localClient;
  }

  DynamoDbClient engine() {
    return engineClient;
  }

  /** Runs {@code setup} on both backends, expecting it to succeed on both. */
  void both(Consumer<DynamoDbClient> setup) {
    setup.accept(localClient);
    setup.accept(engineClient);
  }

  /**
   * Asserts both backends give the same view of the response, or the same error; returns the
   * engine's response (null on error).
   */
  <R> R same(Function<DynamoDbClient, R> call, Function<R, Object> view) {
    Object[] engineResponse = new Object[1];
    Outcome expected = run(localClient, call, view);
    Outcome actual =
        run(
            engineClient,
            client -> {
              R response = call.apply(client);
              engineResponse[0] = response;
              return response;
            },
            view);
    if (!ModelConstraintWordings.documented(expected.error, actual.error)) {
      assertThat(actual).as("engine vs DynamoDB Local").isEqualTo(expected);
    }
    @SuppressWarnings("unchecked")
    R response = (R) engineResponse[0];
    return response;
  }

  /** Asserts both backends fail alike (or succeed alike, comparing nothing of the response). */
  <R> void sameOutcome(Function<DynamoDbClient, R> call) {
    same(call, response -> "ok");
  }

  /**
   * Pages a Query from the start until there is no LastEvaluatedKey, asserting every page (items,
   * counts, LastEvaluatedKey) is the same on both backends.
   *
   * @param request the request for a page, given its ExclusiveStartKey (null for the first)
   * @return the number of pages
   */
  int samePages(Function<Map<String, AttributeValue>, QueryRequest> request) {
    Map<String, AttributeValue> start = null;
    for (int page = 1; page <= 100; page++) {
      var pageRequest = request.apply(start);
      var response = same(c -> c.query(pageRequest), QueryDifferentialTest::view);
      if (response == null || !response.hasLastEvaluatedKey()) {
        return page;
      }
      start = response.lastEvaluatedKey();
    }
    throw new AssertionError("more than 100 pages");
  }

  /**
   * Asserts both backends fail with the same exception class, code and status, and the engine
   * with {@code engineMessage}: for a documented difference between DynamoDB Local and DynamoDB,
   * where the engine follows DynamoDB. Returns DynamoDB Local's message.
   */
  <R> String sameErrorExceptMessage(Function<DynamoDbClient, R> call, String engineMessage) {
    Outcome expected = run(localClient, call, r -> "ok");
    Outcome actual = run(engineClient, call, r -> "ok");
    assertThat(actual.error).as("engine error").isNotNull();
    assertThat(expected.error).as("DynamoDB Local error").isNotNull();
    assertThat(actual.error.replaceAll("\\|[^|]*$", ""))
        .isEqualTo(expected.error.replaceAll("\\|[^|]*$", ""));
    assertThat(actual.value).isEqualTo(engineMessage);
    return (String) expected.value;
  }

  /**
   * For a documented difference between DynamoDB Local and DynamoDB, where the engine follows
   * DynamoDB: asserts DynamoDB Local's outcome and the engine's, each as {@code "ok"} or {@code
   * "<ExceptionClass>|<errorCode>|<status>|<message>"}.
   */
  <R> void documentedDifference(
      Function<DynamoDbClient, R> call, String localOutcome, String engineOutcome) {
    Outcome local = run(localClient, call, r -> "ok");
    Outcome engine = run(engineClient, call, r -> "ok");
    assertThat(local.error == null ? "ok" : local.error).as("DynamoDB Local").isEqualTo(localOutcome);
    assertThat(engine.error == null ? "ok" : engine.error).as("engine").isEqualTo(engineOutcome);
  }

  private static <R> Outcome run(
      DynamoDbClient client, Function<DynamoDbClient, R> call, Function<R, Object> view) {
    try {
      return new Outcome(null, view.apply(call.apply(client)));
    } catch (AwsServiceException e) {
      String error =
          e.getClass().getSimpleName()
              + "|"
              + e.awsErrorDetails().errorCode()
              + "|"
              + e.statusCode()
              + "|"
              + e.awsErrorDetails().errorMessage()
              + reasons(e);
      return new Outcome(error, e.awsErrorDetails().errorMessage());
    }
  }

  /**
   * A TransactionCanceledException's reasons, each as {@code code/message/item}, or nothing for
   * other exceptions: "|[None/null/null, ConditionalCheckFailed/The conditional request failed/{..}]".
   */
  static String reasons(AwsServiceException e) {
    if (!(e instanceof TransactionCanceledException canceled)) {
      return "";
    }
    if (!canceled.hasCancellationReasons()) {
      return "|no reasons";
    }
    List<String> reasons = new ArrayList<>();
    for (CancellationReason reason : canceled.cancellationReasons()) {
      reasons.add(
          reason.code()
              + "/"
              + reason.message()
              + "/"
              + Canonical.item(reason.hasItem() ? reason.item() : null));
    }
    return "|" + reasons;
  }

  @Override
  public void close() {
    engineClient.close();
    engine.close();
    localClient.close();
    local.close();
  }

  /** One backend's outcome: an error description, or a response view. */
  private record Outcome(String error, Object value) {
    @Override
    public String toString() {
      return error != null ? "error " + error : "ok " + value;
    }
  }
}

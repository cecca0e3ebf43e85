package io.sable.engine.differential;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.engine.SableEngine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Runs the same request against one or more witnesses ({@link Witness}: DynamoDB Local,
 * dynoxide) and the engine, and asserts the same outcome: equal views of the responses, or
 * exceptions of the same class with the same error code, HTTP status and error message. Failure
 * messages name the witness ("engine vs dynoxide"). One instance per test class: it starts each
 * witness once.
 *
 * <p>Where a witness departs from real DynamoDB on a pinned case, the comparison skips that case
 * for that witness only: DynamoDB Local's own wordings of model constraints ({@link
 * ModelConstraintWordings}), dynoxide's departures ({@link DynoxideDepartures}, keyed by test and
 * by dynoxide's outcome). A dynoxide departure that no longer departs in a test that ran fails the
 * test class at {@link #close()}, so the list cannot rot.
 */
final class Differential implements AutoCloseable {
  private final Map<Witness, Witness.Started> witnesses = new EnumMap<>(Witness.class);
  private final SableEngine engine;
  private final DynamoDbClient engineClient;
  private final DynoxideDepartures.Use departures = DynoxideDepartures.use();

  private Differential(Witness... names) {
    if (names.length == 0) {
      throw new IllegalArgumentException("name at least one witness");
    }
    try {
      for (Witness witness : names) {
        witnesses.computeIfAbsent(witness, Witness::start);
      }
    } catch (RuntimeException e) {
      witnesses.values().forEach(Witness.Started::close);
      throw e;
    }
    this.engine = SableEngine.create();
    this.engineClient = EngineClientProvider.client(engine);
  }

  /** Compares the engine with DynamoDB Local only. */
  static Differential start() {
    return new Differential(Witness.DYNAMODB_LOCAL);
  }

  /** Compares the engine with each of {@code witnesses}, starting each once. */
  static Differential start(Witness... witnesses) {
    return new Differential(witnesses);
  }

  /** DynamoDB Local's client. */
  DynamoDbClient local() {
    return witness(Witness.DYNAMODB_LOCAL);
  }

  /** The client of {@code witness}, which this instance must have started. */
  DynamoDbClient witness(Witness witness) {
    Witness.Started started = witnesses.get(witness);
    if (started == null) {
      throw new IllegalStateException(witness + " was not started; name it in Differential.start");
    }
    return started.client();
  }

  /** The witnesses compared with, in {@link Witness} order. */
  Set<Witness> witnesses() {
    return Collections.unmodifiableSet(witnesses.keySet());
  }

  DynamoDbClient engine() {
    return engineClient;
  }

  /** Runs {@code setup} on every witness and the engine, expecting it to succeed on all. */
  void both(Consumer<DynamoDbClient> setup) {
    witnesses.values().forEach(started -> setup.accept(started.client()));
    setup.accept(engineClient);
  }

  /**
   * Asserts every witness gives the same view of the response as the engine, or the same error;
   * returns the engine's response (null on error).
   */
  <R> R same(Function<DynamoDbClient, R> call, Function<R, Object> view) {
    Map<Witness, Outcome> expected = new EnumMap<>(Witness.class);
    witnesses.forEach((witness, started) -> expected.put(witness, run(started.client(), call, view)));
    Object[] engineResponse = new Object[1];
    Outcome actual =
        run(
            engineClient,
            client -> {
              R response = call.apply(client);
              engineResponse[0] = response;
              return response;
            },
            view);
    String test = currentTest();
    expected.forEach(
        (witness, outcome) -> {
          if (witness == Witness.DYNAMODB_LOCAL
              && ModelConstraintWordings.documented(outcome.error, actual.error)) {
            return;
          }
          agree(witness, test, outcome, actual, "");
        });
    @SuppressWarnings("unchecked")
    R response = (R) engineResponse[0];
    return response;
  }

  /**
   * Runs {@code run} (which describes one backend's outcome as text) on every witness and then the
   * engine, and asserts that {@code same} holds for each witness's text and the engine's.
   *
   * @param description names the case in a failure message
   */
  void sameText(
      Function<DynamoDbClient, String> run, BiPredicate<String, String> same, Object description) {
    Map<Witness, String> expected = new EnumMap<>(Witness.class);
    witnesses.forEach((witness, started) -> expected.put(witness, run.apply(started.client())));
    String actual = run.apply(engineClient);
    String test = currentTest();
    expected.forEach(
        (witness, outcome) -> {
          if (!same.test(outcome, actual)) {
            agree(witness, test, outcome, actual, " for " + description);
          }
        });
  }

  /** Asserts every witness fails alike (or succeeds alike, comparing nothing of the response). */
  <R> void sameOutcome(Function<DynamoDbClient, R> call) {
    same(call, response -> "ok");
  }

  /**
   * Passes if {@code witnessOutcome} equals {@code engineOutcome} or is a pinned departure of
   * {@code witness} in {@code test}; otherwise fails naming the witness.
   */
  private void agree(
      Witness witness, String test, Object witnessOutcome, Object engineOutcome, String description) {
    if (witness == Witness.DYNOXIDE) {
      departures.compared(test);
      if (!witnessOutcome.equals(engineOutcome)
          && departures.departs(test, witnessOutcome.toString(), engineOutcome.toString())) {
        return;
      }
    }
    assertThat(engineOutcome)
        .as("engine vs %s in %s%s", witness, test, description)
        .isEqualTo(witnessOutcome);
  }

  /**
   * The running test, as {@code ClassName#method}: the outermost frame of a {@code *Test} class in
   * this package (so a helper that a test calls counts as that test).
   */
  private static String currentTest() {
    return StackWalker.getInstance()
        .walk(
            frames ->
                frames
                    .filter(f -> f.getClassName().startsWith(Differential.class.getPackageName() + "."))
                    .filter(f -> f.getClassName().endsWith("Test") && !f.getMethodName().startsWith("lambda$"))
                    .reduce((inner, outer) -> outer)
                    .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1)
                        + "#" + f.getMethodName())
                    .orElse("unknown"));
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
   * Asserts DynamoDB Local and the engine fail with the same exception class, code and status, and
   * the engine with {@code engineMessage}: for a documented difference between DynamoDB Local and
   * DynamoDB, where the engine follows DynamoDB. Every other witness must match the engine exactly
   * (or depart as pinned). Returns DynamoDB Local's message.
   */
  <R> String sameErrorExceptMessage(Function<DynamoDbClient, R> call, String engineMessage) {
    Outcome expected = run(local(), call, r -> "ok");
    Map<Witness, Outcome> others = runOthers(call);
    Outcome actual = run(engineClient, call, r -> "ok");
    assertThat(actual.error).as("engine error").isNotNull();
    assertThat(expected.error).as("DynamoDB Local error").isNotNull();
    assertThat(actual.error.replaceAll("\\|[^|]*$", ""))
        .isEqualTo(expected.error.replaceAll("\\|[^|]*$", ""));
    assertThat(actual.value).isEqualTo(engineMessage);
    String test = currentTest();
    others.forEach((witness, outcome) -> agree(witness, test, outcome, actual, ""));
    return (String) expected.value;
  }

  /**
   * For a documented difference between DynamoDB Local and DynamoDB, where the engine follows
   * DynamoDB: asserts DynamoDB Local's outcome and the engine's, each as {@code "ok"} or {@code
   * "<ExceptionClass>|<errorCode>|<status>|<message>"}. Every other witness must match the engine
   * (or depart as pinned).
   */
  <R> void documentedDifference(
      Function<DynamoDbClient, R> call, String localOutcome, String engineOutcome) {
    Outcome local = run(local(), call, r -> "ok");
    Map<Witness, Outcome> others = runOthers(call);
    Outcome engine = run(engineClient, call, r -> "ok");
    assertThat(local.error == null ? "ok" : local.error).as("DynamoDB Local").isEqualTo(localOutcome);
    assertThat(engine.error == null ? "ok" : engine.error).as("engine").isEqualTo(engineOutcome);
    String test = currentTest();
    others.forEach((witness, outcome) -> agree(witness, test, outcome, engine, ""));
  }

  /** {@code call}'s outcome on every witness but DynamoDB Local. */
  private <R> Map<Witness, Outcome> runOthers(Function<DynamoDbClient, R> call) {
    Map<Witness, Outcome> outcomes = new EnumMap<>(Witness.class);
    witnesses.forEach(
        (witness, started) -> {
          if (witness != Witness.DYNAMODB_LOCAL) {
            outcomes.put(witness, run(started.client(), call, r -> "ok"));
          }
        });
    return outcomes;
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

  /**
   * Stops the engine and every witness, then fails if a dynoxide departure pinned for a test that
   * compared with dynoxide here did not depart (see {@link DynoxideDepartures}).
   */
  @Override
  public void close() {
    engineClient.close();
    engine.close();
    witnesses.values().forEach(Witness.Started::close);
    departures.assertNoneStale();
  }

  /** One backend's outcome: an error description, or a response view. */
  private record Outcome(String error, Object value) {
    @Override
    public String toString() {
      return error != null ? "error " + error : "ok " + value;
    }
  }
}

package io.sable.test;

import io.sable.runtime.observe.RequestObserver;
import io.sable.runtime.table.TableDefinition;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;

/**
 * Records the requests sent through a test's {@code DynamoDbClient}: all of them since the test
 * started ({@link #requests()}), and those sent while one piece of code runs ({@link
 * #record(Callable)}), which is what {@link SableAssertions#assertThatAccessPattern} asserts on.
 *
 * <p>Requests from every thread are recorded. One recording at a time: record inside a record is
 * an error. Thread-safe.
 */
public final class AccessPatternRecorder implements RequestObserver {

  /**
   * What one piece of code returned and the requests it sent, in the order they completed.
   *
   * @param result what the code returned (null for code that returns nothing)
   * @param requests the requests
   * @param <T> the result's type
   */
  public record Recording<T>(T result, List<RecordedRequest> requests) {}

  private final Map<String, TableDefinition> tablesByPhysicalName;
  private final List<RecordedRequest> all = new CopyOnWriteArrayList<>();
  private volatile List<RecordedRequest> window;
  private volatile boolean paused;

  /** A pause in recording, ended by {@link #close()}. */
  public interface Pause extends AutoCloseable {
    /** Resumes recording. */
    @Override
    void close();
  }

  /**
   * @param tablesByPhysicalName the test's tables, each under the name it has on the backend, with
   *     the definition under the name the model declares
   */
  public AccessPatternRecorder(Map<String, TableDefinition> tablesByPhysicalName) {
    this.tablesByPhysicalName = Map.copyOf(tablesByPhysicalName);
  }

  /**
   * Runs the code and returns the requests it sent.
   *
   * @throws IllegalStateException if a recording is already running
   * @throws AssertionError if the code throws (with the exception as its cause)
   */
  public synchronized <T> Recording<T> record(Callable<T> code) {
    Objects.requireNonNull(code, "code");
    if (window != null) {
      throw new IllegalStateException("Already recording: an access pattern cannot be recorded inside another");
    }
    List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    window = requests;
    T result;
    try {
      result = code.call();
    } catch (Exception e) {
      throw new AssertionError("The access pattern threw " + e + "; requests sent: " + requests, e);
    } finally {
      window = null;
    }
    return new Recording<>(result, List.copyOf(requests));
  }

  /** Every request recorded since the last {@link #clear()}, in the order they completed. */
  public List<RecordedRequest> requests() {
    return List.copyOf(all);
  }

  /**
   * Stops recording until the returned pause is closed: for load tests, which send more requests
   * than are worth keeping ({@link io.sable.test.load.Workload} pauses while it runs).
   */
  public Pause pause() {
    paused = true;
    return () -> paused = false;
  }

  /** Forgets the requests recorded so far (the test kit clears before each test). */
  public void clear() {
    all.clear();
  }

  @Override
  public void onResponse(DynamoDbRequest request, DynamoDbResponse response, Duration elapsed) {
    add(new RecordedRequest(request, response, null, elapsed, table(request)));
  }

  @Override
  public void onError(DynamoDbRequest request, RuntimeException error, Duration elapsed) {
    add(new RecordedRequest(request, null, error, elapsed, table(request)));
  }

  private TableDefinition table(DynamoDbRequest request) {
    return request.getValueForField("TableName", String.class).map(tablesByPhysicalName::get).orElse(null);
  }

  private void add(RecordedRequest request) {
    if (paused) {
      return;
    }
    all.add(request);
    List<RecordedRequest> current = window;
    if (current != null) {
      current.add(request);
    }
  }
}

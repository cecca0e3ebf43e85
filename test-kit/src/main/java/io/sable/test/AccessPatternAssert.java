package io.sable.test;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractDoubleAssert;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ObjectAssert;

/**
 * AssertJ assertions on the requests one access pattern sent, made by {@link
 * SableAssertions#assertThatAccessPattern}. Every assertion covers all the requests (a paged Query
 * sends one per page); counts and capacity units are added up over them.
 *
 * <pre>{@code
 * assertThatAccessPattern(() -> orders.ordersByStatus(PENDING).list())
 *     .isQuery()
 *     .usedIndex("GSI1")
 *     .hasKeyCondition("GSI1PK = \"STATUS#PENDING\"")
 *     .returnedItems(2)
 *     .readAtMostCapacityUnits(1.0);
 * }</pre>
 *
 * <p>Capacity assertions read the {@code ConsumedCapacity} the backend reported: the recorder asks
 * for it ({@code ReturnConsumedCapacity = INDEXES}) on every request, and DynamoDB, DynamoDB Local
 * and Sable's engine report it for every item operation, Query and Scan. An assertion fails, naming
 * the request, when a request came back without it (one sent with {@code
 * ReturnConsumedCapacity = NONE} by the code under test, or an operation that reports none, such as
 * CreateTable): it never passes for want of data.
 */
public final class AccessPatternAssert
    extends AbstractAssert<AccessPatternAssert, AccessPatternRecorder.Recording<?>> {

  private static final double TOLERANCE = 1e-9;

  AccessPatternAssert(AccessPatternRecorder.Recording<?> recording) {
    super(recording, AccessPatternAssert.class);
  }

  private List<RecordedRequest> requests() {
    isNotNull();
    return actual.requests();
  }

  private String listing() {
    List<RecordedRequest> requests = actual.requests();
    if (requests.isEmpty()) {
      return "no requests were sent";
    }
    return requests.stream().map(r -> "  " + r.describe()).collect(Collectors.joining("\n", "requests sent:\n", ""));
  }

  private AccessPatternAssert everyRequest(String expectation, Predicate<RecordedRequest> test) {
    List<RecordedRequest> requests = requests();
    if (requests.isEmpty() || !requests.stream().allMatch(test)) {
      failWithMessage("Expected every request of the access pattern to %s, but %s", expectation, listing());
    }
    return this;
  }

  /** It sent exactly this many requests (a paged Query sends one per page). */
  public AccessPatternAssert sentRequests(int expected) {
    if (requests().size() != expected) {
      failWithMessage("Expected the access pattern to send %d request(s), but %s", expected, listing());
    }
    return this;
  }

  /** It sent exactly one request. */
  public AccessPatternAssert sentOneRequest() {
    return sentRequests(1);
  }

  /** Every request was a GetItem. */
  public AccessPatternAssert isGetItem() {
    return usedOperation("GetItem");
  }

  /** Every request was a Query. */
  public AccessPatternAssert isQuery() {
    return usedOperation("Query");
  }

  /** Every request was a GetItem or a Query: the access pattern reads by key. */
  public AccessPatternAssert isGetItemOrQuery() {
    return everyRequest("be a GetItem or a Query",
        r -> r.operation().equals("GetItem") || r.operation().equals("Query"));
  }

  /** Every request was this operation, named as in DynamoDB's API ({@code BatchGetItem}, ...). */
  public AccessPatternAssert usedOperation(String operation) {
    return everyRequest("be a " + operation, r -> r.operation().equals(operation));
  }

  /** No request was a Scan (nor a PartiQL statement, which may scan). */
  public AccessPatternAssert neverScanned() {
    requests();
    if (actual.requests().stream().anyMatch(r -> r.operation().equals("Scan") || r.operation().endsWith("Statement"))) {
      failWithMessage("Expected the access pattern never to Scan, but %s", listing());
    }
    return this;
  }

  /** Every request named this table: its name as the model declares it, or its physical name. */
  public AccessPatternAssert usedTable(String tableName) {
    Objects.requireNonNull(tableName, "tableName");
    return everyRequest("use table " + tableName,
        r -> r.tableName().filter(tableName::equals).isPresent()
            || r.physicalTableName().filter(tableName::equals).isPresent());
  }

  /** Every request used this secondary index ({@code IndexName}). */
  public AccessPatternAssert usedIndex(String indexName) {
    Objects.requireNonNull(indexName, "indexName");
    return everyRequest("use index " + indexName, r -> r.indexName().filter(indexName::equals).isPresent());
  }

  /** No request used a secondary index: they read the table by its primary key. */
  public AccessPatternAssert usedNoIndex() {
    return everyRequest("use no index", r -> r.indexName().isEmpty());
  }

  /**
   * Every request sent this key condition, with placeholders replaced: names by attribute names,
   * values by literals ({@code "text"}, {@code 42}), as {@link RecordedRequest#keyCondition()}
   * writes it, such as {@code PK = "CUSTOMER#42" AND begins_with(SK, "ORDER#")}.
   */
  public AccessPatternAssert hasKeyCondition(String expected) {
    Objects.requireNonNull(expected, "expected");
    return everyRequest("have key condition " + expected, r -> r.keyCondition().filter(expected::equals).isPresent());
  }

  /** Assertions on the first request's key condition (see {@link #hasKeyCondition}). */
  public AbstractStringAssert<?> keyCondition() {
    List<RecordedRequest> requests = requests();
    Optional<String> condition = requests.isEmpty() ? Optional.empty() : requests.get(0).keyCondition();
    if (condition.isEmpty()) {
      failWithMessage("Expected the access pattern's first request to have a key condition, but %s", listing());
    }
    return Assertions.assertThat(condition.get()).as("key condition of %s", requests.get(0).describe());
  }

  /** The requests read exactly this many items in all ({@code ScannedCount}, before filters). */
  public AccessPatternAssert readItems(int expected) {
    return count("read", sum(RecordedRequest::itemsRead), expected, false);
  }

  /** The requests read at most this many items in all. */
  public AccessPatternAssert readAtMostItems(int maximum) {
    return count("read", sum(RecordedRequest::itemsRead), maximum, true);
  }

  /** The requests returned exactly this many items in all ({@code Count}, after filters). */
  public AccessPatternAssert returnedItems(int expected) {
    return count("return", sum(RecordedRequest::itemsReturned), expected, false);
  }

  /** The requests returned at most this many items in all. */
  public AccessPatternAssert returnedAtMostItems(int maximum) {
    return count("return", sum(RecordedRequest::itemsReturned), maximum, true);
  }

  private int sum(ToIntFunction<RecordedRequest> count) {
    return requests().stream().mapToInt(count).sum();
  }

  private AccessPatternAssert count(String verb, int actualCount, int bound, boolean atMost) {
    if (atMost ? actualCount > bound : actualCount != bound) {
      failWithMessage("Expected the access pattern to %s %s%d item(s), but it did %s %d; %s",
          verb, atMost ? "at most " : "", bound, verb, actualCount, listing());
    }
    return this;
  }

  /**
   * The read requests (GetItem, Query, Scan, batch and transactional reads) consumed at most this
   * many capacity units in all, as the backend reported them.
   *
   * @throws AssertionError also if there was no read request, or one lacks {@code ConsumedCapacity}
   */
  public AccessPatternAssert readAtMostCapacityUnits(double maximum) {
    return capacityAtMost("read", RecordedRequest::isRead, maximum);
  }

  /**
   * The write requests (PutItem, UpdateItem, DeleteItem, batch and transactional writes) consumed at
   * most this many capacity units in all.
   *
   * @throws AssertionError also if there was no write request, or one lacks {@code ConsumedCapacity}
   */
  public AccessPatternAssert wroteAtMostCapacityUnits(double maximum) {
    return capacityAtMost("write", r -> !r.isRead(), maximum);
  }

  private AccessPatternAssert capacityAtMost(String kind, Predicate<RecordedRequest> which, double maximum) {
    double units = capacityUnits(kind, which);
    if (units > maximum + TOLERANCE) {
      failWithMessage("Expected the access pattern's %s requests to consume at most %s capacity units, but they"
          + " consumed %s; %s", kind, maximum, units, listing());
    }
    return this;
  }

  /**
   * Assertions on the capacity units all the requests consumed, read and write.
   *
   * @throws AssertionError if a request lacks {@code ConsumedCapacity}
   */
  public AbstractDoubleAssert<?> consumedCapacityUnits() {
    return Assertions.assertThat(capacityUnits("", r -> true)).as("capacity units consumed; %s", listing());
  }

  private double capacityUnits(String kind, Predicate<RecordedRequest> which) {
    List<RecordedRequest> selected = requests().stream().filter(which).toList();
    if (selected.isEmpty()) {
      failWithMessage("Expected the access pattern to send %s requests, but %s", kind.isEmpty() ? "any" : kind, listing());
    }
    double total = 0;
    for (RecordedRequest request : selected) {
      Optional<Double> units = request.consumedCapacityUnits();
      if (units.isEmpty()) {
        failWithMessage("%s", noCapacityMessage(request));
      }
      total += units.get();
    }
    return total;
  }

  private String noCapacityMessage(RecordedRequest request) {
    String asked = request.returnConsumedCapacity()
        .map(mode -> "it was sent with ReturnConsumedCapacity=" + mode)
        .orElse("the operation does not report capacity");
    return "Cannot check consumed capacity: the backend reported no ConsumedCapacity for " + request.describe()
        + " (" + asked + "), so the access pattern's capacity cannot be checked from this request";
  }

  /** Assertions on what the access pattern's code returned. */
  public ObjectAssert<Object> result() {
    isNotNull();
    return Assertions.assertThat((Object) actual.result());
  }
}

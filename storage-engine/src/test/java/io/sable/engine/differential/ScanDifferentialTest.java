package io.sable.engine.differential;

import static io.sable.engine.differential.Fixtures.item;
import static io.sable.engine.differential.Fixtures.n;
import static io.sable.engine.differential.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Scan against DynamoDB Local. The two order a table differently (both by a hash of the partition
 * key, with different hash functions), so whole scans are compared as sorted item lists, and paged
 * scans by the pages' sizes and the union of their items.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScanDifferentialTest {
  private Differential differential;

  @BeforeAll
  void start() {
    differential = Differential.start(Witness.DYNAMODB_LOCAL, Witness.DYNOXIDE);
    differential.both(c -> Fixtures.create(c, Fixtures.table("scanned", 2, "pk", "S", "sk", "N")));
    differential.both(
        c -> {
          for (int i = 0; i < 40; i++) {
            int v = i;
            c.putItem(
                r ->
                    r.tableName("scanned")
                        .item(item("pk", s("p" + v % 7), "sk", n("" + v), "v", n("" + v % 5), "t", s("t" + v))));
          }
        });
  }

  @AfterAll
  void stop() {
    differential.close();
  }

  static Stream<Arguments> scans() {
    return Stream.of(
        Arguments.of("everything", (UnaryOperator<ScanRequest.Builder>) r -> r),
        Arguments.of("filter on key", (UnaryOperator<ScanRequest.Builder>) r -> r.filterExpression("pk = :p").expressionAttributeValues(item(":p", s("p3")))),
        Arguments.of("filter", (UnaryOperator<ScanRequest.Builder>) r -> r.filterExpression("v > :v OR begins_with(t, :t)").expressionAttributeValues(item(":v", n("2"), ":t", s("t1")))),
        Arguments.of("projection", (UnaryOperator<ScanRequest.Builder>) r -> r.projectionExpression("t, v")),
        Arguments.of("count", (UnaryOperator<ScanRequest.Builder>) r -> r.select("COUNT")),
        Arguments.of("count and filter", (UnaryOperator<ScanRequest.Builder>) r -> r.select("COUNT").filterExpression("v = :v").expressionAttributeValues(item(":v", n("1")))),
        Arguments.of("consistent", (UnaryOperator<ScanRequest.Builder>) r -> r.consistentRead(true)));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("scans")
  void scan_whenWholeTableRead_returnsSameItemsAsDynamoDb(String label, UnaryOperator<ScanRequest.Builder> options) {
    differential.same(c -> c.scan(options.apply(ScanRequest.builder().tableName("scanned")).build()), ScanDifferentialTest::unordered);
  }

  static Stream<Arguments> pagedScans() {
    return Stream.of(
        Arguments.of(1, null), Arguments.of(7, null), Arguments.of(40, null), Arguments.of(41, null),
        Arguments.of(6, "v = :v"));
  }

  @ParameterizedTest(name = "[{index}] limit {0} filter {1}")
  @MethodSource("pagedScans")
  void scan_whenPagedByLimit_returnsSamePageSizesAndItemsAsDynamoDb(int limit, String filter) {
    Map<String, AttributeValue> values = filter == null ? null : item(":v", n("1"));
    List<Object> local = pages(differential.local(), limit, filter, values, null, null);
    List<Object> engine = pages(differential.engine(), limit, filter, values, null, null);
    assertThat(engine).isEqualTo(local);
  }

  @ParameterizedTest(name = "[{index}] {0} segments")
  @MethodSource("segmentCounts")
  void scan_whenSegmented_readsEveryItemOnceAcrossSegments(int totalSegments) {
    for (DynamoDbClient client : List.of(differential.local(), differential.engine())) {
      List<String> all = new ArrayList<>();
      for (int segment = 0; segment < totalSegments; segment++) {
        List<Object> pages = pages(client, 3, null, null, segment, totalSegments);
        @SuppressWarnings("unchecked")
        List<String> items = (List<String>) pages.get(pages.size() - 1);
        all.addAll(items);
      }
      assertThat(all).hasSize(40).doesNotHaveDuplicates();
    }
  }

  static Stream<Integer> segmentCounts() {
    return Stream.of(1, 2, 3, 16, 50);
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of("segment without total", ScanRequest.builder().tableName("scanned").segment(0)),
        Arguments.of("total without segment", ScanRequest.builder().tableName("scanned").totalSegments(2)),
        Arguments.of("segment too large", ScanRequest.builder().tableName("scanned").segment(2).totalSegments(2)),
        Arguments.of("total segments zero", ScanRequest.builder().tableName("scanned").segment(0).totalSegments(0)),
        Arguments.of("total segments too large", ScanRequest.builder().tableName("scanned").segment(0).totalSegments(1000001)),
        Arguments.of("limit 0", ScanRequest.builder().tableName("scanned").limit(0)),
        Arguments.of("start key incomplete", ScanRequest.builder().tableName("scanned").exclusiveStartKey(item("pk", s("x")))),
        Arguments.of("values without filter", ScanRequest.builder().tableName("scanned").expressionAttributeValues(item(":v", n("1")))),
        Arguments.of("names without expressions", ScanRequest.builder().tableName("scanned").expressionAttributeNames(Map.of("#v", "v"))),
        Arguments.of("select all projected without index", ScanRequest.builder().tableName("scanned").select("ALL_PROJECTED_ATTRIBUTES")),
        Arguments.of("count and projection", ScanRequest.builder().tableName("scanned").select("COUNT").projectionExpression("v")),
        Arguments.of("missing index", ScanRequest.builder().tableName("scanned").indexName("nope")),
        Arguments.of("bad filter", ScanRequest.builder().tableName("scanned").filterExpression("v = ")),
        Arguments.of("unused value", ScanRequest.builder().tableName("scanned").filterExpression("v = :v").expressionAttributeValues(item(":v", n("1"), ":w", n("2")))));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("invalid")
  void scan_whenRequestInvalid_failsLikeDynamoDb(String label, ScanRequest.Builder request) {
    differential.same(c -> c.scan(request.build()), ScanDifferentialTest::unordered);
  }

  @org.junit.jupiter.api.Test
  void scan_whenSegmentNegative_rejectsWithDynamoDbConstraintMessage() {
    // DynamoDB Local 3.1.0 reports the upper bound for a negative segment; DynamoDB's request
    // validation reports the violated constraint, the lower bound 0 (API reference, Scan, Segment:
    // "Valid Range: Minimum value of 0").
    differential.documentedDifference(
        c -> c.scan(r -> r.tableName("scanned").segment(-1).totalSegments(2)),
        "DynamoDbException|ValidationException|400|1 validation error detected: Value '-1' at"
            + " 'segment' failed to satisfy constraint: Member must have value less than or equal"
            + " to 1",
        "DynamoDbException|ValidationException|400|1 validation error detected: Value '-1' at"
            + " 'segment' failed to satisfy constraint: Member must have value greater than or"
            + " equal to 0");
  }

  @org.junit.jupiter.api.Test
  void scan_whenStartKeyOutsideSegment_rejectsWithDynamoDbsMessage() {
    // Witness: DynamoDB Local ("Exclusive start key must lie within the segment"). Real DynamoDB's
    // message, captured in scylladb/scylladb pull request 9270 (review of 2021-08-31, the same
    // request: TotalSegments 1000000, Segment 0), decides. The engine used to answer HTTP 500 here.
    String localMessage = differential.sameErrorExceptMessage(
        c -> c.scan(r -> r.tableName("scanned").segment(0).totalSegments(1_000_000)
            .exclusiveStartKey(item("pk", s("p3"), "sk", n("3")))),
        "The provided starting key is invalid: Invalid ExclusiveStartKey. Please use"
            + " ExclusiveStartKey with correct Segment. TotalSegments: 1000000 Segment: 0");
    assertThat(localMessage).isEqualTo("Exclusive start key must lie within the segment");
  }

  private static List<Object> pages(
      DynamoDbClient client,
      int limit,
      String filter,
      Map<String, AttributeValue> values,
      Integer segment,
      Integer totalSegments) {
    List<Object> sizes = new ArrayList<>();
    List<String> items = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    int scanned = 0;
    do {
      ScanResponse response =
          client.scan(
              ScanRequest.builder()
                  .tableName("scanned")
                  .limit(limit)
                  .filterExpression(filter)
                  .expressionAttributeValues(values)
                  .segment(segment)
                  .totalSegments(totalSegments)
                  .exclusiveStartKey(start)
                  .build());
      sizes.add(response.scannedCount());
      scanned += response.scannedCount();
      items.addAll(Canonical.items(response.items()));
      start = response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null;
    } while (start != null && sizes.size() < 100);
    items.sort(null);
    List<Object> result = new ArrayList<>();
    if (segment == null) {
      result.add(sizes);
    }
    result.add(scanned >= 0 ? items : List.of());
    return result;
  }

  static Object unordered(ScanResponse response) {
    List<String> items = response.hasItems() ? new ArrayList<>(Canonical.items(response.items())) : null;
    if (items != null) {
      items.sort(null);
    }
    return List.of(
        items == null ? "no items" : items,
        response.count(),
        response.scannedCount(),
        response.hasLastEvaluatedKey());
  }
}

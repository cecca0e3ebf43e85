package io.sable.engine.api.internal;

import io.sable.engine.capacity.throughput.Throughput;
import io.sable.engine.table.Tables;
import io.sable.engine.value.InvalidRequestException;
import io.sable.engine.value.ItemKey;
import io.sable.engine.value.KeyRanges;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Scan: reads a whole table or index in its hash order, one page at a time, optionally one
 * segment of a parallel scan ({@code Segment} of {@code TotalSegments}, equal slices of the hash
 * space).
 */
public final class ScanOperation {
  /** DynamoDB's limit on {@code TotalSegments}. */
  static final int MAX_TOTAL_SEGMENTS = 1_000_000;

  private final Tables tables;

  private final Throughput throughput;

  /** Scan on {@code tables}, throttled by {@code throughput}. */
  public ScanOperation(Tables tables, Throughput throughput) {
    this.tables = tables;
    this.throughput = throughput;
  }

  /** Runs one Scan request. */
  public ScanResponse scan(ScanRequest request) {
    int[] segment = segment(request.segment(), request.totalSegments());
    ReadPlan plan = ReadPlan.of(tables, request::getValueForField, "Scan");
    requireStartKeyInSegment(plan.startKey, segment[0], segment[1]);
    Pager.Page page =
        Pager.read(
            plan,
            plan.table.scan(plan.index, segment[0], segment[1], plan.startKey),
            key -> false,
            throughput,
            plan.startKey != null ? plan.startKey : KeyRanges.sliceStartKey(segment[0], segment[1]));
    return ScanResponse.builder()
        .items(page.items())
        .count(page.count())
        .scannedCount(page.scannedCount())
        .lastEvaluatedKey(page.lastEvaluatedKey())
        .consumedCapacity(page.consumedCapacity())
        .build();
  }

  /**
   * Refuses an {@code ExclusiveStartKey} outside the segment being scanned, with real DynamoDB's
   * message (captured from DynamoDB in scylladb/scylladb pull request 9270, review of
   * 2021-08-31: "The provided starting key is invalid: Invalid ExclusiveStartKey. Please use
   * ExclusiveStartKey with correct Segment. TotalSegments: 1000000 Segment: 0"; DynamoDB Local
   * says "Exclusive start key must lie within the segment" instead).
   */
  private static void requireStartKeyInSegment(ItemKey startKey, int segment, int totalSegments) {
    if (startKey != null && KeyRanges.sliceOf(startKey.hash(), totalSegments) != segment) {
      throw new InvalidRequestException(
          "The provided starting key is invalid: Invalid ExclusiveStartKey. Please use"
              + " ExclusiveStartKey with correct Segment. TotalSegments: "
              + totalSegments
              + " Segment: "
              + segment);
    }
  }

  private static int[] segment(Integer segment, Integer totalSegments) {
    if (segment == null && totalSegments == null) {
      return new int[] {0, 1};
    }
    if (totalSegments == null) {
      throw new InvalidRequestException(
          "If segment is specified, total segment must also be specified");
    }
    if (segment == null) {
      throw new InvalidRequestException(
          "If total segments is specified, a particular segment must also be specified for this"
              + " request");
    }
    if (totalSegments > MAX_TOTAL_SEGMENTS) {
      throw new InvalidRequestException(
          "1 validation error detected: Value '"
              + totalSegments
              + "' at 'totalSegments' failed to satisfy constraint: Member must have value less"
              + " than or equal to 1000000");
    }
    if (segment < 0 || segment >= totalSegments) {
      throw new InvalidRequestException(
          "1 validation error detected: Value '"
              + segment
              + "' at 'segment' failed to satisfy constraint: Member must have value "
              + (segment < 0
                  ? "greater than or equal to 0"
                  : "less than or equal to " + (totalSegments - 1)));
    }
    return new int[] {segment, totalSegments};
  }
}

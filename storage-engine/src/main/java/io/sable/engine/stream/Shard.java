package io.sable.engine.stream;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One shard of a stream: an append-only run of records in commit order, open until it rolls over
 * to a child shard or the stream is disabled, then closed with an {@code EndingSequenceNumber}.
 * Records older than the stream's retention are trimmed from its head. Thread-safe.
 */
public final class Shard {
  private final String shardId;
  private final String parentShardId;
  private final long startingSequenceNumber;
  private final Instant createdAt;
  private final List<ChangeRecord> records = new ArrayList<>();
  private int head;
  private long trimmedThrough;
  private long endingSequenceNumber = -1;
  private Instant closedAt;

  Shard(String shardId, String parentShardId, long startingSequenceNumber, Instant createdAt) {
    this.shardId = shardId;
    this.parentShardId = parentShardId;
    this.startingSequenceNumber = startingSequenceNumber;
    this.createdAt = createdAt;
    this.trimmedThrough = startingSequenceNumber - 1;
  }

  /** {@code ShardId}: {@code shardId-<20-digit creation millis>-<8 hex digits>}. */
  public String shardId() {
    return shardId;
  }

  /** {@code ParentShardId}: the shard this one continues, or {@code null}. */
  public String parentShardId() {
    return parentShardId;
  }

  /** The first sequence number the shard can hold. */
  public long startingSequenceNumber() {
    return startingSequenceNumber;
  }

  /** When the shard was opened. */
  public Instant createdAt() {
    return createdAt;
  }

  /** Whether the shard is closed (it takes no more records). */
  public synchronized boolean isClosed() {
    return closedAt != null;
  }

  /** When the shard was closed, or {@code null} while it is open. */
  public synchronized Instant closedAt() {
    return closedAt;
  }

  /** The last sequence number of a closed shard, or -1 while it is open. */
  public synchronized long endingSequenceNumber() {
    return endingSequenceNumber;
  }

  /**
   * The sequence number of the last record trimmed from the head (retention), or {@code
   * startingSequenceNumber() - 1} if none was: an iterator positioned before it reads trimmed data.
   */
  public synchronized long trimmedThrough() {
    return trimmedThrough;
  }

  /** The sequence number of the last record appended, or {@code startingSequenceNumber() - 1}. */
  public synchronized long lastSequenceNumber() {
    return head == records.size() ? trimmedThrough : records.get(records.size() - 1).sequenceNumber();
  }

  /** Whether the shard holds no record, trimmed or not. */
  synchronized boolean neverWritten() {
    return records.isEmpty() && trimmedThrough < startingSequenceNumber;
  }

  /** Whether every record was trimmed (or none was written). */
  synchronized boolean drained() {
    return head == records.size();
  }

  synchronized void append(ChangeRecord record) {
    records.add(record);
  }

  /** Closes the shard after its last record (an empty shard ends where it starts). */
  synchronized void close(Instant now) {
    if (closedAt == null) {
      closedAt = now;
      endingSequenceNumber = Math.max(lastSequenceNumber(), startingSequenceNumber);
    }
  }

  /** Drops the records created at or before {@code horizon} from the head. */
  synchronized void trim(Instant horizon) {
    while (head < records.size() && !records.get(head).createdAt().isAfter(horizon)) {
      trimmedThrough = records.get(head).sequenceNumber();
      records.set(head++, null);
    }
    if (head > 1024 && head * 2 > records.size()) {
      records.subList(0, head).clear();
      head = 0;
    }
  }

  /** The shard's state, with its untrimmed records. */
  synchronized StreamState.ShardState export() {
    return new StreamState.ShardState(
        shardId,
        parentShardId,
        startingSequenceNumber,
        createdAt,
        closedAt,
        endingSequenceNumber,
        trimmedThrough,
        List.copyOf(records.subList(head, records.size())));
  }

  /** A shard as {@code state} describes it. */
  static Shard restore(StreamState.ShardState state) {
    Shard shard =
        new Shard(
            state.shardId(), state.parentShardId(), state.startingSequenceNumber(), state.createdAt());
    shard.closedAt = state.closedAt();
    shard.endingSequenceNumber = state.endingSequenceNumber();
    shard.trimmedThrough = state.trimmedThrough();
    shard.records.addAll(state.records());
    return shard;
  }

  /**
   * Up to {@code limit} records after sequence number {@code position}, stopping before the total
   * {@code SizeBytes} would pass {@code maxBytes} (at least one record is returned if any is
   * there).
   */
  public synchronized List<ChangeRecord> after(long position, int limit, long maxBytes) {
    int from = firstAfter(position);
    List<ChangeRecord> page = new ArrayList<>(Math.min(limit, records.size() - from));
    long bytes = 0;
    for (int i = from; i < records.size() && page.size() < limit; i++) {
      ChangeRecord record = records.get(i);
      bytes += record.sizeBytes();
      if (!page.isEmpty() && bytes > maxBytes) {
        break;
      }
      page.add(record);
    }
    return page;
  }

  // The index of the first live record whose sequence number is above position (binary search).
  private int firstAfter(long position) {
    int low = head;
    int high = records.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (records.get(middle).sequenceNumber() <= position) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}

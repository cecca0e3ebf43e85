package io.sable.engine.server.crash;

import io.sable.engine.server.crash.WriterState.Kind;
import io.sable.engine.server.crash.WriterState.KeyWrite;
import io.sable.engine.server.crash.WriterState.Op;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamDescription;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;

/**
 * Checks a restarted server against what the writers know: every acknowledged write present (the
 * writer's last acknowledged value per key, or its in-flight one), every transaction all or
 * nothing, the GSI equal to the table, and the stream (all shards from TRIM_HORIZON) consistent
 * with the items: the last record per key is the item (or a REMOVE of an absent key), every
 * acknowledged write has its record, and an in-flight write that did not happen has none.
 */
final class Verifier {
  static final String INDEX = "byGroup";
  private final DynamoDbClient client;
  private final DynamoDbStreamsClient streams;
  private final String table;
  private final List<String> violations;

  Verifier(DynamoDbClient client, DynamoDbStreamsClient streams, String table, List<String> violations) {
    this.client = client;
    this.streams = streams;
    this.table = table;
    this.violations = violations;
  }

  /** Every item of the table, by {@code pk}, read with ConsistentRead. */
  Map<String, Map<String, AttributeValue>> items() {
    return scan(ScanRequest.builder().tableName(table).consistentRead(true));
  }

  private Map<String, Map<String, AttributeValue>> scan(ScanRequest.Builder request) {
    Map<String, Map<String, AttributeValue>> items = new HashMap<>();
    Map<String, AttributeValue> start = null;
    do {
      ScanResponse page = client.scan(request.exclusiveStartKey(start).build());
      for (Map<String, AttributeValue> item : page.items()) {
        if (items.put(item.get("pk").s(), item) != null) {
          violations.add("Scan returned " + item.get("pk").s() + " twice");
        }
      }
      start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
    } while (start != null);
    return items;
  }

  /**
   * Checks {@code items} against {@code writers}; returns how many in-flight writes turned out
   * applied.
   */
  int checkItems(Map<String, Map<String, AttributeValue>> items, List<WriterState> writers, String round) {
    int applied = 0;
    Set<String> known = new HashSet<>();
    for (WriterState writer : writers) {
      Op pending = writer.pending();
      Map<String, KeyWrite> inFlight = new HashMap<>();
      if (pending != null) {
        pending.writes().forEach(w -> inFlight.put(w.key(), w));
      }
      Set<String> keys = new HashSet<>(writer.keys());
      keys.addAll(inFlight.keySet());
      known.addAll(keys);
      for (String key : keys) {
        Map<String, AttributeValue> observed = items.get(key);
        KeyWrite write = inFlight.get(key);
        Map<String, AttributeValue> expected = write != null ? write.before() : writer.expected(key);
        if (Objects.equals(observed, expected)) {
          continue;
        }
        if (write != null && Objects.equals(observed, write.after())) {
          continue;
        }
        violations.add(round + ": " + key + " is " + observed + ", expected " + expected
            + (write != null ? " or (in flight) " + write.after() : ""));
      }
      if (pending != null) {
        long after = pending.writes().stream().filter(w -> Objects.equals(items.get(w.key()), w.after())).count();
        long before = pending.writes().stream().filter(w -> Objects.equals(items.get(w.key()), w.before())).count();
        boolean same = pending.writes().stream().allMatch(w -> Objects.equals(w.before(), w.after()));
        if (pending.kind() == Kind.TRANSACT && after != pending.writes().size() && before != pending.writes().size()) {
          violations.add(round + ": in-flight transaction seq " + pending.seq() + " of " + pending.writes().size()
              + " items is half applied (" + after + " applied)");
        }
        if (after == pending.writes().size() && !same) {
          applied++;
        }
      }
    }
    for (String key : items.keySet()) {
      if (!known.contains(key)) {
        violations.add(round + ": " + key + " is present but was never written: " + items.get(key));
      }
    }
    return applied;
  }

  /** The GSI holds exactly the table's items that have its keys (projection ALL). */
  void checkIndex(Map<String, Map<String, AttributeValue>> items, String round) {
    Map<String, Map<String, AttributeValue>> indexed = scan(ScanRequest.builder().tableName(table).indexName(INDEX));
    Map<String, Map<String, AttributeValue>> expected = new HashMap<>();
    items.forEach((key, item) -> {
      if (item.containsKey("grp") && item.containsKey("seq")) {
        expected.put(key, item);
      }
    });
    if (!indexed.equals(expected)) {
      Set<String> missing = new HashSet<>(expected.keySet());
      missing.removeAll(indexed.keySet());
      Set<String> extra = new HashSet<>(indexed.keySet());
      extra.removeAll(expected.keySet());
      long differ = expected.keySet().stream()
          .filter(indexed::containsKey).filter(k -> !indexed.get(k).equals(expected.get(k))).count();
      violations.add(round + ": GSI " + INDEX + " disagrees with the table: missing " + missing + ", extra " + extra
          + ", " + differ + " differing");
    }
  }

  /** Checks the stream; returns the number of records read. */
  int checkStream(Map<String, Map<String, AttributeValue>> items, List<WriterState> writers, String round) {
    String arn = client.describeTable(b -> b.tableName(table)).table().latestStreamArn();
    if (arn == null) {
      violations.add(round + ": the table has no stream after restart");
      return 0;
    }
    List<Record> records = records(arn, round);
    Map<String, List<Record>> byKey = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (Record record : records) {
      String key = record.dynamodb().keys().get("pk").s();
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(record);
      Map<String, AttributeValue> image = record.dynamodb().newImage();
      if (record.dynamodb().hasNewImage() && image.containsKey("seq")) {
        seen.add(key + "@" + image.get("seq").n());
      }
    }
    Comparator<Record> bySequence = Comparator.comparing(r -> new BigInteger(r.dynamodb().sequenceNumber()));
    Set<String> keys = new HashSet<>(byKey.keySet());
    keys.addAll(items.keySet());
    for (String key : keys) {
      Map<String, AttributeValue> item = items.get(key);
      List<Record> history = byKey.getOrDefault(key, List.of());
      if (history.isEmpty()) {
        violations.add(round + ": " + key + " has no stream record but is " + item);
        continue;
      }
      Record last = history.stream().max(bySequence).orElseThrow();
      if (last.eventNameAsString().equals("REMOVE")) {
        if (item != null) {
          violations.add(round + ": " + key + "'s last stream record is a REMOVE but the item is " + item);
        }
      } else if (!last.dynamodb().newImage().equals(item)) {
        violations.add(round + ": " + key + "'s last stream record (" + last.eventNameAsString() + ", "
            + last.dynamodb().sequenceNumber() + ") has " + last.dynamodb().newImage() + " but the item is " + item);
      }
    }
    for (WriterState writer : writers) {
      for (Op op : writer.ackedSinceVerify()) {
        for (KeyWrite write : op.writes()) {
          if (write.after() != null && !seen.contains(write.key() + "@" + op.seq())) {
            violations.add(round + ": acknowledged " + op.kind() + " seq " + op.seq() + " of " + write.key()
                + " has no stream record");
          }
        }
      }
      Op pending = writer.pending();
      if (pending != null) {
        for (KeyWrite write : pending.writes()) {
          boolean happened = Objects.equals(items.get(write.key()), write.after());
          if (!happened && write.after() != null && seen.contains(write.key() + "@" + pending.seq())) {
            violations.add(round + ": in-flight " + pending.kind() + " seq " + pending.seq() + " of " + write.key()
                + " did not happen but has a stream record");
          }
        }
      }
    }
    return records.size();
  }

  private List<Record> records(String arn, String round) {
    List<Shard> shards = new ArrayList<>();
    String start = null;
    do {
      String from = start;
      StreamDescription description = streams.describeStream(b -> b.streamArn(arn).exclusiveStartShardId(from))
          .streamDescription();
      shards.addAll(description.shards());
      start = description.lastEvaluatedShardId();
    } while (start != null);
    List<Record> records = new ArrayList<>();
    for (Shard shard : shards) {
      String iterator = streams.getShardIterator(b -> b.streamArn(arn).shardId(shard.shardId())
          .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
      for (int calls = 0; iterator != null; calls++) {
        if (calls > 100_000) {
          violations.add(round + ": shard " + shard.shardId() + " never ends");
          break;
        }
        String current = iterator;
        var page = streams.getRecords(b -> b.shardIterator(current).limit(1000));
        records.addAll(page.records());
        iterator = page.records().isEmpty() ? null : page.nextShardIterator();
      }
    }
    return records;
  }
}

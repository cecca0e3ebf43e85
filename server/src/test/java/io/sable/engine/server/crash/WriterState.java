package io.sable.engine.server.crash;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * One writer's knowledge of the table: the item it expects under each key it owns (no other writer
 * touches them), the operation it has in flight (at most one: a writer is sequential), and the
 * writes acknowledged since the last verification.
 *
 * <p>Keys: {@code w<N>#p<i>} (PutItem and DeleteItem), {@code w<N>#c<i>} (UpdateItem ADD), {@code
 * w<N>#t<i>} and {@code w<N>#tc} (TransactWriteItems: 1–3 Puts and an ADD on {@code tc}, with a
 * ClientRequestToken). Every write sets {@code seq}, the writer's increasing sequence number, so
 * each write leaves a distinct item and a distinct stream record.
 */
final class WriterState {
  static final int PUT_KEYS = 12;
  static final int COUNTER_KEYS = 4;
  static final int TX_KEYS = 6;
  private static final String PAD = "x".repeat(120);

  /** Kinds of write. */
  enum Kind { PUT, DELETE, ADD, TRANSACT }

  /**
   * A write to one key: the item before (null when absent) and after (null for a delete).
   */
  record KeyWrite(String key, Map<String, AttributeValue> before, Map<String, AttributeValue> after) {}

  /**
   * One write: its kind, sequence number, the keys it changes, and for a transaction the request
   * (with its ClientRequestToken) that can be sent again.
   */
  record Op(Kind kind, long seq, String table, List<KeyWrite> writes, TransactWriteItemsRequest transact,
      Update update) {}

  final int writer;
  private final Random random;
  private final Map<String, Map<String, AttributeValue>> expected = new HashMap<>();
  private final List<Op> ackedSinceVerify = new ArrayList<>();
  private long seq;
  private volatile Op pending;
  private Op lastAckedTransact;
  long acked;
  long ackedItemWrites;

  WriterState(int writer, long seed) {
    this.writer = writer;
    this.random = new Random(seed * 31 + writer);
  }

  /** The prefix of every key this writer owns. */
  String prefix() {
    return "w" + writer + "#";
  }

  /** The item expected under {@code key}, or null when it should be absent. */
  Map<String, AttributeValue> expected(String key) {
    return expected.get(key);
  }

  /** Every key this writer has written. */
  java.util.Set<String> keys() {
    return expected.keySet();
  }

  /** The next write, chosen at random, now in flight. */
  Op next(String table) {
    seq++;
    int dice = random.nextInt(100);
    Op op;
    if (dice < 35) {
      String key = prefix() + "p" + random.nextInt(PUT_KEYS);
      op = new Op(Kind.PUT, seq, table, List.of(new KeyWrite(key, expected.get(key), item(key))), null, null);
    } else if (dice < 45) {
      String key = prefix() + "p" + random.nextInt(PUT_KEYS);
      op = new Op(Kind.DELETE, seq, table, List.of(new KeyWrite(key, expected.get(key), null)), null, null);
    } else if (dice < 70) {
      String key = prefix() + "c" + random.nextInt(COUNTER_KEYS);
      op = new Op(Kind.ADD, seq, table, List.of(new KeyWrite(key, expected.get(key), added(key, null))), null,
          update(table, key, null));
    } else {
      op = transact(table);
    }
    pending = op;
    return op;
  }

  private Op transact(String table) {
    int puts = 1 + random.nextInt(3);
    String tx = prefix() + "n" + seq;
    List<KeyWrite> writes = new ArrayList<>();
    List<TransactWriteItem> items = new ArrayList<>();
    List<Integer> slots = new ArrayList<>();
    for (int i = 0; i < TX_KEYS; i++) {
      slots.add(i);
    }
    java.util.Collections.shuffle(slots, random);
    for (int i = 0; i < puts; i++) {
      String key = prefix() + "t" + slots.get(i);
      Map<String, AttributeValue> after = new LinkedHashMap<>(item(key));
      after.put("tx", AttributeValue.fromS(tx));
      writes.add(new KeyWrite(key, expected.get(key), Map.copyOf(after)));
      items.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(after).build()).build());
    }
    String counter = prefix() + "tc";
    writes.add(new KeyWrite(counter, expected.get(counter), added(counter, tx)));
    items.add(TransactWriteItem.builder().update(update(table, counter, tx)).build());
    TransactWriteItemsRequest request = TransactWriteItemsRequest.builder()
        .transactItems(items)
        .clientRequestToken(UUID.randomUUID().toString())
        .build();
    return new Op(Kind.TRANSACT, seq, table, List.copyOf(writes), request, null);
  }

  /** The UpdateItem of an ADD write: {@code ADD cnt :one SET seq, grp, w (, tx)}. */
  Update update(String table, String key, String tx) {
    Map<String, String> names = new HashMap<>(Map.of("#c", "cnt", "#s", "seq", "#g", "grp", "#w", "w"));
    Map<String, AttributeValue> values = new HashMap<>(Map.of(
        ":one", AttributeValue.fromN("1"),
        ":s", AttributeValue.fromN(Long.toString(seq)),
        ":g", AttributeValue.fromS(group()),
        ":w", AttributeValue.fromN(Integer.toString(writer))));
    String expression = "ADD #c :one SET #s = :s, #g = :g, #w = :w";
    if (tx != null) {
      names.put("#t", "tx");
      values.put(":t", AttributeValue.fromS(tx));
      expression += ", #t = :t";
    }
    return Update.builder().tableName(table).key(Map.of("pk", AttributeValue.fromS(key)))
        .updateExpression(expression).expressionAttributeNames(names).expressionAttributeValues(values).build();
  }

  private Map<String, AttributeValue> item(String key) {
    return Map.of(
        "pk", AttributeValue.fromS(key),
        "w", AttributeValue.fromN(Integer.toString(writer)),
        "seq", AttributeValue.fromN(Long.toString(seq)),
        "grp", AttributeValue.fromS(group()),
        "pad", AttributeValue.fromS(PAD));
  }

  private Map<String, AttributeValue> added(String key, String tx) {
    Map<String, AttributeValue> before = expected.get(key);
    Map<String, AttributeValue> after = new LinkedHashMap<>();
    long count = 0;
    if (before != null) {
      after.putAll(before);
      count = Long.parseLong(before.get("cnt").n());
    }
    after.put("pk", AttributeValue.fromS(key));
    after.put("cnt", AttributeValue.fromN(Long.toString(count + 1)));
    after.put("seq", AttributeValue.fromN(Long.toString(seq)));
    after.put("grp", AttributeValue.fromS(group()));
    after.put("w", AttributeValue.fromN(Integer.toString(writer)));
    if (tx != null) {
      after.put("tx", AttributeValue.fromS(tx));
    }
    return Map.copyOf(after);
  }

  private String group() {
    return "g" + (seq % 5);
  }

  /** The write in flight, or null. */
  Op pending() {
    return pending;
  }

  /** The in-flight write was acknowledged: it is now expected. */
  void acknowledged(Op op) {
    for (KeyWrite write : op.writes()) {
      expected.put(write.key(), write.after());
    }
    ackedSinceVerify.add(op);
    if (op.kind() == Kind.TRANSACT) {
      lastAckedTransact = op;
    }
    acked++;
    ackedItemWrites += op.writes().size();
    pending = null;
  }

  /** A transaction sent again after the restart with its token: it is now wholly expected. */
  void settle(Op op) {
    for (KeyWrite write : op.writes()) {
      expected.put(write.key(), write.after());
    }
    lastAckedTransact = op;
  }

  /** After a verification: the in-flight write's outcome is now known ({@code observed} per key). */
  void resolve(Map<String, Map<String, AttributeValue>> observed) {
    Op op = pending;
    if (op != null) {
      for (KeyWrite write : op.writes()) {
        expected.put(write.key(), observed.get(write.key()));
      }
    }
    pending = null;
    ackedSinceVerify.clear();
  }

  /** Writes acknowledged since the last verification. */
  List<Op> ackedSinceVerify() {
    return ackedSinceVerify;
  }

  /** The last acknowledged transaction, or null. */
  Op lastAckedTransact() {
    return lastAckedTransact;
  }

  /** A fresh table: nothing expected. */
  void reset() {
    expected.clear();
    ackedSinceVerify.clear();
    lastAckedTransact = null;
    pending = null;
  }
}

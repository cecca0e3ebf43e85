package io.sable.engine.capacity.throughput;

import io.sable.engine.value.ItemKey;
import io.sable.engine.value.KeyValue;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Contributor Insights for one table or index while it is enabled: per minute of engine time, the
 * consumed capacity and throttle events of each partition key and each item key (at most {@value
 * #KEYS_PER_MINUTE} distinct keys a minute; DynamoDB's rules likewise report only top
 * contributors), kept for {@value #RETAINED_MINUTES} minutes. Guarded by its {@link
 * ResourceCapacity}'s lock.
 */
final class KeyContributors {
  static final int KEYS_PER_MINUTE = 10_000;
  static final int RETAINED_MINUTES = 24 * 60;
  private static final long MINUTE = 60_000_000_000L;

  private record Key(String partitionKey, String sortKey) {}

  private final TreeMap<Long, Map<Key, double[]>> minutes = new TreeMap<>();

  void record(ItemKey key, boolean write, double units, boolean throttled, long nowNanos) {
    Map<Key, double[]> minute = minute(nowNanos);
    String partitionKey = text(key.partitionKey());
    add(minute, new Key(partitionKey, null), write, units, throttled);
    if (key.sortKey() != KeyValue.NONE && key.sortKey().value() != null) {
      add(minute, new Key(partitionKey, text(key.sortKey())), write, units, throttled);
    }
  }

  /**
   * The top {@code limit} contributors from {@code fromNanos} on, partition keys alone ({@code
   * items} false) or item keys, ranked by consumed capacity ({@code throttled} false) or by
   * throttle events.
   */
  List<KeyContributor> top(long fromNanos, boolean items, boolean throttled, int limit) {
    Map<Key, double[]> sums = new HashMap<>();
    for (Map<Key, double[]> minute : minutes.tailMap(Math.floorDiv(fromNanos, MINUTE), true).values()) {
      minute.forEach(
          (key, value) -> {
            if ((key.sortKey != null) == items) {
              double[] sum = sums.computeIfAbsent(key, k -> new double[3]);
              for (int i = 0; i < 3; i++) {
                sum[i] += value[i];
              }
            }
          });
    }
    List<KeyContributor> result = new ArrayList<>();
    sums.forEach(
        (key, s) -> {
          if (!throttled || s[2] > 0) {
            result.add(new KeyContributor(key.partitionKey, key.sortKey, s[0], s[1], (long) s[2]));
          }
        });
    Comparator<KeyContributor> order =
        throttled
            ? Comparator.comparingLong(KeyContributor::throttleEvents)
            : Comparator.comparingDouble(KeyContributor::consumedCapacityUnits);
    result.sort(order.reversed().thenComparing(KeyContributor::partitionKey));
    return result.size() > limit ? new ArrayList<>(result.subList(0, limit)) : result;
  }

  private static void add(
      Map<Key, double[]> minute, Key key, boolean write, double units, boolean throttled) {
    double[] sums = minute.get(key);
    if (sums == null) {
      if (minute.size() >= KEYS_PER_MINUTE) {
        return;
      }
      sums = new double[3];
      minute.put(key, sums);
    }
    sums[write ? 1 : 0] += units;
    if (throttled) {
      sums[2]++;
    }
  }

  private Map<Key, double[]> minute(long nowNanos) {
    long minute = Math.floorDiv(nowNanos, MINUTE);
    Map<Key, double[]> map = minutes.computeIfAbsent(minute, m -> new HashMap<>());
    while (minutes.firstKey() <= minute - RETAINED_MINUTES) {
      minutes.pollFirstEntry();
    }
    return map;
  }

  /** A key value as text: a string as is, a number's digits, a binary in base64. */
  static String text(KeyValue value) {
    AttributeValue attribute = value.value();
    if (attribute == null) {
      return "";
    }
    if (attribute.s() != null) {
      return attribute.s();
    }
    if (attribute.n() != null) {
      return attribute.n();
    }
    return Base64.getEncoder().encodeToString(attribute.b().asByteArray());
  }
}

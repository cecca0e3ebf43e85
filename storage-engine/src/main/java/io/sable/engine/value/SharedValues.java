package io.sable.engine.value;

import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Shares equal short {@code S} and {@code N} attribute values, and equal attribute names, between
 * stored items, so that a table of many similar items (the same airport code, entity type or small
 * number in every item) holds one copy of each instead of one per item.
 *
 * <p>A direct-mapped cache of {@value #SLOTS} slots per kind, indexed by the value's hash: a value
 * either finds its equal in its slot and is replaced by it, or takes the slot. Lock-free: {@code
 * AttributeValue}s and {@code String}s are immutable with final fields, so a racing read sees either
 * the old or the new occupant, both correct. Values longer than {@value #MAX_LENGTH} characters are
 * left alone: they are rarely repeated.
 */
final class SharedValues {
  static final int SLOTS = 1 << 16;
  static final int MAX_LENGTH = 32;

  private static final AttributeValue[] STRINGS = new AttributeValue[SLOTS];
  private static final AttributeValue[] NUMBERS = new AttributeValue[SLOTS];
  private static final String[] NAMES = new String[SLOTS];

  private SharedValues() {}

  /**
   * {@code attributes} with shared names and values where an equal one is cached; the map itself if
   * nothing was shared.
   */
  static Map<String, AttributeValue> share(Map<String, AttributeValue> attributes) {
    Map<String, AttributeValue> shared = null;
    for (Map.Entry<String, AttributeValue> entry : attributes.entrySet()) {
      String name = entry.getKey();
      String sharedName = name(name);
      AttributeValue value = entry.getValue();
      AttributeValue sharedValue = value(value);
      if (shared == null && (sharedName != name || sharedValue != value)) {
        shared = new LinkedHashMap<>(attributes.size() * 4 / 3 + 1);
        for (Map.Entry<String, AttributeValue> before : attributes.entrySet()) {
          if (before.getKey().equals(name)) {
            break;
          }
          shared.put(before.getKey(), before.getValue());
        }
      }
      if (shared != null) {
        shared.put(sharedName, sharedValue);
      }
    }
    return shared == null ? attributes : java.util.Collections.unmodifiableMap(shared);
  }

  /** The cached name equal to {@code name}, after caching {@code name} if its slot held another. */
  static String name(String name) {
    if (name.length() > MAX_LENGTH) {
      return name;
    }
    int slot = spread(name.hashCode());
    String cached = NAMES[slot];
    if (cached != null && cached.equals(name)) {
      return cached;
    }
    NAMES[slot] = name;
    return name;
  }

  /** The cached value equal to {@code value} (a short S or N), or {@code value} itself. */
  static AttributeValue value(AttributeValue value) {
    String s = value.s();
    if (s != null) {
      return s.length() > MAX_LENGTH ? value : lookUp(STRINGS, s, value, true);
    }
    String n = value.n();
    if (n != null) {
      return n.length() > MAX_LENGTH ? value : lookUp(NUMBERS, n, value, false);
    }
    return value;
  }

  private static AttributeValue lookUp(AttributeValue[] slots, String text, AttributeValue value, boolean string) {
    int slot = spread(text.hashCode());
    AttributeValue cached = slots[slot];
    if (cached != null && text.equals(string ? cached.s() : cached.n())) {
      return cached;
    }
    slots[slot] = value;
    return value;
  }

  private static int spread(int hash) {
    return (hash ^ (hash >>> 16)) & (SLOTS - 1);
  }
}

package io.sable.engine.value;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dictionary of attribute names that {@link ItemEncoding} writes as small numbers instead of
 * their text: a table of many similar items names the same few attributes in every item, so each
 * item holds a one- or two-byte reference per attribute instead of the name.
 *
 * <p>Process-wide and append-only: a name keeps its number for the life of the JVM, so encoded
 * items never need re-encoding. At most {@value #CAPACITY} names of at most {@value #MAX_LENGTH}
 * UTF-16 characters are kept (about 4 MB at most); other names are written in full. Thread-safe:
 * lookups are lock-free, additions take a lock.
 */
final class AttributeNames {
  static final int CAPACITY = 1 << 16;
  static final int MAX_LENGTH = 64;

  private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();
  private static volatile String[] names = new String[256];
  private static int count;

  private AttributeNames() {}

  /** The number of {@code name}, added now if there is room; -1 if it is not in the dictionary. */
  static int id(String name) {
    Integer id = IDS.get(name);
    if (id != null) {
      return id;
    }
    if (name.length() > MAX_LENGTH) {
      return -1;
    }
    return add(name);
  }

  private static synchronized int add(String name) {
    Integer id = IDS.get(name);
    if (id != null) {
      return id;
    }
    if (count == CAPACITY) {
      return -1;
    }
    String[] current = names;
    if (count == current.length) {
      current = Arrays.copyOf(current, current.length * 2);
    }
    current[count] = name;
    // Publish the array (volatile write) before the id, so a reader that finds the id finds the name.
    names = current;
    IDS.put(name, count);
    return count++;
  }

  /** The name numbered {@code id} by {@link #id}. */
  static String name(int id) {
    return names[id];
  }
}

package io.sable.engine.table;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tags of one table ({@code TagResource}, {@code UntagResource}, {@code ListTagsOfResource}):
 * key-value pairs, a key at most once. Thread-safe.
 */
public final class TableTags {
  private final TreeMap<String, String> tags = new TreeMap<>();

  /** Adds or overwrites each tag. */
  public synchronized void put(Map<String, String> added) {
    tags.putAll(added);
  }

  /** Removes the tags with these keys; absent keys are ignored. */
  public synchronized void remove(Collection<String> keys) {
    keys.forEach(tags::remove);
  }

  /** How many tags there would be after adding {@code keys}. */
  public synchronized int countWith(Collection<String> keys) {
    int count = tags.size();
    for (String key : keys) {
      if (!tags.containsKey(key)) {
        count++;
      }
    }
    return count;
  }

  /** A copy of the tags, by key. */
  public synchronized Map<String, String> all() {
    return new TreeMap<>(tags);
  }
}

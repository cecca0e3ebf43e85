package io.sable.engine.expression;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A bounded cache of parsed expressions, shared by all requests: applications send the same few
 * expression texts over and over, and a parsed, checked AST (immutable records, placeholders not
 * yet bound) can be reused by any request. Only successful parses are kept; a rejected text is
 * parsed, and rejected, each time. When the cache holds {@value #MAX_ENTRIES} texts it is emptied
 * and fills again with the texts in use.
 */
final class ParseCache {
  static final int MAX_ENTRIES = 4096;

  private static final ConcurrentHashMap<Key, Object> CACHE = new ConcurrentHashMap<>();

  private ParseCache() {}

  private record Key(String grammar, String text) {}

  /** The cached parse of {@code text} in {@code grammar} (kind included), or a new one. */
  @SuppressWarnings("unchecked")
  static <T> T get(String grammar, String text, Supplier<T> parse) {
    Key key = new Key(grammar, text);
    Object cached = CACHE.get(key);
    if (cached != null) {
      return (T) cached;
    }
    T parsed = parse.get();
    if (CACHE.size() >= MAX_ENTRIES) {
      CACHE.clear();
    }
    CACHE.put(key, parsed);
    return parsed;
  }
}

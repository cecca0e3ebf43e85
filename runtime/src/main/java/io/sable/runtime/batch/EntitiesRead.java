package io.sable.runtime.batch;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The entities a batch read found, and the keys it could not read before its deadline.
 *
 * @param entities the entities found, in no particular order (absent keys have none)
 * @param unprocessedKeys the primary keys not read; empty when every key was read
 * @param <T> the entity
 */
public record EntitiesRead<T>(List<T> entities, List<Map<String, AttributeValue>> unprocessedKeys) {
  /** Copies the lists. */
  public EntitiesRead {
    entities = List.copyOf(entities);
    unprocessedKeys = List.copyOf(unprocessedKeys);
  }

  /**
   * The entities of one class, for a read of several entity types (a table's {@code getAll}).
   *
   * @return the entities that are instances of {@code type}, in the order of {@link #entities()}
   */
  public <E> List<E> entities(Class<E> type) {
    return entities.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** Whether every key was read. */
  public boolean complete() {
    return unprocessedKeys.isEmpty();
  }
}

package io.sable.runtime.write;

/**
 * A generated repository, as a {@link Transaction} sees it: the writer of its entity.
 *
 * @param <T> the entity
 */
public interface EntityRepository<T> {

  /** The entity's writer: its schema, its table, and its {@code @Version} and {@code @Unique} rules. */
  EntityWriter<T> writer();
}

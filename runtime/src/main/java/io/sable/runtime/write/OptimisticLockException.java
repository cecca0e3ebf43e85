package io.sable.runtime.write;

/**
 * Thrown when a write of a {@code @Version}ed entity finds another version stored than the one it
 * read: another writer changed (or created, or deleted) the item meanwhile. Nothing was written;
 * read the item again and retry.
 */
public final class OptimisticLockException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** @param message names the entity, its key, and the expected and stored versions */
  public OptimisticLockException(String message, Throwable cause) {
    super(message, cause);
  }
}

package io.sable.runtime.write;

/**
 * Thrown when a write would give a {@code @Unique} field a value another item of the entity already
 * has. Nothing was written.
 */
public final class UniqueConstraintException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** @param message names the entity, the field and the value */
  public UniqueConstraintException(String message, Throwable cause) {
    super(message, cause);
  }
}

package io.sable.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Optimistic locking: the field ({@code int}, {@code long} or their boxes) holds the item's version.
 *
 * <p>Every write of the entity, single or in a transaction, is conditional on the stored version:
 * writing an entity whose version is 0 (or null) requires that no item has its key yet; writing any
 * other version requires the stored version to equal it. The write stores the version plus one, and
 * {@code put} returns the entity with it. A stale write fails with {@code
 * OptimisticLockException} (or a transaction's failure naming the action) and changes nothing.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface Version {}

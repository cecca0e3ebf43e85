package io.sable.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field whose value no two items of the entity may share, such as an e-mail address.
 *
 * <p>Sable keeps one uniqueness item per value in the same table, with partition key {@code
 * UNIQUE#<entity type>#<attribute>#<value>}, and writes it in the same transaction as the entity:
 * on create (the uniqueness item must not exist), on a change of the value (the old one is deleted)
 * and on delete. A write that would duplicate a value fails with {@code UniqueConstraintException}
 * and changes nothing. A unique field cannot be in a key template, and changes through {@code put},
 * not through an update.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface Unique {}

package io.sable.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record stored inside entities as a nested document (a DynamoDB map, {@code M}): the
 * processor writes a schema for it, and entity fields of its type (alone, or in lists, sets' and
 * maps' values) are stored as maps of its components.
 *
 * <pre>{@code
 * @Document
 * public record Address(String street, String city, String postcode) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Document {}

package io.sable.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Time to Live: the field ({@code java.time.Instant}, or {@code long}/{@code Long} seconds since
 * the epoch) is the table's TTL attribute, after which DynamoDB deletes the item.
 *
 * <p>It is stored as a Number of whole seconds since the epoch, as DynamoDB requires ("a
 * timestamp in Unix epoch time format in seconds", Developer Guide, "Using DynamoDB Time to Live");
 * an {@code Instant} loses its fraction of a second. The generated table's definition names the
 * attribute, and its {@code create()} enables Time to Live on it (UpdateTimeToLive). Every entity
 * of a table that has a {@code @Ttl} field must store it in the same attribute; entities without
 * one never expire. An empty field (null) never expires. A field outside every key template only.
 *
 * <pre>{@code
 * record CartItem(String cartId, String sku, int quantity, @Ttl Instant expiresAt) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface Ttl {}

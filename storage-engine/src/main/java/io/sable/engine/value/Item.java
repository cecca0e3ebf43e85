package io.sable.engine.value;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A stored item (or an index entry's projected item) with its size in bytes by DynamoDB's rules
 * ({@link ItemSize}), kept so that reads can apply the 1 MB page limit, capacity and the 400 KB
 * limit without measuring again.
 *
 * <p>The item is held in its compact encoding ({@link ItemEncoding}): one byte array, from which
 * {@link #attributes()} builds SDK attribute values on each call. An item just built from a map
 * ({@link #of}) also keeps that map, so the write that made it answers without decoding; {@link
 * #compact()} drops it, and tables and indexes store only compact items. Immutable and thread-safe.
 * Two items are equal when their attribute maps are equal.
 */
public final class Item {
  private final byte[] encoded;
  private final int sizeBytes;
  private final Map<String, AttributeValue> attributes;
  // Only in a view (view()): the attributes decoded by the first attributes() call. A benign race,
  // as String's hash: threads that race decode the same immutable map.
  private final boolean view;
  private Map<String, AttributeValue> decoded;

  private Item(byte[] encoded, int sizeBytes, Map<String, AttributeValue> attributes) {
    this(encoded, sizeBytes, attributes, false);
  }

  private Item(byte[] encoded, int sizeBytes, Map<String, AttributeValue> attributes, boolean view) {
    this.encoded = encoded;
    this.sizeBytes = sizeBytes;
    this.attributes = attributes;
    this.view = view;
  }

  /** An item of the immutable, validated attribute map {@code attributes}, encoded and measured now. */
  public static Item of(Map<String, AttributeValue> attributes) {
    return new Item(ItemEncoding.encode(attributes), ItemSize.of(attributes), attributes);
  }

  /**
   * An item of its encoding by {@link ItemEncoding#encode} and its size by {@link ItemSize} (which
   * the caller measured on the same attributes).
   */
  public static Item ofEncoded(byte[] encoded, int sizeBytes) {
    return new Item(encoded, sizeBytes, null);
  }

  /** The attribute map: unmodifiable, in the order the item was written; decoded on each call. */
  public Map<String, AttributeValue> attributes() {
    Map<String, AttributeValue> map = attributes;
    if (map != null) {
      return map;
    }
    if (!view) {
      return ItemEncoding.decode(encoded);
    }
    map = decoded;
    if (map == null) {
      map = ItemEncoding.decode(encoded);
      decoded = map;
    }
    return map;
  }

  /**
   * This item as one request sees it: a new object whose {@link #attributes()} decodes at most
   * once, so that a write's condition, update, index maintenance, capacity accounting and return
   * values share one decoding of the item it replaces. Never stored: {@link #compact()} of a view
   * is a plain compact item.
   */
  public Item view() {
    return attributes != null || view ? this : new Item(encoded, sizeBytes, null, true);
  }

  /** The value of one top-level attribute, or {@code null}, decoding only that attribute. */
  public AttributeValue attribute(String name) {
    Map<String, AttributeValue> map = attributes;
    return map != null ? map.get(name) : ItemEncoding.attribute(encoded, name);
  }

  /** The size in bytes by DynamoDB's item size rules (not the encoding's length). */
  public int sizeBytes() {
    return sizeBytes;
  }

  /** The compact encoding; callers must not modify it. */
  public byte[] encoded() {
    return encoded;
  }

  /** This item without the attribute map it was built from: the form tables and indexes store. */
  public Item compact() {
    return attributes == null && !view ? this : new Item(encoded, sizeBytes, null);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Item other
        && sizeBytes == other.sizeBytes
        && attributes().equals(other.attributes());
  }

  @Override
  public int hashCode() {
    return attributes().hashCode();
  }

  @Override
  public String toString() {
    return "Item[" + attributes() + ", " + sizeBytes + " bytes]";
  }
}

package io.sable.engine.value;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The key schema of a table or index: a partition key (DynamoDB's {@code HASH} key) and an
 * optional sort key ({@code RANGE} key), each with its declared type {@code S}, {@code N} or
 * {@code B}.
 *
 * @param partitionKeyName the partition key attribute name
 * @param partitionKeyType its declared type
 * @param sortKeyName the sort key attribute name, or {@code null} if there is none
 * @param sortKeyType its declared type, or {@code null}
 */
public record KeySchema(
    String partitionKeyName,
    AttributeType partitionKeyType,
    String sortKeyName,
    AttributeType sortKeyType) {

  /** DynamoDB's limit on a partition key value, in bytes. */
  public static final int MAX_PARTITION_KEY_BYTES = 2048;
  /** DynamoDB's limit on a sort key value, in bytes. */
  public static final int MAX_SORT_KEY_BYTES = 1024;

  private static final String MISSING = "One of the required keys was not given a value";
  private static final String TYPE_MISMATCH =
      "One or more parameter values were invalid: Type mismatch for key";
  private static final String WRONG_COUNT = "The number of conditions on the keys is invalid";
  private static final String TOO_LONG =
      "Hash primary key values must be under 2048 bytes, and range primary key values must be"
          + " under 1024 bytes";

  /** Whether this schema has a sort key. */
  public boolean hasSortKey() {
    return sortKeyName != null;
  }

  /** How many key attributes this schema has: one or two. */
  public int size() {
    return sortKeyName == null ? 1 : 2;
  }

  /** Whether {@code attributeName} is the partition key or the sort key. */
  public boolean isKeyAttribute(String attributeName) {
    return attributeName.equals(partitionKeyName) || attributeName.equals(sortKeyName);
  }

  /**
   * The key of a full item (PutItem), validating its key attributes as DynamoDB does.
   *
   * @throws InvalidRequestException if a key attribute is missing, has the wrong type, is empty or
   *     is too long
   */
  public ItemKey keyOfItem(Map<String, AttributeValue> item) {
    KeyValue partition = keyValue(item, partitionKeyName, partitionKeyType);
    KeyValue sort = sortKeyName == null ? KeyValue.NONE : keyValue(item, sortKeyName, sortKeyType);
    checkLengths(partition, sort);
    return ItemKey.of(partition, sort);
  }

  /**
   * The key of a {@code Key} parameter (GetItem, DeleteItem, UpdateItem, BatchGetItem, ...), which
   * must hold exactly the key attributes.
   *
   * @throws InvalidRequestException with DynamoDB's message if it does not match this schema
   */
  public ItemKey keyOfKey(Map<String, AttributeValue> key) {
    if (key.size() != size()) {
      throw new InvalidRequestException(WRONG_COUNT);
    }
    return keyOfItem(key);
  }

  /** Extracts the key attributes of an item as a new map (partition key first). */
  public Map<String, AttributeValue> keyAttributes(Map<String, AttributeValue> item) {
    if (sortKeyName == null) {
      return Map.of(partitionKeyName, item.get(partitionKeyName));
    }
    return Map.of(
        partitionKeyName, item.get(partitionKeyName), sortKeyName, item.get(sortKeyName));
  }

  /** The key attributes of {@code key} as a map (its normalised values). */
  public Map<String, AttributeValue> keyAttributes(ItemKey key) {
    if (sortKeyName == null) {
      return Map.of(partitionKeyName, key.partitionKey().value());
    }
    return Map.of(
        partitionKeyName, key.partitionKey().value(), sortKeyName, key.sortKey().value());
  }

  private static KeyValue keyValue(
      Map<String, AttributeValue> item, String name, AttributeType type) {
    AttributeValue value = item.get(name);
    if (value == null) {
      throw new InvalidRequestException(MISSING);
    }
    if (AttributeType.of(value) != type) {
      throw new InvalidRequestException(TYPE_MISMATCH);
    }
    checkNotEmpty(value, name);
    return KeyValue.of(value);
  }

  /**
   * Rejects an empty string or binary key value, with DynamoDB's message naming the attribute.
   *
   * @throws InvalidRequestException if {@code value} is an empty {@code S} or {@code B}
   */
  public static void checkNotEmpty(AttributeValue value, String name) {
    if (value.s() != null && value.s().isEmpty()) {
      throw new InvalidRequestException(
          "One or more parameter values are not valid. The AttributeValue for a key attribute"
              + " cannot contain an empty string value. Key: "
              + name);
    }
    if (value.b() != null && value.b().asByteArrayUnsafe().length == 0) {
      throw new InvalidRequestException(
          "One or more parameter values are not valid. The AttributeValue for a key attribute"
              + " cannot contain an empty binary value. Key: "
              + name);
    }
  }

  private static void checkLengths(KeyValue partition, KeyValue sort) {
    if (ItemSize.of(partition.value()) > MAX_PARTITION_KEY_BYTES
        || (sort != KeyValue.NONE && ItemSize.of(sort.value()) > MAX_SORT_KEY_BYTES)) {
      throw new InvalidRequestException(TOO_LONG);
    }
  }
}

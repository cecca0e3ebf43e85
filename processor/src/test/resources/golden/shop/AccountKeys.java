package io.sable.processor.behaviour;

import io.sable.runtime.key.KeyTemplate;
import io.sable.runtime.key.SegmentCodecs;
import io.sable.runtime.schema.Attributes;
import java.util.Map;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The key values of {@link Account} items: key templates, encoders and decoders.
 */
@Generated("io.sable.processor.SableProcessor")
public final class AccountKeys {
  /**
   * The partition key template of the table's primary key, stored in attribute {@code PK}.
   */
  public static final KeyTemplate PARTITION_KEY = KeyTemplate.parse("ACCOUNT#{id}");

  /**
   * The sort key template of the table's primary key, stored in attribute {@code SK}.
   */
  public static final KeyTemplate SORT_KEY = KeyTemplate.parse("BALANCE");

  /**
   * The partition key template of index Inverted, stored in attribute {@code SK}.
   */
  public static final KeyTemplate INVERTED_PARTITION_KEY = KeyTemplate.parse("BALANCE");

  /**
   * The sort key template of index Inverted, stored in attribute {@code PK}.
   */
  public static final KeyTemplate INVERTED_SORT_KEY = KeyTemplate.parse("ACCOUNT#{id}");

  private AccountKeys() {
  }

  /**
   * The partition key value {@code ACCOUNT#{id}} of the table's primary key.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String partitionKey(String id) {
    return PARTITION_KEY.format(SegmentCodecs.STRING.encode(id));
  }

  /**
   * The sort key value {@code BALANCE} of the table's primary key.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String sortKey() {
    return SORT_KEY.format();
  }

  /**
   * Takes the key attributes of the table's primary key, in an item or a {@code LastEvaluatedKey}, apart into their fields.
   *
   * @throws IllegalArgumentException if an attribute is missing or does not match its template
   */
  public static PrimaryKey decodePrimaryKey(Map<String, AttributeValue> key) {
    String[] partitionKeySegments = PARTITION_KEY.split(Attributes.keyAttribute(key, "PK").s());
    String[] sortKeySegments = SORT_KEY.split(Attributes.keyAttribute(key, "SK").s());
    return new PrimaryKey(SegmentCodecs.STRING.decode(partitionKeySegments[0]));
  }

  /**
   * Takes key values of the table's primary key apart into their fields.
   *
   * @throws IllegalArgumentException if a value does not match its template
   */
  public static PrimaryKey decodePrimaryKey(String partitionKey, String sortKey) {
    return decodePrimaryKey(Map.of("PK", AttributeValue.fromS(partitionKey), "SK", AttributeValue.fromS(sortKey)));
  }

  /**
   * The partition key value {@code BALANCE} of index Inverted.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String invertedPartitionKey() {
    return INVERTED_PARTITION_KEY.format();
  }

  /**
   * The sort key value {@code ACCOUNT#{id}} of index Inverted.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String invertedSortKey(String id) {
    return INVERTED_SORT_KEY.format(SegmentCodecs.STRING.encode(id));
  }

  /**
   * Takes the key attributes of index Inverted, in an item or a {@code LastEvaluatedKey}, apart into their fields.
   *
   * @throws IllegalArgumentException if an attribute is missing or does not match its template
   */
  public static InvertedKey decodeInvertedKey(Map<String, AttributeValue> key) {
    String[] partitionKeySegments = INVERTED_PARTITION_KEY.split(Attributes.keyAttribute(key, "SK").s());
    String[] sortKeySegments = INVERTED_SORT_KEY.split(Attributes.keyAttribute(key, "PK").s());
    return new InvertedKey(SegmentCodecs.STRING.decode(sortKeySegments[0]));
  }

  /**
   * Takes key values of index Inverted apart into their fields.
   *
   * @throws IllegalArgumentException if a value does not match its template
   */
  public static InvertedKey decodeInvertedKey(String partitionKey, String sortKey) {
    return decodeInvertedKey(Map.of("SK", AttributeValue.fromS(partitionKey), "PK", AttributeValue.fromS(sortKey)));
  }

  /**
   * The primary key attributes of the item with these key fields, for GetItem, DeleteItem and UpdateItem.
   */
  public static Map<String, AttributeValue> primaryKey(String id) {
    return Map.of("PK", AttributeValue.fromS(partitionKey(id)),
        "SK", AttributeValue.fromS(sortKey()));
  }

  /**
   * The primary key attributes of an entity's item.
   */
  public static Map<String, AttributeValue> primaryKey(Account account) {
    return primaryKey(account.id());
  }

  /**
   * The fields held in a key value of the table's primary key.
   */
  public record PrimaryKey(String id) {
  }

  /**
   * The fields held in a key value of index Inverted.
   */
  public record InvertedKey(String id) {
  }
}

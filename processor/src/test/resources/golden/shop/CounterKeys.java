package io.sable.processor.behaviour;

import io.sable.runtime.key.KeyTemplate;
import io.sable.runtime.key.SegmentCodecs;
import io.sable.runtime.schema.Attributes;
import java.util.Map;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The key values of {@link Counter} items: key templates, encoders and decoders.
 */
@Generated("io.sable.processor.SableProcessor")
public final class CounterKeys {
  /**
   * The partition key template of the table's primary key, stored in attribute {@code PK}.
   */
  public static final KeyTemplate PARTITION_KEY = KeyTemplate.parse("COUNTER#{name}");

  /**
   * The sort key template of the table's primary key, stored in attribute {@code SK}.
   */
  public static final KeyTemplate SORT_KEY = KeyTemplate.parse("COUNTER#{name}");

  /**
   * The partition key template of index GSI1, stored in attribute {@code GSI1PK}.
   */
  public static final KeyTemplate GSI1_PARTITION_KEY = KeyTemplate.parse("COUNTERS");

  /**
   * The sort key template of index GSI1, stored in attribute {@code GSI1SK}.
   */
  public static final KeyTemplate GSI1_SORT_KEY = KeyTemplate.parse("{name}");

  /**
   * The partition key template of index Inverted, stored in attribute {@code SK}.
   */
  public static final KeyTemplate INVERTED_PARTITION_KEY = KeyTemplate.parse("COUNTER#{name}");

  /**
   * The sort key template of index Inverted, stored in attribute {@code PK}.
   */
  public static final KeyTemplate INVERTED_SORT_KEY = KeyTemplate.parse("COUNTER#{name}");

  private CounterKeys() {
  }

  /**
   * The partition key value {@code COUNTER#{name}} of the table's primary key.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String partitionKey(String name) {
    return PARTITION_KEY.format(SegmentCodecs.STRING.encode(name));
  }

  /**
   * The sort key value {@code COUNTER#{name}} of the table's primary key.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String sortKey(String name) {
    return SORT_KEY.format(SegmentCodecs.STRING.encode(name));
  }

  /**
   * Takes the key attributes of the table's primary key, in an item or a {@code LastEvaluatedKey}, apart into their fields.
   *
   * @throws IllegalArgumentException if an attribute is missing or does not match its template
   */
  public static PrimaryKey decodePrimaryKey(Map<String, AttributeValue> key) {
    String[] partitionKeySegments = PARTITION_KEY.split(Attributes.keyAttribute(key, "PK").s());
    String[] sortKeySegments = SORT_KEY.split(Attributes.keyAttribute(key, "SK").s());
    return new PrimaryKey(Attributes.sameKeyField("name", SegmentCodecs.STRING.decode(partitionKeySegments[0]), SegmentCodecs.STRING.decode(sortKeySegments[0])));
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
   * The partition key value {@code COUNTERS} of index GSI1.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String gsi1PartitionKey() {
    return GSI1_PARTITION_KEY.format();
  }

  /**
   * The sort key value {@code {name}} of index GSI1.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String gsi1SortKey(String name) {
    return GSI1_SORT_KEY.format(SegmentCodecs.STRING.encode(name));
  }

  /**
   * Takes the key attributes of index GSI1, in an item or a {@code LastEvaluatedKey}, apart into their fields.
   *
   * @throws IllegalArgumentException if an attribute is missing or does not match its template
   */
  public static Gsi1Key decodeGsi1Key(Map<String, AttributeValue> key) {
    String[] partitionKeySegments = GSI1_PARTITION_KEY.split(Attributes.keyAttribute(key, "GSI1PK").s());
    String[] sortKeySegments = GSI1_SORT_KEY.split(Attributes.keyAttribute(key, "GSI1SK").s());
    return new Gsi1Key(SegmentCodecs.STRING.decode(sortKeySegments[0]));
  }

  /**
   * Takes key values of index GSI1 apart into their fields.
   *
   * @throws IllegalArgumentException if a value does not match its template
   */
  public static Gsi1Key decodeGsi1Key(String partitionKey, String sortKey) {
    return decodeGsi1Key(Map.of("GSI1PK", AttributeValue.fromS(partitionKey), "GSI1SK", AttributeValue.fromS(sortKey)));
  }

  /**
   * The partition key value {@code COUNTER#{name}} of index Inverted.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String invertedPartitionKey(String name) {
    return INVERTED_PARTITION_KEY.format(SegmentCodecs.STRING.encode(name));
  }

  /**
   * The sort key value {@code COUNTER#{name}} of index Inverted.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String invertedSortKey(String name) {
    return INVERTED_SORT_KEY.format(SegmentCodecs.STRING.encode(name));
  }

  /**
   * Takes the key attributes of index Inverted, in an item or a {@code LastEvaluatedKey}, apart into their fields.
   *
   * @throws IllegalArgumentException if an attribute is missing or does not match its template
   */
  public static InvertedKey decodeInvertedKey(Map<String, AttributeValue> key) {
    String[] partitionKeySegments = INVERTED_PARTITION_KEY.split(Attributes.keyAttribute(key, "SK").s());
    String[] sortKeySegments = INVERTED_SORT_KEY.split(Attributes.keyAttribute(key, "PK").s());
    return new InvertedKey(Attributes.sameKeyField("name", SegmentCodecs.STRING.decode(partitionKeySegments[0]), SegmentCodecs.STRING.decode(sortKeySegments[0])));
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
  public static Map<String, AttributeValue> primaryKey(String name) {
    return Map.of("PK", AttributeValue.fromS(partitionKey(name)),
        "SK", AttributeValue.fromS(sortKey(name)));
  }

  /**
   * The primary key attributes of an entity's item.
   */
  public static Map<String, AttributeValue> primaryKey(Counter counter) {
    return primaryKey(counter.name());
  }

  /**
   * The fields held in a key value of the table's primary key.
   */
  public record PrimaryKey(String name) {
  }

  /**
   * The fields held in a key value of index GSI1.
   */
  public record Gsi1Key(String name) {
  }

  /**
   * The fields held in a key value of index Inverted.
   */
  public record InvertedKey(String name) {
  }
}

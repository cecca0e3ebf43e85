package io.sable.processor.behaviour;

import io.sable.runtime.key.KeyTemplate;
import io.sable.runtime.key.SegmentCodecs;
import io.sable.runtime.key.WriteShards;
import io.sable.runtime.schema.Attributes;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The key values of {@link Visit} items: key templates, encoders and decoders.
 */
@Generated("io.sable.processor.SableProcessor")
public final class VisitKeys {
  /**
   * The partition key template of the table's primary key, stored in attribute {@code PK}.
   */
  public static final KeyTemplate PARTITION_KEY = KeyTemplate.parse("VISITS#{day}#{shard:4:visitId}");

  /**
   * The sort key template of the table's primary key, stored in attribute {@code SK}.
   */
  public static final KeyTemplate SORT_KEY = KeyTemplate.parse("VISIT#{visitId}");

  /**
   * The partition key template of index Inverted, stored in attribute {@code SK}.
   */
  public static final KeyTemplate INVERTED_PARTITION_KEY = KeyTemplate.parse("VISIT#{visitId}");

  /**
   * The sort key template of index Inverted, stored in attribute {@code PK}.
   */
  public static final KeyTemplate INVERTED_SORT_KEY = KeyTemplate.parse("VISITS#{day}#{shard:4:visitId}");

  private VisitKeys() {
  }

  /**
   * The partition key value {@code VISITS#{day}#{shard:4:visitId}} of the table's primary key.
   *
   * The shard, from 0 to 3, is the FNV-1a hash of the encoded {@code visitId} modulo 4 ({@link WriteShards#shardOf}).
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String partitionKey(LocalDate day, String visitId) {
    return PARTITION_KEY.formatSharded(SegmentCodecs.STRING.encode(visitId), SegmentCodecs.LOCAL_DATE.encode(day));
  }

  /**
   * Every shard's partition key value {@code VISITS#{day}#{shard:4:visitId}} of the table's primary key, shard 0 first: the 4 item collections a Query reads.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a string field holds the literal that follows it
   */
  public static List<String> partitionKeys(LocalDate day) {
    return PARTITION_KEY.shardKeys(SegmentCodecs.LOCAL_DATE.encode(day));
  }

  /**
   * The sort key value {@code VISIT#{visitId}} of the table's primary key.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String sortKey(String visitId) {
    return SORT_KEY.format(SegmentCodecs.STRING.encode(visitId));
  }

  /**
   * Takes the key attributes of the table's primary key, in an item or a {@code LastEvaluatedKey}, apart into their fields.
   *
   * @throws IllegalArgumentException if an attribute is missing or does not match its template
   */
  public static PrimaryKey decodePrimaryKey(Map<String, AttributeValue> key) {
    String[] partitionKeySegments = PARTITION_KEY.split(Attributes.keyAttribute(key, "PK").s());
    String[] sortKeySegments = SORT_KEY.split(Attributes.keyAttribute(key, "SK").s());
    return new PrimaryKey(SegmentCodecs.LOCAL_DATE.decode(partitionKeySegments[0]),
        SegmentCodecs.STRING.decode(sortKeySegments[0]));
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
   * The partition key value {@code VISIT#{visitId}} of index Inverted.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String invertedPartitionKey(String visitId) {
    return INVERTED_PARTITION_KEY.format(SegmentCodecs.STRING.encode(visitId));
  }

  /**
   * The sort key value {@code VISITS#{day}#{shard:4:visitId}} of index Inverted.
   *
   * The shard, from 0 to 3, is the FNV-1a hash of the encoded {@code visitId} modulo 4 ({@link WriteShards#shardOf}).
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String invertedSortKey(LocalDate day, String visitId) {
    return INVERTED_SORT_KEY.formatSharded(SegmentCodecs.STRING.encode(visitId), SegmentCodecs.LOCAL_DATE.encode(day));
  }

  /**
   * Every shard's sort key value {@code VISITS#{day}#{shard:4:visitId}} of index Inverted, shard 0 first: the 4 item collections a Query reads.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a string field holds the literal that follows it
   */
  public static List<String> invertedPartitionKeys(LocalDate day) {
    return INVERTED_SORT_KEY.shardKeys(SegmentCodecs.LOCAL_DATE.encode(day));
  }

  /**
   * Takes the key attributes of index Inverted, in an item or a {@code LastEvaluatedKey}, apart into their fields.
   *
   * @throws IllegalArgumentException if an attribute is missing or does not match its template
   */
  public static InvertedKey decodeInvertedKey(Map<String, AttributeValue> key) {
    String[] partitionKeySegments = INVERTED_PARTITION_KEY.split(Attributes.keyAttribute(key, "SK").s());
    String[] sortKeySegments = INVERTED_SORT_KEY.split(Attributes.keyAttribute(key, "PK").s());
    return new InvertedKey(SegmentCodecs.STRING.decode(partitionKeySegments[0]),
        SegmentCodecs.LOCAL_DATE.decode(sortKeySegments[0]));
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
  public static Map<String, AttributeValue> primaryKey(LocalDate day, String visitId) {
    return Map.of("PK", AttributeValue.fromS(partitionKey(day, visitId)),
        "SK", AttributeValue.fromS(sortKey(visitId)));
  }

  /**
   * The primary key attributes of an entity's item.
   */
  public static Map<String, AttributeValue> primaryKey(Visit visit) {
    return primaryKey(visit.day(), visit.visitId());
  }

  /**
   * The fields held in a key value of the table's primary key.
   */
  public record PrimaryKey(LocalDate day, String visitId) {
  }

  /**
   * The fields held in a key value of index Inverted.
   */
  public record InvertedKey(String visitId, LocalDate day) {
  }
}

package io.sable.processor.behaviour;

import io.sable.runtime.key.KeyTemplate;
import io.sable.runtime.key.SegmentCodec;
import io.sable.runtime.key.SegmentCodecs;
import io.sable.runtime.schema.Attributes;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The key values of {@link Review} items: key templates, encoders and decoders.
 */
@Generated("io.sable.processor.SableProcessor")
public final class ReviewKeys {
  /**
   * The key segment codec of {@code rating} in format {@code 1}.
   */
  public static final SegmentCodec<Integer> RATING_1_CODEC = SegmentCodecs.integer(1);

  /**
   * The key segment codec of {@code writtenAt} in format {@code minutes}.
   */
  public static final SegmentCodec<LocalDateTime> WRITTEN_AT_MINUTES_CODEC = SegmentCodecs.localDateTime(ChronoUnit.MINUTES);

  /**
   * The partition key template of the table's primary key, stored in attribute {@code PK}.
   */
  public static final KeyTemplate PARTITION_KEY = KeyTemplate.parse("PRODUCT#{sku}");

  /**
   * The sort key template of the table's primary key, stored in attribute {@code SK}.
   */
  public static final KeyTemplate SORT_KEY = KeyTemplate.parse("REVIEW#{rating:1}#{writtenAt:minutes}");

  /**
   * The partition key template of index Inverted, stored in attribute {@code SK}.
   */
  public static final KeyTemplate INVERTED_PARTITION_KEY = KeyTemplate.parse("REVIEW#{rating:1}#{writtenAt:minutes}");

  /**
   * The sort key template of index Inverted, stored in attribute {@code PK}.
   */
  public static final KeyTemplate INVERTED_SORT_KEY = KeyTemplate.parse("PRODUCT#{sku}");

  private ReviewKeys() {
  }

  /**
   * The partition key value {@code PRODUCT#{sku}} of the table's primary key.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String partitionKey(String sku) {
    return PARTITION_KEY.format(SegmentCodecs.STRING.encode(sku));
  }

  /**
   * The sort key value {@code REVIEW#{rating:1}#{writtenAt:minutes}} of the table's primary key.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String sortKey(int rating, LocalDateTime writtenAt) {
    return SORT_KEY.format(ReviewKeys.RATING_1_CODEC.encode(rating), ReviewKeys.WRITTEN_AT_MINUTES_CODEC.encode(writtenAt));
  }

  /**
   * Takes the key attributes of the table's primary key, in an item or a {@code LastEvaluatedKey}, apart into their fields.
   *
   * @throws IllegalArgumentException if an attribute is missing or does not match its template
   */
  public static PrimaryKey decodePrimaryKey(Map<String, AttributeValue> key) {
    String[] partitionKeySegments = PARTITION_KEY.split(Attributes.keyAttribute(key, "PK").s());
    String[] sortKeySegments = SORT_KEY.split(Attributes.keyAttribute(key, "SK").s());
    return new PrimaryKey(SegmentCodecs.STRING.decode(partitionKeySegments[0]),
        ReviewKeys.RATING_1_CODEC.decode(sortKeySegments[0]),
        ReviewKeys.WRITTEN_AT_MINUTES_CODEC.decode(sortKeySegments[1]));
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
   * The partition key value {@code REVIEW#{rating:1}#{writtenAt:minutes}} of index Inverted.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String invertedPartitionKey(int rating, LocalDateTime writtenAt) {
    return INVERTED_PARTITION_KEY.format(ReviewKeys.RATING_1_CODEC.encode(rating), ReviewKeys.WRITTEN_AT_MINUTES_CODEC.encode(writtenAt));
  }

  /**
   * The sort key value {@code PRODUCT#{sku}} of index Inverted.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String invertedSortKey(String sku) {
    return INVERTED_SORT_KEY.format(SegmentCodecs.STRING.encode(sku));
  }

  /**
   * Takes the key attributes of index Inverted, in an item or a {@code LastEvaluatedKey}, apart into their fields.
   *
   * @throws IllegalArgumentException if an attribute is missing or does not match its template
   */
  public static InvertedKey decodeInvertedKey(Map<String, AttributeValue> key) {
    String[] partitionKeySegments = INVERTED_PARTITION_KEY.split(Attributes.keyAttribute(key, "SK").s());
    String[] sortKeySegments = INVERTED_SORT_KEY.split(Attributes.keyAttribute(key, "PK").s());
    return new InvertedKey(ReviewKeys.RATING_1_CODEC.decode(partitionKeySegments[0]),
        ReviewKeys.WRITTEN_AT_MINUTES_CODEC.decode(partitionKeySegments[1]),
        SegmentCodecs.STRING.decode(sortKeySegments[0]));
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
  public static Map<String, AttributeValue> primaryKey(String sku, int rating,
      LocalDateTime writtenAt) {
    return Map.of("PK", AttributeValue.fromS(partitionKey(sku)),
        "SK", AttributeValue.fromS(sortKey(rating, writtenAt)));
  }

  /**
   * The primary key attributes of an entity's item.
   */
  public static Map<String, AttributeValue> primaryKey(Review review) {
    return primaryKey(review.getSku(), review.getRating(), review.getWrittenAt());
  }

  /**
   * The fields held in a key value of the table's primary key.
   */
  public record PrimaryKey(String sku, int rating, LocalDateTime writtenAt) {
  }

  /**
   * The fields held in a key value of index Inverted.
   */
  public record InvertedKey(int rating, LocalDateTime writtenAt, String sku) {
  }
}

package io.sable.processor.behaviour;

import io.sable.runtime.key.KeyTemplate;
import io.sable.runtime.key.SegmentCodecs;
import io.sable.runtime.schema.Attributes;
import java.util.Map;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The key values of {@link Customer} items: key templates, encoders and decoders.
 */
@Generated("io.sable.processor.SableProcessor")
public final class CustomerKeys {
  /**
   * The partition key template of the table's primary key, stored in attribute {@code PK}.
   */
  public static final KeyTemplate PARTITION_KEY = KeyTemplate.parse("CUSTOMER#{customerId}");

  /**
   * The sort key template of the table's primary key, stored in attribute {@code SK}.
   */
  public static final KeyTemplate SORT_KEY = KeyTemplate.parse("PROFILE");

  /**
   * The partition key template of index ByRank, stored in attribute {@code RankPK}.
   */
  public static final KeyTemplate BY_RANK_PARTITION_KEY = KeyTemplate.parse("RANKED");

  /**
   * The partition key template of index Inverted, stored in attribute {@code SK}.
   */
  public static final KeyTemplate INVERTED_PARTITION_KEY = KeyTemplate.parse("PROFILE");

  /**
   * The sort key template of index Inverted, stored in attribute {@code PK}.
   */
  public static final KeyTemplate INVERTED_SORT_KEY = KeyTemplate.parse("CUSTOMER#{customerId}");

  private CustomerKeys() {
  }

  /**
   * The partition key value {@code CUSTOMER#{customerId}} of the table's primary key.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String partitionKey(String customerId) {
    return PARTITION_KEY.format(SegmentCodecs.STRING.encode(customerId));
  }

  /**
   * The sort key value {@code PROFILE} of the table's primary key.
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
   * The partition key value {@code RANKED} of index ByRank.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String byRankPartitionKey() {
    return BY_RANK_PARTITION_KEY.format();
  }

  /**
   * The sort key of index ByRank ({@code RankSK}): {@code orders} as is, a number.
   */
  public static AttributeValue byRankSortKey(long orders) {
    return CustomerSchema.ORDERS_CONVERTER.transformFrom(orders);
  }

  /**
   * Takes the key attributes of index ByRank, in an item or a {@code LastEvaluatedKey}, apart into their fields.
   *
   * @throws IllegalArgumentException if an attribute is missing or does not match its template
   */
  public static ByRankKey decodeByRankKey(Map<String, AttributeValue> key) {
    String[] partitionKeySegments = BY_RANK_PARTITION_KEY.split(Attributes.keyAttribute(key, "RankPK").s());
    return new ByRankKey(CustomerSchema.ORDERS_CONVERTER.transformTo(Attributes.keyAttribute(key, "RankSK")));
  }

  /**
   * The partition key value {@code PROFILE} of index Inverted.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String invertedPartitionKey() {
    return INVERTED_PARTITION_KEY.format();
  }

  /**
   * The sort key value {@code CUSTOMER#{customerId}} of index Inverted.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String invertedSortKey(String customerId) {
    return INVERTED_SORT_KEY.format(SegmentCodecs.STRING.encode(customerId));
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
  public static Map<String, AttributeValue> primaryKey(String customerId) {
    return Map.of("PK", AttributeValue.fromS(partitionKey(customerId)),
        "SK", AttributeValue.fromS(sortKey()));
  }

  /**
   * The primary key attributes of an entity's item.
   */
  public static Map<String, AttributeValue> primaryKey(Customer customer) {
    return primaryKey(customer.customerId());
  }

  /**
   * The fields held in a key value of the table's primary key.
   */
  public record PrimaryKey(String customerId) {
  }

  /**
   * The fields held in a key value of index ByRank.
   */
  public record ByRankKey(long orders) {
  }

  /**
   * The fields held in a key value of index Inverted.
   */
  public record InvertedKey(String customerId) {
  }
}

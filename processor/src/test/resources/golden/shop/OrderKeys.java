package io.sable.processor.behaviour;

import io.sable.runtime.key.KeyTemplate;
import io.sable.runtime.key.SegmentCodec;
import io.sable.runtime.key.SegmentCodecs;
import io.sable.runtime.schema.Attributes;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The key values of {@link Order} items: key templates, encoders and decoders.
 */
@Generated("io.sable.processor.SableProcessor")
public final class OrderKeys {
  /**
   * The key segment codec of {@code status}.
   */
  public static final SegmentCodec<Status> STATUS_CODEC = SegmentCodecs.enumCodec(Status.class);

  /**
   * The partition key template of the table's primary key, stored in attribute {@code PK}.
   */
  public static final KeyTemplate PARTITION_KEY = KeyTemplate.parse("CUSTOMER#{customerId}");

  /**
   * The sort key template of the table's primary key, stored in attribute {@code SK}.
   */
  public static final KeyTemplate SORT_KEY = KeyTemplate.parse("ORDER#{placedAt}#{orderId}");

  /**
   * The partition key template of index ByStatus, stored in attribute {@code StatusPK}.
   */
  public static final KeyTemplate BY_STATUS_PARTITION_KEY = KeyTemplate.parse("STATUS#{status}");

  /**
   * The sort key template of index ByStatus, stored in attribute {@code StatusSK}.
   */
  public static final KeyTemplate BY_STATUS_SORT_KEY = KeyTemplate.parse("{total}#{orderId}");

  /**
   * The partition key template of index GSI1, stored in attribute {@code GSI1PK}.
   */
  public static final KeyTemplate GSI1_PARTITION_KEY = KeyTemplate.parse("ORDER#{orderId}");

  /**
   * The sort key template of index GSI1, stored in attribute {@code GSI1SK}.
   */
  public static final KeyTemplate GSI1_SORT_KEY = KeyTemplate.parse("ORDER#{orderId}");

  /**
   * The partition key template of index ByTotal, stored in attribute {@code PK}.
   */
  public static final KeyTemplate BY_TOTAL_PARTITION_KEY = KeyTemplate.parse("CUSTOMER#{customerId}");

  /**
   * The sort key template of index ByTotal, stored in attribute {@code TotalSK}.
   */
  public static final KeyTemplate BY_TOTAL_SORT_KEY = KeyTemplate.parse("TOTAL#{total}#{orderId}");

  /**
   * The partition key template of index Inverted, stored in attribute {@code SK}.
   */
  public static final KeyTemplate INVERTED_PARTITION_KEY = KeyTemplate.parse("ORDER#{placedAt}#{orderId}");

  /**
   * The sort key template of index Inverted, stored in attribute {@code PK}.
   */
  public static final KeyTemplate INVERTED_SORT_KEY = KeyTemplate.parse("CUSTOMER#{customerId}");

  private OrderKeys() {
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
   * The sort key value {@code ORDER#{placedAt}#{orderId}} of the table's primary key.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String sortKey(Instant placedAt, UUID orderId) {
    return SORT_KEY.format(SegmentCodecs.INSTANT.encode(placedAt), SegmentCodecs.UUID.encode(orderId));
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
        SegmentCodecs.INSTANT.decode(sortKeySegments[0]),
        SegmentCodecs.UUID.decode(sortKeySegments[1]));
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
   * The partition key value {@code STATUS#{status}} of index ByStatus.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String byStatusPartitionKey(Status status) {
    return BY_STATUS_PARTITION_KEY.format(OrderKeys.STATUS_CODEC.encode(status));
  }

  /**
   * The sort key value {@code {total}#{orderId}} of index ByStatus.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String byStatusSortKey(BigDecimal total, UUID orderId) {
    return BY_STATUS_SORT_KEY.format(SegmentCodecs.BIG_DECIMAL.encode(total), SegmentCodecs.UUID.encode(orderId));
  }

  /**
   * Takes the key attributes of index ByStatus, in an item or a {@code LastEvaluatedKey}, apart into their fields.
   *
   * @throws IllegalArgumentException if an attribute is missing or does not match its template
   */
  public static ByStatusKey decodeByStatusKey(Map<String, AttributeValue> key) {
    String[] partitionKeySegments = BY_STATUS_PARTITION_KEY.split(Attributes.keyAttribute(key, "StatusPK").s());
    String[] sortKeySegments = BY_STATUS_SORT_KEY.split(Attributes.keyAttribute(key, "StatusSK").s());
    return new ByStatusKey(OrderKeys.STATUS_CODEC.decode(partitionKeySegments[0]),
        SegmentCodecs.BIG_DECIMAL.decode(sortKeySegments[0]),
        SegmentCodecs.UUID.decode(sortKeySegments[1]));
  }

  /**
   * Takes key values of index ByStatus apart into their fields.
   *
   * @throws IllegalArgumentException if a value does not match its template
   */
  public static ByStatusKey decodeByStatusKey(String partitionKey, String sortKey) {
    return decodeByStatusKey(Map.of("StatusPK", AttributeValue.fromS(partitionKey), "StatusSK", AttributeValue.fromS(sortKey)));
  }

  /**
   * The partition key value {@code ORDER#{orderId}} of index GSI1.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String gsi1PartitionKey(UUID orderId) {
    return GSI1_PARTITION_KEY.format(SegmentCodecs.UUID.encode(orderId));
  }

  /**
   * The sort key value {@code ORDER#{orderId}} of index GSI1.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String gsi1SortKey(UUID orderId) {
    return GSI1_SORT_KEY.format(SegmentCodecs.UUID.encode(orderId));
  }

  /**
   * Takes the key attributes of index GSI1, in an item or a {@code LastEvaluatedKey}, apart into their fields.
   *
   * @throws IllegalArgumentException if an attribute is missing or does not match its template
   */
  public static Gsi1Key decodeGsi1Key(Map<String, AttributeValue> key) {
    String[] partitionKeySegments = GSI1_PARTITION_KEY.split(Attributes.keyAttribute(key, "GSI1PK").s());
    String[] sortKeySegments = GSI1_SORT_KEY.split(Attributes.keyAttribute(key, "GSI1SK").s());
    return new Gsi1Key(Attributes.sameKeyField("orderId", SegmentCodecs.UUID.decode(partitionKeySegments[0]), SegmentCodecs.UUID.decode(sortKeySegments[0])));
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
   * The partition key value {@code CUSTOMER#{customerId}} of index ByTotal.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String byTotalPartitionKey(String customerId) {
    return BY_TOTAL_PARTITION_KEY.format(SegmentCodecs.STRING.encode(customerId));
  }

  /**
   * The sort key value {@code TOTAL#{total}#{orderId}} of index ByTotal.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String byTotalSortKey(BigDecimal total, UUID orderId) {
    return BY_TOTAL_SORT_KEY.format(SegmentCodecs.BIG_DECIMAL.encode(total), SegmentCodecs.UUID.encode(orderId));
  }

  /**
   * Takes the key attributes of index ByTotal, in an item or a {@code LastEvaluatedKey}, apart into their fields.
   *
   * @throws IllegalArgumentException if an attribute is missing or does not match its template
   */
  public static ByTotalKey decodeByTotalKey(Map<String, AttributeValue> key) {
    String[] partitionKeySegments = BY_TOTAL_PARTITION_KEY.split(Attributes.keyAttribute(key, "PK").s());
    String[] sortKeySegments = BY_TOTAL_SORT_KEY.split(Attributes.keyAttribute(key, "TotalSK").s());
    return new ByTotalKey(SegmentCodecs.STRING.decode(partitionKeySegments[0]),
        SegmentCodecs.BIG_DECIMAL.decode(sortKeySegments[0]),
        SegmentCodecs.UUID.decode(sortKeySegments[1]));
  }

  /**
   * Takes key values of index ByTotal apart into their fields.
   *
   * @throws IllegalArgumentException if a value does not match its template
   */
  public static ByTotalKey decodeByTotalKey(String partitionKey, String sortKey) {
    return decodeByTotalKey(Map.of("PK", AttributeValue.fromS(partitionKey), "TotalSK", AttributeValue.fromS(sortKey)));
  }

  /**
   * The partition key value {@code ORDER#{placedAt}#{orderId}} of index Inverted.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String invertedPartitionKey(Instant placedAt, UUID orderId) {
    return INVERTED_PARTITION_KEY.format(SegmentCodecs.INSTANT.encode(placedAt), SegmentCodecs.UUID.encode(orderId));
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
    return new InvertedKey(SegmentCodecs.INSTANT.decode(partitionKeySegments[0]),
        SegmentCodecs.UUID.decode(partitionKeySegments[1]),
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
  public static Map<String, AttributeValue> primaryKey(String customerId, Instant placedAt,
      UUID orderId) {
    return Map.of("PK", AttributeValue.fromS(partitionKey(customerId)),
        "SK", AttributeValue.fromS(sortKey(placedAt, orderId)));
  }

  /**
   * The primary key attributes of an entity's item.
   */
  public static Map<String, AttributeValue> primaryKey(Order order) {
    return primaryKey(order.customerId(), order.placedAt(), order.orderId());
  }

  /**
   * The fields held in a key value of the table's primary key.
   */
  public record PrimaryKey(String customerId, Instant placedAt, UUID orderId) {
  }

  /**
   * The fields held in a key value of index ByStatus.
   */
  public record ByStatusKey(Status status, BigDecimal total, UUID orderId) {
  }

  /**
   * The fields held in a key value of index GSI1.
   */
  public record Gsi1Key(UUID orderId) {
  }

  /**
   * The fields held in a key value of index ByTotal.
   */
  public record ByTotalKey(String customerId, BigDecimal total, UUID orderId) {
  }

  /**
   * The fields held in a key value of index Inverted.
   */
  public record InvertedKey(Instant placedAt, UUID orderId, String customerId) {
  }
}

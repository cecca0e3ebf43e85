package io.sable.processor.behaviour;

import io.sable.runtime.key.KeyTemplate;
import io.sable.runtime.key.SegmentCodec;
import io.sable.runtime.key.SegmentCodecs;
import io.sable.runtime.key.WriteShards;
import io.sable.runtime.schema.Attributes;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The key values of {@link Shipment} items: key templates, encoders and decoders.
 */
@Generated("io.sable.processor.SableProcessor")
public final class ShipmentKeys {
  /**
   * The key segment codec of {@code state}.
   */
  public static final SegmentCodec<Status> STATE_CODEC = SegmentCodecs.enumCodec(Status.class);

  /**
   * The partition key template of the table's primary key, stored in attribute {@code PK}.
   */
  public static final KeyTemplate PARTITION_KEY = KeyTemplate.parse("SHIPMENT#{shipmentId}");

  /**
   * The sort key template of the table's primary key, stored in attribute {@code SK}.
   */
  public static final KeyTemplate SORT_KEY = KeyTemplate.parse("SHIPMENT");

  /**
   * The partition key template of index ByStatus, stored in attribute {@code StatusPK}.
   */
  public static final KeyTemplate BY_STATUS_PARTITION_KEY = KeyTemplate.parse("SHIPMENTS#{state}#{shard:8:shipmentId}");

  /**
   * The sort key template of index ByStatus, stored in attribute {@code StatusSK}.
   */
  public static final KeyTemplate BY_STATUS_SORT_KEY = KeyTemplate.parse("{shippedAt}#{shipmentId}");

  /**
   * The partition key template of index Inverted, stored in attribute {@code SK}.
   */
  public static final KeyTemplate INVERTED_PARTITION_KEY = KeyTemplate.parse("SHIPMENT");

  /**
   * The sort key template of index Inverted, stored in attribute {@code PK}.
   */
  public static final KeyTemplate INVERTED_SORT_KEY = KeyTemplate.parse("SHIPMENT#{shipmentId}");

  private ShipmentKeys() {
  }

  /**
   * The partition key value {@code SHIPMENT#{shipmentId}} of the table's primary key.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String partitionKey(String shipmentId) {
    return PARTITION_KEY.format(SegmentCodecs.STRING.encode(shipmentId));
  }

  /**
   * The sort key value {@code SHIPMENT} of the table's primary key.
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
   * The partition key value {@code SHIPMENTS#{state}#{shard:8:shipmentId}} of index ByStatus.
   *
   * The shard, from 0 to 7, is the FNV-1a hash of the encoded {@code shipmentId} modulo 8 ({@link WriteShards#shardOf}).
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String byStatusPartitionKey(Status state, String shipmentId) {
    return BY_STATUS_PARTITION_KEY.formatSharded(SegmentCodecs.STRING.encode(shipmentId), ShipmentKeys.STATE_CODEC.encode(state));
  }

  /**
   * Every shard's partition key value {@code SHIPMENTS#{state}#{shard:8:shipmentId}} of index ByStatus, shard 0 first: the 8 item collections a Query reads.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a string field holds the literal that follows it
   */
  public static List<String> byStatusPartitionKeys(Status state) {
    return BY_STATUS_PARTITION_KEY.shardKeys(ShipmentKeys.STATE_CODEC.encode(state));
  }

  /**
   * The sort key value {@code {shippedAt}#{shipmentId}} of index ByStatus.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String byStatusSortKey(Instant shippedAt, String shipmentId) {
    return BY_STATUS_SORT_KEY.format(SegmentCodecs.INSTANT.encode(shippedAt), SegmentCodecs.STRING.encode(shipmentId));
  }

  /**
   * Takes the key attributes of index ByStatus, in an item or a {@code LastEvaluatedKey}, apart into their fields.
   *
   * @throws IllegalArgumentException if an attribute is missing or does not match its template
   */
  public static ByStatusKey decodeByStatusKey(Map<String, AttributeValue> key) {
    String[] partitionKeySegments = BY_STATUS_PARTITION_KEY.split(Attributes.keyAttribute(key, "StatusPK").s());
    String[] sortKeySegments = BY_STATUS_SORT_KEY.split(Attributes.keyAttribute(key, "StatusSK").s());
    return new ByStatusKey(ShipmentKeys.STATE_CODEC.decode(partitionKeySegments[0]),
        SegmentCodecs.INSTANT.decode(sortKeySegments[0]),
        SegmentCodecs.STRING.decode(sortKeySegments[1]));
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
   * The partition key value {@code SHIPMENT} of index Inverted.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String invertedPartitionKey() {
    return INVERTED_PARTITION_KEY.format();
  }

  /**
   * The sort key value {@code SHIPMENT#{shipmentId}} of index Inverted.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String invertedSortKey(String shipmentId) {
    return INVERTED_SORT_KEY.format(SegmentCodecs.STRING.encode(shipmentId));
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
  public static Map<String, AttributeValue> primaryKey(String shipmentId) {
    return Map.of("PK", AttributeValue.fromS(partitionKey(shipmentId)),
        "SK", AttributeValue.fromS(sortKey()));
  }

  /**
   * The primary key attributes of an entity's item.
   */
  public static Map<String, AttributeValue> primaryKey(Shipment shipment) {
    return primaryKey(shipment.shipmentId());
  }

  /**
   * The fields held in a key value of the table's primary key.
   */
  public record PrimaryKey(String shipmentId) {
  }

  /**
   * The fields held in a key value of index ByStatus.
   */
  public record ByStatusKey(Status state, Instant shippedAt, String shipmentId) {
  }

  /**
   * The fields held in a key value of index Inverted.
   */
  public record InvertedKey(String shipmentId) {
  }
}

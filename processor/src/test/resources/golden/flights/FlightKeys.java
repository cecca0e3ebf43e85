package com.example.flights;

import io.sable.runtime.key.KeyTemplate;
import io.sable.runtime.key.SegmentCodecs;
import io.sable.runtime.schema.Attributes;
import java.time.LocalDateTime;
import java.util.Map;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The key values of {@link Flight} items: key templates, encoders and decoders.
 */
@Generated("io.sable.processor.SableProcessor")
public final class FlightKeys {
  /**
   * The partition key template of the table's primary key, stored in attribute {@code PK}.
   */
  public static final KeyTemplate PARTITION_KEY = KeyTemplate.parse("AIRPORT#{origin}");

  /**
   * The sort key template of the table's primary key, stored in attribute {@code SK}.
   */
  public static final KeyTemplate SORT_KEY = KeyTemplate.parse("DEP#{departure}#{id}");

  /**
   * The partition key template of index GSI1, stored in attribute {@code GSI1PK}.
   */
  public static final KeyTemplate GSI1_PARTITION_KEY = KeyTemplate.parse("AIRPORT#{destination}");

  /**
   * The sort key template of index GSI1, stored in attribute {@code GSI1SK}.
   */
  public static final KeyTemplate GSI1_SORT_KEY = KeyTemplate.parse("ARR#{departure}#{id}");

  /**
   * The partition key template of index GSI2, stored in attribute {@code GSI2PK}.
   */
  public static final KeyTemplate GSI2_PARTITION_KEY = KeyTemplate.parse("DELAYED#{origin}");

  /**
   * The sort key template of index GSI2, stored in attribute {@code GSI2SK}.
   */
  public static final KeyTemplate GSI2_SORT_KEY = KeyTemplate.parse("{delay}");

  private FlightKeys() {
  }

  /**
   * The partition key value {@code AIRPORT#{origin}} of the table's primary key.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String partitionKey(String origin) {
    return PARTITION_KEY.format(SegmentCodecs.STRING.encode(origin));
  }

  /**
   * The sort key value {@code DEP#{departure}#{id}} of the table's primary key.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String sortKey(LocalDateTime departure, int id) {
    return SORT_KEY.format(SegmentCodecs.LOCAL_DATE_TIME.encode(departure), SegmentCodecs.INTEGER.encode(id));
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
        SegmentCodecs.LOCAL_DATE_TIME.decode(sortKeySegments[0]),
        SegmentCodecs.INTEGER.decode(sortKeySegments[1]));
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
   * The partition key value {@code AIRPORT#{destination}} of index GSI1.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String gsi1PartitionKey(String destination) {
    return GSI1_PARTITION_KEY.format(SegmentCodecs.STRING.encode(destination));
  }

  /**
   * The sort key value {@code ARR#{departure}#{id}} of index GSI1.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String gsi1SortKey(LocalDateTime departure, int id) {
    return GSI1_SORT_KEY.format(SegmentCodecs.LOCAL_DATE_TIME.encode(departure), SegmentCodecs.INTEGER.encode(id));
  }

  /**
   * Takes the key attributes of index GSI1, in an item or a {@code LastEvaluatedKey}, apart into their fields.
   *
   * @throws IllegalArgumentException if an attribute is missing or does not match its template
   */
  public static Gsi1Key decodeGsi1Key(Map<String, AttributeValue> key) {
    String[] partitionKeySegments = GSI1_PARTITION_KEY.split(Attributes.keyAttribute(key, "GSI1PK").s());
    String[] sortKeySegments = GSI1_SORT_KEY.split(Attributes.keyAttribute(key, "GSI1SK").s());
    return new Gsi1Key(SegmentCodecs.STRING.decode(partitionKeySegments[0]),
        SegmentCodecs.LOCAL_DATE_TIME.decode(sortKeySegments[0]),
        SegmentCodecs.INTEGER.decode(sortKeySegments[1]));
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
   * The partition key value {@code DELAYED#{origin}} of index GSI2.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String gsi2PartitionKey(String origin) {
    return GSI2_PARTITION_KEY.format(SegmentCodecs.STRING.encode(origin));
  }

  /**
   * The sort key value {@code {delay}} of index GSI2.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String gsi2SortKey(int delay) {
    return GSI2_SORT_KEY.format(SegmentCodecs.INTEGER.encode(delay));
  }

  /**
   * Takes the key attributes of index GSI2, in an item or a {@code LastEvaluatedKey}, apart into their fields.
   *
   * @throws IllegalArgumentException if an attribute is missing or does not match its template
   */
  public static Gsi2Key decodeGsi2Key(Map<String, AttributeValue> key) {
    String[] partitionKeySegments = GSI2_PARTITION_KEY.split(Attributes.keyAttribute(key, "GSI2PK").s());
    String[] sortKeySegments = GSI2_SORT_KEY.split(Attributes.keyAttribute(key, "GSI2SK").s());
    return new Gsi2Key(SegmentCodecs.STRING.decode(partitionKeySegments[0]),
        SegmentCodecs.INTEGER.decode(sortKeySegments[0]));
  }

  /**
   * Takes key values of index GSI2 apart into their fields.
   *
   * @throws IllegalArgumentException if a value does not match its template
   */
  public static Gsi2Key decodeGsi2Key(String partitionKey, String sortKey) {
    return decodeGsi2Key(Map.of("GSI2PK", AttributeValue.fromS(partitionKey), "GSI2SK", AttributeValue.fromS(sortKey)));
  }

  /**
   * The primary key attributes of the item with these key fields, for GetItem, DeleteItem and UpdateItem.
   */
  public static Map<String, AttributeValue> primaryKey(String origin, LocalDateTime departure,
      int id) {
    return Map.of("PK", AttributeValue.fromS(partitionKey(origin)),
        "SK", AttributeValue.fromS(sortKey(departure, id)));
  }

  /**
   * The primary key attributes of an entity's item.
   */
  public static Map<String, AttributeValue> primaryKey(Flight flight) {
    return primaryKey(flight.origin(), flight.departure(), flight.id());
  }

  /**
   * The fields held in a key value of the table's primary key.
   */
  public record PrimaryKey(String origin, LocalDateTime departure, int id) {
  }

  /**
   * The fields held in a key value of index GSI1.
   */
  public record Gsi1Key(String destination, LocalDateTime departure, int id) {
  }

  /**
   * The fields held in a key value of index GSI2.
   */
  public record Gsi2Key(String origin, int delay) {
  }
}

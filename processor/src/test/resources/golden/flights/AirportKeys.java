package com.example.flights;

import io.sable.runtime.key.KeyTemplate;
import io.sable.runtime.key.SegmentCodecs;
import io.sable.runtime.schema.Attributes;
import java.util.Map;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The key values of {@link Airport} items: key templates, encoders and decoders.
 */
@Generated("io.sable.processor.SableProcessor")
public final class AirportKeys {
  /**
   * The partition key template of the table's primary key, stored in attribute {@code PK}.
   */
  public static final KeyTemplate PARTITION_KEY = KeyTemplate.parse("AIRPORT#{iata}");

  /**
   * The sort key template of the table's primary key, stored in attribute {@code SK}.
   */
  public static final KeyTemplate SORT_KEY = KeyTemplate.parse("PROFILE");

  /**
   * The partition key template of index GSI1, stored in attribute {@code GSI1PK}.
   */
  public static final KeyTemplate GSI1_PARTITION_KEY = KeyTemplate.parse("STATE#{state}");

  /**
   * The sort key template of index GSI1, stored in attribute {@code GSI1SK}.
   */
  public static final KeyTemplate GSI1_SORT_KEY = KeyTemplate.parse("AIRPORT#{iata}");

  private AirportKeys() {
  }

  /**
   * The partition key value {@code AIRPORT#{iata}} of the table's primary key.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String partitionKey(String iata) {
    return PARTITION_KEY.format(SegmentCodecs.STRING.encode(iata));
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
   * The partition key value {@code STATE#{state}} of index GSI1.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String gsi1PartitionKey(String state) {
    return GSI1_PARTITION_KEY.format(SegmentCodecs.STRING.encode(state));
  }

  /**
   * The sort key value {@code AIRPORT#{iata}} of index GSI1.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String gsi1SortKey(String iata) {
    return GSI1_SORT_KEY.format(SegmentCodecs.STRING.encode(iata));
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
        SegmentCodecs.STRING.decode(sortKeySegments[0]));
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
   * The primary key attributes of the item with these key fields, for GetItem, DeleteItem and UpdateItem.
   */
  public static Map<String, AttributeValue> primaryKey(String iata) {
    return Map.of("PK", AttributeValue.fromS(partitionKey(iata)),
        "SK", AttributeValue.fromS(sortKey()));
  }

  /**
   * The primary key attributes of an entity's item.
   */
  public static Map<String, AttributeValue> primaryKey(Airport airport) {
    return primaryKey(airport.iata());
  }

  /**
   * The fields held in a key value of the table's primary key.
   */
  public record PrimaryKey(String iata) {
  }

  /**
   * The fields held in a key value of index GSI1.
   */
  public record Gsi1Key(String state, String iata) {
  }
}

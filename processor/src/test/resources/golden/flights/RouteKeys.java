package com.example.flights;

import io.sable.runtime.key.KeyTemplate;
import io.sable.runtime.key.SegmentCodecs;
import io.sable.runtime.schema.Attributes;
import java.util.Map;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The key values of {@link Route} items: key templates, encoders and decoders.
 */
@Generated("io.sable.processor.SableProcessor")
public final class RouteKeys {
  /**
   * The partition key template of the table's primary key, stored in attribute {@code PK}.
   */
  public static final KeyTemplate PARTITION_KEY = KeyTemplate.parse("AIRPORT#{origin}");

  /**
   * The sort key template of the table's primary key, stored in attribute {@code SK}.
   */
  public static final KeyTemplate SORT_KEY = KeyTemplate.parse("ROUTE#{destination}");

  private RouteKeys() {
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
   * The sort key value {@code ROUTE#{destination}} of the table's primary key.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field has no key encoding, or a string field holds the literal that follows it
   */
  public static String sortKey(String destination) {
    return SORT_KEY.format(SegmentCodecs.STRING.encode(destination));
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
   * The primary key attributes of the item with these key fields, for GetItem, DeleteItem and UpdateItem.
   */
  public static Map<String, AttributeValue> primaryKey(String origin, String destination) {
    return Map.of("PK", AttributeValue.fromS(partitionKey(origin)),
        "SK", AttributeValue.fromS(sortKey(destination)));
  }

  /**
   * The primary key attributes of an entity's item.
   */
  public static Map<String, AttributeValue> primaryKey(Route route) {
    return primaryKey(route.origin(), route.destination());
  }

  /**
   * The fields held in a key value of the table's primary key.
   */
  public record PrimaryKey(String origin, String destination) {
  }
}

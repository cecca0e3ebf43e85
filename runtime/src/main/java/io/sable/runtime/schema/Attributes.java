package io.sable.runtime.schema;

import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.DefaultAttributeConverterProvider;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Attribute conversions for generated schemas, through the Enhanced Client's default converters so
 * that every Java type maps to the same DynamoDB type as in the Enhanced Client ({@code int} to
 * {@code N}, {@code Instant} to an ISO-8601 {@code S}, {@code boolean} to {@code BOOL}, ...).
 */
public final class Attributes {

  private static final DefaultAttributeConverterProvider DEFAULTS = DefaultAttributeConverterProvider.create();

  private Attributes() {}

  /**
   * The Enhanced Client's default converter for a type; generated schemas keep one per field type
   * in a constant.
   *
   * @throws IllegalStateException if the Enhanced Client has no default converter for the type
   */
  public static <V> AttributeConverter<V> converter(Class<V> type) {
    return converter(EnhancedType.of(type));
  }

  /**
   * The Enhanced Client's default converter for a parameterized or document type, such as {@code
   * EnhancedType.listOf(String.class)}.
   *
   * @throws IllegalStateException if the Enhanced Client has no default converter for the type
   */
  public static <V> AttributeConverter<V> converter(EnhancedType<V> type) {
    AttributeConverter<V> converter = DEFAULTS.converterFor(type);
    if (converter == null) {
      throw new IllegalStateException("The Enhanced Client has no default converter for " + type);
    }
    return converter;
  }

  /**
   * Puts a field into an item: {@code value} converted, or, when it is null, {@code NULL: true} unless
   * {@code ignoreNulls}.
   */
  public static <V> void put(
      Map<String, AttributeValue> item,
      String attribute,
      AttributeConverter<V> converter,
      V value,
      boolean ignoreNulls) {
    if (value != null) {
      item.put(attribute, converter.transformFrom(value));
    } else if (!ignoreNulls) {
      item.put(attribute, AttributeValue.fromNul(true));
    }
  }

  /** Reads a field from an item: null when the attribute is absent or {@code NULL}. */
  public static <V> V get(Map<String, AttributeValue> item, String attribute, AttributeConverter<V> converter) {
    AttributeValue value = item.get(attribute);
    if (value == null || Boolean.TRUE.equals(value.nul())) {
      return null;
    }
    return converter.transformTo(value);
  }

  /**
   * A key attribute of an item or key map, for decoding it.
   *
   * @throws IllegalArgumentException if the map lacks it
   */
  public static AttributeValue keyAttribute(Map<String, AttributeValue> key, String attribute) {
    AttributeValue value = key.get(attribute);
    if (value == null) {
      throw new IllegalArgumentException("The key has no attribute " + attribute + ": " + key.keySet());
    }
    return value;
  }

  /**
   * The value of a field that one key holds twice (as in {@code USER#{id}} / {@code USER#{id}}),
   * after checking that both occurrences agree.
   *
   * @throws IllegalArgumentException if they differ
   */
  public static <V> V sameKeyField(String field, V first, V second) {
    if (!java.util.Objects.equals(first, second)) {
      throw new IllegalArgumentException(
          "The key holds two different values of {" + field + "}: " + first + " and " + second);
    }
    return first;
  }

  /** Reads a field from an item, with a default for an absent or {@code NULL} attribute. */
  public static <V> V getOrDefault(
      Map<String, AttributeValue> item, String attribute, AttributeConverter<V> converter, V defaultValue) {
    V value = get(item, attribute, converter);
    return value != null ? value : defaultValue;
  }
}

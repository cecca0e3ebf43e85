package io.sable.runtime.condition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A typed reference to one attribute of entity {@code E}'s items, holding Java values of type
 * {@code V}; generated {@code FooAttributes} classes declare one per field. Values are converted
 * with the field's converter, so a condition compares what is stored.
 *
 * @param <E> the entity
 * @param <V> the field's Java type
 */
public class Attribute<E, V> {

  private final String name;
  private final AttributeConverter<V> converter;

  Attribute(String name, AttributeConverter<V> converter) {
    this.name = Objects.requireNonNull(name, "name");
    this.converter = Objects.requireNonNull(converter, "converter");
  }

  /** A reference to attribute {@code name}, whose values {@code converter} writes. */
  public static <E, V> Attribute<E, V> of(String name, AttributeConverter<V> converter) {
    return new Attribute<>(name, converter);
  }

  /** The attribute name. */
  public String name() {
    return name;
  }

  /** The attribute's value for a Java value, as stored. */
  AttributeValue value(V value) {
    return converter.transformFrom(Objects.requireNonNull(value, "value"));
  }

  /** {@code attribute = value}. */
  public Condition<E> equalTo(V value) {
    return compare("=", value);
  }

  /** {@code attribute <> value} (also true when the attribute is absent). */
  public Condition<E> notEqualTo(V value) {
    return compare("<>", value);
  }

  /** {@code attribute < value}. */
  public Condition<E> lessThan(V value) {
    return compare("<", value);
  }

  /** {@code attribute <= value}. */
  public Condition<E> lessThanOrEqualTo(V value) {
    return compare("<=", value);
  }

  /** {@code attribute > value}. */
  public Condition<E> greaterThan(V value) {
    return compare(">", value);
  }

  /** {@code attribute >= value}. */
  public Condition<E> greaterThanOrEqualTo(V value) {
    return compare(">=", value);
  }

  /** {@code attribute BETWEEN lower AND upper}, both inclusive. */
  public Condition<E> between(V lower, V upper) {
    return new Condition.Between<>(new Condition.Operand(name, false), value(lower), value(upper));
  }

  /**
   * {@code attribute IN (values)}.
   *
   * @throws IllegalArgumentException for no values or more than 100, DynamoDB's limit
   */
  @SafeVarargs
  public final Condition<E> in(V... values) {
    return in(Arrays.asList(values));
  }

  /** {@code attribute IN (values)}; see {@link #in(Object[])}. */
  public Condition<E> in(Collection<? extends V> values) {
    List<AttributeValue> converted = new ArrayList<>(values.size());
    for (V value : values) {
      converted.add(value(value));
    }
    return new Condition.In<>(name, converted);
  }

  /** {@code attribute_exists(attribute)}. */
  public Condition<E> exists() {
    return new Condition.Function<>("attribute_exists", name, null);
  }

  /** {@code attribute_not_exists(attribute)}. */
  public Condition<E> notExists() {
    return new Condition.Function<>("attribute_not_exists", name, null);
  }

  /** {@code size(attribute)}: string length in characters, binary length in bytes, element count. */
  public Size<E> size() {
    return new Size<>(name);
  }

  private Condition<E> compare(String operator, V value) {
    return new Condition.Comparison<>(new Condition.Operand(name, false), operator, value(value));
  }

  @Override
  public String toString() {
    return name;
  }
}

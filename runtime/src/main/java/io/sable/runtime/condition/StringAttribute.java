package io.sable.runtime.condition;

import io.sable.runtime.schema.Attributes;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A string attribute, which also takes {@code begins_with} and substring {@code contains}.
 *
 * @param <E> the entity
 */
public final class StringAttribute<E> extends Attribute<E, String> {

  private static final AttributeConverter<String> STRINGS = Attributes.converter(String.class);

  private StringAttribute(String name) {
    super(name, STRINGS);
  }

  /** A reference to the string attribute {@code name}. */
  public static <E> StringAttribute<E> of(String name) {
    return new StringAttribute<>(name);
  }

  /** {@code begins_with(attribute, prefix)}. */
  public Condition<E> beginsWith(String prefix) {
    return new Condition.Function<>("begins_with", name(), AttributeValue.fromS(prefix));
  }

  /** {@code contains(attribute, substring)}. */
  public Condition<E> contains(String substring) {
    return new Condition.Function<>("contains", name(), AttributeValue.fromS(substring));
  }
}

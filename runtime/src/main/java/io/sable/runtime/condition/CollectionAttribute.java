package io.sable.runtime.condition;

import java.util.Objects;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;

/**
 * A list or set attribute, which also takes {@code contains(attribute, element)}.
 *
 * @param <E> the entity
 * @param <C> the collection type, such as {@code Set<String>}
 * @param <V> the element type
 */
public final class CollectionAttribute<E, C, V> extends Attribute<E, C> {

  private final AttributeConverter<V> elementConverter;

  private CollectionAttribute(String name, AttributeConverter<C> converter, AttributeConverter<V> elementConverter) {
    super(name, converter);
    this.elementConverter = Objects.requireNonNull(elementConverter, "elementConverter");
  }

  /** A reference to the collection attribute {@code name}. */
  public static <E, C, V> CollectionAttribute<E, C, V> of(
      String name, AttributeConverter<C> converter, AttributeConverter<V> elementConverter) {
    return new CollectionAttribute<>(name, converter, elementConverter);
  }

  /** {@code contains(attribute, element)}: the list or set holds the element. */
  public Condition<E> contains(V element) {
    return new Condition.Function<>("contains", name(),
        elementConverter.transformFrom(Objects.requireNonNull(element, "element")));
  }
}

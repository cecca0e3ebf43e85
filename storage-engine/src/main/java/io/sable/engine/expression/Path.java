package io.sable.engine.expression;

import java.util.List;

/**
 * A document path such as {@code a.b[3].c}: a top-level attribute name followed by map keys and
 * list indexes. Before binding a name element may be a {@code #name} placeholder; after binding
 * every name is the real attribute name.
 *
 * @param elements the elements, at least one, the first a {@link Name}
 */
public record Path(List<Element> elements) implements Operand {

  /** Defensive copy. */
  public Path {
    elements = List.copyOf(elements);
  }

  /** A path of one top-level attribute. */
  public static Path of(String attributeName) {
    return new Path(List.of(new Name(attributeName)));
  }

  /** The top-level attribute name (the first element). */
  public String topLevelName() {
    return ((Name) elements.get(0)).name();
  }

  /** Whether this path is just a top-level attribute. */
  public boolean isTopLevel() {
    return elements.size() == 1;
  }

  /** One path element. */
  public sealed interface Element permits Name, Index {}

  /** A map key or attribute name. @param name the name */
  public record Name(String name) implements Element {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A list index. @param index the zero-based index */
  public record Index(int index) implements Element {
    @Override
    public String toString() {
      return "[" + index + "]";
    }
  }

  /** DynamoDB's rendering in messages: {@code [a, b, [3]]}. */
  @Override
  public String toString() {
    return elements.toString();
  }
}

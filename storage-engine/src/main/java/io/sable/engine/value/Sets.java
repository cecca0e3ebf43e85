package io.sable.engine.value;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Set arithmetic on {@code SS}, {@code NS} and {@code BS} values, as UpdateExpression's {@code
 * ADD} and {@code DELETE} and the legacy AttributeUpdates apply it. Both operands have the same
 * set type and are normalised (numbers in canonical text, so equal numbers are equal strings).
 */
public final class Sets {
  private Sets() {}

  /** The elements of {@code a}, then those of {@code b} not in {@code a}. */
  public static AttributeValue union(AttributeValue a, AttributeValue b) {
    switch (AttributeType.of(a)) {
      case SS:
        return AttributeValue.fromSs(union(a.ss(), b.ss()));
      case NS:
        return AttributeValue.fromNs(union(a.ns(), b.ns()));
      default:
        return AttributeValue.fromBs(union(a.bs(), b.bs()));
    }
  }

  /** The elements of {@code a} not in {@code b}, or {@code null} if none is left. */
  public static AttributeValue difference(AttributeValue a, AttributeValue b) {
    switch (AttributeType.of(a)) {
      case SS:
        List<String> strings = difference(a.ss(), b.ss());
        return strings.isEmpty() ? null : AttributeValue.fromSs(strings);
      case NS:
        List<String> numbers = difference(a.ns(), b.ns());
        return numbers.isEmpty() ? null : AttributeValue.fromNs(numbers);
      default:
        var bytes = difference(a.bs(), b.bs());
        return bytes.isEmpty() ? null : AttributeValue.fromBs(bytes);
    }
  }

  private static <T> List<T> union(List<T> a, List<T> b) {
    Set<T> union = new LinkedHashSet<>(a);
    union.addAll(b);
    return new ArrayList<>(union);
  }

  private static <T> List<T> difference(List<T> a, List<T> b) {
    List<T> result = new ArrayList<>(a);
    result.removeAll(b);
    return result;
  }
}

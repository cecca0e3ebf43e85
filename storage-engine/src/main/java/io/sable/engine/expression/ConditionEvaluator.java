package io.sable.engine.expression;

import io.sable.engine.value.AttributeType;
import io.sable.engine.value.Values;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Evaluates a bound condition against an item, by DynamoDB's rules: a comparison with an absent
 * attribute is false (except {@code <>}, which is true), values of different types are unequal and
 * unordered, ordering applies to {@code S}, {@code N} and {@code B} only.
 */
public final class ConditionEvaluator {
  private ConditionEvaluator() {}

  /** Whether {@code item} (possibly empty, never null) satisfies {@code condition}. */
  public static boolean test(Condition condition, Map<String, AttributeValue> item) {
    if (condition instanceof Condition.And and) {
      return test(and.left(), item) && test(and.right(), item);
    }
    if (condition instanceof Condition.Or or) {
      return test(or.left(), item) || test(or.right(), item);
    }
    if (condition instanceof Condition.Not not) {
      return !test(not.operand(), item);
    }
    if (condition instanceof Condition.Comparison comparison) {
      return compare(
          comparison.op(), value(comparison.left(), item), value(comparison.right(), item));
    }
    if (condition instanceof Condition.Between between) {
      AttributeValue value = value(between.value(), item);
      AttributeValue lower = value(between.lower(), item);
      AttributeValue upper = value(between.upper(), item);
      return compare(Condition.Comparator.GE, value, lower)
          && compare(Condition.Comparator.LE, value, upper);
    }
    if (condition instanceof Condition.In in) {
      AttributeValue value = value(in.value(), item);
      if (value == null) {
        return false;
      }
      for (Operand candidate : in.candidates()) {
        AttributeValue other = value(candidate, item);
        if (other != null && Values.equal(value, other)) {
          return true;
        }
      }
      return false;
    }
    return testFunction((Condition.FunctionCondition) condition, item);
  }

  private static boolean compare(
      Condition.Comparator op, AttributeValue left, AttributeValue right) {
    if (left == null || right == null) {
      return op == Condition.Comparator.NE;
    }
    if (op == Condition.Comparator.EQ) {
      return Values.equal(left, right);
    }
    if (op == Condition.Comparator.NE) {
      return !Values.equal(left, right);
    }
    AttributeType type = AttributeType.of(left);
    if (type != AttributeType.of(right) || !type.isScalarKeyType()) {
      return false;
    }
    int c = Values.compare(left, right);
    switch (op) {
      case LT:
        return c < 0;
      case LE:
        return c <= 0;
      case GT:
        return c > 0;
      default:
        return c >= 0;
    }
  }

  private static boolean testFunction(
      Condition.FunctionCondition call, Map<String, AttributeValue> item) {
    AttributeValue first = value(call.arguments().get(0), item);
    switch (call.function()) {
      case ATTRIBUTE_EXISTS:
        return first != null;
      case ATTRIBUTE_NOT_EXISTS:
        return first == null;
      case ATTRIBUTE_TYPE:
        AttributeValue type = value(call.arguments().get(1), item);
        return first != null
            && type != null
            && type.s() != null
            && AttributeType.of(first).name().equals(type.s());
      case BEGINS_WITH:
        AttributeValue prefix = value(call.arguments().get(1), item);
        return first != null && prefix != null && Values.beginsWith(first, prefix);
      case CONTAINS:
        AttributeValue operand = value(call.arguments().get(1), item);
        return first != null && operand != null && contains(first, operand);
      default:
        throw new AssertionError(call.function());
    }
  }

  private static boolean contains(AttributeValue container, AttributeValue operand) {
    switch (AttributeType.of(container)) {
      case S:
        return operand.s() != null && container.s().contains(operand.s());
      case B:
        return operand.b() != null && containsBytes(container.b(), operand.b());
      case SS:
        return operand.s() != null && container.ss().contains(operand.s());
      case NS:
        if (operand.n() == null) {
          return false;
        }
        for (String n : container.ns()) {
          if (Values.equal(AttributeValue.fromN(n), operand)) {
            return true;
          }
        }
        return false;
      case BS:
        return operand.b() != null && container.bs().contains(operand.b());
      case L:
        for (AttributeValue element : container.l()) {
          if (Values.equal(element, operand)) {
            return true;
          }
        }
        return false;
      default:
        return false;
    }
  }

  private static boolean containsBytes(SdkBytes haystack, SdkBytes needle) {
    byte[] h = haystack.asByteArrayUnsafe();
    byte[] n = needle.asByteArrayUnsafe();
    outer:
    for (int i = 0; i + n.length <= h.length; i++) {
      for (int j = 0; j < n.length; j++) {
        if (h[i + j] != n[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /** The value of a bound operand in {@code item}, or {@code null} if absent. */
  public static AttributeValue value(Operand operand, Map<String, AttributeValue> item) {
    if (operand instanceof Operand.Literal literal) {
      return literal.value();
    }
    if (operand instanceof Path path) {
      return Documents.get(item, path);
    }
    Operand.Call call = (Operand.Call) operand;
    AttributeValue value = value(call.arguments().get(0), item);
    return value == null ? null : size(value);
  }

  private static AttributeValue size(AttributeValue value) {
    int size;
    switch (AttributeType.of(value)) {
      case S:
        size = value.s().length();
        break;
      case B:
        size = value.b().asByteArrayUnsafe().length;
        break;
      case SS:
        size = value.ss().size();
        break;
      case NS:
        size = value.ns().size();
        break;
      case BS:
        size = value.bs().size();
        break;
      case L:
        size = value.l().size();
        break;
      case M:
        size = value.m().size();
        break;
      default:
        return null;
    }
    return AttributeValue.fromN(Integer.toString(size));
  }
}

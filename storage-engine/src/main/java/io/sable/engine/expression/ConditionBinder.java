package io.sable.engine.expression;

import io.sable.engine.value.AttributeType;
import io.sable.engine.value.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Binds a condition's placeholders and applies the checks DynamoDB makes once values are known:
 * the first operand of a comparison, {@code BETWEEN}, {@code IN} or function must not be the same
 * document path as another of its operands; ordering operators and {@code BETWEEN} take only
 * {@code S}, {@code N} or {@code B} values, {@code BETWEEN} bounds have one type and are in order,
 * {@code begins_with} takes strings or binary, {@code attribute_type} takes a type name. A
 * {@code size(...)} operand counts as a number in these checks, as in DynamoDB.
 */
final class ConditionBinder {
  private static final Set<String> TYPE_NAMES =
      Set.of("S", "SS", "N", "NS", "B", "BS", "BOOL", "NULL", "L", "M");

  private final ExpressionAttributes attributes;
  private final String kind;

  ConditionBinder(ExpressionAttributes attributes, String kind) {
    this.attributes = attributes;
    this.kind = kind;
  }

  Condition bind(Condition condition) {
    if (condition instanceof Condition.And and) {
      return new Condition.And(bind(and.left()), bind(and.right()));
    }
    if (condition instanceof Condition.Or or) {
      return new Condition.Or(bind(or.left()), bind(or.right()));
    }
    if (condition instanceof Condition.Not not) {
      return new Condition.Not(bind(not.operand()));
    }
    if (condition instanceof Condition.Comparison comparison) {
      Operand left = operand(comparison.left());
      Operand right = operand(comparison.right());
      if (comparison.op() != Condition.Comparator.EQ && comparison.op() != Condition.Comparator.NE) {
        requireScalar(comparison.op().symbol(), left);
        requireScalar(comparison.op().symbol(), right);
      }
      requireDistinct(comparison.op().symbol(), left, List.of(right));
      return new Condition.Comparison(comparison.op(), left, right);
    }
    if (condition instanceof Condition.Between between) {
      return bindBetween(between);
    }
    if (condition instanceof Condition.In in) {
      Operand value = operand(in.value());
      List<Operand> candidates = new ArrayList<>(in.candidates().size());
      for (Operand candidate : in.candidates()) {
        candidates.add(operand(candidate));
      }
      requireDistinct("IN", value, candidates);
      return new Condition.In(value, candidates);
    }
    return bindFunction((Condition.FunctionCondition) condition);
  }

  private Condition bindBetween(Condition.Between between) {
    Operand value = operand(between.value());
    Operand lower = operand(between.lower());
    Operand upper = operand(between.upper());
    requireScalar("BETWEEN", value);
    requireScalar("BETWEEN", lower);
    requireScalar("BETWEEN", upper);
    requireDistinct("BETWEEN", value, List.of(lower, upper));
    if (lower instanceof Operand.Literal low && upper instanceof Operand.Literal high) {
      String bounds =
          "lower bound operand: AttributeValue: "
              + render(attributes.givenValue(low.name()))
              + ", upper bound operand: AttributeValue: "
              + render(attributes.givenValue(high.name()));
      if (AttributeType.of(low.value()) != AttributeType.of(high.value())) {
        throw ExpressionErrors.invalid(
            kind, "The BETWEEN operator requires same data type for lower and upper bounds", bounds);
      }
      if (Values.compare(low.value(), high.value()) > 0) {
        throw ExpressionErrors.invalid(
            kind,
            "The BETWEEN operator requires upper bound to be greater than or equal to lower bound",
            bounds);
      }
    }
    return new Condition.Between(value, lower, upper);
  }

  private Condition bindFunction(Condition.FunctionCondition call) {
    List<Operand> arguments = new ArrayList<>(call.arguments().size());
    for (Operand argument : call.arguments()) {
      arguments.add(operand(argument));
    }
    if (call.function() == Function.BEGINS_WITH) {
      for (Operand argument : arguments) {
        AttributeType type = staticType(argument);
        if (type != null && type != AttributeType.S && type != AttributeType.B) {
          throw ExpressionErrors.operandType(kind, "begins_with", type.name());
        }
      }
    }
    AttributeType typeNameType =
        call.function() == Function.ATTRIBUTE_TYPE ? staticType(arguments.get(1)) : null;
    if (typeNameType != null && typeNameType != AttributeType.S) {
      throw ExpressionErrors.operandType(kind, "attribute_type", typeNameType.name());
    }
    if (call.function() == Function.ATTRIBUTE_TYPE
        && arguments.get(1) instanceof Operand.Literal literal) {
      AttributeValue type = literal.value();
      if (!TYPE_NAMES.contains(type.s())) {
        throw ExpressionErrors.invalid(
            kind,
            "Invalid attribute type name found",
            "type: " + type.s() + ", valid types: {N,BS,L,B,NULL,M,S,SS,NS,BOOL}");
      }
    }
    requireDistinct(call.name(), arguments.get(0), arguments.subList(1, arguments.size()));
    return new Condition.FunctionCondition(call.function(), call.name(), arguments);
  }

  private Operand operand(Operand operand) {
    Operand bound = attributes.bindOperand(kind, operand);
    checkSizes(bound);
    return bound;
  }

  // size() of a number, boolean or null (a literal, or another size()) is rejected, innermost first.
  private void checkSizes(Operand operand) {
    if (operand instanceof Operand.Call call) {
      Operand argument = call.arguments().get(0);
      checkSizes(argument);
      AttributeType type = staticType(argument);
      if (type == AttributeType.N || type == AttributeType.BOOL || type == AttributeType.NULL) {
        throw ExpressionErrors.operandType(kind, "size", type.name());
      }
    }
  }

  /** The type of an operand known before evaluation: a literal's, or N for {@code size()}. */
  private static AttributeType staticType(Operand operand) {
    if (operand instanceof Operand.Literal literal) {
      return AttributeType.of(literal.value());
    }
    if (operand instanceof Operand.Call call && call.function() == Function.SIZE) {
      return AttributeType.N;
    }
    return null;
  }

  private void requireDistinct(String operator, Operand first, List<Operand> others) {
    if (first instanceof Path path && others.contains(path)) {
      throw ExpressionErrors.invalid(
          kind,
          "The first operand must be distinct from the remaining operands for this operator or"
              + " function",
          "operator: " + operator + ", first operand: " + path);
    }
  }

  private void requireScalar(String operator, Operand operand) {
    AttributeType type = staticType(operand);
    if (type != null && !type.isScalarKeyType()) {
      throw ExpressionErrors.operandType(kind, operator, type.name());
    }
  }

  /** DynamoDB's rendering of a value in messages, such as {@code {N:5}}. */
  static String render(AttributeValue value) {
    AttributeType type = AttributeType.of(value);
    String text;
    if (value.s() != null) {
      text = value.s();
    } else if (value.n() != null) {
      text = value.n();
    } else if (value.b() != null) {
      // DynamoDB renders a binary value as the Java buffer holding it.
      int length = value.b().asByteArrayUnsafe().length;
      text = "java.nio.HeapByteBuffer[pos=0 lim=" + length + " cap=" + length + "]";
    } else {
      text = String.valueOf(value);
    }
    return "{" + type.name() + ":" + text + "}";
  }
}

package io.sable.engine.expression;

import io.sable.engine.value.AttributeType;
import io.sable.engine.value.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Binds a condition's placeholders and applies the checks DynamoDB makes once values are known:
 * ordering operators and {@code BETWEEN} take only {@code S}, {@code N} or {@code B} values,
 * {@code BETWEEN} bounds have one type and are in order, {@code begins_with} takes strings or
 * binary, {@code attribute_type} takes a type name.
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
      return new Condition.Comparison(comparison.op(), left, right);
    }
    if (condition instanceof Condition.Between between) {
      return bindBetween(between);
    }
    if (condition instanceof Condition.In in) {
      List<Operand> candidates = new ArrayList<>(in.candidates().size());
      for (Operand candidate : in.candidates()) {
        candidates.add(operand(candidate));
      }
      return new Condition.In(operand(in.value()), candidates);
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
    if (lower instanceof Operand.Literal low && upper instanceof Operand.Literal high) {
      String bounds =
          "lower bound operand: AttributeValue: "
              + render(low.value())
              + ", upper bound operand: AttributeValue: "
              + render(high.value());
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
        if (argument instanceof Operand.Literal literal) {
          AttributeType type = AttributeType.of(literal.value());
          if (type != AttributeType.S && type != AttributeType.B) {
            throw ExpressionErrors.operandType(kind, "begins_with", type.name());
          }
        }
      }
    }
    if (call.function() == Function.ATTRIBUTE_TYPE
        && arguments.get(1) instanceof Operand.Literal literal) {
      AttributeValue type = literal.value();
      if (type.s() == null) {
        throw ExpressionErrors.operandType(kind, "attribute_type", AttributeType.of(type).name());
      }
      if (!TYPE_NAMES.contains(type.s())) {
        throw ExpressionErrors.invalid(
            kind,
            "Invalid attribute type name found",
            "type: " + type.s() + ", valid types: {N,BS,L,B,NULL,M,S,SS,NS,BOOL}");
      }
    }
    return new Condition.FunctionCondition(call.function(), call.name(), arguments);
  }

  private Operand operand(Operand operand) {
    Operand bound = attributes.bindOperand(kind, operand);
    if (bound instanceof Operand.Call call
        && call.arguments().get(0) instanceof Operand.Literal literal) {
      AttributeType type = AttributeType.of(literal.value());
      if (type == AttributeType.N || type == AttributeType.BOOL || type == AttributeType.NULL) {
        throw ExpressionErrors.operandType(kind, "size", type.name());
      }
    }
    return bound;
  }

  private void requireScalar(String operator, Operand operand) {
    if (operand instanceof Operand.Literal literal) {
      AttributeType type = AttributeType.of(literal.value());
      if (!type.isScalarKeyType()) {
        throw ExpressionErrors.operandType(kind, operator, type.name());
      }
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
      text = java.util.Base64.getEncoder().encodeToString(value.b().asByteArrayUnsafe());
    } else {
      text = String.valueOf(value);
    }
    return "{" + type.name() + ":" + text + "}";
  }
}

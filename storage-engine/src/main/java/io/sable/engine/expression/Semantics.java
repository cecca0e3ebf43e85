package io.sable.engine.expression;

import io.sable.engine.value.InvalidRequestException;
import java.util.List;

/**
 * Structural checks after parsing, before placeholders are bound: function names, where each
 * function may appear, operand counts, document paths where a function requires one, and the
 * {@code IN} operand limit (100).
 */
final class Semantics {
  /** DynamoDB's limit on the operands of {@code IN}. */
  static final int MAX_IN_OPERANDS = 100;

  private Semantics() {}

  static void checkCondition(String kind, Condition condition) {
    if (condition instanceof Condition.And and) {
      checkCondition(kind, and.left());
      checkCondition(kind, and.right());
    } else if (condition instanceof Condition.Or or) {
      checkCondition(kind, or.left());
      checkCondition(kind, or.right());
    } else if (condition instanceof Condition.Not not) {
      checkCondition(kind, not.operand());
    } else if (condition instanceof Condition.Comparison comparison) {
      checkConditionOperand(kind, comparison.left());
      checkConditionOperand(kind, comparison.right());
    } else if (condition instanceof Condition.Between between) {
      checkConditionOperand(kind, between.value());
      checkConditionOperand(kind, between.lower());
      checkConditionOperand(kind, between.upper());
    } else if (condition instanceof Condition.In in) {
      checkConditionOperand(kind, in.value());
      in.candidates().forEach(candidate -> checkConditionOperand(kind, candidate));
      if (in.candidates().size() > MAX_IN_OPERANDS) {
        throw ExpressionErrors.invalid(
            kind,
            "The IN operator is provided with too many operands",
            "number of operands: " + in.candidates().size());
      }
    } else {
      Condition.FunctionCondition call = (Condition.FunctionCondition) condition;
      Function function = knownFunction(kind, call.function(), call.name());
      if (function.isUpdateFunction()) {
        throw notAllowed(kind, "The function is not allowed in a condition expression", function);
      }
      if (!function.isCondition()) {
        throw notAllowed(
            kind, "The function is not allowed to be used this way in an expression", function);
      }
      checkArguments(kind, function, call.arguments());
      call.arguments().forEach(argument -> checkConditionOperand(kind, argument));
    }
  }

  private static void checkConditionOperand(String kind, Operand operand) {
    if (operand instanceof Operand.Call call) {
      Function function = knownFunction(kind, call.function(), call.name());
      if (function.isUpdateFunction()) {
        throw notAllowed(kind, "The function is not allowed in a condition expression", function);
      }
      if (function.isCondition()) {
        throw notAllowed(
            kind, "The function is not allowed to be used this way in an expression", function);
      }
      checkArguments(kind, function, call.arguments());
      call.arguments().forEach(argument -> checkConditionOperand(kind, argument));
    }
  }

  static void checkUpdate(String kind, UpdateExpression update) {
    for (UpdateExpression.Action set : update.sets()) {
      checkUpdateOperand(kind, set.value());
    }
  }

  private static void checkUpdateOperand(String kind, Operand operand) {
    if (operand instanceof Operand.Arithmetic arithmetic) {
      checkUpdateOperand(kind, arithmetic.left());
      checkUpdateOperand(kind, arithmetic.right());
    } else if (operand instanceof Operand.Call call) {
      Function function = knownFunction(kind, call.function(), call.name());
      if (!function.isUpdateFunction()) {
        throw notAllowed(kind, "The function is not allowed in an update expression", function);
      }
      checkArguments(kind, function, call.arguments());
      call.arguments().forEach(argument -> checkUpdateOperand(kind, argument));
    }
  }

  private static Function knownFunction(String kind, Function function, String name) {
    if (function == null) {
      throw ExpressionErrors.invalid(kind, "Invalid function name", "function: " + name);
    }
    return function;
  }

  private static void checkArguments(String kind, Function function, List<Operand> arguments) {
    if (arguments.size() != function.arity()) {
      throw ExpressionErrors.invalid(
          kind,
          "Incorrect number of operands for operator or function",
          "operator or function: "
              + function.functionName()
              + ", number of operands: "
              + arguments.size());
    }
    boolean pathFirst =
        function == Function.ATTRIBUTE_EXISTS
            || function == Function.ATTRIBUTE_NOT_EXISTS
            || function == Function.ATTRIBUTE_TYPE
            || function == Function.IF_NOT_EXISTS;
    if (pathFirst && !(arguments.get(0) instanceof Path)) {
      throw ExpressionErrors.pathRequired(kind, function.functionName());
    }
  }

  private static InvalidRequestException notAllowed(
      String kind, String problem, Function function) {
    return ExpressionErrors.invalid(kind, problem, "function: " + function.functionName());
  }
}

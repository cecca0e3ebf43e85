package io.sable.engine.expression;

import io.sable.engine.value.AttributeType;
import io.sable.engine.value.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds an UpdateExpression's placeholders and applies DynamoDB's checks that need values:
 * {@code ADD} takes a number or a set, {@code DELETE} a set, {@code list_append} lists, and no two
 * action paths overlap or conflict.
 */
final class UpdateBinder {
  private static final String KIND = "UpdateExpression";

  private final ExpressionAttributes attributes;

  UpdateBinder(ExpressionAttributes attributes) {
    this.attributes = attributes;
  }

  UpdateExpression bind(UpdateExpression update) {
    List<UpdateExpression.Action> sets = new ArrayList<>();
    for (UpdateExpression.Action set : update.sets()) {
      Operand value = attributes.bindOperand(KIND, set.value());
      sets.add(new UpdateExpression.Action(path(set.path()), value));
    }
    List<Path> removes = new ArrayList<>();
    for (Path remove : update.removes()) {
      removes.add(path(remove));
    }
    List<UpdateExpression.Action> adds = new ArrayList<>();
    for (UpdateExpression.Action add : update.adds()) {
      adds.add(new UpdateExpression.Action(path(add.path()), literal(add)));
    }
    List<UpdateExpression.Action> deletes = new ArrayList<>();
    for (UpdateExpression.Action delete : update.deletes()) {
      deletes.add(new UpdateExpression.Action(path(delete.path()), literal(delete)));
    }
    List<Path> paths = new ArrayList<>();
    for (Path path : update.paths()) {
      paths.add(path(path));
    }
    // DynamoDB's order: overlapping paths, then if_not_exists(a, a) and the operand types of each action, the last action
    // written first.
    PathConflicts.check(KIND, paths);
    List<Path> written = update.paths();
    for (int i = written.size() - 1; i >= 0; i--) {
      Path target = written.get(i);
      int set = indexOf(update.sets(), target);
      if (set >= 0) {
        requireDistinct(sets.get(set).value());
        checkOperandTypes(sets.get(set).value());
      }
      int add = indexOf(update.adds(), target);
      if (add >= 0) {
        checkSetOperand("ADD", adds.get(add));
      }
      int delete = indexOf(update.deletes(), target);
      if (delete >= 0) {
        checkSetOperand("DELETE", deletes.get(delete));
      }
    }
    return new UpdateExpression(sets, removes, adds, deletes, paths);
  }

  // if_not_exists(a, a) is rejected, as a condition's "a = a" is.
  private static void requireDistinct(Operand operand) {
    if (operand instanceof Operand.Arithmetic arithmetic) {
      requireDistinct(arithmetic.left());
      requireDistinct(arithmetic.right());
    } else if (operand instanceof Operand.Call call) {
      if (call.function() == Function.IF_NOT_EXISTS
          && call.arguments().get(0).equals(call.arguments().get(1))) {
        throw ExpressionErrors.invalid(
            KIND,
            "The first operand must be distinct from the remaining operands for this operator or"
                + " function",
            "operator: if_not_exists, first operand: " + call.arguments().get(0));
      }
      call.arguments().forEach(UpdateBinder::requireDistinct);
    }
  }

  // The index of the action whose (unbound) path is {@code path} itself, or -1.
  private static int indexOf(List<UpdateExpression.Action> actions, Path path) {
    for (int i = 0; i < actions.size(); i++) {
      if (actions.get(i).path() == path) {
        return i;
      }
    }
    return -1;
  }

  // ADD takes a number or a set, DELETE a set.
  private static void checkSetOperand(String operator, UpdateExpression.Action action) {
    AttributeType type = AttributeType.of(((Operand.Literal) action.value()).value());
    boolean allowed = type.isSet() || (operator.equals("ADD") && type == AttributeType.N);
    if (!allowed) {
      throw setOperandType(
          operator,
          type,
          operator.equals("ADD") ? "ALLOWED_FOR_ADD_OPERAND" : "ALLOWED_FOR_DELETE_OPERAND");
    }
  }

  private Path path(Path path) {
    return attributes.bindPath(KIND, path);
  }

  private Operand.Literal literal(UpdateExpression.Action action) {
    return attributes.bindValue(KIND, ((Operand.ValueRef) action.value()).name());
  }

  private static InvalidRequestException setOperandType(
      String operator, AttributeType type, String typeSet) {
    return ExpressionErrors.invalid(
        KIND,
        "Incorrect operand type for operator or function",
        "operator: " + operator + ", operand type: " + type.longName() + ", typeSet: " + typeSet);
  }

  private static void checkOperandTypes(Operand operand) {
    if (operand instanceof Operand.Call call) {
      if (call.function() == Function.LIST_APPEND) {
        for (Operand argument : call.arguments()) {
          if (argument instanceof Operand.Literal literal) {
            AttributeType type = AttributeType.of(literal.value());
            if (type != AttributeType.L) {
              throw ExpressionErrors.operandType(KIND, "list_append", type.name());
            }
          }
        }
      }
      call.arguments().forEach(UpdateBinder::checkOperandTypes);
    } else if (operand instanceof Operand.Arithmetic arithmetic) {
      for (Operand side : List.of(arithmetic.left(), arithmetic.right())) {
        if (side instanceof Operand.Literal literal
            && AttributeType.of(literal.value()) != AttributeType.N) {
          throw ExpressionErrors.operandType(
              KIND, arithmetic.plus() ? "+" : "-", AttributeType.of(literal.value()).name());
        }
        checkOperandTypes(side);
      }
    }
  }
}

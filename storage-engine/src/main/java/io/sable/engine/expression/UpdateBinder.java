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
      checkOperandTypes(value);
      sets.add(new UpdateExpression.Action(path(set.path()), value));
    }
    List<Path> removes = new ArrayList<>();
    for (Path remove : update.removes()) {
      removes.add(path(remove));
    }
    List<UpdateExpression.Action> adds = new ArrayList<>();
    for (UpdateExpression.Action add : update.adds()) {
      Operand.Literal value = literal(add);
      AttributeType type = AttributeType.of(value.value());
      if (type != AttributeType.N && !type.isSet()) {
        throw setOperandType("ADD", type, "ALLOWED_FOR_ADD_OPERAND");
      }
      adds.add(new UpdateExpression.Action(path(add.path()), value));
    }
    List<UpdateExpression.Action> deletes = new ArrayList<>();
    for (UpdateExpression.Action delete : update.deletes()) {
      Operand.Literal value = literal(delete);
      AttributeType type = AttributeType.of(value.value());
      if (!type.isSet()) {
        throw setOperandType("DELETE", type, "ALLOWED_FOR_DELETE_OPERAND");
      }
      deletes.add(new UpdateExpression.Action(path(delete.path()), value));
    }
    List<Path> paths = new ArrayList<>();
    for (Path path : update.paths()) {
      paths.add(path(path));
    }
    PathConflicts.check(KIND, paths);
    return new UpdateExpression(sets, removes, adds, deletes, paths);
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

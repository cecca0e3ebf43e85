package io.sable.engine.expression;

import io.sable.engine.value.AttributeType;
import io.sable.engine.value.InvalidRequestException;
import io.sable.engine.value.Numbers;
import io.sable.engine.value.Sets;
import io.sable.engine.value.Values;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Applies a bound UpdateExpression to an item. Every action reads the item as it was before the
 * update (so {@code SET a = b, b = a} swaps). Every check comes before any change, in DynamoDB's
 * order (see {@link #apply}); then SET (list elements in element-number order), REMOVE (list elements highest index first, so indexes
 * refer to the old list), ADD and DELETE are applied.
 */
public final class UpdateEvaluator {
  private static final String MISSING =
      "The provided expression refers to an attribute that does not exist in the item";
  private static final String WRONG_TYPE =
      "An operand in the update expression has an incorrect data type";

  private UpdateEvaluator() {}

  /**
   * The item after {@code update}.
   *
   * @param item the current item (its key attributes at least), not modified
   * @throws InvalidRequestException with DynamoDB's message if an operand is absent or mistyped, or
   *     a path is invalid for update
   */
  public static Map<String, AttributeValue> apply(
      UpdateExpression update, Map<String, AttributeValue> item) {
    // DynamoDB's order of rejection, when several actions fail: a map key into a list in a SET or
    // REMOVE path; then ADD and DELETE (their paths, then their types); then SET values; then any
    // other invalid SET or REMOVE path.
    for (UpdateExpression.Action set : update.sets()) {
      Documents.checkNoKeyIntoList(item, set.path());
    }
    for (Path remove : update.removes()) {
      Documents.checkNoKeyIntoList(item, remove);
    }
    List<AttributeValue> added = new ArrayList<>(update.adds().size());
    for (UpdateExpression.Action add : update.adds()) {
      Documents.checkUpdatePath(item, add.path());
      AttributeValue current = Documents.get(item, add.path());
      added.add(add(current, ((Operand.Literal) add.value()).value()));
    }
    List<AttributeValue> remaining = new ArrayList<>(update.deletes().size());
    for (UpdateExpression.Action delete : update.deletes()) {
      Documents.checkUpdatePath(item, delete.path());
      AttributeValue current = Documents.get(item, delete.path());
      remaining.add(
          current == null ? null : delete(current, ((Operand.Literal) delete.value()).value()));
    }
    List<AttributeValue> setValues = new ArrayList<>(update.sets().size());
    for (UpdateExpression.Action set : update.sets()) {
      setValues.add(evaluate(set.value(), item));
    }
    for (UpdateExpression.Action set : update.sets()) {
      Documents.checkUpdatePath(item, set.path());
    }
    for (Path remove : update.removes()) {
      Documents.checkUpdatePath(item, remove);
    }
    Map<String, AttributeValue> result = new LinkedHashMap<>(item);
    // SETs of list elements apply in element-number order, so several past the end append in
    // that order whatever the order written: "If you add multiple elements in a single SET
    // operation, the elements are sorted in order by element number" (DynamoDB Developer Guide,
    // Expressions.UpdateExpressions; scylladb's test_nested_attribute_update_array_out_of_bounds).
    List<Integer> setOrder = new ArrayList<>(update.sets().size());
    for (int i = 0; i < update.sets().size(); i++) {
      setOrder.add(i);
    }
    setOrder.sort(Comparator.comparingInt(i -> lastIndex(update.sets().get(i).path())));
    for (int i : setOrder) {
      Documents.set(result, update.sets().get(i).path(), setValues.get(i));
    }
    List<Path> removes = new ArrayList<>(update.removes());
    removes.sort(Comparator.comparingInt(UpdateEvaluator::lastIndex).reversed());
    for (Path remove : removes) {
      Documents.remove(result, remove);
    }
    for (int i = 0; i < update.adds().size(); i++) {
      Documents.set(result, update.adds().get(i).path(), added.get(i));
    }
    for (int i = 0; i < update.deletes().size(); i++) {
      Path path = update.deletes().get(i).path();
      if (Documents.get(item, path) == null) {
        continue;
      }
      if (remaining.get(i) == null) {
        Documents.remove(result, path);
      } else {
        Documents.set(result, path, remaining.get(i));
      }
    }
    return result;
  }

  private static int lastIndex(Path path) {
    Path.Element last = path.elements().get(path.elements().size() - 1);
    return last instanceof Path.Index index ? index.index() : -1;
  }

  private static AttributeValue evaluate(Operand operand, Map<String, AttributeValue> item) {
    if (operand instanceof Operand.Literal literal) {
      return literal.value();
    }
    if (operand instanceof Path path) {
      return present(Documents.get(item, path));
    }
    if (operand instanceof Operand.Arithmetic arithmetic) {
      BigDecimal left = number(evaluate(arithmetic.left(), item));
      BigDecimal right = number(evaluate(arithmetic.right(), item));
      BigDecimal result =
          arithmetic.plus() ? Numbers.add(left, right) : Numbers.subtract(left, right);
      return AttributeValue.fromN(Numbers.toText(result));
    }
    Operand.Call call = (Operand.Call) operand;
    if (call.function() == Function.IF_NOT_EXISTS) {
      // DynamoDB evaluates the fallback even when the attribute exists: a missing one is an error.
      AttributeValue fallback = evaluate(call.arguments().get(1), item);
      AttributeValue existing = Documents.get(item, (Path) call.arguments().get(0));
      return existing != null ? existing : fallback;
    }
    AttributeValue first = evaluate(call.arguments().get(0), item);
    AttributeValue second = evaluate(call.arguments().get(1), item);
    if (!first.hasL() || !second.hasL()) {
      throw new InvalidRequestException(WRONG_TYPE);
    }
    List<AttributeValue> joined = new ArrayList<>(first.l().size() + second.l().size());
    joined.addAll(first.l());
    joined.addAll(second.l());
    return AttributeValue.fromL(joined);
  }

  private static AttributeValue present(AttributeValue value) {
    if (value == null) {
      throw new InvalidRequestException(MISSING);
    }
    return value;
  }

  private static BigDecimal number(AttributeValue value) {
    if (value.n() == null) {
      throw new InvalidRequestException(WRONG_TYPE);
    }
    return Values.number(value);
  }

  private static AttributeValue add(AttributeValue current, AttributeValue operand) {
    if (current == null) {
      return operand;
    }
    AttributeType type = AttributeType.of(operand);
    if (AttributeType.of(current) != type) {
      throw new InvalidRequestException(WRONG_TYPE);
    }
    if (type == AttributeType.N) {
      return AttributeValue.fromN(
          Numbers.toText(Numbers.add(Values.number(current), Values.number(operand))));
    }
    return Sets.union(current, operand);
  }

  private static AttributeValue delete(AttributeValue current, AttributeValue operand) {
    AttributeType type = AttributeType.of(operand);
    if (AttributeType.of(current) != type) {
      throw new InvalidRequestException(WRONG_TYPE);
    }
    return Sets.difference(current, operand);
  }
}

package io.sable.engine.expression;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Something that evaluates to an attribute value (or to nothing, when a path is absent): a
 * document path, a {@code :value} placeholder (a {@link Literal} once bound), a function call, or
 * an update expression's {@code +}/{@code -}.
 */
public sealed interface Operand
    permits Path, Operand.ValueRef, Operand.Literal, Operand.Call, Operand.Arithmetic {

  /** An unbound {@code :value} placeholder. @param name the placeholder, with its colon */
  record ValueRef(String name) implements Operand {}

  /**
   * A bound {@code :value}.
   *
   * @param name the placeholder it came from
   * @param value its value, validated and normalised
   */
  record Literal(String name, AttributeValue value) implements Operand {}

  /**
   * A function call used as a value: {@code size}, {@code if_not_exists}, {@code list_append} (or,
   * before checking, any name).
   *
   * @param function the function, or {@code null} if the name is not a DynamoDB function
   * @param name the name as written
   * @param arguments the arguments
   */
  record Call(Function function, String name, List<Operand> arguments) implements Operand {
    /** Defensive copy. */
    public Call {
      arguments = List.copyOf(arguments);
    }
  }

  /**
   * {@code left + right} or {@code left - right} in an UpdateExpression's SET action.
   *
   * @param left the left operand
   * @param plus {@code true} for {@code +}, {@code false} for {@code -}
   * @param right the right operand
   */
  record Arithmetic(Operand left, boolean plus, Operand right) implements Operand {}
}

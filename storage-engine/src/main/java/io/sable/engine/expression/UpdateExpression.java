package io.sable.engine.expression;

import java.util.List;

/**
 * An UpdateExpression: its {@code SET}, {@code REMOVE}, {@code ADD} and {@code DELETE} actions.
 *
 * @param sets the SET actions, in order
 * @param removes the REMOVE paths, in order
 * @param adds the ADD actions, in order
 * @param deletes the DELETE actions, in order
 * @param paths every action's path in the order written (for overlap checks and ReturnValues)
 */
public record UpdateExpression(
    List<Action> sets, List<Path> removes, List<Action> adds, List<Action> deletes, List<Path> paths) {

  /** Defensive copies. */
  public UpdateExpression {
    sets = List.copyOf(sets);
    removes = List.copyOf(removes);
    adds = List.copyOf(adds);
    deletes = List.copyOf(deletes);
    paths = List.copyOf(paths);
  }

  /** One SET, ADD or DELETE action. @param path its target @param value its operand */
  public record Action(Path path, Operand value) {}
}

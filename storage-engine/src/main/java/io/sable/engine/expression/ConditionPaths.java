package io.sable.engine.expression;

import java.util.LinkedHashSet;
import java.util.Set;

/** The document paths a bound condition reads. */
public final class ConditionPaths {
  private ConditionPaths() {}

  /** The top-level attribute names {@code condition} reads, in the order written. */
  public static Set<String> topLevelNames(Condition condition) {
    Set<String> names = new LinkedHashSet<>();
    collect(condition, names);
    return names;
  }

  private static void collect(Condition condition, Set<String> names) {
    if (condition instanceof Condition.And and) {
      collect(and.left(), names);
      collect(and.right(), names);
    } else if (condition instanceof Condition.Or or) {
      collect(or.left(), names);
      collect(or.right(), names);
    } else if (condition instanceof Condition.Not not) {
      collect(not.operand(), names);
    } else if (condition instanceof Condition.Comparison comparison) {
      collect(comparison.left(), names);
      collect(comparison.right(), names);
    } else if (condition instanceof Condition.Between between) {
      collect(between.value(), names);
      collect(between.lower(), names);
      collect(between.upper(), names);
    } else if (condition instanceof Condition.In in) {
      collect(in.value(), names);
      in.candidates().forEach(candidate -> collect(candidate, names));
    } else {
      ((Condition.FunctionCondition) condition).arguments().forEach(a -> collect(a, names));
    }
  }

  private static void collect(Operand operand, Set<String> names) {
    if (operand instanceof Path path) {
      names.add(path.topLevelName());
    } else if (operand instanceof Operand.Call call) {
      call.arguments().forEach(argument -> collect(argument, names));
    }
  }
}

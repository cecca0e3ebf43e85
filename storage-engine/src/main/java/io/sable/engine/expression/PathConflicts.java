package io.sable.engine.expression;

import java.util.List;

/**
 * DynamoDB's rule that the document paths of one UpdateExpression (or ProjectionExpression) must
 * neither overlap (one is a prefix of, or equal to, the other: {@code a} and {@code a.b}) nor
 * conflict (they continue the same prefix one with a map key, the other with a list index:
 * {@code a.b} and {@code a[0]}).
 */
final class PathConflicts {
  private PathConflicts() {}

  /**
   * Rejects the first overlapping or conflicting pair, in the order written.
   *
   * @throws io.sable.engine.value.InvalidRequestException with DynamoDB's message
   */
  static void check(String kind, List<Path> paths) {
    for (int i = 0; i < paths.size(); i++) {
      for (int j = i + 1; j < paths.size(); j++) {
        check(kind, paths.get(i), paths.get(j));
      }
    }
  }

  private static void check(String kind, Path one, Path two) {
    List<Path.Element> a = one.elements();
    List<Path.Element> b = two.elements();
    int common = Math.min(a.size(), b.size());
    for (int k = 0; k < common; k++) {
      Path.Element x = a.get(k);
      Path.Element y = b.get(k);
      if (x.equals(y)) {
        continue;
      }
      if (x.getClass() != y.getClass()) {
        throw ExpressionErrors.invalid(
            kind,
            "Two document paths conflict with each other; must remove or rewrite one of these paths",
            "path one: " + one + ", path two: " + two);
      }
      return;
    }
    throw ExpressionErrors.invalid(
        kind,
        "Two document paths overlap with each other; must remove or rewrite one of these paths",
        "path one: " + one + ", path two: " + two);
  }
}

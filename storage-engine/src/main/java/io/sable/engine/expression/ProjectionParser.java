package io.sable.engine.expression;

import io.sable.engine.expression.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a ProjectionExpression: {@code path (',' path)*}, paths neither overlapping nor
 * conflicting.
 */
public final class ProjectionParser extends Parser {
  private static final String KIND = "ProjectionExpression";

  private ProjectionParser(String text) {
    super(KIND, text, false);
  }

  /**
   * Parses and checks {@code text}.
   *
   * @throws io.sable.engine.value.InvalidRequestException with DynamoDB's message
   */
  public static List<Path> parse(String text) {
    return ParseCache.get(KIND, text, () -> parseUncached(text));
  }

  private static List<Path> parseUncached(String text) {
    ProjectionParser parser = new ProjectionParser(text);
    List<Path> paths = new ArrayList<>();
    do {
      paths.add(parser.parsePath());
    } while (parser.accept(Kind.COMMA));
    parser.finish();
    Semantics.checkProjection(KIND, paths);
    return List.copyOf(paths);
  }
}

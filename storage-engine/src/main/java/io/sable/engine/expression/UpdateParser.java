package io.sable.engine.expression;

import io.sable.engine.expression.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses an UpdateExpression.
 *
 * <pre>
 * update  := ( SET set (',' set)* | REMOVE path (',' path)* | ADD path :value (',' ...)*
 *            | DELETE path :value (',' ...)* )+
 * set     := path '=' value
 * value   := '(' value ')' | term ( ('+' | '-') term )?
 * term    := '(' term ')' | path | :value | function '(' operands ')'
 * </pre>
 *
 * <p>Each section may appear once (checked here); that no two paths overlap or conflict is
 * checked when the expression is bound ({@link ExpressionAttributes#bind(UpdateExpression)}), once
 * {@code #name} placeholders are resolved.
 */
public final class UpdateParser extends Parser {
  private static final String KIND = "UpdateExpression";
  private static final List<String> SECTIONS = List.of("SET", "REMOVE", "ADD", "DELETE");

  private final List<UpdateExpression.Action> sets = new ArrayList<>();
  private final List<Path> removes = new ArrayList<>();
  private final List<UpdateExpression.Action> adds = new ArrayList<>();
  private final List<UpdateExpression.Action> deletes = new ArrayList<>();
  private final List<Path> paths = new ArrayList<>();
  private final List<String> sectionsSeen = new ArrayList<>();

  private UpdateParser(String text) {
    super(KIND, text, false);
  }

  /**
   * Parses and checks {@code text}.
   *
   * @throws io.sable.engine.value.InvalidRequestException with DynamoDB's message
   */
  public static UpdateExpression parse(String text) {
    return ParseCache.get(KIND, text, () -> parseUncached(text));
  }

  private static UpdateExpression parseUncached(String text) {
    return DeepParse.run(
        () -> {
          UpdateParser parser = new UpdateParser(text);
          parser.parseSections();
          parser.finish();
          UpdateExpression update =
              new UpdateExpression(
                  parser.sets, parser.removes, parser.adds, parser.deletes, parser.paths);
          parser.checkSections();
          Semantics.checkUpdate(KIND, update, parser.sectionsSeen);
          return update;
        });
  }

  private void parseSections() {
    do {
      Token token = peek();
      String section =
          SECTIONS.stream().filter(token::isKeyword).findFirst().orElseThrow(this::syntaxError);
      next();
      sectionsSeen.add(section);
      do {
        parseAction(section);
      } while (accept(Kind.COMMA));
    } while (peek().kind() != Kind.EOF);
  }

  private void parseAction(String section) {
    Path path = parsePath();
    paths.add(path);
    switch (section) {
      case "SET":
        expect(Kind.EQ);
        sets.add(new UpdateExpression.Action(path, parseSetValue()));
        checkOperandGroups();
        break;
      case "REMOVE":
        removes.add(path);
        break;
      case "ADD":
        adds.add(new UpdateExpression.Action(path, valueRef()));
        break;
      default:
        deletes.add(new UpdateExpression.Action(path, valueRef()));
    }
  }

  private Operand valueRef() {
    return new Operand.ValueRef(expect(Kind.VALUE_REF).text());
  }

  private Operand parseSetValue() {
    if (peek().kind() == Kind.LPAREN) {
      return parenthesised(
          left -> {
            checkOperandGroups();
            return parseTerms(left);
          },
          this::parseSetValue);
    }
    return parseTerms(parseOperand());
  }

  private Operand parseTerms(Operand left) {
    if (accept(Kind.PLUS)) {
      return new Operand.Arithmetic(left, true, parseOperand());
    }
    if (accept(Kind.MINUS)) {
      return new Operand.Arithmetic(left, false, parseOperand());
    }
    return left;
  }

  private void checkSections() {
    for (String section : SECTIONS) {
      if (sectionsSeen.indexOf(section) != sectionsSeen.lastIndexOf(section)) {
        throw ExpressionErrors.invalid(
            KIND,
            "The \"" + section + "\" section can only be used once in an update expression",
            "");
      }
    }
  }
}

/**
 * DynamoDB's expression languages, compiled in three steps: a {@link
 * io.sable.engine.expression.Tokenizer}, one recursive-descent parser per grammar
 * ({@code ConditionExpression}/{@code FilterExpression}/{@code KeyConditionExpression}, {@code
 * UpdateExpression}, {@code ProjectionExpression}) producing an AST of records, and a binding step
 * ({@link io.sable.engine.expression.ExpressionAttributes}) that resolves {@code #name} and
 * {@code :value} placeholders once per request. Evaluators then run the bound AST against items.
 * Parsed ASTs are immutable and shared across requests through a bounded parse cache.
 *
 * <p>Every rejection carries DynamoDB's exact message, such as {@code Invalid ConditionExpression:
 * Syntax error; token: "=", near: "= = :v"}, and when an expression is wrong in several ways the
 * engine reports the one DynamoDB reports, checking in DynamoDB's order:
 *
 * <ol>
 *   <li>size: at most 4,096 characters;
 *   <li>syntax, with {@code AND OR NOT BETWEEN IN SET REMOVE ADD DELETE} keywords in every grammar
 *       and bare names that start with a letter ({@code _a} is a syntax error at {@code _});
 *       parentheses may wrap conditions and operands, but never directly another pair
 *       ("redundant parentheses", reported as soon as the parser has committed to the group);
 *   <li>in the order written: reserved words used as bare names, unknown functions, functions
 *       where they may not appear (in an update, only {@code if_not_exists} nests);
 *   <li>in the order written: operand counts, document paths where required (a value, not a
 *       path, as {@code attribute_type}'s type), path nesting (at
 *       most 32 levels), {@code IN} operands (at most 100);
 *   <li>placeholders and values: undefined or unused names and values, operand types (a {@code
 *       size()} counts as a number), {@code BETWEEN} bounds, a first operand repeated among the
 *       others ({@code a = a}), overlapping or conflicting update paths;
 *   <li>at most 300 operators and functions.
 * </ol>
 *
 * <p>The legacy parameters ({@code KeyConditions}, {@code QueryFilter}, {@code ScanFilter},
 * {@code Expected}, {@code AttributesToGet}) are translated onto the same AST by the API layer.
 * Depends only on {@link io.sable.engine.value}.
 */
package io.sable.engine.expression;

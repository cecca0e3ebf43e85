/**
 * DynamoDB's expression languages, compiled in three steps: a {@link
 * io.sable.engine.expression.Tokenizer}, one recursive-descent parser per grammar
 * ({@code ConditionExpression}/{@code FilterExpression}/{@code KeyConditionExpression}, {@code
 * UpdateExpression}, {@code ProjectionExpression}) producing an AST of records, and a binding step
 * ({@link io.sable.engine.expression.ExpressionAttributes}) that resolves {@code #name} and
 * {@code :value} placeholders once per request. Evaluators then run the bound AST against items.
 *
 * <p>Every rejection carries DynamoDB's exact message, such as {@code Invalid ConditionExpression:
 * Syntax error; token: "=", near: "= = :v"}. Depends only on {@link io.sable.engine.value}.
 */
package io.sable.engine.expression;

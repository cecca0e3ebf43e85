/**
 * Sable's in-process DynamoDB engine. Start with {@link io.sable.engine.SableEngine}.
 *
 * <p>Layers, each depending only on those below it: {@code api} (the {@code DynamoDbClient} and
 * all request validation) on top; {@code expression} (expression compiler and evaluators) and
 * {@code table} (tables and partitions) below it; {@code index} (secondary indexes) below
 * {@code table}; {@code value} (attribute value semantics, keys, sizes) at the bottom; {@code internal}
 * (background threads) under all of them.
 */
package io.sable.engine;

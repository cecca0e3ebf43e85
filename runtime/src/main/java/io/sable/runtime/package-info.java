/**
 * Sable's runtime: what generated repositories call to run their operations on a DynamoDB table
 * through any {@code DynamoDbClient} (DynamoDB, DynamoDB Local, or Sable's engine). Nothing here
 * knows which backend it talks to.
 *
 * <p>Subpackages: {@link io.sable.runtime.key} (key templates and order-preserving encodings),
 * {@link io.sable.runtime.schema} (entity schemas), {@link io.sable.runtime.query} (typed queries
 * and paging), {@link io.sable.runtime.table} (table definitions), {@link io.sable.runtime.write}
 * (updates and batch writes).
 */
package io.sable.runtime;

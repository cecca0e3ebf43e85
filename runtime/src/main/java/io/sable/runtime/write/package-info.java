/**
 * Writes beyond a single PutItem: update expressions built from typed calls, and batch writes
 * chunked to DynamoDB's limits with retries of unprocessed items.
 */
package io.sable.runtime.write;

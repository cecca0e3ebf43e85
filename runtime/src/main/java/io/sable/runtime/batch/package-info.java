/**
 * Batch reads and writes chunked to DynamoDB's limits (100 keys per BatchGetItem, 25 requests per
 * BatchWriteItem), retrying what DynamoDB leaves unprocessed with exponential backoff and full
 * jitter until done or a deadline, and reporting what is left.
 */
package io.sable.runtime.batch;

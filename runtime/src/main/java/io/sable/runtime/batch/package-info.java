/**
 * Batch reads chunked to DynamoDB's limits, retrying what DynamoDB leaves unprocessed with
 * exponential backoff and full jitter until done or a deadline, and reporting what is left.
 */
package io.sable.runtime.batch;

/**
 * Durable storage benchmarks (issue 17): PutItem throughput over HTTP with the data on disk, and
 * recovery time per million items, for {@code serve --data-dir} against DynamoDB Local with {@code
 * -dbPath} and dynoxide with {@code --db-path}, each in a process of its own on loopback.
 */
package io.sable.benchmarks.durable;

/**
 * Runs Amazon DynamoDB Local in memory on loopback, as the reference backend for Sable's
 * differential tests and benchmarks. Test and benchmark scope only.
 */
package io.sable.dynamodblocal;

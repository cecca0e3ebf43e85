/**
 * Typed stream decoding: a DynamoDB Streams record, from Sable's engine, from DynamoDB Streams
 * ({@code DynamoDbStreamsClient#getRecords}) or from an AWS Lambda {@code DynamodbEvent}, decoded
 * into a {@link io.sable.runtime.stream.ChangeEvent} that carries the old and new entity, each of
 * the class its stored entity type names.
 */
package io.sable.runtime.stream;

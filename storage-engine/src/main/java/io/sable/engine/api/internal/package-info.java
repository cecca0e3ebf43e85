/**
 * The operations behind {@link io.sable.engine.api.EngineDynamoDbClient}, one class per group
 * (tables, single items, Query and Scan, batches), and the one factory that builds the SDK
 * exceptions DynamoDB's errors become ({@link io.sable.engine.api.internal.Errors}). Not API.
 */
package io.sable.engine.api.internal;

/**
 * The operations behind {@link io.sable.engine.api.EngineDynamoDbClient}, one class per group
 * (tables, single items, Query and Scan, batches), and the one factory that builds the SDK
 * exceptions DynamoDB's errors become ({@link io.sable.engine.api.internal.Errors}). The legacy
 * parameters are read here and translated onto the expression AST ({@code LegacyConditions}) or
 * applied by their own rules ({@code LegacyUpdates}, for AttributeUpdates); mixing them with
 * expressions is rejected as DynamoDB does. Not API.
 */
package io.sable.engine.api.internal;

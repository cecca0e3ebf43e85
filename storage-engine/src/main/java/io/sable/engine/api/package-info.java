/**
 * The engine's {@link software.amazon.awssdk.services.dynamodb.DynamoDbClient}: maps the SDK's
 * request and response objects to engine calls, validates every request with DynamoDB's exact
 * exception types and messages, and never goes through HTTP or JSON.
 *
 * <p>The implementation lives in {@code io.sable.engine.api.internal}; this package holds the
 * client type itself.
 */
package io.sable.engine.api;

/**
 * Attribute value semantics, with no dependency on any other engine layer: DynamoDB numbers (38
 * significant digits, normalisation, range), type ordering and comparison, item and key size
 * computation, set rules, and the keys ({@link io.sable.engine.value.ItemKey}) that order items in a
 * table or index.
 *
 * <p>Values are the AWS SDK's own immutable {@code AttributeValue} objects: the engine stores what
 * the caller sent (after number normalisation) and never converts items to another representation.
 * Invalid input is reported with {@link io.sable.engine.value.InvalidRequestException}, whose message
 * is DynamoDB's exact {@code ValidationException} text.
 */
package io.sable.engine.value;

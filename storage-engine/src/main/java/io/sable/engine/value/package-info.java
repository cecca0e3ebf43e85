/**
 * Attribute value semantics, with no dependency on any other engine layer: DynamoDB numbers (38
 * significant digits, normalisation, range), type ordering and comparison, item and key size
 * computation, set rules, and the keys ({@link io.sable.engine.value.ItemKey}) that order items in a
 * table or index.
 *
 * <p>Requests and responses carry the AWS SDK's own immutable {@code AttributeValue} objects. A
 * stored {@link io.sable.engine.value.Item} is held in a compact encoding ({@link
 * io.sable.engine.value.ItemEncoding}: one byte array per item, attribute names from a dictionary,
 * numbers as their normalised text) and decoded to {@code AttributeValue}s only when asked; its size
 * is still DynamoDB's ({@link io.sable.engine.value.ItemSize}), never the encoding's length. Key
 * values ({@link io.sable.engine.value.KeyValue}) hold UTF-8 or binary bytes and compare as unsigned
 * byte arrays. Invalid input is reported with {@link io.sable.engine.value.InvalidRequestException},
 * whose message is DynamoDB's exact {@code ValidationException} text.
 */
package io.sable.engine.value;

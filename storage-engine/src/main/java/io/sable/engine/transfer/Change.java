package io.sable.engine.transfer;

import io.sable.engine.value.Item;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One committed change of one item, as point-in-time recovery keeps it: what an incremental export
 * reads.
 *
 * @param keys the item's primary key attributes
 * @param oldImage the item before the change, or {@code null} if it did not exist
 * @param newImage the item after the change, or {@code null} if it was deleted
 * @param time when the change was committed
 */
public record Change(Map<String, AttributeValue> keys, Item oldImage, Item newImage, Instant time) {}

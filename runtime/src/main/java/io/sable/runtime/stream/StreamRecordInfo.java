package io.sable.runtime.stream;

import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What a stream record says besides its images.
 *
 * @param eventId the record's {@code eventID}, unique per record
 * @param sequenceNumber the record's {@code SequenceNumber}: its position in its shard (numeric
 *     text, 21 to 40 digits; compare numerically, not as text)
 * @param approximateCreationDateTime when the change was made ({@code
 *     ApproximateCreationDateTime}; whole seconds from DynamoDB Streams), or {@code null} if absent
 * @param keys the item's primary key attributes ({@code Keys}), in every view type
 * @param deletedByTimeToLive whether DynamoDB itself deleted the item because its Time to Live
 *     passed: the record's {@code userIdentity} is type {@code Service}, principal {@code
 *     dynamodb.amazonaws.com} (Developer Guide, "DynamoDB Streams and Time to Live")
 */
public record StreamRecordInfo(
    String eventId,
    String sequenceNumber,
    Instant approximateCreationDateTime,
    Map<String, AttributeValue> keys,
    boolean deletedByTimeToLive) {

  /** Copies the keys. */
  public StreamRecordInfo {
    keys = Map.copyOf(keys);
  }
}

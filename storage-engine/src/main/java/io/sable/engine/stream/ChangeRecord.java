package io.sable.engine.stream;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Identity;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * One stream record as the engine keeps it: a committed change of one item, with the images its
 * stream's {@code StreamViewType} asks for.
 *
 * @param sequenceNumber its position in the stream: unique, increasing within a shard (and across
 *     the stream), shown as 21 digits
 * @param eventId a unique id ({@code EventID})
 * @param eventName {@code INSERT}, {@code MODIFY} or {@code REMOVE}
 * @param createdAt when the change committed (exact; {@code ApproximateCreationDateTime} shows it
 *     rounded down to the second)
 * @param keys the item's key attributes
 * @param oldImage the item before, or {@code null} if the view type or the change has none
 * @param newImage the item after, or {@code null} if the view type or the change has none
 * @param sizeBytes {@code SizeBytes}: the sizes of keys and images by DynamoDB's item size rules
 * @param byService whether DynamoDB made the change itself (a Time to Live deletion), which
 *     {@code userIdentity} reports
 */
public record ChangeRecord(
    long sequenceNumber,
    String eventId,
    OperationType eventName,
    Instant createdAt,
    Map<String, AttributeValue> keys,
    Map<String, AttributeValue> oldImage,
    Map<String, AttributeValue> newImage,
    int sizeBytes,
    boolean byService) {
  /** {@code userIdentity.type} of a Time to Live deletion. */
  public static final String SERVICE_IDENTITY_TYPE = "Service";
  /** {@code userIdentity.principalId} of a Time to Live deletion. */
  public static final String SERVICE_PRINCIPAL = "dynamodb.amazonaws.com";
  /** The width of a sequence number's decimal text (DynamoDB Streams' minimum length). */
  public static final int SEQUENCE_NUMBER_DIGITS = 21;

  /** {@code sequenceNumber} as DynamoDB Streams shows it: 21 digits, zero-padded. */
  public static String format(long sequenceNumber) {
    String digits = Long.toString(sequenceNumber);
    return "0".repeat(Math.max(0, SEQUENCE_NUMBER_DIGITS - digits.length())) + digits;
  }

  /**
   * The record as the AWS SDK's {@link Record}: {@code eventVersion} 1.1, {@code eventSource}
   * {@code aws:dynamodb}, and for a Time to Live deletion a {@code userIdentity} of type {@code
   * Service} and principal {@code dynamodb.amazonaws.com} (Developer Guide, "DynamoDB Streams and
   * Time to Live").
   */
  public Record toRecord(String region, StreamViewType viewType) {
    StreamRecord.Builder data =
        StreamRecord.builder()
            .approximateCreationDateTime(createdAt.truncatedTo(ChronoUnit.SECONDS))
            .keys(keys)
            .sequenceNumber(format(sequenceNumber))
            .sizeBytes((long) sizeBytes)
            .streamViewType(viewType);
    if (newImage != null) {
      data.newImage(newImage);
    }
    if (oldImage != null) {
      data.oldImage(oldImage);
    }
    Record.Builder record =
        Record.builder()
            .eventID(eventId)
            .eventName(eventName)
            .eventVersion("1.1")
            .eventSource("aws:dynamodb")
            .awsRegion(region)
            .dynamodb(data.build());
    if (byService) {
      record.userIdentity(
          Identity.builder().type(SERVICE_IDENTITY_TYPE).principalId(SERVICE_PRINCIPAL).build());
    }
    return record.build();
  }
}

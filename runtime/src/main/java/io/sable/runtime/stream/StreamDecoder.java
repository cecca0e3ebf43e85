package io.sable.runtime.stream;

import io.sable.runtime.schema.EntityRegistry;
import io.sable.runtime.schema.ItemDecoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Identity;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;

/**
 * Decodes the stream records of one table into {@link ChangeEvent}s, each image by the same
 * decoder that item-collection queries use (an {@link EntityRegistry}: the class the item's stored
 * entity type names, or an {@code UnknownItem}).
 *
 * <p>A generated table class gives its decoder ({@code ShopTable#streamDecoder()}). Records come
 * from {@code DynamoDbStreamsClient#getRecords} (Sable's engine, DynamoDB Local or DynamoDB
 * Streams), a {@code StreamSubscription}, or a Lambda {@code DynamodbEvent} through {@link
 * LambdaStreamRecords}.
 *
 * <pre>{@code
 * StreamDecoder decoder = shop.streamDecoder();
 * for (Record record : streams.getRecords(r -> r.shardIterator(iterator)).records()) {
 *   ChangeEvent event = decoder.decode(record);
 * }
 * }</pre>
 */
public final class StreamDecoder {
  /** {@code userIdentity.principalId} of DynamoDB's own Time to Live deletions. */
  public static final String TIME_TO_LIVE_PRINCIPAL = "dynamodb.amazonaws.com";

  private final ItemDecoder<?> items;

  /**
   * A decoder of the items of one table.
   *
   * @param items decodes one item: the table's {@link EntityRegistry}, which never returns {@code
   *     null}
   */
  public StreamDecoder(ItemDecoder<?> items) {
    this.items = Objects.requireNonNull(items, "items");
  }

  /**
   * The change a record describes.
   *
   * @throws IllegalArgumentException if the record has no {@code dynamodb} member or an {@code
   *     eventName} other than {@code INSERT}, {@code MODIFY} or {@code REMOVE}
   */
  public ChangeEvent decode(Record record) {
    StreamRecord change = record.dynamodb();
    if (change == null) {
      throw new IllegalArgumentException("stream record " + record.eventID() + " has no dynamodb member");
    }
    Identity identity = record.userIdentity();
    StreamRecordInfo info = new StreamRecordInfo(
        record.eventID(),
        change.sequenceNumber(),
        change.approximateCreationDateTime(),
        change.keys(),
        identity != null
            && "Service".equals(identity.type())
            && TIME_TO_LIVE_PRINCIPAL.equals(identity.principalId()));
    Object oldEntity = image(change.oldImage(), change.hasOldImage());
    Object newEntity = image(change.newImage(), change.hasNewImage());
    OperationType eventName = record.eventName();
    if (eventName == OperationType.INSERT) {
      return new ChangeEvent.Inserted(info, newEntity);
    }
    if (eventName == OperationType.MODIFY) {
      return new ChangeEvent.Modified(info, oldEntity, newEntity);
    }
    if (eventName == OperationType.REMOVE) {
      return new ChangeEvent.Removed(info, oldEntity);
    }
    throw new IllegalArgumentException(
        "stream record " + record.eventID() + " has eventName " + record.eventNameAsString());
  }

  /** The changes the records describe, in the same order. */
  public List<ChangeEvent> decodeAll(List<Record> records) {
    List<ChangeEvent> events = new ArrayList<>(records.size());
    for (Record record : records) {
      events.add(decode(record));
    }
    return events;
  }

  private Object image(Map<String, AttributeValue> image, boolean present) {
    return present && !image.isEmpty() ? items.decode(image) : null;
  }
}

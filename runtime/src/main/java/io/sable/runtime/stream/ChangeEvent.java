package io.sable.runtime.stream;

import io.sable.runtime.schema.UnknownItem;

/**
 * One change to one item, decoded from a stream record: {@link Inserted}, {@link Modified} or
 * {@link Removed} (the record's {@code eventName}: {@code INSERT}, {@code MODIFY}, {@code REMOVE}).
 *
 * <p>An entity ({@link #oldEntity()}, {@link #newEntity()}) is an object of the class its item's
 * stored entity type names, or an {@link UnknownItem} for an item whose entity type the
 * application's model does not know (such a record is surfaced, never dropped). It is {@code null}
 * when the record does not carry that image: the stream's view type leaves it out ({@code
 * KEYS_ONLY} carries neither, {@code NEW_IMAGE} no old one, {@code OLD_IMAGE} no new one), or the
 * change has none (an insert has no old item, a removal no new one). The keys and the rest of the
 * record are in {@link #info()} whatever the view type.
 *
 * <pre>{@code
 * if (event instanceof ChangeEvent.Modified modified
 *     && modified.oldEntity() instanceof Order before
 *     && modified.newEntity() instanceof Order after
 *     && before.status() != after.status()) {
 *   notify(after);
 * }
 * }</pre>
 */
public sealed interface ChangeEvent {

  /** The record's keys, sequence number, time and origin. */
  StreamRecordInfo info();

  /** The item before the change, decoded, or {@code null} (see the class comment). */
  Object oldEntity();

  /** The item after the change, decoded, or {@code null} (see the class comment). */
  Object newEntity();

  /**
   * An item was created ({@code INSERT}).
   *
   * @param info the record's keys, sequence number, time and origin
   * @param newEntity the new item, decoded, or {@code null} if the view type has no new image
   */
  record Inserted(StreamRecordInfo info, Object newEntity) implements ChangeEvent {
    /** Always {@code null}: there was no item before. */
    @Override
    public Object oldEntity() {
      return null;
    }
  }

  /**
   * An existing item was replaced or updated ({@code MODIFY}).
   *
   * @param info the record's keys, sequence number, time and origin
   * @param oldEntity the item before, decoded, or {@code null} if the view type has no old image
   * @param newEntity the item after, decoded, or {@code null} if the view type has no new image
   */
  record Modified(StreamRecordInfo info, Object oldEntity, Object newEntity) implements ChangeEvent {}

  /**
   * An item was deleted ({@code REMOVE}), by a user or by Time to Live ({@link
   * StreamRecordInfo#deletedByTimeToLive()}).
   *
   * @param info the record's keys, sequence number, time and origin
   * @param oldEntity the deleted item, decoded, or {@code null} if the view type has no old image
   */
  record Removed(StreamRecordInfo info, Object oldEntity) implements ChangeEvent {
    /** Always {@code null}: there is no item after. */
    @Override
    public Object newEntity() {
      return null;
    }
  }
}

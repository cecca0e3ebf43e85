package io.sable.processor.behaviour;

import io.sable.runtime.condition.Condition;
import io.sable.runtime.write.EntityUpdate;
import io.sable.runtime.write.EntityWriter;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An UpdateItem on one {@link Order} item, which creates the item if it is absent: run it with {@code apply()}, or add it to a transaction. Single use; not thread-safe.
 *
 * <p>A later action on a field replaces an earlier one. Key fields are not updatable: change them with {@code put}.
 */
@Generated("io.sable.processor.SableProcessor")
public final class OrderUpdate extends EntityUpdate<Order> {
  OrderUpdate(EntityWriter<Order> writer, String customerId, Instant placedAt, UUID orderId,
      Long expectedVersion) {
    super(writer, OrderKeys.primaryKey(customerId, placedAt, orderId), expectedVersion);
    actions().set("_type", OrderSchema.ENTITY_TYPE_VALUE);
    actions().set("customerId", OrderSchema.CUSTOMER_ID_CONVERTER.transformFrom(customerId));
    actions().set("placedAt", OrderSchema.PLACED_AT_CONVERTER.transformFrom(placedAt));
    actions().set("orderId", OrderSchema.ORDER_ID_CONVERTER.transformFrom(orderId));
    actions().set("GSI1PK", AttributeValue.fromS(OrderKeys.gsi1PartitionKey(orderId)));
    actions().set("GSI1SK", AttributeValue.fromS(OrderKeys.gsi1SortKey(orderId)));
  }

  /**
   * Sets {@code note} ({@code SET}), or removes it when {@code null} ({@code REMOVE}).
   */
  public OrderUpdate setNote(String note) {
    if (note == null) {
      actions().remove("note");
    } else {
      actions().set("note", OrderSchema.NOTE_CONVERTER.transformFrom(note));
    }
    return this;
  }

  /**
   * Removes {@code note} ({@code REMOVE}).
   */
  public OrderUpdate removeNote() {
    actions().remove("note");
    return this;
  }

  /**
   * Sets {@code items} ({@code SET}), or removes it when {@code null} ({@code REMOVE}).
   */
  public OrderUpdate setItems(Integer items) {
    if (items == null) {
      actions().remove("items");
    } else {
      actions().set("items", OrderSchema.ITEMS_CONVERTER.transformFrom(items));
    }
    return this;
  }

  /**
   * Adds {@code delta} to {@code items}, counting an absent value as zero ({@code ADD}).
   */
  public OrderUpdate addItems(Integer delta) {
    Objects.requireNonNull(delta, "delta");
    actions().add("items", OrderSchema.ITEMS_CONVERTER.transformFrom(delta));
    return this;
  }

  /**
   * Removes {@code items} ({@code REMOVE}).
   */
  public OrderUpdate removeItems() {
    actions().remove("items");
    return this;
  }

  /**
   * Sets {@code tags} ({@code SET}), or removes it when {@code null} ({@code REMOVE}).
   */
  public OrderUpdate setTags(List<String> tags) {
    if (tags == null) {
      actions().remove("tags");
    } else {
      actions().set("tags", OrderSchema.TAGS_CONVERTER.transformFrom(tags));
    }
    return this;
  }

  /**
   * Removes {@code tags} ({@code REMOVE}).
   */
  public OrderUpdate removeTags() {
    actions().remove("tags");
    return this;
  }

  /**
   * Sets {@code labels} ({@code SET}), or removes it when {@code null} ({@code REMOVE}).
   */
  public OrderUpdate setLabels(Set<String> labels) {
    if (labels == null) {
      actions().remove("labels");
    } else {
      actions().set("labels", OrderSchema.LABELS_CONVERTER.transformFrom(labels));
    }
    return this;
  }

  /**
   * Removes {@code labels} ({@code REMOVE}).
   */
  public OrderUpdate removeLabels() {
    actions().remove("labels");
    return this;
  }

  /**
   * Applies the update only if the condition holds for the stored item ({@code ConditionExpression}); a second condition replaces the first.
   */
  public OrderUpdate condition(Condition<? super Order> condition) {
    setCondition(condition);
    return this;
  }
}

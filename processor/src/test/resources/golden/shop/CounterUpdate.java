package io.sable.processor.behaviour;

import io.sable.runtime.condition.Condition;
import io.sable.runtime.write.EntityUpdate;
import io.sable.runtime.write.EntityWriter;
import java.util.Objects;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An UpdateItem on one {@link Counter} item, which creates the item if it is absent: run it with {@code apply()}, or add it to a transaction. Single use; not thread-safe.
 *
 * <p>A later action on a field replaces an earlier one. Key fields are not updatable: change them with {@code put}.
 */
@Generated("io.sable.processor.SableProcessor")
public final class CounterUpdate extends EntityUpdate<Counter> {
  CounterUpdate(EntityWriter<Counter> writer, String name, Long expectedVersion) {
    super(writer, CounterKeys.primaryKey(name), expectedVersion);
    actions().set("_type", CounterSchema.ENTITY_TYPE_VALUE);
    actions().set("name", CounterSchema.NAME_CONVERTER.transformFrom(name));
    actions().set("GSI1PK", AttributeValue.fromS(CounterKeys.gsi1PartitionKey()));
    actions().set("GSI1SK", AttributeValue.fromS(CounterKeys.gsi1SortKey(name)));
  }

  /**
   * Sets {@code value} ({@code SET}).
   */
  public CounterUpdate setValue(long value) {
    actions().set("value", CounterSchema.VALUE_CONVERTER.transformFrom(value));
    return this;
  }

  /**
   * Adds {@code delta} to {@code value}, counting an absent value as zero ({@code ADD}).
   */
  public CounterUpdate addValue(long delta) {
    actions().add("value", CounterSchema.VALUE_CONVERTER.transformFrom(delta));
    return this;
  }

  /**
   * Sets {@code limit} ({@code SET}), or removes it when {@code null} ({@code REMOVE}).
   */
  public CounterUpdate setLimit(Long limit) {
    if (limit == null) {
      actions().remove("limit");
    } else {
      actions().set("limit", CounterSchema.LIMIT_CONVERTER.transformFrom(limit));
    }
    return this;
  }

  /**
   * Adds {@code delta} to {@code limit}, counting an absent value as zero ({@code ADD}).
   */
  public CounterUpdate addLimit(Long delta) {
    Objects.requireNonNull(delta, "delta");
    actions().add("limit", CounterSchema.LIMIT_CONVERTER.transformFrom(delta));
    return this;
  }

  /**
   * Removes {@code limit} ({@code REMOVE}).
   */
  public CounterUpdate removeLimit() {
    actions().remove("limit");
    return this;
  }

  /**
   * Applies the update only if the condition holds for the stored item ({@code ConditionExpression}); a second condition replaces the first.
   */
  public CounterUpdate condition(Condition<? super Counter> condition) {
    setCondition(condition);
    return this;
  }
}

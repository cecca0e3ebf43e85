package io.sable.processor.behaviour;

import io.sable.runtime.condition.Condition;
import io.sable.runtime.write.EntityUpdate;
import io.sable.runtime.write.EntityWriter;
import javax.annotation.processing.Generated;

/**
 * An UpdateItem on one {@link Account} item, which creates the item if it is absent: run it with {@code apply()}, or add it to a transaction. Single use; not thread-safe.
 *
 * <p>A later action on a field replaces an earlier one. Key fields are not updatable: change them with {@code put}.
 */
@Generated("io.sable.processor.SableProcessor")
public final class AccountUpdate extends EntityUpdate<Account> {
  AccountUpdate(EntityWriter<Account> writer, String id, Long expectedVersion) {
    super(writer, AccountKeys.primaryKey(id), expectedVersion);
    actions().set("_type", AccountSchema.ENTITY_TYPE_VALUE);
    actions().set("id", AccountSchema.ID_CONVERTER.transformFrom(id));
  }

  /**
   * Sets {@code balance} ({@code SET}).
   */
  public AccountUpdate setBalance(long balance) {
    actions().set("balance", AccountSchema.BALANCE_CONVERTER.transformFrom(balance));
    return this;
  }

  /**
   * Adds {@code delta} to {@code balance}, counting an absent value as zero ({@code ADD}).
   */
  public AccountUpdate addBalance(long delta) {
    actions().add("balance", AccountSchema.BALANCE_CONVERTER.transformFrom(delta));
    return this;
  }

  /**
   * Applies the update only if the condition holds for the stored item ({@code ConditionExpression}); a second condition replaces the first.
   */
  public AccountUpdate condition(Condition<? super Account> condition) {
    setCondition(condition);
    return this;
  }
}

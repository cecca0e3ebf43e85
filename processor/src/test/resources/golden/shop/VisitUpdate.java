package io.sable.processor.behaviour;

import io.sable.runtime.condition.Condition;
import io.sable.runtime.write.EntityUpdate;
import io.sable.runtime.write.EntityWriter;
import java.time.LocalDate;
import javax.annotation.processing.Generated;

/**
 * An UpdateItem on one {@link Visit} item, which creates the item if it is absent: run it with {@code apply()}, or add it to a transaction. Single use; not thread-safe.
 *
 * <p>A later action on a field replaces an earlier one. Key fields are not updatable: change them with {@code put}.
 */
@Generated("io.sable.processor.SableProcessor")
public final class VisitUpdate extends EntityUpdate<Visit> {
  VisitUpdate(EntityWriter<Visit> writer, LocalDate day, String visitId, Long expectedVersion) {
    super(writer, VisitKeys.primaryKey(day, visitId), expectedVersion);
    actions().set("_type", VisitSchema.ENTITY_TYPE_VALUE);
    actions().set("day", VisitSchema.DAY_CONVERTER.transformFrom(day));
    actions().set("visitId", VisitSchema.VISIT_ID_CONVERTER.transformFrom(visitId));
  }

  /**
   * Sets {@code page} ({@code SET}), or removes it when {@code null} ({@code REMOVE}).
   */
  public VisitUpdate setPage(String page) {
    if (page == null) {
      actions().remove("page");
    } else {
      actions().set("page", VisitSchema.PAGE_CONVERTER.transformFrom(page));
    }
    return this;
  }

  /**
   * Removes {@code page} ({@code REMOVE}).
   */
  public VisitUpdate removePage() {
    actions().remove("page");
    return this;
  }

  /**
   * Applies the update only if the condition holds for the stored item ({@code ConditionExpression}); a second condition replaces the first.
   */
  public VisitUpdate condition(Condition<? super Visit> condition) {
    setCondition(condition);
    return this;
  }
}

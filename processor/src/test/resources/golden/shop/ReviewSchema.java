package io.sable.processor.behaviour;

import io.sable.runtime.schema.Attributes;
import io.sable.runtime.schema.EntitySchema;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The items of {@link Review}: its fields as attributes, its key attributes computed from its key templates, and {@code _type = "Review"}.
 *
 * <p>An Enhanced Client {@code TableSchema}, written without reflection.
 */
@Generated("io.sable.processor.SableProcessor")
public final class ReviewSchema extends EntitySchema<Review> {
  /**
   * The schema; it holds no state.
   */
  public static final ReviewSchema INSTANCE = new ReviewSchema();

  /**
   * The entity type stored in attribute {@code _type}.
   */
  public static final String ENTITY_TYPE = "Review";

  static final AttributeValue ENTITY_TYPE_VALUE = AttributeValue.fromS(ENTITY_TYPE);

  static final AttributeConverter<String> SKU_CONVERTER = Attributes.converter(String.class);

  static final AttributeConverter<Integer> RATING_CONVERTER = Attributes.converter(Integer.class);

  static final AttributeConverter<LocalDateTime> WRITTEN_AT_CONVERTER = Attributes.converter(LocalDateTime.class);

  static final AttributeConverter<String> TEXT_CONVERTER = Attributes.converter(String.class);

  private ReviewSchema() {
    super(Review.class, ENTITY_TYPE, "_type", ShopTable.DEFINITION.tableMetadata(),
        List.of("PK", "SK", "_type", "sku", "rating", "writtenAt", "text"));
  }

  @Override
  public Map<String, AttributeValue> primaryKey(Review entity) {
    return ReviewKeys.primaryKey(entity);
  }

  @Override
  public Map<String, AttributeValue> itemToMap(Review entity, boolean ignoreNulls) {
    Map<String, AttributeValue> item = new HashMap<>(10);
    item.put("PK", AttributeValue.fromS(ReviewKeys.partitionKey(entity.getSku())));
    item.put("SK", AttributeValue.fromS(ReviewKeys.sortKey(entity.getRating(), entity.getWrittenAt())));
    item.put("_type", ENTITY_TYPE_VALUE);
    Attributes.put(item, "sku", SKU_CONVERTER, entity.getSku(), ignoreNulls);
    item.put("rating", RATING_CONVERTER.transformFrom(entity.getRating()));
    Attributes.put(item, "writtenAt", WRITTEN_AT_CONVERTER, entity.getWrittenAt(), ignoreNulls);
    Attributes.put(item, "text", TEXT_CONVERTER, entity.getText(), ignoreNulls);
    return item;
  }

  @Override
  public Review mapToItem(Map<String, AttributeValue> item) {
    Review entity = new Review();
    entity.setSku(Attributes.get(item, "sku", SKU_CONVERTER));
    entity.setRating(Attributes.getOrDefault(item, "rating", RATING_CONVERTER, 0));
    entity.setWrittenAt(Attributes.get(item, "writtenAt", WRITTEN_AT_CONVERTER));
    entity.setText(Attributes.get(item, "text", TEXT_CONVERTER));
    return entity;
  }
}

package io.sable.runtime.query;

import io.sable.runtime.TableClient;
import io.sable.runtime.condition.Attribute;
import io.sable.runtime.condition.Condition;
import io.sable.runtime.schema.ItemDecoder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * A Scan of a whole table or index for one entity's items: every item is read (and paid for), and
 * a filter on the entity type keeps the entity's own. Generated only for access patterns declared
 * with {@code scan = true}; everything else is a Query or GetItem. Immutable.
 *
 * @param <T> the type of the items
 */
public final class Scan<T> extends Read<T> {

  private final String entityTypeAttribute;
  private final List<String> entityTypes;

  private Scan(ReadSpec<T> read, String entityTypeAttribute, List<String> entityTypes) {
    super(read);
    this.entityTypeAttribute = entityTypeAttribute;
    this.entityTypes = entityTypes;
  }

  /**
   * A scan of the table (or of {@code indexName}) for the items whose {@code entityTypeAttribute}
   * is one of {@code entityTypes}. For generated repositories.
   */
  public static <T> Scan<T> of(TableClient table, ItemDecoder<T> decoder, String indexName,
      String entityTypeAttribute, Set<String> entityTypes) {
    if (entityTypes.isEmpty()) {
      throw new IllegalArgumentException("A scan needs at least one entity type");
    }
    return new Scan<>(ReadSpec.of(Objects.requireNonNull(table, "table"), decoder, indexName),
        Objects.requireNonNull(entityTypeAttribute, "entityTypeAttribute"), List.copyOf(entityTypes));
  }

  /** At most {@code limit} items in total; a page reads at most that many ({@code Limit}). */
  public Scan<T> limit(int limit) {
    return new Scan<>(read.withLimit(limit), entityTypeAttribute, entityTypes);
  }

  /** Continues after the page that returned this cursor. */
  public Scan<T> startAfter(String cursor) {
    return new Scan<>(read.withStart(Objects.requireNonNull(cursor, "cursor")), entityTypeAttribute, entityTypes);
  }

  /** Strongly consistent reads; see {@link Query#consistentRead()}. */
  public Scan<T> consistentRead() {
    return new Scan<>(read.withConsistentRead(), entityTypeAttribute, entityTypes);
  }

  /** Only the items that satisfy the condition, as {@link Query#filter}. */
  public Scan<T> filter(Condition<? super T> condition) {
    return new Scan<>(read.withFilter(Objects.requireNonNull(condition, "condition")), entityTypeAttribute,
        entityTypes);
  }

  /** Reads only these attributes, as {@link Query#project}. */
  @SafeVarargs
  public final Scan<T> project(Attribute<? super T, ?>... attributes) {
    List<String> names = new ArrayList<>();
    for (Attribute<? super T, ?> attribute : attributes) {
      names.add(attribute.name());
    }
    return new Scan<>(read.withProjection(names), entityTypeAttribute, entityTypes);
  }

  @Override
  Pager.Fetched<T> fetch(Map<String, AttributeValue> startKey, Integer limit) {
    Map<String, String> names = new HashMap<>();
    Map<String, AttributeValue> values = new HashMap<>();
    names.put("#t", entityTypeAttribute);
    StringBuilder typeFilter = new StringBuilder("#t IN (");
    for (int i = 0; i < entityTypes.size(); i++) {
      values.put(":t" + i, AttributeValue.fromS(entityTypes.get(i)));
      typeFilter.append(i == 0 ? ":t" : ", :t").append(i);
    }
    typeFilter.append(')');
    ReadSpec.Expressions expressions = read.expressions(names, values, typeFilter.toString(), List.of());
    ScanRequest.Builder request = ScanRequest.builder()
        .tableName(read.table().tableName())
        .indexName(read.indexName())
        .filterExpression(expressions.filter())
        .projectionExpression(expressions.projection())
        .expressionAttributeNames(expressions.names())
        .expressionAttributeValues(expressions.values())
        .limit(limit);
    if (read.consistentRead()) {
      request.consistentRead(true);
    }
    if (startKey != null) {
      request.exclusiveStartKey(startKey);
    }
    ScanResponse response = read.table().dynamoDb().scan(request.build());
    List<T> items = new ArrayList<>(response.items().size());
    for (Map<String, AttributeValue> item : response.items()) {
      T decoded = read.decoder().decode(item);
      if (decoded != null) {
        items.add(decoded);
      }
    }
    boolean more = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty();
    return new Pager.Fetched<>(items, more ? response.lastEvaluatedKey() : null);
  }
}

package io.sable.runtime.query;

import io.sable.runtime.TableClient;
import io.sable.runtime.condition.Attribute;
import io.sable.runtime.condition.Condition;
import io.sable.runtime.schema.ItemDecoder;
import io.sable.runtime.schema.ItemSelection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

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

  /** At most {@code limit} items in all, as {@link Query#limit}. */
  public Scan<T> limit(int limit) {
    return new Scan<>(read.withLimit(limit), entityTypeAttribute, entityTypes);
  }

  /** At most {@code pageSize} items read per request ({@code Limit}), as {@link Query#pageSize}. */
  public Scan<T> pageSize(int pageSize) {
    return new Scan<>(read.withPageSize(pageSize), entityTypeAttribute, entityTypes);
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
    ScanResponse response = read.table().dynamoDb().scan(request(read, startKey, limit).build());
    List<T> items = new ArrayList<>(response.items().size());
    for (Map<String, AttributeValue> item : response.items()) {
      T decoded = read.decoder().decode(item);
      if (decoded != null) {
        items.add(decoded);
      }
    }
    return new Pager.Fetched<>(items, lastEvaluatedKey(response));
  }

  @Override
  Long countOnServer() {
    if (read.decoder().selection() instanceof ItemSelection.InJava) {
      return null;
    }
    ReadSpec<T> counted = read.withoutProjection();
    return Pager.count((startKey, limit) -> {
      ScanResponse response = read.table().dynamoDb().scan(request(counted, startKey, limit).select(Select.COUNT).build());
      return new Pager.Counted(response.count(), lastEvaluatedKey(response));
    }, Pager.Window.of(read));
  }

  private ScanRequest.Builder request(ReadSpec<T> spec, Map<String, AttributeValue> startKey, Integer limit) {
    Map<String, String> names = new HashMap<>();
    Map<String, AttributeValue> values = new HashMap<>();
    String typeFilter = ReadSpec.entityTypeFilter(entityTypeAttribute, entityTypes, names, values);
    ReadSpec.Expressions expressions = spec.expressions(names, values, typeFilter, List.of());
    ScanRequest.Builder request = ScanRequest.builder()
        .tableName(spec.table().tableName())
        .indexName(spec.indexName())
        .filterExpression(expressions.filter())
        .projectionExpression(expressions.projection())
        .expressionAttributeNames(expressions.names())
        .expressionAttributeValues(expressions.values())
        .limit(limit);
    if (spec.consistentRead()) {
      request.consistentRead(true);
    }
    if (startKey != null) {
      request.exclusiveStartKey(startKey);
    }
    return request;
  }

  private static Map<String, AttributeValue> lastEvaluatedKey(ScanResponse response) {
    return Pager.lastEvaluatedKey(response.hasLastEvaluatedKey(), response.lastEvaluatedKey());
  }
}

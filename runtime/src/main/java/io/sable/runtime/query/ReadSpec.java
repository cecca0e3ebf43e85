package io.sable.runtime.query;

import io.sable.runtime.TableClient;
import io.sable.runtime.condition.Condition;
import io.sable.runtime.condition.ExpressionWriter;
import io.sable.runtime.schema.ItemDecoder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What Query and Scan share: the table or index read, how items decode, the limit (items returned in
 * all), the page size (DynamoDB's {@code Limit} per request), where to start,
 * consistency, filter and projection. Immutable.
 */
record ReadSpec<T>(
    TableClient table,
    ItemDecoder<T> decoder,
    String indexName,
    Integer limit,
    Integer pageSize,
    Map<String, AttributeValue> exclusiveStartKey,
    boolean consistentRead,
    Condition<?> filter,
    List<String> projection) {

  static <T> ReadSpec<T> of(TableClient table, ItemDecoder<T> decoder, String indexName) {
    return new ReadSpec<>(table, decoder, indexName, null, null, null, false, null, null);
  }

  ReadSpec<T> withLimit(int newLimit) {
    if (newLimit <= 0) {
      throw new IllegalArgumentException("limit must be positive, got " + newLimit);
    }
    return new ReadSpec<>(table, decoder, indexName, newLimit, pageSize, exclusiveStartKey, consistentRead, filter, projection);
  }

  ReadSpec<T> withPageSize(int newPageSize) {
    if (newPageSize <= 0) {
      throw new IllegalArgumentException("page size must be positive, got " + newPageSize);
    }
    return new ReadSpec<>(table, decoder, indexName, limit, newPageSize, exclusiveStartKey, consistentRead, filter,
        projection);
  }

  ReadSpec<T> withStart(String cursor) {
    Map<String, AttributeValue> start = Cursors.decode(cursor);
    return new ReadSpec<>(table, decoder, indexName, limit, pageSize, start, consistentRead, filter, projection);
  }

  ReadSpec<T> withConsistentRead() {
    if (indexName != null && !table.definition().index(indexName).local()) {
      throw new IllegalStateException("Global secondary index " + indexName
          + " does not support ConsistentRead: its reads are eventually consistent");
    }
    return new ReadSpec<>(table, decoder, indexName, limit, pageSize, exclusiveStartKey, true, filter, projection);
  }

  ReadSpec<T> withFilter(Condition<?> condition) {
    Condition<?> combined = filter == null ? condition : and(filter, condition);
    return new ReadSpec<>(table, decoder, indexName, limit, pageSize, exclusiveStartKey, consistentRead, combined, projection);
  }

  ReadSpec<T> withProjection(List<String> attributes) {
    return new ReadSpec<>(table, decoder, indexName, limit, pageSize, exclusiveStartKey, consistentRead, filter,
        List.copyOf(attributes));
  }

  /** The same read without its projection: a {@code Select = COUNT} request takes none. */
  ReadSpec<T> withoutProjection() {
    return new ReadSpec<>(table, decoder, indexName, limit, pageSize, exclusiveStartKey, consistentRead, filter, null);
  }

  /**
   * {@code #t IN (:t0, :t1, ...)}: the items whose entity type attribute holds one of {@code
   * entityTypes}. Its placeholders go into {@code names} and {@code values}.
   */
  static String entityTypeFilter(String attribute, Collection<String> entityTypes, Map<String, String> names,
      Map<String, AttributeValue> values) {
    names.put("#t", attribute);
    StringJoiner filter = new StringJoiner(", ", "#t IN (", ")");
    int index = 0;
    for (String entityType : entityTypes) {
      String placeholder = ":t" + index++;
      values.put(placeholder, AttributeValue.fromS(entityType));
      filter.add(placeholder);
    }
    return filter.toString();
  }

  @SuppressWarnings("unchecked")
  private static <E> Condition<E> and(Condition<?> left, Condition<?> right) {
    return ((Condition<E>) left).and((Condition<E>) right);
  }

  /**
   * The filter and projection expressions of a request, with all placeholders of the request:
   * those of the key condition (or entity-type filter) passed in, and those written here.
   */
  Expressions expressions(Map<String, String> names, Map<String, AttributeValue> values, String extraFilter,
      List<String> requiredAttributes) {
    ExpressionWriter writer = new ExpressionWriter("f");
    String filterExpression = filter == null ? null : writer.condition(filter);
    if (extraFilter != null) {
      filterExpression = filterExpression == null ? extraFilter : "(" + extraFilter + ") AND (" + filterExpression + ")";
    }
    String projectionExpression = null;
    if (projection != null) {
      Set<String> attributes = new LinkedHashSet<>(projection);
      attributes.addAll(requiredAttributes);
      attributes.addAll(decoder.requiredAttributes());
      ExpressionWriter projectionWriter = new ExpressionWriter("p");
      projectionExpression = projectionWriter.projection(new ArrayList<>(attributes));
      names.putAll(projectionWriter.names());
    }
    names.putAll(writer.names());
    values.putAll(writer.values());
    return new Expressions(filterExpression, projectionExpression, names, values.isEmpty() ? null : values);
  }

  /** The expressions and placeholders of one request; the filter and projection may be null. */
  record Expressions(
      String filter, String projection, Map<String, String> names, Map<String, AttributeValue> values) {}
}

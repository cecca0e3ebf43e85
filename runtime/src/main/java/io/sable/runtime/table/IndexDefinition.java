package io.sable.runtime.table;

import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * A secondary index of a {@link TableDefinition}: its name, whether it is local, and its key
 * attributes with their types. Every index projects all attributes ({@code ALL}).
 *
 * @param name the index name, such as {@code GSI1}
 * @param local whether it is a local secondary index (same partition key as the table, strongly
 *     consistent reads allowed, declared at table creation only)
 * @param partitionKey the partition key attribute name (for a local index, the table's)
 * @param partitionKeyType its type
 * @param sortKey the sort key attribute name, or {@code null} for none (a local index has one)
 * @param sortKeyType its type, or {@code null} without a sort key
 */
public record IndexDefinition(
    String name,
    boolean local,
    String partitionKey,
    ScalarAttributeType partitionKeyType,
    String sortKey,
    ScalarAttributeType sortKeyType) {

  /** Validates the names and types. */
  public IndexDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(partitionKey, "partitionKey");
    Objects.requireNonNull(partitionKeyType, "partitionKeyType");
    if ((sortKey == null) != (sortKeyType == null)) {
      throw new IllegalArgumentException("Index " + name + ": a sort key needs a type, and a type a sort key");
    }
    if (local && sortKey == null) {
      throw new IllegalArgumentException("Local secondary index " + name + " needs a sort key");
    }
  }

  /** The attribute name of the index sort key, if the index has one. */
  public Optional<String> sortKeyAttribute() {
    return Optional.ofNullable(sortKey);
  }
}

package io.sable.runtime.table;

import java.util.Objects;
import java.util.Optional;

/**
 * A global secondary index of a {@link TableDefinition}: its name and key attribute names. Key
 * attributes are strings ({@code S}); the index projects all attributes ({@code ALL}).
 *
 * @param name the index name, such as {@code GSI1}
 * @param partitionKey the attribute name of the index partition key, such as {@code GSI1PK}
 * @param sortKey the attribute name of the index sort key, or {@code null} for none
 */
public record IndexDefinition(String name, String partitionKey, String sortKey) {

  /** Validates that the name and partition key are present. */
  public IndexDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(partitionKey, "partitionKey");
  }

  /** The attribute name of the index sort key, if the index has one. */
  public Optional<String> sortKeyAttribute() {
    return Optional.ofNullable(sortKey);
  }
}

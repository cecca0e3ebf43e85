package io.sable.processor.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One key of an entity: the table's primary key or one index key, with its attribute names and
 * types and the entity's templates for them.
 *
 * @param index the index, or null for the table's primary key
 * @param partitionKeyAttribute the partition key attribute name
 * @param partitionKeyType its type
 * @param sortKeyAttribute the sort key attribute name, or null if the table or index has none
 * @param sortKeyType its type, or null
 * @param partitionKey the entity's partition key template
 * @param sortKey the entity's sort key template, or null if there is no sort key
 */
public record KeyModel(
    IndexModel index,
    String partitionKeyAttribute,
    KeyAttributeType partitionKeyType,
    String sortKeyAttribute,
    KeyAttributeType sortKeyType,
    TemplateModel partitionKey,
    TemplateModel sortKey) {

  /** Whether this is the table's primary key. */
  public boolean isPrimary() {
    return index == null;
  }

  /** The index name, or null for the table's primary key. */
  public String indexName() {
    return index == null ? null : index.name();
  }

  /** Whether strongly consistent reads are allowed: on the table and on local indexes. */
  public boolean allowsConsistentRead() {
    return index == null || index.local();
  }

  /** "the table's primary key" or "index GSI1", for messages. */
  public String describe() {
    return index == null ? "the table's primary key" : "index " + index.name();
  }

  /** The sort key template's fields, or none. */
  public List<String> sortKeyFields() {
    return sortKey == null ? List.of() : sortKey.fields();
  }

  /** Whether the partition key template ends in a write shard. */
  public boolean isSharded() {
    return partitionKey.shard() != null;
  }

  /** The shard count of the partition key, or 1 when it is not sharded. */
  public int shardCount() {
    return isSharded() ? partitionKey.shard().count() : 1;
  }

  /** Every field a key value of both templates is built from: {@link #fields()} and the shard's source field. */
  public List<String> encoderFields() {
    Set<String> fields = new LinkedHashSet<>(fields());
    fields.addAll(partitionKey.encoderFields());
    return new ArrayList<>(fields);
  }

  /** Every field of both templates, each once, partition key fields first. */
  public List<String> fields() {
    Set<String> fields = new LinkedHashSet<>(partitionKey.fields());
    fields.addAll(sortKeyFields());
    return new ArrayList<>(fields);
  }
}

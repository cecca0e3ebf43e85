package io.sable.processor.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One key of an entity: the table's primary key or one index key, with its attribute names and the
 * entity's templates for them.
 *
 * @param index the index name, or null for the table's primary key
 * @param partitionKeyAttribute the partition key attribute name
 * @param sortKeyAttribute the sort key attribute name, or null if the table or index has none
 * @param partitionKey the entity's partition key template
 * @param sortKey the entity's sort key template, or null if there is no sort key
 */
public record KeyModel(
    String index,
    String partitionKeyAttribute,
    String sortKeyAttribute,
    TemplateModel partitionKey,
    TemplateModel sortKey) {

  /** Whether this is the table's primary key. */
  public boolean isPrimary() {
    return index == null;
  }

  /** "the table's primary key" or "index GSI1", for messages. */
  public String describe() {
    return index == null ? "the table's primary key" : "index " + index;
  }

  /** The sort key template's fields, or none. */
  public List<String> sortKeyFields() {
    return sortKey == null ? List.of() : sortKey.fields();
  }

  /** Every field of both templates, each once, partition key fields first. */
  public List<String> fields() {
    Set<String> fields = new LinkedHashSet<>(partitionKey.fields());
    fields.addAll(sortKeyFields());
    return new ArrayList<>(fields);
  }
}

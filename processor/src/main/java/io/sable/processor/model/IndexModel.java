package io.sable.processor.model;

/**
 * A secondary index declared on a table.
 *
 * @param name the index name
 * @param local whether it is a local secondary index (its partition key is the table's)
 * @param partitionKey the partition key attribute name
 * @param partitionKeyType its type
 * @param sortKey the sort key attribute name, or null
 * @param sortKeyType its type, or null without a sort key
 * @param source the {@code @Index} or {@code @LocalIndex} annotation
 */
public record IndexModel(
    String name,
    boolean local,
    String partitionKey,
    KeyAttributeType partitionKeyType,
    String sortKey,
    KeyAttributeType sortKeyType,
    Source source) {}

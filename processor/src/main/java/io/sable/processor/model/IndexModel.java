package io.sable.processor.model;

/**
 * A global secondary index declared on a table.
 *
 * @param name the index name
 * @param partitionKey the partition key attribute name
 * @param sortKey the sort key attribute name, or null
 * @param source the {@code @Index} annotation
 */
public record IndexModel(String name, String partitionKey, String sortKey, Source source) {}

package io.sable.processor.model;

/**
 * An entity's {@code @IndexKey}: its key templates for one index.
 *
 * @param index the index name
 * @param partitionKey the partition key template, or null if none was given (a local index)
 * @param sortKey the sort key template, or null if none was given
 * @param includeWhen the name of the boolean method deciding membership, or null for always
 * @param source the {@code @IndexKey} annotation
 */
public record IndexKeyModel(
    String index, TemplateModel partitionKey, TemplateModel sortKey, String includeWhen, Source source) {}

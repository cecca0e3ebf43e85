package io.sable.processor.model;

import java.util.List;

/**
 * An entity's {@code @AccessPattern}.
 *
 * @param name the repository method name
 * @param index the index name, or null for the table's key
 * @param bind the bound template fields as written; empty means the partition key's fields
 * @param source the {@code @AccessPattern} annotation
 */
public record AccessPatternModel(String name, String index, List<String> bind, Source source) {}

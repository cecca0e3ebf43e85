package io.sable.processor.model;

import java.util.List;

/**
 * An entity's {@code @AccessPattern}.
 *
 * @param name the repository method name
 * @param index the index name, or null for the table's key
 * @param bind the bound template fields as written; empty means the partition key's fields
 * @param scan whether the pattern is a Scan
 * @param expectedItems the typical number of items returned, or 0 for unknown
 * @param source the {@code @AccessPattern} annotation
 */
public record AccessPatternModel(
    String name, String index, List<String> bind, boolean scan, int expectedItems, Source source) {}

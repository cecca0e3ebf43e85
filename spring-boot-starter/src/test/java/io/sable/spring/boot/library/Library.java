package io.sable.spring.boot.library;

import io.sable.annotations.Index;
import io.sable.annotations.Table;

/** The starter's test model: books, by ISBN and by author. */
@Table(name = "Library", indexes = @Index(name = "GSI1", partitionKey = "GSI1PK", sortKey = "GSI1SK"))
public interface Library {}

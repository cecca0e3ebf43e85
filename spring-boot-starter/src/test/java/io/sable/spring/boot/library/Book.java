package io.sable.spring.boot.library;

import io.sable.annotations.AccessPattern;
import io.sable.annotations.Entity;
import io.sable.annotations.IndexKey;
import io.sable.annotations.PartitionKey;
import io.sable.annotations.SortKey;

/**
 * A book.
 *
 * @param isbn its ISBN
 * @param title its title
 * @param author who wrote it
 */
@Entity(table = Library.class)
@PartitionKey("BOOK#{isbn}")
@SortKey("BOOK")
@IndexKey(index = "GSI1", partitionKey = "AUTHOR#{author}", sortKey = "BOOK#{isbn}")
@AccessPattern(name = "book", bind = "isbn")
@AccessPattern(name = "booksBy", index = "GSI1", bind = "author")
public record Book(String isbn, String title, String author) {}

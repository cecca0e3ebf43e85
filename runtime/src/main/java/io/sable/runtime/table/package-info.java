/**
 * Table definitions: the key schema, attribute definitions and global secondary indexes of a
 * single-table design, and the call that creates the table on any {@code DynamoDbClient}.
 */
package io.sable.runtime.table;

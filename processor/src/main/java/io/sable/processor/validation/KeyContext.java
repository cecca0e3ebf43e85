package io.sable.processor.validation;

import io.sable.processor.model.KeyAttributeType;

/**
 * Which key attribute a template fills, for the checks that depend on it.
 *
 * @param description such as "partition key" of "the table's primary key"
 * @param owner such as "the table's primary key" or "index GSI1"
 * @param type the key attribute's declared type
 * @param partition whether it is a partition key (otherwise a sort key)
 * @param primary whether it belongs to the table's primary key
 */
record KeyContext(String description, String owner, KeyAttributeType type, boolean partition, boolean primary) {

  /** DynamoDB's limit on a key value's size in bytes: 2048 for a partition key, 1024 for a sort key. */
  int sizeLimit() {
    return partition ? 2048 : 1024;
  }
}

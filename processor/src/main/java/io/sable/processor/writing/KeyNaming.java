package io.sable.processor.writing;

import io.sable.processor.model.KeyModel;

/**
 * The names generated for one key of an entity: {@code PARTITION_KEY}, {@code partitionKey(...)},
 * {@code PrimaryKey} for the table's primary key; {@code GSI1_PARTITION_KEY}, {@code
 * gsi1PartitionKey(...)}, {@code Gsi1Key} for index {@code GSI1}.
 */
record KeyNaming(KeyModel key) {

  String partitionKeyConstant() {
    return constantPrefix() + "PARTITION_KEY";
  }

  String sortKeyConstant() {
    return constantPrefix() + "SORT_KEY";
  }

  String partitionKeyMethod() {
    return key.isPrimary() ? "partitionKey" : Names.lowerCamel(key.indexName()) + "PartitionKey";
  }

  /** The method that lists every shard's partition key value of a sharded key. */
  String partitionKeysMethod() {
    return partitionKeyMethod() + "s";
  }

  String sortKeyMethod() {
    return key.isPrimary() ? "sortKey" : Names.lowerCamel(key.indexName()) + "SortKey";
  }

  String recordName() {
    return key.isPrimary() ? "PrimaryKey" : Names.upperCamel(key.indexName()) + "Key";
  }

  String decodeMethod() {
    return "decode" + recordName();
  }

  private String constantPrefix() {
    return key.isPrimary() ? "" : Names.constant(key.indexName()) + "_";
  }
}

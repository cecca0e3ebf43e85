package io.sable.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** The runtime and SDK types generated code refers to, named without loading them. */
final class RuntimeTypes {

  static final ClassName KEY_TEMPLATE = ClassName.get("io.sable.runtime.key", "KeyTemplate");
  static final ClassName SEGMENT_CODEC = ClassName.get("io.sable.runtime.key", "SegmentCodec");
  static final ClassName SEGMENT_CODECS = ClassName.get("io.sable.runtime.key", "SegmentCodecs");
  static final ClassName WRITE_SHARDS = ClassName.get("io.sable.runtime.key", "WriteShards");
  static final ClassName ENTITY_SCHEMA = ClassName.get("io.sable.runtime.schema", "EntitySchema");
  static final ClassName DOCUMENT_SCHEMA = ClassName.get("io.sable.runtime.schema", "DocumentSchema");
  static final ClassName ATTRIBUTES = ClassName.get("io.sable.runtime.schema", "Attributes");
  static final ClassName ITEM_DECODER = ClassName.get("io.sable.runtime.schema", "ItemDecoder");
  static final ClassName ENTITY_REGISTRY = ClassName.get("io.sable.runtime.schema", "EntityRegistry");
  static final ClassName TABLE_CLIENT = ClassName.get("io.sable.runtime", "TableClient");
  static final ClassName QUERY = ClassName.get("io.sable.runtime.query", "Query");
  static final ClassName RANGE_QUERY = ClassName.get("io.sable.runtime.query", "RangeQuery");
  static final ClassName SCAN = ClassName.get("io.sable.runtime.query", "Scan");
  static final ClassName COLLECTION_QUERY = ClassName.get("io.sable.runtime.query", "CollectionQuery");
  static final ClassName COLLECTION_BUILDER = ClassName.get("io.sable.runtime.query", "CollectionBuilder");
  static final ClassName ATTRIBUTE = ClassName.get("io.sable.runtime.condition", "Attribute");
  static final ClassName STRING_ATTRIBUTE = ClassName.get("io.sable.runtime.condition", "StringAttribute");
  static final ClassName COLLECTION_ATTRIBUTE = ClassName.get("io.sable.runtime.condition", "CollectionAttribute");
  static final ClassName TABLE_DEFINITION = ClassName.get("io.sable.runtime.table", "TableDefinition");
  static final ClassName UPDATE_ACTIONS = ClassName.get("io.sable.runtime.write", "UpdateActions");
  static final ClassName ENTITY_WRITER = ClassName.get("io.sable.runtime.write", "EntityWriter");
  static final ClassName ENTITY_UPDATE = ClassName.get("io.sable.runtime.write", "EntityUpdate");
  static final ClassName ENTITY_REPOSITORY = ClassName.get("io.sable.runtime.write", "EntityRepository");
  static final ClassName TRANSACTION = ClassName.get("io.sable.runtime.write", "Transaction");
  static final ClassName BATCH_WRITE = ClassName.get("io.sable.runtime.write", "BatchWrite");
  static final ClassName ENTITIES_READ = ClassName.get("io.sable.runtime.batch", "EntitiesRead");
  static final ClassName CONDITION = ClassName.get("io.sable.runtime.condition", "Condition");
  static final ClassName STREAM_DECODER = ClassName.get("io.sable.runtime.stream", "StreamDecoder");

  static final ClassName ATTRIBUTE_VALUE =
      ClassName.get("software.amazon.awssdk.services.dynamodb.model", "AttributeValue");
  static final ClassName SCALAR_ATTRIBUTE_TYPE =
      ClassName.get("software.amazon.awssdk.services.dynamodb.model", "ScalarAttributeType");
  static final ClassName DYNAMO_DB_CLIENT = ClassName.get("software.amazon.awssdk.services.dynamodb", "DynamoDbClient");
  static final ClassName ATTRIBUTE_CONVERTER =
      ClassName.get("software.amazon.awssdk.enhanced.dynamodb", "AttributeConverter");

  static final AnnotationSpec GENERATED =
      AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
          .addMember("value", "$S", "io.sable.processor.SableProcessor")
          .build();

  private RuntimeTypes() {}
}

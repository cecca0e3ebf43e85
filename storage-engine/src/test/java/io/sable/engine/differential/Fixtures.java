package io.sable.engine.differential;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/** Short builders for test values, items and tables. */
public final class Fixtures {
  private Fixtures() {}

  public static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  public static AttributeValue n(String value) {
    return AttributeValue.fromN(value);
  }

  public static AttributeValue b(int... bytes) {
    byte[] array = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      array[i] = (byte) bytes[i];
    }
    return AttributeValue.fromB(SdkBytes.fromByteArray(array));
  }

  public static AttributeValue ss(String... values) {
    return AttributeValue.fromSs(List.of(values));
  }

  public static AttributeValue ns(String... values) {
    return AttributeValue.fromNs(List.of(values));
  }

  public static AttributeValue l(AttributeValue... values) {
    return AttributeValue.fromL(List.of(values));
  }

  public static AttributeValue m(Object... nameValues) {
    return AttributeValue.fromM(item(nameValues));
  }

  /** An item from alternating names and values. */
  public static Map<String, AttributeValue> item(Object... nameValues) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      item.put((String) nameValues[i], (AttributeValue) nameValues[i + 1]);
    }
    return item;
  }

  public static KeySchemaElement hash(String name) {
    return KeySchemaElement.builder().attributeName(name).keyType(KeyType.HASH).build();
  }

  public static KeySchemaElement range(String name) {
    return KeySchemaElement.builder().attributeName(name).keyType(KeyType.RANGE).build();
  }

  public static AttributeDefinition attribute(String name, String type) {
    return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
  }

  public static GlobalSecondaryIndex gsi(String name, ProjectionType projection, String... keys) {
    return GlobalSecondaryIndex.builder()
        .indexName(name)
        .keySchema(keys.length == 1 ? List.of(hash(keys[0])) : List.of(hash(keys[0]), range(keys[1])))
        .projection(Projection.builder().projectionType(projection).build())
        .build();
  }

  public static LocalSecondaryIndex lsi(String name, ProjectionType projection, String table, String sort) {
    return LocalSecondaryIndex.builder()
        .indexName(name)
        .keySchema(hash(table), range(sort))
        .projection(Projection.builder().projectionType(projection).build())
        .build();
  }

  /**
   * An on-demand table request; {@code keys} alternate name and type, the first pair the
   * partition key, the second (if any) the sort key, further pairs index key definitions.
   */
  public static CreateTableRequest.Builder table(String name, int keyCount, String... keys) {
    List<KeySchemaElement> schema = new ArrayList<>();
    List<AttributeDefinition> definitions = new ArrayList<>();
    for (int i = 0; i < keys.length; i += 2) {
      definitions.add(attribute(keys[i], keys[i + 1]));
      if (i / 2 < keyCount) {
        schema.add(i == 0 ? hash(keys[i]) : range(keys[i]));
      }
    }
    return CreateTableRequest.builder()
        .tableName(name)
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(schema)
        .attributeDefinitions(definitions);
  }

  public static void create(DynamoDbClient client, CreateTableRequest.Builder request) {
    client.createTable(request.build());
  }
}

package io.sable.engine.api.internal;

import io.sable.engine.value.InvalidRequestException;
import io.sable.engine.value.Utf8;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.CreateGlobalSecondaryIndexAction;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;

/**
 * DynamoDB's limit on the length of key attribute names and of the attributes an index projects by
 * name: 255 bytes of UTF-8 ("Constraints in Amazon DynamoDB", Attributes: the partition and sort
 * key names of a table and of its secondary indexes, and the names of user-specified projected
 * attributes, are limited to 255 bytes). A name of 255 characters or fewer can exceed it in bytes
 * (a character outside ASCII takes 2 to 4); this checks bytes, which the API model's character
 * length constraint (at most 255) cannot express.
 *
 * <p>DynamoDB reports a breach with the service framework's message, for every breach in the
 * request, before the table is looked up ({@code test_limits.py} in scylladb/scylladb, run against
 * DynamoDB: "ValidationException.*25[56]" for table keys, attribute definitions, index keys and
 * projected attributes): {@code N validation error(s) detected: Value '<name>' at
 * 'keySchema.1.member.attributeName' failed to satisfy constraint: Member must have length less
 * than or equal to 255}, and for a projected name, the list's constraint on its members.
 */
final class KeyAttributeNames {
  /** The longest key attribute name or projected attribute name, in UTF-8 bytes. */
  static final int MAX_BYTES = 255;

  private final List<String> errors = new ArrayList<>();

  private KeyAttributeNames() {}

  /**
   * Checks CreateTable's attribute definitions, key schemas and projections.
   *
   * @throws InvalidRequestException listing every name over {@link #MAX_BYTES} bytes
   */
  static void check(CreateTableRequest request) {
    KeyAttributeNames names = new KeyAttributeNames();
    names.definitions(request.hasAttributeDefinitions() ? request.attributeDefinitions() : null);
    names.keySchema(request.hasKeySchema() ? request.keySchema() : null, "keySchema");
    if (request.hasLocalSecondaryIndexes()) {
      int i = 1;
      for (LocalSecondaryIndex index : request.localSecondaryIndexes()) {
        String path = "localSecondaryIndexes." + i++ + ".member.";
        names.keySchema(index.hasKeySchema() ? index.keySchema() : null, path + "keySchema");
        names.projection(index.projection(), path + "projection.nonKeyAttributes");
      }
    }
    if (request.hasGlobalSecondaryIndexes()) {
      int i = 1;
      for (GlobalSecondaryIndex index : request.globalSecondaryIndexes()) {
        String path = "globalSecondaryIndexes." + i++ + ".member.";
        names.keySchema(index.hasKeySchema() ? index.keySchema() : null, path + "keySchema");
        names.projection(index.projection(), path + "projection.nonKeyAttributes");
      }
    }
    names.throwIfAny();
  }

  /**
   * Checks UpdateTable's attribute definitions and the key schema and projection of an index it
   * creates.
   *
   * @throws InvalidRequestException listing every name over {@link #MAX_BYTES} bytes
   */
  static void check(UpdateTableRequest request) {
    KeyAttributeNames names = new KeyAttributeNames();
    names.definitions(request.hasAttributeDefinitions() ? request.attributeDefinitions() : null);
    if (request.hasGlobalSecondaryIndexUpdates()) {
      int i = 1;
      for (GlobalSecondaryIndexUpdate update : request.globalSecondaryIndexUpdates()) {
        CreateGlobalSecondaryIndexAction create = update.create();
        String path = "globalSecondaryIndexUpdates." + i++ + ".member.create.";
        if (create != null) {
          names.keySchema(create.hasKeySchema() ? create.keySchema() : null, path + "keySchema");
          names.projection(create.projection(), path + "projection.nonKeyAttributes");
        }
      }
    }
    names.throwIfAny();
  }

  private void definitions(List<AttributeDefinition> definitions) {
    if (definitions == null) {
      return;
    }
    int i = 1;
    for (AttributeDefinition definition : definitions) {
      name(definition.attributeName(), "attributeDefinitions." + i++ + ".member.attributeName");
    }
  }

  private void keySchema(List<KeySchemaElement> keys, String path) {
    if (keys == null) {
      return;
    }
    int i = 1;
    for (KeySchemaElement key : keys) {
      name(key.attributeName(), path + "." + i++ + ".member.attributeName");
    }
  }

  private void name(String name, String path) {
    if (name != null && Utf8.length(name) > MAX_BYTES) {
      errors.add(
          "Value '" + name + "' at '" + path + "' failed to satisfy constraint: Member must have"
              + " length less than or equal to " + MAX_BYTES);
    }
  }

  private void projection(Projection projection, String path) {
    if (projection == null || !projection.hasNonKeyAttributes()) {
      return;
    }
    for (String name : projection.nonKeyAttributes()) {
      if (name != null && Utf8.length(name) > MAX_BYTES) {
        errors.add(
            "Value '" + projection.nonKeyAttributes() + "' at '" + path + "' failed to satisfy"
                + " constraint: Member must satisfy constraint: [Member must have length less than"
                + " or equal to " + MAX_BYTES + ", Member must have length greater than or equal to"
                + " 1]");
        return;
      }
    }
  }

  private void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(
          errors.size()
              + (errors.size() == 1 ? " validation error detected: " : " validation errors detected: ")
              + String.join("; ", errors));
    }
  }
}

package io.sable.engine.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.engine.SableEngine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Tag;

/**
 * TagResource, UntagResource, ListTagsOfResource and CreateTable's Tags (API Reference, {@code
 * TagResource}; Developer Guide, "Tagging restrictions in DynamoDB": at most 50 tags per resource,
 * keys of 1 to 128 characters, values of 0 to 256, a key at most once so tagging it again replaces
 * its value). DynamoDB Local 3.1.0 does not implement tagging (TableLimitsDifferentialTest), so
 * these run on the engine only.
 */
class TagsTest {
  private SableEngine engine;
  private DynamoDbClient dynamoDb;
  private String arn;

  @BeforeEach
  void create() {
    engine = SableEngine.create();
    dynamoDb = engine.dynamoDbClient();
    arn =
        dynamoDb
            .createTable(
                b ->
                    b.tableName("people")
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
                        .attributeDefinitions(
                            a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                        .tags(tag("team", "search")))
            .tableDescription()
            .tableArn();
  }

  @AfterEach
  void close() {
    engine.close();
  }

  private static Tag tag(String key, String value) {
    return Tag.builder().key(key).value(value).build();
  }

  private List<Tag> tags() {
    return dynamoDb.listTagsOfResource(b -> b.resourceArn(arn)).tags();
  }

  @Test
  void tagResource_whenKeysNewOrExisting_addsOrReplacesAndUntagRemoves() {
    assertThat(tags()).containsExactly(tag("team", "search"));
    dynamoDb.tagResource(b -> b.resourceArn(arn).tags(tag("team", "ads"), tag("env", "")));
    assertThat(tags()).containsExactly(tag("env", ""), tag("team", "ads"));
    dynamoDb.untagResource(b -> b.resourceArn(arn).tagKeys("team", "absent"));
    assertThat(tags()).containsExactly(tag("env", ""));
  }

  @Test
  void tagResource_whenMoreThan50Tags_throwsLimitExceededAndAddsNone() {
    List<Tag> many = new ArrayList<>();
    for (int i = 0; i < 49; i++) {
      many.add(tag("k" + i, "v"));
    }
    dynamoDb.tagResource(b -> b.resourceArn(arn).tags(many));
    assertThat(tags()).hasSize(50);
    assertThatThrownBy(() -> dynamoDb.tagResource(b -> b.resourceArn(arn).tags(tag("one", "more"))))
        .isInstanceOf(LimitExceededException.class);
    // Replacing a value does not add a tag.
    dynamoDb.tagResource(b -> b.resourceArn(arn).tags(tag("k0", "w")));
    assertThat(tags()).hasSize(50).contains(tag("k0", "w"));
  }

  @Test
  void tagResource_whenKeyEmptyOrTooLong_throwsValidationException() {
    assertThatThrownBy(() -> dynamoDb.tagResource(b -> b.resourceArn(arn).tags(tag("", "v"))))
        .isInstanceOf(DynamoDbException.class)
        .hasMessageStartingWith(
            "1 validation error detected: Value '' at 'tags.1.member.key' failed to satisfy"
                + " constraint: Member must have length greater than or equal to 1");
    assertThatThrownBy(
            () -> dynamoDb.tagResource(b -> b.resourceArn(arn).tags(tag("a", "v"), tag("k".repeat(129), "v"))))
        .hasMessageContaining("at 'tags.2.member.key' failed to satisfy constraint: Member must have"
            + " length less than or equal to 128");
    assertThatThrownBy(() -> dynamoDb.tagResource(b -> b.resourceArn(arn).tags(tag("a", "v".repeat(257)))))
        .hasMessageContaining("at 'tags.1.member.value' failed to satisfy constraint");
    assertThat(tags()).containsExactly(tag("team", "search"));
  }

  @Test
  void listTagsOfResource_whenTableMissingOrArnInvalid_throwsLikeDynamoDb() {
    String missing = arn.replace("table/people", "table/nobody");
    assertThatThrownBy(() -> dynamoDb.listTagsOfResource(b -> b.resourceArn(missing)))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessageStartingWith("Requested resource not found: ResourcArn: " + missing + " not found");
    assertThatThrownBy(() -> dynamoDb.listTagsOfResource(b -> b.resourceArn("people")))
        .isInstanceOf(DynamoDbException.class)
        .hasMessageStartingWith("Invalid TableArn: Invalid ResourceArn provided as input people");
  }

  @Test
  void deleteTable_whenRecreated_newTableHasNoTags() {
    dynamoDb.deleteTable(b -> b.tableName("people"));
    dynamoDb.createTable(
        b ->
            b.tableName("people")
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S)));
    assertThat(tags()).isEmpty();
  }
}

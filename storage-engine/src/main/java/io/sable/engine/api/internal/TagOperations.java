package io.sable.engine.api.internal;

import io.sable.engine.table.Table;
import io.sable.engine.table.Tables;
import io.sable.engine.value.InvalidRequestException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceResponse;
import software.amazon.awssdk.services.dynamodb.model.Tag;
import software.amazon.awssdk.services.dynamodb.model.TagResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.TagResourceResponse;
import software.amazon.awssdk.services.dynamodb.model.UntagResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.UntagResourceResponse;

/**
 * TagResource, UntagResource and ListTagsOfResource on tables, by table ARN, with DynamoDB's
 * rules (Developer Guide, "Tagging restrictions in DynamoDB"): at most 50 tags per table, keys of 1
 * to 128 characters, values of at most 256, the {@code aws:} prefix reserved; CreateTable's {@code
 * Tags} follow the same rules. DynamoDB Local 3.1.0 does not implement tagging at all.
 */
final class TagOperations {
  /** DynamoDB's limit on the tags of one resource. */
  static final int MAX_TAGS = 50;

  private final Tables tables;
  private final TableDescriptions descriptions;

  TagOperations(Tables tables, TableDescriptions descriptions) {
    this.tables = tables;
    this.descriptions = descriptions;
  }

  TagResourceResponse tagResource(TagResourceRequest request) {
    Table table = table(request.resourceArn());
    tag(table, request.tags());
    return TagResourceResponse.builder().build();
  }

  /** Adds {@code tags} to {@code table} after checking DynamoDB's tagging restrictions. */
  static void tag(Table table, List<Tag> tags) {
    Map<String, String> added = new LinkedHashMap<>();
    for (int i = 0; i < tags.size(); i++) {
      Tag tag = tags.get(i);
      String key = tag.key() == null ? "" : tag.key();
      String value = tag.value() == null ? "" : tag.value();
      if (key.startsWith("aws:")) {
        throw new InvalidRequestException(
            "One or more parameter values were invalid: Tag keys starting with 'aws:' are reserved"
                + " for system use");
      }
      added.put(key, value);
    }
    if (table.tags().countWith(added.keySet()) > MAX_TAGS) {
      throw Errors.limitExceeded("The number of tags on the resource exceeds the limit of " + MAX_TAGS);
    }
    table.tags().put(added);
  }

  UntagResourceResponse untagResource(UntagResourceRequest request) {
    Table table = table(request.resourceArn());
    table.tags().remove(request.tagKeys());
    return UntagResourceResponse.builder().build();
  }

  ListTagsOfResourceResponse listTagsOfResource(ListTagsOfResourceRequest request) {
    Table table = table(request.resourceArn());
    List<Tag> tags = new ArrayList<>();
    table.tags().all().forEach((key, value) -> tags.add(Tag.builder().key(key).value(value).build()));
    return ListTagsOfResourceResponse.builder().tags(tags).build();
  }

  // The table an ARN names: a table ARN of this engine's region and account.
  private Table table(String arn) {
    String prefix = descriptions.arn("");
    if (arn == null || !arn.startsWith(prefix) || arn.length() == prefix.length()) {
      throw new InvalidRequestException(
          "Invalid TableArn: Invalid ResourceArn provided as input " + arn);
    }
    Table table = tables.get(arn.substring(prefix.length()));
    if (table == null) {
      throw Errors.resourceNotFound("Requested resource not found: ResourcArn: " + arn + " not found");
    }
    return table;
  }
}

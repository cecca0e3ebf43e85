package io.sable.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Tag;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

class AccessPatternTagsTest {

  @Test
  void shape_whenTheValueStartsWithALiteral_keepsOnlyTheLiteral() {
    assertThat(AccessPatternTags.shape(AttributeValue.fromS("DELAYED#SEA"))).isEqualTo("DELAYED#*");
    assertThat(AccessPatternTags.shape(AttributeValue.fromS("DEP#2001-01-13T14:56:00#42"))).isEqualTo("DEP#*");
  }

  @Test
  void shape_whenTheValueHasNoLiteralPrefix_isAStar() {
    assertThat(AccessPatternTags.shape(AttributeValue.fromS("0000000120#42"))).isEqualTo("*");
    assertThat(AccessPatternTags.shape(AttributeValue.fromS("PROFILE"))).isEqualTo("*");
    assertThat(AccessPatternTags.shape(AttributeValue.fromN("7"))).isEqualTo("*");
  }

  @Test
  void of_whenAQueryOnAnIndex_namesItsShape() {
    QueryRequest query = QueryRequest.builder().tableName("Flights").indexName("GSI2")
        .keyConditionExpression("#pk = :k0 AND #sk >= :k1")
        .expressionAttributeNames(Map.of("#pk", "GSI2PK", "#sk", "GSI2SK"))
        .expressionAttributeValues(Map.of(":k0", AttributeValue.fromS("DELAYED#SEA"), ":k1", AttributeValue.fromS("0000000120")))
        .build();

    assertThat(AccessPatternTags.of(query)).containsExactlyInAnyOrder(Tag.of("operation", "Query"), Tag.of("table", "Flights"),
        Tag.of("index", "GSI2"), Tag.of("key", "GSI2PK = DELAYED#* AND GSI2SK >= *"));
  }

  @Test
  void of_whenAGetItem_namesItsKeyAttributes() {
    GetItemRequest get = GetItemRequest.builder().tableName("Flights")
        .key(Map.of("SK", AttributeValue.fromS("PROFILE"), "PK", AttributeValue.fromS("AIRPORT#SEA"))).build();

    assertThat(AccessPatternTags.of(get)).contains(Tag.of("index", "-"), Tag.of("key", "PK = AIRPORT#* AND SK = *"));
  }
}

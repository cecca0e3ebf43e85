package io.sable.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.engine.ManualClock;
import io.sable.engine.SableEngine;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ContributorInsightsAction;
import software.amazon.awssdk.services.dynamodb.model.ContributorInsightsStatus;
import software.amazon.awssdk.services.dynamodb.model.DescribeContributorInsightsResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * The Contributor Insights operations routed over HTTP (API Reference, UpdateContributorInsights,
 * DescribeContributorInsights, ListContributorInsights: members as in their Request and Response
 * Syntax, {@code LastUpdateDateTime} as epoch seconds).
 */
class ContributorInsightsOverHttpTest {
  private static final Instant START = Instant.parse("2026-12-01T00:00:00Z");

  private final ManualClock clock = new ManualClock(START);
  private final SableEngine engine =
      SableEngine.builder().clock(clock).ttlSweepInterval(Duration.ZERO).build();
  private final SableServer server = SableServer.start(engine);

  @AfterEach
  void stop() {
    server.close();
    engine.close();
  }

  @Test
  void updateContributorInsights_overHttp_isDescribedAndListedAsTheEngineHasIt() {
    engine.dynamoDbClient().createTable(b -> b.tableName("tbl")
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(k -> k.attributeName("pk").keyType("HASH"))
        .attributeDefinitions(a -> a.attributeName("pk").attributeType("S")));
    try (DynamoDbClient client = HttpEngineClientProvider.client(server.endpoint())) {
      assertThat(client.updateContributorInsights(b -> b.tableName("tbl")
              .contributorInsightsAction(ContributorInsightsAction.ENABLE))
          .contributorInsightsStatus()).isEqualTo(ContributorInsightsStatus.ENABLING);

      DescribeContributorInsightsResponse describe =
          client.describeContributorInsights(b -> b.tableName("tbl"));

      assertThat(describe.contributorInsightsStatus()).isEqualTo(ContributorInsightsStatus.ENABLED);
      assertThat(describe.contributorInsightsRuleList()).containsExactly(
          "DynamoDBContributorInsights-PKC-tbl-" + START.toEpochMilli(),
          "DynamoDBContributorInsights-PKT-tbl-" + START.toEpochMilli());
      assertThat(describe.lastUpdateDateTime()).isEqualTo(START);
      assertThat(client.listContributorInsights(b -> { }).contributorInsightsSummaries())
          .singleElement()
          .satisfies(s -> assertThat(s.contributorInsightsStatus()).isEqualTo(ContributorInsightsStatus.ENABLED));
      assertThatThrownBy(() -> client.describeContributorInsights(b -> b.tableName("nope")))
          .isInstanceOf(ResourceNotFoundException.class);
    }
    HttpResponse<String> raw = Wire.post(server.endpoint(),
        "DynamoDB_20120810.DescribeContributorInsights", "{\"TableName\":\"tbl\"}");
    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(raw.body()).contains(
        "\"ContributorInsightsStatus\":\"ENABLED\"",
        "\"LastUpdateDateTime\":" + START.getEpochSecond() + ".000",
        "\"ContributorInsightsMode\":\"ACCESSED_AND_THROTTLED_KEYS\"");
  }
}

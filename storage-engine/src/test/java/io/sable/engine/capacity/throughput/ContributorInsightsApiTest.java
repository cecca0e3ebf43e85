package io.sable.engine.capacity.throughput;

import static io.sable.engine.capacity.throughput.ThroughputFixture.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ContributorInsightsAction;
import software.amazon.awssdk.services.dynamodb.model.ContributorInsightsMode;
import software.amazon.awssdk.services.dynamodb.model.ContributorInsightsStatus;
import software.amazon.awssdk.services.dynamodb.model.ContributorInsightsSummary;
import software.amazon.awssdk.services.dynamodb.model.DescribeContributorInsightsResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ListContributorInsightsResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.UpdateContributorInsightsResponse;

/**
 * UpdateContributorInsights, DescribeContributorInsights and ListContributorInsights on the engine's
 * client: shapes and errors from the API Reference (each operation's page), rule names from the
 * Developer Guide ("CloudWatch contributor insights for DynamoDB: How it works": {@code
 * DynamoDBContributorInsights-PKC|PKT-[resource_name]-[creationtimestamp]}, and SKC/SKT when the
 * table or index has a sort key; "Throttled keys mode" tracks only the most throttled items), and
 * behaviour observed on DynamoDB in the aws-controllers-k8s "ack-api-quirks" lab notes (DDB-TABLE-089:
 * a never-configured resource, DISABLE of it; 092: mode switches and no-op ENABLE; 095 and 343:
 * ListContributorInsights omits DISABLED entries, table before its indexes).
 */
class ContributorInsightsApiTest {
  private static final Instant START = Instant.parse("2026-12-01T00:00:00Z");

  private final ThroughputFixture fixture = new ThroughputFixture(CapacitySimulation.PROVISIONED);

  @AfterEach
  void close() {
    fixture.close();
  }

  private UpdateContributorInsightsResponse enable(String index, ContributorInsightsMode mode) {
    return fixture.dynamoDb.updateContributorInsights(b -> b.tableName("tbl").indexName(index)
        .contributorInsightsAction(ContributorInsightsAction.ENABLE).contributorInsightsMode(mode));
  }

  private DescribeContributorInsightsResponse describe(String index) {
    return fixture.dynamoDb.describeContributorInsights(b -> b.tableName("tbl").indexName(index));
  }

  @Test
  void describeContributorInsights_whenNeverEnabled_isDisabledWithoutRules() {
    fixture.onDemand();

    DescribeContributorInsightsResponse response = describe(null);

    assertThat(response.tableName()).isEqualTo("tbl");
    assertThat(response.contributorInsightsStatus()).isEqualTo(ContributorInsightsStatus.DISABLED);
    assertThat(response.hasContributorInsightsRuleList()).isFalse();
    assertThat(response.lastUpdateDateTime()).isNull();
    assertThat(response.contributorInsightsMode()).isNull();
  }

  @Test
  void updateContributorInsights_whenDisablingWhatWasNeverEnabled_answersDisabled() {
    fixture.onDemand();

    UpdateContributorInsightsResponse update = fixture.dynamoDb.updateContributorInsights(
        b -> b.tableName("tbl").contributorInsightsAction(ContributorInsightsAction.DISABLE));

    assertThat(update.contributorInsightsStatus()).isEqualTo(ContributorInsightsStatus.DISABLED);
    assertThat(describe(null).lastUpdateDateTime()).isNull();
  }

  @Test
  void updateContributorInsights_whenModeChanges_switchesRulesKeepingTheirTimeAndSameModeIsANoOp() {
    fixture.onDemand();
    enable(null, null);
    fixture.clock.advance(Duration.ofMinutes(1));

    UpdateContributorInsightsResponse toThrottled = enable(null, ContributorInsightsMode.THROTTLED_KEYS);
    fixture.clock.advance(Duration.ofMinutes(1));
    UpdateContributorInsightsResponse again = enable(null, ContributorInsightsMode.THROTTLED_KEYS);

    assertThat(toThrottled.contributorInsightsStatus()).isEqualTo(ContributorInsightsStatus.ENABLING);
    assertThat(again.contributorInsightsStatus()).isEqualTo(ContributorInsightsStatus.ENABLED);
    assertThat(describe(null).contributorInsightsRuleList()).containsExactly(
        "DynamoDBContributorInsights-PKT-tbl-" + START.toEpochMilli(),
        "DynamoDBContributorInsights-SKT-tbl-" + START.toEpochMilli());
    assertThat(describe(null).lastUpdateDateTime()).isEqualTo(START.plusSeconds(60));
    assertThat(enable(null, null).contributorInsightsMode())
        .isEqualTo(ContributorInsightsMode.ACCESSED_AND_THROTTLED_KEYS);
  }

  @Test
  void updateContributorInsights_whenEnabled_answersEnablingThenDescribeIsEnabledWithFourRules() {
    fixture.onDemand();
    fixture.clock.advance(Duration.ofSeconds(5));

    UpdateContributorInsightsResponse update = enable(null, null);
    DescribeContributorInsightsResponse describe = describe(null);

    assertThat(update.contributorInsightsStatus()).isEqualTo(ContributorInsightsStatus.ENABLING);
    assertThat(update.contributorInsightsMode())
        .isEqualTo(ContributorInsightsMode.ACCESSED_AND_THROTTLED_KEYS);
    assertThat(describe.contributorInsightsStatus()).isEqualTo(ContributorInsightsStatus.ENABLED);
    assertThat(describe.contributorInsightsMode())
        .isEqualTo(ContributorInsightsMode.ACCESSED_AND_THROTTLED_KEYS);
    long millis = START.plusSeconds(5).toEpochMilli();
    assertThat(describe.contributorInsightsRuleList()).containsExactly(
        "DynamoDBContributorInsights-PKC-tbl-" + millis,
        "DynamoDBContributorInsights-PKT-tbl-" + millis,
        "DynamoDBContributorInsights-SKC-tbl-" + millis,
        "DynamoDBContributorInsights-SKT-tbl-" + millis);
    assertThat(describe.lastUpdateDateTime()).isEqualTo(START.plusSeconds(5));
  }

  @Test
  void updateContributorInsights_whenIndexWithoutSortKeyInThrottledKeysMode_hasOnlyPkt() {
    fixture.onDemand();

    enable("gsi", ContributorInsightsMode.THROTTLED_KEYS);
    DescribeContributorInsightsResponse describe = describe("gsi");

    assertThat(describe.indexName()).isEqualTo("gsi");
    assertThat(describe.contributorInsightsMode()).isEqualTo(ContributorInsightsMode.THROTTLED_KEYS);
    assertThat(describe.contributorInsightsRuleList())
        .containsExactly("DynamoDBContributorInsights-PKT-tbl-gsi-" + START.toEpochMilli());
    assertThat(describe(null).contributorInsightsStatus()).isEqualTo(ContributorInsightsStatus.DISABLED);
  }

  @Test
  void updateContributorInsights_whenEnabledOnAnUnthrottledTable_collectsContributorsUntilDisabled() {
    fixture.onDemand();
    enable(null, null);
    fixture.put(item("hot", "s", 100));

    assertThat(fixture.engine.capacity().topContributors("tbl", null, START, false, false, 10))
        .extracting(KeyContributor::partitionKey).containsExactly("hot");

    UpdateContributorInsightsResponse update = fixture.dynamoDb.updateContributorInsights(
        b -> b.tableName("tbl").contributorInsightsAction(ContributorInsightsAction.DISABLE));
    fixture.clock.advance(Duration.ofMinutes(1));

    assertThat(update.contributorInsightsStatus()).isEqualTo(ContributorInsightsStatus.DISABLING);
    assertThat(update.contributorInsightsMode())
        .isEqualTo(ContributorInsightsMode.ACCESSED_AND_THROTTLED_KEYS);
    assertThat(describe(null).contributorInsightsStatus()).isEqualTo(ContributorInsightsStatus.DISABLED);
    assertThat(describe(null).hasContributorInsightsRuleList()).isFalse();
    assertThat(describe(null).lastUpdateDateTime()).isEqualTo(START);
    assertThat(describe(null).contributorInsightsMode())
        .isEqualTo(ContributorInsightsMode.ACCESSED_AND_THROTTLED_KEYS);
    assertThat(fixture.engine.capacity().topContributors("tbl", null, START, false, false, 10)).isEmpty();
  }

  @Test
  void updateContributorInsights_whenTableOrIndexMissing_throwsResourceNotFound() {
    fixture.onDemand();

    assertThatThrownBy(() -> fixture.dynamoDb.updateContributorInsights(b -> b.tableName("nope")
            .contributorInsightsAction(ContributorInsightsAction.ENABLE)))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessageStartingWith("Requested resource not found: Table: nope not found");
    assertThatThrownBy(() -> enable("nope", null))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessageStartingWith("Index not found");
    assertThatThrownBy(() -> describe("nope")).isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void updateContributorInsights_whenActionMissing_throwsValidationException() {
    fixture.onDemand();

    assertThatThrownBy(() -> fixture.dynamoDb.updateContributorInsights(b -> b.tableName("tbl")))
        .isInstanceOfSatisfying(DynamoDbException.class, e ->
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException"));
  }

  @Test
  void listContributorInsights_whenPagedByOne_listsTheEnabledTableThenItsIndex() {
    fixture.onDemand();
    enable(null, null);
    enable("gsi", null);
    List<ContributorInsightsSummary> all = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      String next = token;
      ListContributorInsightsResponse page =
          fixture.dynamoDb.listContributorInsights(b -> b.maxResults(1).nextToken(next));
      all.addAll(page.contributorInsightsSummaries());
      token = page.nextToken();
      pages++;
    } while (token != null);

    assertThat(pages).isEqualTo(2);
    assertThat(all).containsExactly(
        ContributorInsightsSummary.builder().tableName("tbl")
            .contributorInsightsStatus(ContributorInsightsStatus.ENABLED)
            .contributorInsightsMode(ContributorInsightsMode.ACCESSED_AND_THROTTLED_KEYS).build(),
        ContributorInsightsSummary.builder().tableName("tbl").indexName("gsi")
            .contributorInsightsStatus(ContributorInsightsStatus.ENABLED)
            .contributorInsightsMode(ContributorInsightsMode.ACCESSED_AND_THROTTLED_KEYS).build());
  }

  @Test
  void listContributorInsights_whenTableDisabled_omitsItAndKeepsItsEnabledIndex() {
    fixture.onDemand();
    enable(null, null);
    enable("gsi", null);

    fixture.dynamoDb.updateContributorInsights(
        b -> b.tableName("tbl").contributorInsightsAction(ContributorInsightsAction.DISABLE));
    ListContributorInsightsResponse list =
        fixture.dynamoDb.listContributorInsights(b -> b.tableName("tbl"));

    assertThat(list.contributorInsightsSummaries())
        .extracting(ContributorInsightsSummary::indexName).containsExactly("gsi");
    assertThat(list.nextToken()).isNull();
  }

  @Test
  void listContributorInsights_whenMaxResultsOver100OrTableMissing_isRefused() {
    fixture.onDemand();

    assertThatThrownBy(() -> fixture.dynamoDb.listContributorInsights(b -> b.maxResults(101)))
        .isInstanceOfSatisfying(DynamoDbException.class, e ->
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException"));
    assertThatThrownBy(() -> fixture.dynamoDb.listContributorInsights(b -> b.tableName("nope")))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void deleteTable_whenContributorInsightsEnabled_dropsIt() {
    fixture.onDemand();
    enable(null, null);

    fixture.dynamoDb.deleteTable(b -> b.tableName("tbl"));
    fixture.onDemand();

    assertThat(describe(null).contributorInsightsStatus()).isEqualTo(ContributorInsightsStatus.DISABLED);
    assertThat(describe(null).lastUpdateDateTime()).isNull();
    assertThat(fixture.dynamoDb.listContributorInsights(b -> { }).contributorInsightsSummaries()).isEmpty();
  }

  @Test
  void updateTable_whenAnEnabledIndexIsDeleted_dropsItFromListAndDescribe() {
    fixture.onDemand();
    enable("gsi", null);

    fixture.dynamoDb.updateTable(b -> b.tableName("tbl")
        .globalSecondaryIndexUpdates(u -> u.delete(d -> d.indexName("gsi"))));

    assertThat(fixture.dynamoDb.listContributorInsights(b -> b.tableName("tbl"))
        .contributorInsightsSummaries()).isEmpty();
    assertThatThrownBy(() -> describe("gsi")).isInstanceOf(ResourceNotFoundException.class);
  }
}

package io.sable.engine.api.internal;

import io.sable.engine.capacity.throughput.Throughput;
import io.sable.engine.index.SecondaryIndex;
import io.sable.engine.table.Table;
import io.sable.engine.table.Tables;
import io.sable.engine.value.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.dynamodb.model.ContributorInsightsAction;
import software.amazon.awssdk.services.dynamodb.model.ContributorInsightsMode;
import software.amazon.awssdk.services.dynamodb.model.ContributorInsightsStatus;
import software.amazon.awssdk.services.dynamodb.model.ContributorInsightsSummary;
import software.amazon.awssdk.services.dynamodb.model.DescribeContributorInsightsRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeContributorInsightsResponse;
import software.amazon.awssdk.services.dynamodb.model.ListContributorInsightsRequest;
import software.amazon.awssdk.services.dynamodb.model.ListContributorInsightsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateContributorInsightsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateContributorInsightsResponse;

/**
 * UpdateContributorInsights, DescribeContributorInsights and ListContributorInsights (API
 * Reference, each by name), over the engine's Contributor Insights collection ({@link
 * Throughput#contributorInsights}).
 *
 * <p>Status: UpdateContributorInsights answers {@code ENABLING} or {@code DISABLING}, as DynamoDB
 * does; the change itself takes effect at once, so the next DescribeContributorInsights already
 * reports {@code ENABLED} or {@code DISABLED} (DynamoDB takes about a second; {@code FAILED} never
 * happens here). {@code LastUpdateDateTime} is the engine clock's time of the last change.
 *
 * <p>Behaviour observed on DynamoDB (aws-controllers-k8s "ack-api-quirks" lab notes DDB-TABLE-089,
 * 092, 095 and 343, verified 2026-10): ENABLE in the current mode of an enabled resource is a no-op
 * answered {@code ENABLED}; ENABLE in another mode (omitting it means {@code
 * ACCESSED_AND_THROTTLED_KEYS}) switches mode and keeps the rules' creation time; DISABLE of a
 * resource never enabled answers {@code DISABLED}, and a DISABLE answer echoes the current mode. A
 * resource never configured describes as only {@code TableName} and {@code DISABLED}; once
 * configured, {@code LastUpdateDateTime} and {@code ContributorInsightsMode} stay. A missing table,
 * an unknown index or a local secondary index is ResourceNotFoundException.
 *
 * <p>Rules ({@code ContributorInsightsRuleList}): those DynamoDB creates (Developer Guide,
 * "CloudWatch contributor insights for DynamoDB: How it works", "rules"), named {@code
 * DynamoDBContributorInsights-<kind>-<resource>-<creation millis>}: {@code PKC} (most accessed
 * partition keys) and {@code PKT} (most throttled), and, when the table or index has a sort key,
 * {@code SKC} and {@code SKT}. In {@code THROTTLED_KEYS} mode, which tracks "only: most throttled
 * items" (same page, "Throttled keys mode"), only {@code PKT} and {@code SKT}. The resource of an
 * index is {@code <table>-<index>}. The mode does not change what the engine collects.
 *
 * <p>State lives here, by table name, with the {@link Table} it belongs to: a table deleted (or
 * deleted and created again) starts with Contributor Insights disabled. Thread-safe.
 */
public final class ContributorInsightsOperations {
  private static final int DEFAULT_MAX_RESULTS = 100;
  private static final String RULE_PREFIX = "DynamoDBContributorInsights-";

  private final Tables tables;
  private final Throughput throughput;
  private final Clock clock;
  private final Map<String, TableInsights> byTable = new ConcurrentHashMap<>();

  /**
   * One setting: on or off, mode, rule creation time, time of the last change, and the index it
   * belongs to (null for the table), so that an index deleted and created again starts afresh.
   */
  private record Setting(
      boolean enabled,
      ContributorInsightsMode mode,
      long ruleMillis,
      Instant lastUpdate,
      SecondaryIndex index) {}

  /** The settings of one table (key "" for the table itself, else the index name). */
  private record TableInsights(Table table, Map<String, Setting> settings) {}

  /** Operations over {@code tables}, switching collection in {@code throughput}, dated by {@code clock}. */
  public ContributorInsightsOperations(Tables tables, Throughput throughput, Clock clock) {
    this.tables = tables;
    this.throughput = throughput;
    this.clock = clock;
  }

  /**
   * UpdateContributorInsights: enables (in the request's mode, {@code ACCESSED_AND_THROTTLED_KEYS}
   * by default) or disables Contributor Insights for a table or one of its global secondary indexes.
   *
   * @throws software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException for a missing
   *     table or index
   */
  public UpdateContributorInsightsResponse updateContributorInsights(
      UpdateContributorInsightsRequest request) {
    Table table = table(request.tableName());
    String indexName = request.indexName();
    SecondaryIndex index = index(table, indexName);
    boolean enable = request.contributorInsightsAction() == ContributorInsightsAction.ENABLE;
    ContributorInsightsMode mode =
        request.contributorInsightsMode() == null
            ? ContributorInsightsMode.ACCESSED_AND_THROTTLED_KEYS
            : request.contributorInsightsMode();
    Instant now = clock.instant();
    ContributorInsightsStatus status;
    Setting next;
    synchronized (table) {
      Map<String, Setting> settings = insights(table, true).settings();
      Setting old = setting(table, indexName);
      boolean wasEnabled = old != null && old.enabled();
      if (enable && wasEnabled && old.mode() == mode) {
        status = ContributorInsightsStatus.ENABLED;
        next = old;
      } else if (enable) {
        status = ContributorInsightsStatus.ENABLING;
        next = new Setting(true, mode, wasEnabled ? old.ruleMillis() : now.toEpochMilli(), now, index);
      } else if (wasEnabled) {
        status = ContributorInsightsStatus.DISABLING;
        next = new Setting(false, old.mode(), old.ruleMillis(), now, index);
      } else {
        status = ContributorInsightsStatus.DISABLED;
        next = old;
      }
      if (next != null && next != old) {
        settings.put(key(indexName), next);
        throughput.contributorInsights(table, indexName, enable);
      }
    }
    UpdateContributorInsightsResponse.Builder response =
        UpdateContributorInsightsResponse.builder()
            .tableName(table.name())
            .contributorInsightsStatus(status);
    if (indexName != null) {
      response.indexName(indexName);
    }
    if (next != null) {
      response.contributorInsightsMode(next.mode());
    }
    return response.build();
  }

  /**
   * DescribeContributorInsights: status, mode, rules and time of the last change of a table or one
   * of its global secondary indexes ({@code DISABLED} and no rules if never enabled).
   *
   * @throws software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException for a missing
   *     table or index
   */
  public DescribeContributorInsightsResponse describeContributorInsights(
      DescribeContributorInsightsRequest request) {
    Table table = table(request.tableName());
    String indexName = request.indexName();
    SecondaryIndex index = index(table, indexName);
    Setting setting = setting(table, indexName);
    DescribeContributorInsightsResponse.Builder response =
        DescribeContributorInsightsResponse.builder()
            .tableName(table.name())
            .contributorInsightsStatus(status(setting));
    if (indexName != null) {
      response.indexName(indexName);
    }
    if (setting != null) {
      response.lastUpdateDateTime(setting.lastUpdate()).contributorInsightsMode(setting.mode());
    }
    if (setting != null && setting.enabled()) {
      boolean sortKey =
          (index == null ? table.definition().keySchema() : index.definition().keySchema())
                  .sortKeyName()
              != null;
      String resource = indexName == null ? table.name() : table.name() + "-" + indexName;
      response.contributorInsightsRuleList(rules(setting, resource, sortKey));
    }
    return response.build();
  }

  /**
   * ListContributorInsights: one summary for each table (or only {@code TableName}) and each of
   * its global secondary indexes whose Contributor Insights is not {@code DISABLED} (DynamoDB omits
   * those, lab note DDB-TABLE-095), tables in name order, each followed by its indexes in
   * definition order; {@code MaxResults} (at most 100, the default) at a time, with a {@code
   * NextToken} only while more remain (DynamoDB may also answer empty pages with a token; the
   * engine does not).
   *
   * @throws software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException for a missing
   *     {@code TableName}
   * @throws InvalidRequestException for a {@code MaxResults} under 1 or a {@code NextToken} this
   *     engine did not hand out
   */
  public ListContributorInsightsResponse listContributorInsights(
      ListContributorInsightsRequest request) {
    Integer maxResults = request.maxResults();
    if (maxResults != null && maxResults < 1) {
      throw new InvalidRequestException(
          "1 validation error detected: Value '" + maxResults + "' at 'maxResults' failed to satisfy"
              + " constraint: Member must have value greater than or equal to 1");
    }
    int limit = maxResults == null ? DEFAULT_MAX_RESULTS : maxResults;
    List<ContributorInsightsSummary> all = new ArrayList<>();
    Iterable<Table> listed =
        request.tableName() == null ? tables.after(null).values() : List.of(table(request.tableName()));
    for (Table table : listed) {
      addIfEnabled(all, table, null);
      for (SecondaryIndex index : table.indexes()) {
        if (index.definition().global()) {
          addIfEnabled(all, table, index.definition().name());
        }
      }
    }
    int from = request.nextToken() == null ? 0 : resume(all, request.nextToken());
    int to = Math.min(all.size(), from + limit);
    ListContributorInsightsResponse.Builder response =
        ListContributorInsightsResponse.builder().contributorInsightsSummaries(all.subList(from, to));
    if (to < all.size()) {
      response.nextToken(token(all.get(to - 1)));
    }
    return response.build();
  }

  /** Forgets the settings of the table that was named {@code tableName} (after DeleteTable). */
  public void tableDeleted(String tableName) {
    TableInsights insights = byTable.get(tableName);
    if (insights != null && tables.get(tableName) != insights.table()) {
      byTable.remove(tableName, insights);
    }
  }

  private void addIfEnabled(List<ContributorInsightsSummary> summaries, Table table, String indexName) {
    Setting setting = setting(table, indexName);
    if (setting != null && setting.enabled()) {
      summaries.add(
          ContributorInsightsSummary.builder()
              .tableName(table.name())
              .indexName(indexName)
              .contributorInsightsStatus(ContributorInsightsStatus.ENABLED)
              .contributorInsightsMode(setting.mode())
              .build());
    }
  }

  private static List<String> rules(Setting setting, String resource, boolean sortKey) {
    boolean accessed = setting.mode() != ContributorInsightsMode.THROTTLED_KEYS;
    List<String> kinds = new ArrayList<>(4);
    if (accessed) {
      kinds.add("PKC");
    }
    kinds.add("PKT");
    if (sortKey) {
      if (accessed) {
        kinds.add("SKC");
      }
      kinds.add("SKT");
    }
    List<String> rules = new ArrayList<>(kinds.size());
    for (String kind : kinds) {
      rules.add(RULE_PREFIX + kind + "-" + resource + "-" + setting.ruleMillis());
    }
    return rules;
  }

  private static ContributorInsightsStatus status(Setting setting) {
    return setting != null && setting.enabled()
        ? ContributorInsightsStatus.ENABLED
        : ContributorInsightsStatus.DISABLED;
  }

  private Setting setting(Table table, String indexName) {
    TableInsights insights = insights(table, false);
    Setting setting = insights == null ? null : insights.settings().get(key(indexName));
    return setting == null || (indexName != null && table.index(indexName) != setting.index())
        ? null
        : setting;
  }

  private TableInsights insights(Table table, boolean create) {
    TableInsights insights = byTable.get(table.name());
    if (insights != null && insights.table() != table) {
      byTable.remove(table.name(), insights);
      insights = null;
    }
    if (insights == null && create) {
      insights =
          byTable.computeIfAbsent(table.name(), name -> new TableInsights(table, new ConcurrentHashMap<>()));
    }
    return insights;
  }

  private static String key(String indexName) {
    return indexName == null ? "" : indexName;
  }

  /** The table named (or whose ARN is) {@code nameOrArn}. */
  private Table table(String nameOrArn) {
    String name = nameOrArn;
    int slash = name == null || !name.startsWith("arn:") ? -1 : name.indexOf(":table/");
    if (slash >= 0) {
      name = name.substring(slash + ":table/".length());
    }
    Requests.checkName(name, "tableName");
    Table table = tables.get(name);
    if (table == null) {
      throw Errors.resourceNotFound("Requested resource not found: Table: " + name + " not found");
    }
    return table;
  }

  /** The global secondary index {@code indexName} of {@code table}, or null for the table itself. */
  private static SecondaryIndex index(Table table, String indexName) {
    if (indexName == null) {
      return null;
    }
    SecondaryIndex index = table.index(indexName);
    if (index == null || !index.definition().global()) {
      throw Errors.resourceNotFound("Index not found");
    }
    return index;
  }

  private static String token(ContributorInsightsSummary last) {
    String position = last.tableName() + "/" + (last.indexName() == null ? "" : last.indexName());
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(position.getBytes(StandardCharsets.UTF_8));
  }

  private static int resume(List<ContributorInsightsSummary> all, String nextToken) {
    for (int i = 0; i < all.size(); i++) {
      if (token(all.get(i)).equals(nextToken)) {
        return i + 1;
      }
    }
    throw new InvalidRequestException("Invalid NextToken");
  }
}

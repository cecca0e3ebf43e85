package io.sable.engine.api.internal;

import io.sable.engine.capacity.throughput.Throughput;
import io.sable.engine.stream.Streams;
import io.sable.engine.stream.TableStream;
import io.sable.engine.table.Table;
import io.sable.engine.table.TableDefinition;
import io.sable.engine.table.TableSettings;
import io.sable.engine.table.Tables;
import io.sable.engine.ttl.TimeToLive;
import io.sable.engine.value.InvalidRequestException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.ListTablesRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.DescribeEndpointsRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeEndpointsResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeLimitsRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeLimitsResponse;
import software.amazon.awssdk.services.dynamodb.model.Endpoint;
import software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceResponse;
import software.amazon.awssdk.services.dynamodb.model.TagResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.TagResourceResponse;
import software.amazon.awssdk.services.dynamodb.model.UntagResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.UntagResourceResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableResponse;

/**
 * CreateTable, DescribeTable, UpdateTable, ListTables, DeleteTable, the tag operations,
 * DescribeLimits and DescribeEndpoints. Tables are {@code ACTIVE} as soon as CreateTable returns.
 */
public final class TableOperations {
  /** DeleteTable's message for a table with deletion protection (a ValidationException). */
  static final String DELETION_PROTECTED =
      "Resource cannot be deleted as it is currently protected against deletion. Disable deletion"
          + " protection first.";

  /** DynamoDB's limit on ListTables' {@code Limit}. */
  static final int MAX_LIST_LIMIT = 100;

  private final Tables tables;
  private final int partitionCount;
  private final Clock clock;
  private final TableDescriptions descriptions;
  private final TableSettings settings;
  private final TableUpdates updates;
  private final TagOperations tags;
  private final String region;
  private final Streams streams;
  private final TimeToLive timeToLive;
  private final Throughput throughput;

  /**
   * Table operations on {@code tables}.
   *
   * @param partitionCount the number of partitions of each new table
   * @param region the region named in ARNs
   * @param accountId the account id named in ARNs
   * @param streams the engine's streams
   * @param timeToLive the engine's Time to Live settings
   * @param settings the settings of every new table
   * @param backfills where UpdateTable backfills new global secondary indexes
   */
  public TableOperations(
      Tables tables,
      int partitionCount,
      String region,
      String accountId,
      Clock clock,
      Streams streams,
      TimeToLive timeToLive,
      TableSettings settings,
      Executor backfills,
      Throughput throughput) {
    this.tables = tables;
    this.throughput = throughput;
    this.partitionCount = partitionCount;
    this.clock = clock;
    this.region = region;
    this.streams = streams;
    this.timeToLive = timeToLive;
    this.descriptions = new TableDescriptions(region, accountId, streams, clock);
    this.settings = settings;
    this.updates = new TableUpdates(backfills, clock);
    this.tags = new TagOperations(tables, descriptions);
  }

  /** CreateTable, with a stream from the start if {@code StreamSpecification} enables one. */
  public CreateTableResponse createTable(CreateTableRequest request) {
    TableDefinition definition = TableDefinitions.of(request);
    TableSettingRequests.checkCreate(request);
    StreamViewType viewType = StreamSpecifications.viewType(request.streamSpecification());
    Table table =
        new Table(
            definition, partitionCount, clock.instant(), Requests.randomUuid(), settings);
    if (definition.billingMode() == BillingMode.PAY_PER_REQUEST) {
      table.lastUpdateToPayPerRequest(table.creationDateTime());
    }
    if (request.hasTags() && !request.tags().isEmpty()) {
      TagOperations.tag(table, request.tags());
    }
    TableSettingRequests.applyCreate(request, table.options());
    TableStream stream =
        viewType == null ? null : streams.open(table, descriptions.arn(table), viewType);
    if (!tables.add(table)) {
      throw Errors.resourceInUse("Table already exists: " + request.tableName());
    }
    if (stream != null) {
      streams.register(stream);
    }
    return CreateTableResponse.builder()
        .tableDescription(descriptions.describe(table, TableStatus.ACTIVE))
        .build();
  }

  /** DescribeTable. */
  public DescribeTableResponse describeTable(DescribeTableRequest request) {
    Table table = existing(request.tableName());
    return DescribeTableResponse.builder()
        .table(descriptions.describe(table, table.creating() ? TableStatus.CREATING : TableStatus.ACTIVE))
        .build();
  }

  /**
   * UpdateTable: deletion protection and table class ({@link TableSettingRequests}, which also
   * refuses the settings the engine does not implement), billing mode, provisioned throughput, global secondary indexes created
   * (backfilled in the background) or deleted ({@link TableUpdates}), and the table's {@code
   * StreamSpecification}: a new stream enabled (a table has at most one enabled stream: "Table
   * already has an enabled stream") or the enabled one disabled ("Table has no stream to
   * disable"). Every change is validated before any is made.
   */
  public UpdateTableResponse updateTable(UpdateTableRequest request) {
    Requests.checkName(request.tableName(), "tableName");
    KeyAttributeNames.check(request);
    TableUpdates.checkSomethingToUpdate(request);
    Table table = existing(request.tableName());
    TableSettingRequests.checkUpdate(request);
    boolean streamChange = request.streamSpecification() != null;
    boolean optionChange = TableSettingRequests.changesOptions(request);
    StreamViewType viewType = StreamSpecifications.viewType(request.streamSpecification());
    TableUpdates.Changes changes;
    synchronized (table) {
      if (streamChange && viewType != null && streams.enabled(table) != null) {
        throw new InvalidRequestException("Table already has an enabled stream");
      }
      if (streamChange && viewType == null && streams.enabled(table) == null) {
        throw new InvalidRequestException("Table has no stream to disable");
      }
      changes =
          TableUpdates.onlyStreams(request)
              ? TableUpdates.Changes.NONE
              : updates.update(table, request);
      if (optionChange) {
        TableSettingRequests.applyUpdate(request, table.options(), clock.instant());
      }
      throughput.tableUpdated(table);
      if (streamChange && viewType != null) {
        streams.register(streams.open(table, descriptions.arn(table), viewType));
      } else if (streamChange) {
        streams.disable(table);
      }
    }
    return UpdateTableResponse.builder()
        .tableDescription(descriptions.describe(table, changes))
        .build();
  }

  /** TagResource on a table ARN. */
  public TagResourceResponse tagResource(TagResourceRequest request) {
    return tags.tagResource(request);
  }

  /** UntagResource on a table ARN. */
  public UntagResourceResponse untagResource(UntagResourceRequest request) {
    return tags.untagResource(request);
  }

  /** ListTagsOfResource on a table ARN. */
  public ListTagsOfResourceResponse listTagsOfResource(ListTagsOfResourceRequest request) {
    return tags.listTagsOfResource(request);
  }

  /**
   * DescribeLimits: DynamoDB's default provisioned-capacity quotas per account and per table in a
   * region (80,000 and 40,000 read and write capacity units; Developer Guide, "Service, account,
   * and table quotas"). The engine enforces none of them.
   */
  public DescribeLimitsResponse describeLimits(DescribeLimitsRequest request) {
    return DescribeLimitsResponse.builder()
        .accountMaxReadCapacityUnits(80_000L)
        .accountMaxWriteCapacityUnits(80_000L)
        .tableMaxReadCapacityUnits(40_000L)
        .tableMaxWriteCapacityUnits(40_000L)
        .build();
  }

  /**
   * DescribeEndpoints: the regional endpoint, cached for 1,440 minutes, as DynamoDB answers it
   * (API Reference, {@code DescribeEndpoints}).
   */
  public DescribeEndpointsResponse describeEndpoints(DescribeEndpointsRequest request) {
    return DescribeEndpointsResponse.builder()
        .endpoints(
            Endpoint.builder()
                .address("dynamodb." + region + ".amazonaws.com")
                .cachePeriodInMinutes(1440L)
                .build())
        .build();
  }

  /**
   * DeleteTable: the table is gone at once; the response describes it as DELETING. A table with
   * {@code DeletionProtectionEnabled} is refused with DynamoDB's {@code ValidationException}
   * "Resource cannot be deleted as it is currently protected against deletion. Disable deletion
   * protection first." (as captured from DynamoDB in nubo-db/dynoxide issue 46).
   */
  public DeleteTableResponse deleteTable(DeleteTableRequest request) {
    Table table = existing(request.tableName());
    synchronized (table) {
      if (table.creating()) {
        throw Errors.resourceInUse(
            "Attempt to change a resource which is still in use: Table is being created: "
                + request.tableName());
      }
      if (table.options().deletionProtectionEnabled()) {
        throw new InvalidRequestException(DELETION_PROTECTED);
      }
      if (!tables.remove(request.tableName(), table)) {
        throw notFound(request.tableName());
      }
    }
    streams.dropped(table);
    timeToLive.disable(table);
    throughput.tableDeleted(table);
    return DeleteTableResponse.builder()
        .tableDescription(descriptions.describe(table, TableStatus.DELETING))
        .build();
  }

  /** ListTables: names in ascending order, {@code Limit} (1 to 100) at a time. */
  public ListTablesResponse listTables(ListTablesRequest request) {
    Integer limit = request.limit();
    if (limit != null && limit < 1) {
      throw new InvalidRequestException("Limit must be greater than or equal to 1");
    }
    if (limit != null && limit > MAX_LIST_LIMIT) {
      throw new InvalidRequestException("Limit in ListTables must be <= 100");
    }
    String start = request.exclusiveStartTableName();
    if (start != null) {
      Requests.checkName(start, "exclusiveStartTableName");
    }
    int max = limit == null ? MAX_LIST_LIMIT : limit;
    List<String> names = new ArrayList<>();
    String last = null;
    for (String name : tables.after(start).keySet()) {
      if (names.size() == max) {
        last = names.get(names.size() - 1);
        break;
      }
      names.add(name);
    }
    ListTablesResponse.Builder response = ListTablesResponse.builder().tableNames(names);
    if (last != null) {
      response.lastEvaluatedTableName(last);
    }
    return response.build();
  }

  private Table existing(String name) {
    Requests.checkName(name, "tableName");
    Table table = tables.get(name);
    if (table == null) {
      throw notFound(name);
    }
    return table;
  }

  private static RuntimeException notFound(String name) {
    return Errors.resourceNotFound("Requested resource not found: Table: " + name + " not found");
  }
}

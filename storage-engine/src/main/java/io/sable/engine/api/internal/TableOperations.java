package io.sable.engine.api.internal;

import io.sable.engine.stream.Streams;
import io.sable.engine.stream.TableStream;
import io.sable.engine.table.Table;
import io.sable.engine.table.TableDefinition;
import io.sable.engine.table.Tables;
import io.sable.engine.ttl.TimeToLive;
import io.sable.engine.value.InvalidRequestException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableResponse;

/**
 * CreateTable, DescribeTable, ListTables, DeleteTable and UpdateTable (streams). Tables are {@code
 * ACTIVE} as soon as CreateTable returns.
 */
public final class TableOperations {
  /** DynamoDB's limit on ListTables' {@code Limit}. */
  static final int MAX_LIST_LIMIT = 100;

  private final Tables tables;
  private final int partitionCount;
  private final Clock clock;
  private final TableDescriptions descriptions;
  private final Streams streams;
  private final TimeToLive timeToLive;

  /**
   * Table operations on {@code tables}.
   *
   * @param partitionCount the number of partitions of each new table
   * @param region the region named in ARNs
   * @param accountId the account id named in ARNs
   * @param streams the engine's streams
   * @param timeToLive the engine's Time to Live settings
   */
  public TableOperations(
      Tables tables,
      int partitionCount,
      String region,
      String accountId,
      Clock clock,
      Streams streams,
      TimeToLive timeToLive) {
    this.tables = tables;
    this.partitionCount = partitionCount;
    this.clock = clock;
    this.streams = streams;
    this.timeToLive = timeToLive;
    this.descriptions = new TableDescriptions(region, accountId, streams);
  }

  /** CreateTable, with a stream from the start if {@code StreamSpecification} enables one. */
  public CreateTableResponse createTable(CreateTableRequest request) {
    TableDefinition definition = TableDefinitions.of(request);
    StreamViewType viewType = StreamSpecifications.viewType(request.streamSpecification());
    Table table =
        new Table(definition, partitionCount, clock.instant(), Requests.randomUuid());
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
        .table(descriptions.describe(table, TableStatus.ACTIVE))
        .build();
  }

  /** DeleteTable: the table is gone at once; the response describes it as DELETING. */
  public DeleteTableResponse deleteTable(DeleteTableRequest request) {
    Requests.checkName(request.tableName(), "tableName");
    Table table = tables.remove(request.tableName());
    if (table == null) {
      throw notFound(request.tableName());
    }
    streams.dropped(table);
    timeToLive.disable(table);
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

  /**
   * UpdateTable of the table's {@code StreamSpecification}: enables a new stream (a table has at
   * most one enabled stream: "Table already has an enabled stream") or disables the enabled one
   * ("Table has no stream to disable"). The engine's tables change nothing else yet: a request
   * with other changes throws {@link UnsupportedOperationException}.
   */
  public UpdateTableResponse updateTable(UpdateTableRequest request) {
    Table table = existing(request.tableName());
    UpdateTableRequest streamsOnly = UpdateTableRequest.builder().tableName(request.tableName())
        .streamSpecification(request.streamSpecification()).build();
    if (!streamsOnly.equals(request)) {
      throw new UnsupportedOperationException(
          "UpdateTable: the engine changes only a table's StreamSpecification");
    }
    if (request.streamSpecification() == null) {
      throw new InvalidRequestException("Nothing to update");
    }
    StreamViewType viewType = StreamSpecifications.viewType(request.streamSpecification());
    synchronized (table) {
      if (viewType != null) {
        if (streams.enabled(table) != null) {
          throw new InvalidRequestException("Table already has an enabled stream");
        }
        streams.register(streams.open(table, descriptions.arn(table), viewType));
      } else if (!streams.disable(table)) {
        throw new InvalidRequestException("Table has no stream to disable");
      }
    }
    return UpdateTableResponse.builder()
        .tableDescription(descriptions.describe(table, TableStatus.ACTIVE))
        .build();
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

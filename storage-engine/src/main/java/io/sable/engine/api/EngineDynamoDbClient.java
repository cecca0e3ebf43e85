package io.sable.engine.api;

import io.sable.engine.api.internal.BackupOperations;
import io.sable.engine.api.internal.BatchOperations;
import io.sable.engine.api.internal.ContributorInsightsOperations;
import io.sable.engine.api.internal.Errors;
import io.sable.engine.api.internal.ExportOperations;
import io.sable.engine.api.internal.ImportOperations;
import io.sable.engine.api.internal.ItemOperations;
import io.sable.engine.api.internal.PointInTimeExportSource;
import io.sable.engine.api.internal.QueryOperation;
import io.sable.engine.api.internal.ScanOperation;
import io.sable.engine.api.internal.TableOperations;
import io.sable.engine.api.internal.TimeToLiveOperations;
import io.sable.engine.api.internal.TransactGetOperation;
import io.sable.engine.api.internal.TransactWriteOperation;
import io.sable.engine.api.internal.UpdateOperation;
import io.sable.engine.api.validation.RequestValidator;
import io.sable.engine.backup.BackupSettings;
import io.sable.engine.backup.Backups;
import io.sable.engine.backup.PointInTimeRecovery;
import io.sable.engine.backup.TableImage;
import io.sable.engine.capacity.throughput.ThrottledException;
import io.sable.engine.capacity.throughput.Throughput;
import io.sable.engine.stream.Streams;
import io.sable.engine.table.ItemCollectionTooLargeException;
import io.sable.engine.table.ItemLockedException;
import io.sable.engine.table.Table;
import io.sable.engine.table.Journal;
import io.sable.engine.table.TableSettings;
import io.sable.engine.table.Tables;
import io.sable.engine.transfer.TransferSettings;
import io.sable.engine.transaction.ClientRequestTokens;
import io.sable.engine.transaction.Transactions;
import io.sable.engine.ttl.TimeToLive;
import io.sable.engine.value.InvalidRequestException;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.function.Function;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeContributorInsightsRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeContributorInsightsResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeEndpointsRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeEndpointsResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeLimitsRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeLimitsResponse;
import software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceResponse;
import software.amazon.awssdk.services.dynamodb.model.TagResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.TagResourceResponse;
import software.amazon.awssdk.services.dynamodb.model.UntagResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.UntagResourceResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ListContributorInsightsRequest;
import software.amazon.awssdk.services.dynamodb.model.ListContributorInsightsResponse;
import software.amazon.awssdk.services.dynamodb.model.ListTablesRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateContributorInsightsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateContributorInsightsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CreateBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateBackupResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteBackupResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeBackupResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeContinuousBackupsRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeContinuousBackupsResponse;
import software.amazon.awssdk.services.dynamodb.model.ListBackupsRequest;
import software.amazon.awssdk.services.dynamodb.model.ListBackupsResponse;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableFromBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableFromBackupResponse;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableToPointInTimeRequest;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableToPointInTimeResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateContinuousBackupsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateContinuousBackupsResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeExportRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeExportResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeImportRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeImportResponse;
import software.amazon.awssdk.services.dynamodb.model.ExportTableToPointInTimeRequest;
import software.amazon.awssdk.services.dynamodb.model.ExportTableToPointInTimeResponse;
import software.amazon.awssdk.services.dynamodb.model.ImportTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ImportTableResponse;
import software.amazon.awssdk.services.dynamodb.model.ListExportsRequest;
import software.amazon.awssdk.services.dynamodb.model.ListExportsResponse;
import software.amazon.awssdk.services.dynamodb.model.ListImportsRequest;
import software.amazon.awssdk.services.dynamodb.model.ListImportsResponse;

/**
 * The engine's in-process {@link DynamoDbClient}: each call runs directly against the engine's
 * tables, with no HTTP, JSON or signing, and fails exactly as the SDK fails when DynamoDB answers
 * with an error ({@code ResourceNotFoundException}, {@code ConditionalCheckFailedException},
 * {@code ResourceInUseException}, {@code TransactionCanceledException}, {@code
 * TransactionConflictException}, or a {@code DynamoDbException} with error code {@code
 * ValidationException} and HTTP status 400).
 *
 * <p>Supported: CreateTable, DescribeTable, UpdateTable (billing mode, throughput, global
 * secondary indexes, {@code StreamSpecification}), ListTables, DeleteTable, TagResource,
 * UntagResource, ListTagsOfResource, DescribeLimits, DescribeEndpoints, PutItem, GetItem,
 * UpdateItem, DeleteItem, Query, Scan, BatchWriteItem, BatchGetItem, TransactWriteItems,
 * TransactGetItems, UpdateTimeToLive, DescribeTimeToLive, and UpdateContributorInsights,
 * DescribeContributorInsights and ListContributorInsights (see {@link
 * io.sable.engine.api.internal.ContributorInsightsOperations}: the status is {@code ENABLED} or
 * {@code DISABLED} on the next Describe, with no wait), the on-demand backup operations
 * CreateBackup, DescribeBackup, ListBackups, DeleteBackup and RestoreTableFromBackup, and the
 * point-in-time recovery operations UpdateContinuousBackups, DescribeContinuousBackups and
 * RestoreTableToPointInTime (in memory, on the engine clock: see {@link
 * io.sable.engine.api.internal.BackupOperations} and {@link
 * io.sable.engine.api.internal.ContinuousBackupOperations}), and ExportTableToPointInTime,
 * DescribeExport, ListExports, ImportTable, DescribeImport and ListImports with a local directory
 * for S3 (see {@link io.sable.engine.api.internal.ExportOperations} and {@link
 * io.sable.engine.api.internal.ImportOperations}). {@code ReturnConsumedCapacity} is
 * reported by every operation that takes it, by DynamoDB's capacity unit rules ({@link
 * io.sable.engine.capacity}), and {@code ReturnItemCollectionMetrics} by every write to a table
 * with local secondary indexes. Requests to tables the engine's throughput model throttles ({@link
 * io.sable.engine.capacity.throughput}) may fail with {@code
 * ProvisionedThroughputExceededException} or {@code ThrottlingException}, or come back as {@code
 * UnprocessedItems}/{@code UnprocessedKeys} in a batch. Any other
 * operation throws
 * {@link UnsupportedOperationException} (the interface default). Thread-safe; {@link #close()} does
 * nothing (close the {@code SableEngine} instead). Obtain one from {@code
 * SableEngine.dynamoDbClient()}.
 */
public final class EngineDynamoDbClient implements DynamoDbClient {
  private final TableOperations tableOperations;
  private final ItemOperations itemOperations;
  private final UpdateOperation updateOperation;
  private final QueryOperation queryOperation;
  private final ScanOperation scanOperation;
  private final BatchOperations batchOperations;
  private final TransactWriteOperation transactWriteOperation;
  private final TransactGetOperation transactGetOperation;
  private final TimeToLiveOperations timeToLiveOperations;
  private final ContributorInsightsOperations contributorInsightsOperations;
  private final Tables tables;
  private final BackupOperations backupOperations;
  private final ExportOperations exportOperations;
  private final ImportOperations importOperations;
  private final Journal journal;

  /**
   * A client over {@code tables}; {@code SableEngine} creates it.
   *
   * @param tables the engine's tables
   * @param partitionCount the number of partitions of each new table
   * @param region the region named in ARNs
   * @param accountId the account id named in ARNs
   * @param clock the clock for creation times
   * @param transactions the engine's transactions
   * @param tokens the engine's {@code ClientRequestToken}s
   * @param streams the engine's streams
   * @param timeToLive the engine's Time to Live settings
   * @param settings the settings of every new table (item collection size limit, index lag)
   * @param backfills where UpdateTable backfills new global secondary indexes
   * @param throughput the engine's throughput gate (partitions, throttling)
   */
  public EngineDynamoDbClient(
      Tables tables,
      int partitionCount,
      String region,
      String accountId,
      Clock clock,
      Transactions transactions,
      ClientRequestTokens tokens,
      Streams streams,
      TimeToLive timeToLive,
      TableSettings settings,
      Executor backfills,
      Throughput throughput) {
    this(tables, partitionCount, region, accountId, clock, transactions, tokens, streams,
        timeToLive, settings, backfills, throughput, BackupSettings.DEFAULT, TransferSettings.NONE);
  }

  /**
   * A client over {@code tables} with the given backup settings that also exports to and imports
   * from "S3" as {@code transfers} says (the other parameters as above).
   *
   * @param backupSettings the times of backups, restores and point-in-time recovery
   * @param transfers the S3 root and the export source of ExportTableToPointInTime and ImportTable
   */
  public EngineDynamoDbClient(
      Tables tables,
      int partitionCount,
      String region,
      String accountId,
      Clock clock,
      Transactions transactions,
      ClientRequestTokens tokens,
      Streams streams,
      TimeToLive timeToLive,
      TableSettings settings,
      Executor backfills,
      Throughput throughput,
      BackupSettings backupSettings,
      TransferSettings transfers) {
    this.tables = tables;
    this.journal = settings.journal();
    this.backupOperations =
        new BackupOperations(
            tables, partitionCount, region, accountId, clock, streams, timeToLive, settings,
            backupSettings);
    this.tableOperations =
        new TableOperations(
            tables,
            partitionCount,
            region,
            accountId,
            clock,
            streams,
            timeToLive,
            settings,
            backfills,
            throughput);
    this.timeToLiveOperations = new TimeToLiveOperations(tables, timeToLive);
    this.contributorInsightsOperations = new ContributorInsightsOperations(tables, throughput, clock);
    this.itemOperations = new ItemOperations(tables, throughput);
    this.updateOperation = new UpdateOperation(tables, throughput);
    this.queryOperation = new QueryOperation(tables, throughput);
    this.scanOperation = new ScanOperation(tables, throughput);
    this.batchOperations = new BatchOperations(tables, throughput);
    this.transactWriteOperation = new TransactWriteOperation(tables, transactions, tokens, throughput);
    this.transactGetOperation = new TransactGetOperation(tables, transactions, throughput);
    transfers =
        transfers.orSource(new PointInTimeExportSource(backupOperations.pointInTimeRecovery()));
    this.exportOperations = new ExportOperations(tables, transfers, clock, region, accountId);
    this.importOperations =
        new ImportOperations(tables, tableOperations, transfers, clock, region, accountId);
  }

  /**
   * Runs {@code operation}: first checks {@code request} against the constraints of DynamoDB's API
   * model ({@link RequestValidator}), before any table is looked up, then maps the engine's
   * exceptions to the SDK's.
   */
  private <Q extends SdkPojo, R> R call(Function<Q, R> operation, Q request) {
    try {
      RequestValidator.dynamoDb().validate(request);
      return operation.apply(request);
    } catch (InvalidRequestException e) {
      throw Errors.validation(e.getMessage());
    } catch (ItemLockedException e) {
      throw Errors.transactionConflict();
    } catch (ItemCollectionTooLargeException e) {
      throw Errors.itemCollectionSizeLimitExceeded(e.getMessage());
    } catch (ThrottledException e) {
      throw Errors.throttled(e.throttle());
    } finally {
      // A durable engine: logs what a control-plane request changed, and waits (outside every
      // lock) until this request's writes are durable before it is answered.
      if (journal != Journal.NONE) {
        journal.afterRequest(request);
      }
    }
  }

  @Override
  public CreateTableResponse createTable(CreateTableRequest request) {
    return call(tableOperations::createTable, request);
  }

  @Override
  public DescribeTableResponse describeTable(DescribeTableRequest request) {
    return call(tableOperations::describeTable, request);
  }

  @Override
  public UpdateTableResponse updateTable(UpdateTableRequest request) {
    return call(tableOperations::updateTable, request);
  }

  @Override
  public TagResourceResponse tagResource(TagResourceRequest request) {
    return call(tableOperations::tagResource, request);
  }

  @Override
  public UntagResourceResponse untagResource(UntagResourceRequest request) {
    return call(tableOperations::untagResource, request);
  }

  @Override
  public ListTagsOfResourceResponse listTagsOfResource(ListTagsOfResourceRequest request) {
    return call(tableOperations::listTagsOfResource, request);
  }

  @Override
  public DescribeLimitsResponse describeLimits(DescribeLimitsRequest request) {
    return call(tableOperations::describeLimits, request);
  }

  @Override
  public DescribeEndpointsResponse describeEndpoints(DescribeEndpointsRequest request) {
    return call(tableOperations::describeEndpoints, request);
  }

  @Override
  public ListTablesResponse listTables(ListTablesRequest request) {
    return call(tableOperations::listTables, request);
  }

  @Override
  public ListTablesResponse listTables() {
    return listTables(ListTablesRequest.builder().build());
  }

  @Override
  public DeleteTableResponse deleteTable(DeleteTableRequest request) {
    Table doomed = request.tableName() == null ? null : tables.get(request.tableName());
    TableImage systemBackup = backupOperations.beforeDelete(doomed);
    DeleteTableResponse response = call(tableOperations::deleteTable, request);
    backupOperations.tableDeleted(doomed, systemBackup);
    contributorInsightsOperations.tableDeleted(request.tableName());
    return response;
  }

  @Override
  public UpdateContributorInsightsResponse updateContributorInsights(
      UpdateContributorInsightsRequest request) {
    return call(contributorInsightsOperations::updateContributorInsights, request);
  }

  @Override
  public DescribeContributorInsightsResponse describeContributorInsights(
      DescribeContributorInsightsRequest request) {
    return call(contributorInsightsOperations::describeContributorInsights, request);
  }

  @Override
  public ListContributorInsightsResponse listContributorInsights(
      ListContributorInsightsRequest request) {
    return call(contributorInsightsOperations::listContributorInsights, request);
  }

  @Override
  public UpdateTimeToLiveResponse updateTimeToLive(UpdateTimeToLiveRequest request) {
    return call(timeToLiveOperations::updateTimeToLive, request);
  }

  @Override
  public DescribeTimeToLiveResponse describeTimeToLive(DescribeTimeToLiveRequest request) {
    return call(timeToLiveOperations::describeTimeToLive, request);
  }

  @Override
  public PutItemResponse putItem(PutItemRequest request) {
    return call(itemOperations::putItem, request);
  }

  @Override
  public GetItemResponse getItem(GetItemRequest request) {
    return call(itemOperations::getItem, request);
  }

  @Override
  public DeleteItemResponse deleteItem(DeleteItemRequest request) {
    return call(itemOperations::deleteItem, request);
  }

  @Override
  public UpdateItemResponse updateItem(UpdateItemRequest request) {
    return call(updateOperation::updateItem, request);
  }

  @Override
  public QueryResponse query(QueryRequest request) {
    return call(queryOperation::query, request);
  }

  @Override
  public ScanResponse scan(ScanRequest request) {
    return call(scanOperation::scan, request);
  }

  @Override
  public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
    return call(batchOperations::batchWriteItem, request);
  }

  @Override
  public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
    return call(batchOperations::batchGetItem, request);
  }

  @Override
  public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
    return call(transactWriteOperation::transactWriteItems, request);
  }

  @Override
  public TransactGetItemsResponse transactGetItems(TransactGetItemsRequest request) {
    return call(transactGetOperation::transactGetItems, request);
  }

  /**
   * CreateBackup: an on-demand backup of the table (see {@link BackupOperations}), {@code CREATING}
   * for {@link BackupSettings#backupCreation()} on the engine clock, then {@code AVAILABLE}.
   */
  @Override
  public CreateBackupResponse createBackup(CreateBackupRequest request) {
    return call(backupOperations::createBackup, request);
  }

  /** DescribeBackup. */
  @Override
  public DescribeBackupResponse describeBackup(DescribeBackupRequest request) {
    return call(backupOperations::describeBackup, request);
  }

  /** ListBackups: filters by table, creation time and type; pages by ARN. */
  @Override
  public ListBackupsResponse listBackups(ListBackupsRequest request) {
    return call(backupOperations::listBackups, request);
  }

  /** ListBackups of the {@code USER} backups of every table. */
  @Override
  public ListBackupsResponse listBackups() {
    return listBackups(ListBackupsRequest.builder().build());
  }

  /** DeleteBackup. */
  @Override
  public DeleteBackupResponse deleteBackup(DeleteBackupRequest request) {
    return call(backupOperations::deleteBackup, request);
  }

  /** RestoreTableFromBackup, with its overrides (see {@code TableRestores}). */
  @Override
  public RestoreTableFromBackupResponse restoreTableFromBackup(
      RestoreTableFromBackupRequest request) {
    return call(backupOperations::restoreTableFromBackup, request);
  }

  /** UpdateContinuousBackups: point-in-time recovery on or off, {@code RecoveryPeriodInDays}. */
  @Override
  public UpdateContinuousBackupsResponse updateContinuousBackups(
      UpdateContinuousBackupsRequest request) {
    return call(backupOperations.continuous()::updateContinuousBackups, request);
  }

  /** DescribeContinuousBackups. */
  @Override
  public DescribeContinuousBackupsResponse describeContinuousBackups(
      DescribeContinuousBackupsRequest request) {
    return call(backupOperations.continuous()::describeContinuousBackups, request);
  }

  /** RestoreTableToPointInTime: a new table with the source's items at an instant of its window. */
  @Override
  public RestoreTableToPointInTimeResponse restoreTableToPointInTime(
      RestoreTableToPointInTimeRequest request) {
    return call(backupOperations.continuous()::restoreTableToPointInTime, request);
  }

  /**
   * The engine's point-in-time recovery: the items of a recovering table at an instant of its
   * window, and its changes between two instants (for exports).
   */
  public PointInTimeRecovery pointInTimeRecovery() {
    return backupOperations.pointInTimeRecovery();
  }

  /** The engine's on-demand backups (a durable engine loads and persists them). */
  public Backups onDemandBackups() {
    return backupOperations.backups();
  }

  /**
   * ExportTableToPointInTime: full or incremental, DynamoDB JSON or Amazon Ion, into the engine's
   * S3 root (see {@link ExportOperations}); refused with a ValidationException without one.
   */
  @Override
  public ExportTableToPointInTimeResponse exportTableToPointInTime(
      ExportTableToPointInTimeRequest request) {
    return call(exportOperations::exportTableToPointInTime, request);
  }

  /** DescribeExport. */
  @Override
  public DescribeExportResponse describeExport(DescribeExportRequest request) {
    return call(exportOperations::describeExport, request);
  }

  /** ListExports. */
  @Override
  public ListExportsResponse listExports(ListExportsRequest request) {
    return call(exportOperations::listExports, request);
  }

  /**
   * ImportTable: a new table from DynamoDB JSON, Amazon Ion or CSV objects in the engine's S3 root
   * (see {@link ImportOperations}); refused with a ValidationException without one.
   */
  @Override
  public ImportTableResponse importTable(ImportTableRequest request) {
    return call(importOperations::importTable, request);
  }

  /** DescribeImport. */
  @Override
  public DescribeImportResponse describeImport(DescribeImportRequest request) {
    return call(importOperations::describeImport, request);
  }

  /** ListImports. */
  @Override
  public ListImportsResponse listImports(ListImportsRequest request) {
    return call(importOperations::listImports, request);
  }

  /** {@value DynamoDbClient#SERVICE_NAME}, as the SDK's own client. */
  @Override
  public String serviceName() {
    return SERVICE_NAME;
  }

  /** Does nothing: the client owns no resources; close the engine to release its tables. */
  @Override
  public void close() {}
}

package io.sable.engine.api.internal;

import io.sable.engine.index.SecondaryIndex;
import io.sable.engine.table.Table;
import io.sable.engine.table.TableDefinition;
import io.sable.engine.table.Tables;
import io.sable.engine.transfer.Compression;
import io.sable.engine.transfer.ImportReader;
import io.sable.engine.transfer.TransferSettings;
import io.sable.engine.value.AttributeType;
import io.sable.engine.value.InvalidRequestException;
import io.sable.engine.value.Item;
import io.sable.engine.value.ItemKey;
import io.sable.engine.value.ItemSize;
import io.sable.engine.value.ItemValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.CsvOptions;
import software.amazon.awssdk.services.dynamodb.model.DescribeImportRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeImportResponse;
import software.amazon.awssdk.services.dynamodb.model.ImportStatus;
import software.amazon.awssdk.services.dynamodb.model.ImportSummary;
import software.amazon.awssdk.services.dynamodb.model.ImportTableDescription;
import software.amazon.awssdk.services.dynamodb.model.ImportTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ImportTableResponse;
import software.amazon.awssdk.services.dynamodb.model.InputCompressionType;
import software.amazon.awssdk.services.dynamodb.model.InputFormat;
import software.amazon.awssdk.services.dynamodb.model.ListImportsRequest;
import software.amazon.awssdk.services.dynamodb.model.ListImportsResponse;
import software.amazon.awssdk.services.dynamodb.model.TableCreationParameters;

/**
 * ImportTable, DescribeImport and ListImports (API Reference; Developer Guide, "DynamoDB data
 * import from Amazon S3"). ImportTable creates a new table from {@code TableCreationParameters},
 * validated as CreateTable validates its request, and loads it from every object under the key
 * prefix ({@link ImportReader}) when the request is made; the import is {@code IN_PROGRESS} and the
 * table {@code CREATING} (invisible to item operations) until {@link TransferSettings#duration()}
 * has passed on the engine clock, then {@code COMPLETED} and {@code ACTIVE}. A line that is not a
 * valid item (bad syntax, missing or mistyped key, too large) is skipped and counted in {@code
 * ErrorCount}; items with the same key overwrite each other, uncounted, as in DynamoDB. A missing
 * bucket fails the import ({@code S3NoSuchBucket}) without creating the table.
 */
public final class ImportOperations {
  /** How long a {@code ClientToken} makes ImportTable idempotent. */
  static final Duration TOKEN_WINDOW = Duration.ofHours(8);
  /** ListImports' default and largest {@code PageSize}. */
  static final int MAX_PAGE_SIZE = 25;

  private final Tables tables;
  private final TableOperations tableOperations;
  private final TransferSettings settings;
  private final Clock clock;
  private final String region;
  private final String accountId;
  private final List<Import> imports = new ArrayList<>();

  private record Import(ImportTableDescription done, ImportTableRequest request) {}

  /** Import operations creating tables through {@code tableOperations}. */
  public ImportOperations(
      Tables tables,
      TableOperations tableOperations,
      TransferSettings settings,
      Clock clock,
      String region,
      String accountId) {
    this.tables = tables;
    this.tableOperations = tableOperations;
    this.settings = settings;
    this.clock = clock;
    this.region = region;
    this.accountId = accountId;
  }

  /** ImportTable. */
  public ImportTableResponse importTable(ImportTableRequest request) {
    TransferOperations.requireS3Root(settings, "ImportTable");
    Instant now = clock.instant();
    synchronized (imports) {
      Import previous = byToken(request.clientToken(), now);
      if (previous != null) {
        if (!previous.request().equals(request)) {
          throw TransferErrors.importConflict(
              "There was a conflict when importing from the specified S3 source. This can occur"
                  + " when the current import conflicts with a previous import request that had"
                  + " the same client token.");
        }
        return ImportTableResponse.builder().importTableDescription(describe(previous, now)).build();
      }
      CreateTableRequest create = createTableRequest(request.tableCreationParameters());
      TableDefinition definition = TableDefinitions.of(create);
      ImportReader.Options options = options(request, definition);
      if (tables.get(create.tableName()) != null) {
        throw Errors.resourceInUse("Table already exists: " + create.tableName());
      }
      Import done = run(request, create, options, now);
      imports.add(done);
      return ImportTableResponse.builder().importTableDescription(describe(done, now)).build();
    }
  }

  /** DescribeImport. */
  public DescribeImportResponse describeImport(DescribeImportRequest request) {
    Instant now = clock.instant();
    synchronized (imports) {
      for (Import done : imports) {
        if (done.done().importArn().equals(request.importArn())) {
          return DescribeImportResponse.builder()
              .importTableDescription(describe(done, now))
              .build();
        }
      }
    }
    throw TransferErrors.importNotFound("Import not found: " + request.importArn());
  }

  /**
   * ListImports: the imports of the account (or into {@code TableArn}), oldest first, {@code
   * PageSize} (1 to 25, default 25) at a time; {@code NextToken} names the next import.
   */
  public ListImportsResponse listImports(ListImportsRequest request) {
    int max = request.pageSize() == null ? MAX_PAGE_SIZE : request.pageSize();
    Instant now = clock.instant();
    List<Import> matching = new ArrayList<>();
    synchronized (imports) {
      for (Import done : imports) {
        if (request.tableArn() == null || request.tableArn().equals(done.done().tableArn())) {
          matching.add(done);
        }
      }
    }
    int start = 0;
    if (request.nextToken() != null) {
      start = -1;
      for (int i = 0; i < matching.size(); i++) {
        if (matching.get(i).done().importArn().equals(TransferOperations.arnOf(request.nextToken()))) {
          start = i;
        }
      }
      if (start < 0) {
        throw new InvalidRequestException("Invalid NextToken: " + request.nextToken());
      }
    }
    List<ImportSummary> page = new ArrayList<>();
    for (int i = start; i < matching.size() && page.size() < max; i++) {
      ImportTableDescription d = describe(matching.get(i), now);
      page.add(
          ImportSummary.builder()
              .importArn(d.importArn())
              .importStatus(d.importStatus())
              .tableArn(d.tableArn())
              .s3BucketSource(d.s3BucketSource())
              .cloudWatchLogGroupArn(d.cloudWatchLogGroupArn())
              .inputFormat(d.inputFormat())
              .startTime(d.startTime())
              .endTime(d.endTime())
              .build());
    }
    ListImportsResponse.Builder response = ListImportsResponse.builder().importSummaryList(page);
    if (start + page.size() < matching.size()) {
      response.nextToken(TransferOperations.nextToken(matching.get(start + page.size()).done().importArn()));
    }
    return response.build();
  }

  private static CreateTableRequest createTableRequest(TableCreationParameters parameters) {
    CreateTableRequest.Builder create =
        CreateTableRequest.builder()
            .tableName(parameters.tableName())
            .attributeDefinitions(parameters.attributeDefinitions())
            .keySchema(parameters.keySchema())
            .billingMode(parameters.billingMode())
            .provisionedThroughput(parameters.provisionedThroughput())
            .onDemandThroughput(parameters.onDemandThroughput())
            .sseSpecification(parameters.sseSpecification());
    if (parameters.hasGlobalSecondaryIndexes()) {
      create.globalSecondaryIndexes(parameters.globalSecondaryIndexes());
    }
    return create.build();
  }

  private static ImportReader.Options options(ImportTableRequest request, TableDefinition definition) {
    ImportReader.Format format = ImportReader.Format.valueOf(request.inputFormatAsString());
    CsvOptions csv =
        request.inputFormatOptions() == null ? null : request.inputFormatOptions().csv();
    if (csv != null && format != ImportReader.Format.CSV) {
      throw new InvalidRequestException(
          "InputFormatOptions.Csv can only be specified when InputFormat is CSV");
    }
    char delimiter = csv == null || csv.delimiter() == null ? ',' : csv.delimiter().charAt(0);
    List<String> header = csv != null && csv.hasHeaderList() ? csv.headerList() : null;
    Compression compression =
        request.inputCompressionType() == null
            ? Compression.NONE
            : Compression.valueOf(request.inputCompressionTypeAsString());
    Map<String, AttributeType> keyTypes = TableDefinitions.attributeTypes(definition.attributeDefinitions());
    return new ImportReader.Options(format, compression, delimiter, header, keyTypes);
  }

  private Import run(
      ImportTableRequest request, CreateTableRequest create, ImportReader.Options options, Instant now) {
    String tableArn = "arn:aws:dynamodb:" + region + ":" + accountId + ":table/" + create.tableName();
    String importArn =
        tableArn + "/import/"
            + String.format("%014d-%08x", now.toEpochMilli(), ThreadLocalRandom.current().nextInt());
    Instant end = now.plus(settings.duration());
    ImportTableDescription.Builder description =
        ImportTableDescription.builder()
            .importArn(importArn)
            .importStatus(ImportStatus.COMPLETED)
            .tableArn(tableArn)
            .clientToken(request.clientToken())
            .s3BucketSource(request.s3BucketSource())
            .cloudWatchLogGroupArn(
                "arn:aws:logs:" + region + ":" + accountId + ":log-group:/aws-dynamodb/imports:*")
            .inputFormat(request.inputFormat())
            .inputFormatOptions(request.inputFormatOptions())
            .inputCompressionType(
                request.inputCompressionType() == null
                    ? InputCompressionType.NONE
                    : request.inputCompressionType())
            .tableCreationParameters(request.tableCreationParameters())
            .startTime(now)
            .endTime(end);
    String bucket = request.s3BucketSource().s3Bucket();
    if (!settings.s3Root().bucketExists(bucket)) {
      return new Import(
          description
              .importStatus(ImportStatus.FAILED)
              .endTime(now)
              .failureCode("S3NoSuchBucket")
              .failureMessage("The specified bucket does not exist")
              .build(),
          request);
    }
    ImportReader.Result source;
    try {
      source = ImportReader.read(settings.s3Root(), bucket, request.s3BucketSource().s3KeyPrefix(), options);
    } catch (IOException | UncheckedIOException e) {
      return new Import(
          description
              .importStatus(ImportStatus.FAILED)
              .endTime(now)
              .failureCode("S3ReadError")
              .failureMessage("Could not read the import source: " + e.getMessage())
              .build(),
          request);
    }
    tableOperations.createTable(create);
    Table table = tables.get(create.tableName());
    table.creatingUntil(clock, end);
    long imported = 0;
    long errors = source.errors().size();
    for (Map<String, AttributeValue> attributes : source.items()) {
      if (load(table, attributes)) {
        imported++;
      } else {
        errors++;
      }
    }
    return new Import(
        description
            .tableId(table.tableId())
            .processedSizeBytes(source.processedSizeBytes())
            .processedItemCount(source.processedCount())
            .importedItemCount(imported)
            .errorCount(errors)
            .build(),
        request);
  }

  /** Writes one item if it is valid for the table; returns whether it was. */
  private static boolean load(Table table, Map<String, AttributeValue> attributes) {
    try {
      Map<String, AttributeValue> valid = ItemValidator.validateItem(attributes);
      ItemKey key = table.definition().keySchema().keyOfItem(valid);
      Item item = Item.of(valid);
      if (item.sizeBytes() > ItemSize.MAX_ITEM_SIZE) {
        return false;
      }
      for (SecondaryIndex index : table.indexes()) {
        index.validate(valid);
      }
      table.write(key, current -> item);
      return true;
    } catch (InvalidRequestException e) {
      return false;
    }
  }

  private Import byToken(String token, Instant now) {
    if (token == null) {
      return null;
    }
    for (Import done : imports) {
      if (token.equals(done.request().clientToken())
          && now.isBefore(done.done().startTime().plus(TOKEN_WINDOW))) {
        return done;
      }
    }
    return null;
  }

  private static ImportTableDescription describe(Import done, Instant now) {
    ImportTableDescription d = done.done();
    if (d.importStatus() != ImportStatus.COMPLETED || !now.isBefore(d.endTime())) {
      return d;
    }
    return d.toBuilder()
        .importStatus(ImportStatus.IN_PROGRESS)
        .endTime(null)
        .processedSizeBytes(null)
        .processedItemCount(0L)
        .importedItemCount(0L)
        .errorCount(0L)
        .build();
  }
}

package io.sable.engine.api.internal;

import io.sable.engine.table.Table;
import io.sable.engine.table.Tables;
import io.sable.engine.transfer.ExportSource;
import io.sable.engine.transfer.ExportWriter;
import io.sable.engine.transfer.IncrementalChanges;
import io.sable.engine.transfer.TransferSettings;
import io.sable.engine.value.InvalidRequestException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.dynamodb.model.DescribeExportRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeExportResponse;
import software.amazon.awssdk.services.dynamodb.model.ExportDescription;
import software.amazon.awssdk.services.dynamodb.model.ExportFormat;
import software.amazon.awssdk.services.dynamodb.model.ExportStatus;
import software.amazon.awssdk.services.dynamodb.model.ExportSummary;
import software.amazon.awssdk.services.dynamodb.model.ExportTableToPointInTimeRequest;
import software.amazon.awssdk.services.dynamodb.model.ExportTableToPointInTimeResponse;
import software.amazon.awssdk.services.dynamodb.model.ExportType;
import software.amazon.awssdk.services.dynamodb.model.ExportViewType;
import software.amazon.awssdk.services.dynamodb.model.IncrementalExportSpecification;
import software.amazon.awssdk.services.dynamodb.model.ListExportsRequest;
import software.amazon.awssdk.services.dynamodb.model.ListExportsResponse;

/**
 * ExportTableToPointInTime, DescribeExport and ListExports (API Reference; Developer Guide,
 * "DynamoDB data export to Amazon S3"). The files are written when the request is made, in
 * DynamoDB's layout ({@link ExportWriter}); the export is {@code IN_PROGRESS} until {@link
 * TransferSettings#duration()} has passed on the engine clock, then {@code COMPLETED} (or {@code
 * FAILED} at once, with {@code FailureCode} {@code S3NoSuchBucket}, if the bucket's folder does not
 * exist). A table's items come from the {@link ExportSource} (point-in-time recovery): without it,
 * every export fails with {@code PointInTimeRecoveryUnavailableException}.
 */
public final class ExportOperations {
  /** How long a {@code ClientToken} makes ExportTableToPointInTime idempotent. */
  static final Duration TOKEN_WINDOW = Duration.ofHours(8);
  /** DynamoDB's shortest incremental export window (Developer Guide, incremental export). */
  static final Duration MIN_WINDOW = Duration.ofMinutes(15);
  /** DynamoDB's longest incremental export window. */
  static final Duration MAX_WINDOW = Duration.ofHours(24);
  /** ListExports' default and largest {@code MaxResults}. */
  static final int MAX_RESULTS = 25;

  private final Tables tables;
  private final TransferSettings settings;
  private final Clock clock;
  private final String tableArnPrefix;
  private final List<Export> exports = new ArrayList<>();

  /** One export, as created: the description it has once completed (or failed). */
  private record Export(
      ExportDescription done, Instant startTime, ExportTableToPointInTimeRequest request) {}

  /** Export operations over {@code tables}. */
  public ExportOperations(
      Tables tables, TransferSettings settings, Clock clock, String region, String accountId) {
    this.tables = tables;
    this.settings = settings;
    this.clock = clock;
    this.tableArnPrefix = "arn:aws:dynamodb:" + region + ":" + accountId + ":table/";
  }

  /** ExportTableToPointInTime. */
  public ExportTableToPointInTimeResponse exportTableToPointInTime(
      ExportTableToPointInTimeRequest request) {
    TransferOperations.requireS3Root(settings, "ExportTableToPointInTime");
    Instant now = clock.instant();
    ExportType type = request.exportType() == null ? ExportType.FULL_EXPORT : request.exportType();
    checkParameters(request, type);
    synchronized (exports) {
      Export previous = byToken(request.clientToken(), now);
      if (previous != null) {
        if (!previous.request().equals(request)) {
          throw TransferErrors.exportConflict(
              "There was a conflict when writing to the specified S3 bucket.");
        }
        return ExportTableToPointInTimeResponse.builder()
            .exportDescription(describe(previous, now))
            .build();
      }
      Table table = table(request.tableArn());
      ExportSource source = settings.source();
      if (!source.pitrEnabled(table)) {
        throw TransferErrors.pitrUnavailable(
            "Point in time recovery is not enabled for table '" + table.name() + "'");
      }
      Instant earliest = source.earliestRestorableTime(table);
      Export export = export(request, type, table, earliest, now);
      exports.add(export);
      return ExportTableToPointInTimeResponse.builder()
          .exportDescription(describe(export, now))
          .build();
    }
  }

  /** DescribeExport. */
  public DescribeExportResponse describeExport(DescribeExportRequest request) {
    Instant now = clock.instant();
    synchronized (exports) {
      for (Export export : exports) {
        if (export.done().exportArn().equals(request.exportArn())) {
          return DescribeExportResponse.builder().exportDescription(describe(export, now)).build();
        }
      }
    }
    throw TransferErrors.exportNotFound("Export not found: " + request.exportArn());
  }

  /**
   * ListExports: the exports of the account (or of {@code TableArn}), oldest first, {@code
   * MaxResults} (1 to 25, default 25) at a time; {@code NextToken} names the next export.
   */
  public ListExportsResponse listExports(ListExportsRequest request) {
    int max = request.maxResults() == null ? MAX_RESULTS : request.maxResults();
    Instant now = clock.instant();
    List<Export> matching = new ArrayList<>();
    synchronized (exports) {
      for (Export export : exports) {
        if (request.tableArn() == null || request.tableArn().equals(export.done().tableArn())) {
          matching.add(export);
        }
      }
    }
    int start = 0;
    if (request.nextToken() != null) {
      start = -1;
      for (int i = 0; i < matching.size(); i++) {
        if (matching.get(i).done().exportArn().equals(TransferOperations.arnOf(request.nextToken()))) {
          start = i;
        }
      }
      if (start < 0) {
        throw new InvalidRequestException("Invalid NextToken: " + request.nextToken());
      }
    }
    List<ExportSummary> page = new ArrayList<>();
    for (int i = start; i < matching.size() && page.size() < max; i++) {
      ExportDescription description = describe(matching.get(i), now);
      page.add(
          ExportSummary.builder()
              .exportArn(description.exportArn())
              .exportStatus(description.exportStatus())
              .exportType(description.exportType())
              .build());
    }
    ListExportsResponse.Builder response = ListExportsResponse.builder().exportSummaries(page);
    if (start + page.size() < matching.size()) {
      response.nextToken(TransferOperations.nextToken(matching.get(start + page.size()).done().exportArn()));
    }
    return response.build();
  }

  private static void checkParameters(ExportTableToPointInTimeRequest request, ExportType type) {
    IncrementalExportSpecification incremental = request.incrementalExportSpecification();
    if (type == ExportType.FULL_EXPORT && incremental != null) {
      throw new InvalidRequestException(
          "IncrementalExportSpecification can only be specified for an INCREMENTAL_EXPORT");
    }
    if (type == ExportType.INCREMENTAL_EXPORT) {
      if (request.exportTime() != null) {
        throw new InvalidRequestException("ExportTime cannot be specified for an INCREMENTAL_EXPORT");
      }
      if (incremental == null || incremental.exportFromTime() == null) {
        throw new InvalidRequestException(
            "IncrementalExportSpecification.ExportFromTime is required for an INCREMENTAL_EXPORT");
      }
    }
    if ("KMS".equals(request.s3SseAlgorithmAsString()) && request.s3SseKmsKeyId() == null) {
      throw new InvalidRequestException("S3SseKmsKeyId is required when S3SseAlgorithm is KMS");
    }
  }

  private Table table(String arn) {
    if (!arn.startsWith(tableArnPrefix)) {
      throw new InvalidRequestException("Invalid TableArn: " + arn);
    }
    Table table = tables.get(arn.substring(tableArnPrefix.length()));
    if (table == null) {
      throw TransferErrors.tableNotFound("Table not found: " + arn);
    }
    return table;
  }

  private Export byToken(String token, Instant now) {
    if (token == null) {
      return null;
    }
    for (Export export : exports) {
      if (token.equals(export.request().clientToken())
          && now.isBefore(export.startTime().plus(TOKEN_WINDOW))) {
        return export;
      }
    }
    return null;
  }

  private Export export(
      ExportTableToPointInTimeRequest request,
      ExportType type,
      Table table,
      Instant earliest,
      Instant now) {
    boolean incremental = type == ExportType.INCREMENTAL_EXPORT;
    Instant exportTime = request.exportTime() == null ? now : request.exportTime();
    Instant from = incremental ? request.incrementalExportSpecification().exportFromTime() : null;
    Instant to = null;
    ExportViewType view = null;
    if (incremental) {
      IncrementalExportSpecification spec = request.incrementalExportSpecification();
      to = spec.exportToTime() == null ? now : spec.exportToTime();
      view = spec.exportViewType() == null ? ExportViewType.NEW_AND_OLD_IMAGES : spec.exportViewType();
      checkWindow(from, to, earliest, now);
    } else {
      checkTime(exportTime, earliest, now);
    }
    String exportId = String.format("%014d-%08x", now.toEpochMilli(), ThreadLocalRandom.current().nextInt());
    String tableArn = tableArnPrefix + table.name();
    String arn = tableArn + "/export/" + exportId;
    ExportFormat format =
        request.exportFormat() == null ? ExportFormat.DYNAMODB_JSON : request.exportFormat();
    Instant end = now.plus(settings.duration());
    ExportDescription.Builder description =
        ExportDescription.builder()
            .exportArn(arn)
            .exportStatus(ExportStatus.COMPLETED)
            .startTime(now)
            .endTime(end)
            .tableArn(tableArn)
            .tableId(table.tableId())
            .clientToken(request.clientToken())
            .s3Bucket(request.s3Bucket())
            .s3BucketOwner(request.s3BucketOwner())
            .s3Prefix(request.s3Prefix())
            .s3SseAlgorithm(request.s3SseAlgorithmAsString())
            .s3SseKmsKeyId(request.s3SseKmsKeyId())
            .exportFormat(format)
            .exportType(type);
    if (incremental) {
      description.incrementalExportSpecification(
          IncrementalExportSpecification.builder()
              .exportFromTime(from)
              .exportToTime(to)
              .exportViewType(view)
              .build());
    } else {
      description.exportTime(exportTime);
    }
    if (!settings.s3Root().bucketExists(request.s3Bucket())) {
      description
          .exportStatus(ExportStatus.FAILED)
          .endTime(now)
          .failureCode("S3NoSuchBucket")
          .failureMessage("The specified bucket does not exist");
      return new Export(description.build(), now, request);
    }
    ExportWriter.Target target =
        new ExportWriter.Target(
            settings.s3Root(), request.s3Bucket(), request.s3Prefix(), exportId,
            format == ExportFormat.ION);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("version", incremental ? "2023-08-01" : "2020-06-30");
    summary.put("exportArn", arn);
    summary.put("startTime", now.toString());
    summary.put("endTime", end.toString());
    summary.put("tableArn", tableArn);
    summary.put("tableId", table.tableId());
    if (incremental) {
      summary.put("exportFromTime", from.toString());
      summary.put("exportToTime", to.toString());
    } else {
      summary.put("exportTime", exportTime.toString());
    }
    summary.put("s3Bucket", request.s3Bucket());
    summary.put("s3Prefix", request.s3Prefix());
    summary.put("s3SseAlgorithm", request.s3SseAlgorithm() == null ? "AES256" : request.s3SseAlgorithmAsString());
    summary.put("s3SseKmsKeyId", request.s3SseKmsKeyId());
    summary.put("manifestFilesS3Key", null);
    summary.put("billedSizeBytes", null);
    summary.put("itemCount", null);
    summary.put("outputFormat", format.toString());
    if (incremental) {
      summary.put("outputView", view.toString());
      summary.put("exportType", type.toString());
    }
    ExportWriter.Written written;
    try {
      written =
          incremental
              ? ExportWriter.incremental(
                  target,
                  IncrementalChanges.net(
                      settings.source().changesBetween(table, from, to),
                      view == ExportViewType.NEW_AND_OLD_IMAGES),
                  summary)
              : ExportWriter.full(target, settings.source().itemsAt(table, exportTime), summary);
    } catch (IOException | RuntimeException e) {
      description
          .exportStatus(ExportStatus.FAILED)
          .endTime(now)
          .failureCode("S3WriteError")
          .failureMessage("Could not write the export: " + e.getMessage());
      return new Export(description.build(), now, request);
    }
    description
        .itemCount(written.itemCount())
        .billedSizeBytes(written.billedSizeBytes())
        .exportManifest(target.manifestSummaryKey());
    return new Export(description.build(), now, request);
  }

  private static void checkTime(Instant exportTime, Instant earliest, Instant now) {
    if (exportTime.isAfter(now)) {
      throw TransferErrors.invalidExportTime("Export time cannot be in the future: " + exportTime);
    }
    if (exportTime.isBefore(earliest)) {
      throw TransferErrors.invalidExportTime(
          "Export time " + exportTime + " is before the earliest restorable time " + earliest);
    }
  }

  private static void checkWindow(Instant from, Instant to, Instant earliest, Instant now) {
    if (!from.isBefore(to)) {
      throw new InvalidRequestException("ExportFromTime must be before ExportToTime");
    }
    Duration window = Duration.between(from, to);
    if (window.compareTo(MIN_WINDOW) < 0 || window.compareTo(MAX_WINDOW) > 0) {
      throw new InvalidRequestException(
          "The incremental export period from ExportFromTime to ExportToTime must be between 15"
              + " minutes and 24 hours");
    }
    if (to.isAfter(now)) {
      throw TransferErrors.invalidExportTime("ExportToTime cannot be in the future: " + to);
    }
    if (from.isBefore(earliest)) {
      throw TransferErrors.invalidExportTime(
          "ExportFromTime " + from + " is before the earliest restorable time " + earliest);
    }
  }

  private ExportDescription describe(Export export, Instant now) {
    ExportDescription done = export.done();
    if (done.exportStatus() != ExportStatus.COMPLETED || !now.isBefore(done.endTime())) {
      return done;
    }
    return done.toBuilder()
        .exportStatus(ExportStatus.IN_PROGRESS)
        .endTime(null)
        .itemCount(null)
        .billedSizeBytes(null)
        .exportManifest(null)
        .build();
  }
}

package io.sable.engine.api.internal;

import software.amazon.awssdk.services.dynamodb.model.ExportConflictException;
import software.amazon.awssdk.services.dynamodb.model.ExportNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ImportConflictException;
import software.amazon.awssdk.services.dynamodb.model.ImportNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.InvalidExportTimeException;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryUnavailableException;
import software.amazon.awssdk.services.dynamodb.model.TableNotFoundException;

/**
 * The exceptions of ExportTableToPointInTime, DescribeExport, ImportTable and DescribeImport (API
 * Reference, each operation's Errors), built as {@link Errors} builds the others.
 */
final class TransferErrors {
  private TransferErrors() {}

  /** {@code TableNotFoundException}: the table to export does not exist. */
  static TableNotFoundException tableNotFound(String message) {
    return (TableNotFoundException)
        Errors.fill(TableNotFoundException.builder(), "TableNotFoundException", message, "DynamoDb");
  }

  /** {@code PointInTimeRecoveryUnavailableException}: the table to export has no PITR. */
  static PointInTimeRecoveryUnavailableException pitrUnavailable(String message) {
    return (PointInTimeRecoveryUnavailableException)
        Errors.fill(
            PointInTimeRecoveryUnavailableException.builder(),
            "PointInTimeRecoveryUnavailableException",
            message,
            "DynamoDb");
  }

  /** {@code InvalidExportTimeException}: an export time outside the recovery window. */
  static InvalidExportTimeException invalidExportTime(String message) {
    return (InvalidExportTimeException)
        Errors.fill(
            InvalidExportTimeException.builder(), "InvalidExportTimeException", message, "DynamoDb");
  }

  /** {@code ExportConflictException}: a {@code ClientToken} reused with other parameters. */
  static ExportConflictException exportConflict(String message) {
    return (ExportConflictException)
        Errors.fill(ExportConflictException.builder(), "ExportConflictException", message, "DynamoDb");
  }

  /** {@code ExportNotFoundException}: DescribeExport of an unknown ARN. */
  static ExportNotFoundException exportNotFound(String message) {
    return (ExportNotFoundException)
        Errors.fill(ExportNotFoundException.builder(), "ExportNotFoundException", message, "DynamoDb");
  }

  /** {@code ImportConflictException}: a {@code ClientToken} reused with other parameters. */
  static ImportConflictException importConflict(String message) {
    return (ImportConflictException)
        Errors.fill(ImportConflictException.builder(), "ImportConflictException", message, "DynamoDb");
  }

  /** {@code ImportNotFoundException}: DescribeImport of an unknown ARN. */
  static ImportNotFoundException importNotFound(String message) {
    return (ImportNotFoundException)
        Errors.fill(ImportNotFoundException.builder(), "ImportNotFoundException", message, "DynamoDb");
  }
}

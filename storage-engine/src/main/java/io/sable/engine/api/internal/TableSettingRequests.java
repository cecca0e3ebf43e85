package io.sable.engine.api.internal;

import io.sable.engine.table.TableOptions;
import io.sable.engine.value.InvalidRequestException;
import java.time.Instant;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.SSESpecification;
import software.amazon.awssdk.services.dynamodb.model.TableClass;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;

/**
 * The CreateTable and UpdateTable settings outside key schemas, indexes, throughput and streams:
 * {@code DeletionProtectionEnabled} and {@code TableClass}, which the engine stores and describes
 * ({@link TableOptions}), and every setting it does not implement, which it refuses rather than
 * accept and ignore.
 *
 * <p>Refused, each with a {@code ValidationException} naming the parameter ({@link
 * #unsupported}): {@code SSESpecification} asking for a KMS key (encryption with an AWS owned key,
 * DynamoDB's default, is accepted: it changes nothing observable), {@code ResourcePolicy}, {@code
 * ReplicaUpdates}, {@code MultiRegionConsistency} and {@code GlobalTableWitnessUpdates}. ({@code
 * OnDemandThroughput} and {@code WarmThroughput} are {@link CapacityRequests}'.)
 */
final class TableSettingRequests {
  private TableSettingRequests() {}

  /**
   * The error for a request parameter the engine does not implement yet.
   *
   * @param parameter the parameter's name as the API Reference spells it, e.g. {@code
   *     ReplicaUpdates}
   */
  static InvalidRequestException unsupported(String parameter) {
    return new InvalidRequestException(
        "The Sable engine does not support the parameter " + parameter + " yet");
  }

  /** Refuses the CreateTable settings the engine does not implement; checks {@code TableClass}. */
  static void checkCreate(CreateTableRequest request) {
    checkEncryption(request.sseSpecification());
    if (request.resourcePolicy() != null) {
      throw unsupported("ResourcePolicy");
    }
    tableClass(request.tableClassAsString());
  }

  /** Refuses the UpdateTable settings the engine does not implement; checks {@code TableClass}. */
  static void checkUpdate(UpdateTableRequest request) {
    checkEncryption(request.sseSpecification());
    if (request.hasReplicaUpdates()) {
      throw unsupported("ReplicaUpdates");
    }
    if (request.multiRegionConsistencyAsString() != null) {
      throw unsupported("MultiRegionConsistency");
    }
    if (request.hasGlobalTableWitnessUpdates()) {
      throw unsupported("GlobalTableWitnessUpdates");
    }
    tableClass(request.tableClassAsString());
  }

  /** Whether UpdateTable changes a setting {@link #applyUpdate} applies. */
  static boolean changesOptions(UpdateTableRequest request) {
    return request.deletionProtectionEnabled() != null || request.tableClassAsString() != null;
  }

  /** Stores CreateTable's deletion protection and table class. */
  static void applyCreate(CreateTableRequest request, TableOptions options) {
    options.deletionProtectionEnabled(Boolean.TRUE.equals(request.deletionProtectionEnabled()));
    TableClass tableClass = tableClass(request.tableClassAsString());
    if (tableClass != null) {
      options.tableClass(tableClass, null);
    }
  }

  /** Stores UpdateTable's deletion protection and table class, changed at {@code now}. */
  static void applyUpdate(UpdateTableRequest request, TableOptions options, Instant now) {
    if (request.deletionProtectionEnabled() != null) {
      options.deletionProtectionEnabled(request.deletionProtectionEnabled());
    }
    TableClass tableClass = tableClass(request.tableClassAsString());
    if (tableClass != null) {
      options.tableClass(tableClass, now);
    }
  }

  /**
   * The table class named {@code value}, or {@code null} if none is given.
   *
   * @throws InvalidRequestException if it is not {@code STANDARD} or {@code
   *     STANDARD_INFREQUENT_ACCESS}, with the service framework's enum message
   */
  private static TableClass tableClass(String value) {
    if (value == null) {
      return null;
    }
    TableClass tableClass = TableClass.fromValue(value);
    if (tableClass == TableClass.UNKNOWN_TO_SDK_VERSION) {
      throw new InvalidRequestException(
          "1 validation error detected: Value '"
              + value
              + "' at 'tableClass' failed to satisfy constraint: Member must satisfy enum value"
              + " set: [STANDARD, STANDARD_INFREQUENT_ACCESS]");
    }
    return tableClass;
  }

  // Encryption at rest with an AWS owned key is DynamoDB's default and the engine's behaviour; a
  // KMS key (AWS managed or customer managed) is not implemented.
  private static void checkEncryption(SSESpecification sse) {
    if (sse == null) {
      return;
    }
    if (Boolean.TRUE.equals(sse.enabled())
        || sse.sseTypeAsString() != null
        || sse.kmsMasterKeyId() != null) {
      throw unsupported("SSESpecification (a KMS key)");
    }
  }
}

package io.sable.engine.api.internal;

import io.sable.engine.table.Table;
import io.sable.engine.table.Tables;
import io.sable.engine.ttl.TimeToLive;
import io.sable.engine.value.InvalidRequestException;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveResponse;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveResponse;

/**
 * UpdateTimeToLive and DescribeTimeToLive. A change takes effect at once: the status is {@code
 * ENABLED} or {@code DISABLED}, never {@code ENABLING}/{@code DISABLING}, and a second change within
 * the hour that DynamoDB refuses ("Any additional UpdateTimeToLive calls for the same table during
 * this one hour duration result in a ValidationException", API Reference) is accepted, as DynamoDB
 * Local 3.1.0 accepts it, so that tests can switch TTL freely. Messages are DynamoDB Local's.
 */
public final class TimeToLiveOperations {
  private static final String NO_TABLE = "Cannot do operations on a non-existent table";

  private final Tables tables;
  private final TimeToLive timeToLive;

  /** Operations on {@code tables}' TTL settings, kept in {@code timeToLive}. */
  public TimeToLiveOperations(Tables tables, TimeToLive timeToLive) {
    this.tables = tables;
    this.timeToLive = timeToLive;
  }

  /** UpdateTimeToLive: enables or disables TTL on one attribute; echoes the specification. */
  public UpdateTimeToLiveResponse updateTimeToLive(UpdateTimeToLiveRequest request) {
    TimeToLiveSpecification specification = request.timeToLiveSpecification();
    if (specification == null) {
      throw new InvalidRequestException("TimeToLiveSpecification cannot be null");
    }
    String name = specification.attributeName();
    if (name == null || specification.enabled() == null) {
      throw new InvalidRequestException(
          "AttributeName cannot be null when time to live is being enabled");
    }
    Table table = table(request.tableName());
    if (name.isEmpty() || name.length() > 255) {
      throw new InvalidRequestException("Names of key attributes and attributes projected into an"
          + " index must be between 1 and 255 characters, inclusive");
    }
    synchronized (table) {
      String current = timeToLive.attributeName(table);
      if (current != null && !current.equals(name)) {
        throw new InvalidRequestException("TimeToLive is active on a different AttributeName");
      }
      if (specification.enabled()) {
        if (current != null) {
          throw new InvalidRequestException("TimeToLive is already enabled");
        }
        timeToLive.enable(table, name);
      } else {
        if (current == null) {
          throw new InvalidRequestException("TimeToLive is already disabled");
        }
        timeToLive.disable(table);
      }
    }
    return UpdateTimeToLiveResponse.builder()
        .timeToLiveSpecification(TimeToLiveSpecification.builder()
            .enabled(specification.enabled()).attributeName(name).build())
        .build();
  }

  /** DescribeTimeToLive: {@code ENABLED} with the attribute's name, or {@code DISABLED}. */
  public DescribeTimeToLiveResponse describeTimeToLive(DescribeTimeToLiveRequest request) {
    String name = timeToLive.attributeName(table(request.tableName()));
    TimeToLiveDescription.Builder description = TimeToLiveDescription.builder()
        .timeToLiveStatus(name == null ? TimeToLiveStatus.DISABLED : TimeToLiveStatus.ENABLED);
    if (name != null) {
      description.attributeName(name);
    }
    return DescribeTimeToLiveResponse.builder().timeToLiveDescription(description.build()).build();
  }

  private Table table(String name) {
    Requests.checkName(name, "tableName");
    Table table = tables.get(name);
    if (table == null) {
      throw Errors.resourceNotFound(NO_TABLE);
    }
    return table;
  }
}

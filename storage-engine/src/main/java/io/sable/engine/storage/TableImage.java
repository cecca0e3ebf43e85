package io.sable.engine.storage;

import io.sable.engine.backup.PointInTimeRecovery;
import io.sable.engine.index.IndexDefinition;
import io.sable.engine.index.SecondaryIndex;
import io.sable.engine.stream.Streams;
import io.sable.engine.stream.TableStream;
import io.sable.engine.table.CapacitySettings;
import io.sable.engine.table.Table;
import io.sable.engine.table.TableDefinition;
import io.sable.engine.ttl.TimeToLive;
import io.sable.engine.value.AttributeType;
import io.sable.engine.value.KeySchema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableClass;

/**
 * The full control-plane state of one table, as a table metadata record and a snapshot hold it:
 * its id, creation time, definition (key schema, attribute definitions, billing mode, throughput,
 * secondary indexes and their throughput, on-demand maximums and warm throughput), tags, deletion
 * protection, table class, when it last became on demand, its Time to Live attribute and its
 * enabled stream (view type and creation time, which name the stream's ARN), and which global
 * secondary indexes UpdateTable created (DescribeTable shows their {@code Backfilling} flag), and
 * its point-in-time recovery setting ({@code RecoveryPeriodInDays} and when it was enabled), or
 * none.
 *
 * <p>Not kept (rebuilt or reset on recovery): the status of a global secondary index that was
 * still backfilling (it is {@code ACTIVE} after recovery, fully built), the history of throughput
 * decreases per day, Contributor Insights and the throughput model's token buckets.
 */
record TableImage(
    String tableId,
    Instant creationDateTime,
    TableDefinition definition,
    Map<String, String> tags,
    boolean deletionProtectionEnabled,
    String tableClass,
    Instant tableClassUpdated,
    Instant lastUpdateToPayPerRequest,
    String ttlAttribute,
    StreamViewType streamViewType,
    Instant streamCreatedAt,
    List<String> createdIndexes,
    PointInTimeRecovery.Setting pointInTimeRecovery) {

  /** The current state of {@code table}. */
  static TableImage of(
      Table table, TimeToLive timeToLive, Streams streams, PointInTimeRecovery recovery) {
    TableStream stream = streams.enabled(table);
    TableClass tableClass = table.options().tableClass();
    return new TableImage(
        table.tableId(),
        table.creationDateTime(),
        table.definition(),
        table.tags().all(),
        table.options().deletionProtectionEnabled(),
        tableClass == null ? null : tableClass.toString(),
        table.options().tableClassUpdated(),
        table.lastUpdateToPayPerRequest(),
        timeToLive.attributeName(table),
        stream == null ? null : stream.viewType(),
        stream == null ? null : stream.createdAt(),
        createdIndexes(table),
        recovery == null ? null : recovery.setting(table));
  }

  // The indexes UpdateTable created (DescribeTable reports their Backfilling flag).
  private static List<String> createdIndexes(Table table) {
    List<String> names = new ArrayList<>();
    for (SecondaryIndex index : table.indexes()) {
      if (index.backfillingAttribute() != null) {
        names.add(index.definition().name());
      }
    }
    return names;
  }

  void write(Encoder out) {
    out.writeString(tableId);
    out.writeInstant(creationDateTime);
    writeDefinition(out, definition);
    out.writeVarint(tags.size());
    new TreeMap<>(tags).forEach((key, value) -> {
      out.writeString(key);
      out.writeString(value);
    });
    out.writeBoolean(deletionProtectionEnabled);
    out.writeNullableString(tableClass);
    out.writeNullableInstant(tableClassUpdated);
    out.writeNullableInstant(lastUpdateToPayPerRequest);
    out.writeNullableString(ttlAttribute);
    out.writeNullableString(streamViewType == null ? null : streamViewType.toString());
    out.writeNullableInstant(streamCreatedAt);
    out.writeVarint(createdIndexes.size());
    createdIndexes.forEach(out::writeString);
    out.writeBoolean(pointInTimeRecovery != null);
    if (pointInTimeRecovery != null) {
      out.writeVarint(pointInTimeRecovery.recoveryPeriodInDays());
      out.writeInstant(pointInTimeRecovery.enabledAt());
    }
  }

  static void writeDefinition(Encoder out, TableDefinition d) {
    out.writeString(d.name());
    writeKeySchema(out, d.keySchema());
    out.writeVarint(d.attributeDefinitions().size());
    for (AttributeDefinition attribute : d.attributeDefinitions()) {
      out.writeString(attribute.attributeName());
      out.writeString(attribute.attributeTypeAsString());
    }
    out.writeNullableString(d.billingMode() == null ? null : d.billingMode().toString());
    writeThroughput(out, d.provisionedThroughput());
    out.writeVarint(d.indexes().size());
    for (IndexDefinition index : d.indexes()) {
      out.writeString(index.name());
      out.writeBoolean(index.global());
      writeKeySchema(out, index.keySchema());
      out.writeString(index.projectionType().toString());
      out.writeVarint(index.nonKeyAttributes().size());
      index.nonKeyAttributes().forEach(out::writeString);
    }
    Map<String, ProvisionedThroughput> indexThroughput = new TreeMap<>(d.indexThroughput());
    out.writeVarint(indexThroughput.size());
    indexThroughput.forEach((name, throughput) -> {
      out.writeString(name);
      writeThroughput(out, throughput);
    });
    writeCapacity(out, d.capacity());
    Map<String, CapacitySettings> indexCapacity = new TreeMap<>(d.indexCapacity());
    out.writeVarint(indexCapacity.size());
    indexCapacity.forEach((name, capacity) -> {
      out.writeString(name);
      writeCapacity(out, capacity);
    });
  }


  static TableImage read(Decoder in) {
    String tableId = in.readString();
    Instant created = in.readInstant();
    TableDefinition definition = readDefinition(in);
    int tagCount = in.readCount();
    Map<String, String> tags = new TreeMap<>();
    for (int i = 0; i < tagCount; i++) {
      tags.put(in.readString(), in.readString());
    }
    boolean protectedFromDeletion = in.readBoolean();
    String tableClass = in.readNullableString();
    Instant tableClassUpdated = in.readNullableInstant();
    Instant lastOnDemand = in.readNullableInstant();
    String ttl = in.readNullableString();
    String viewType = in.readNullableString();
    Instant streamCreated = in.readNullableInstant();
    int createdCount = in.readCount();
    List<String> createdIndexes = new ArrayList<>(createdCount);
    for (int i = 0; i < createdCount; i++) {
      createdIndexes.add(in.readString());
    }
    // A table record logged before the setting existed ends here (snapshots have a new format).
    PointInTimeRecovery.Setting recovery = in.hasMore() && in.readBoolean()
        ? new PointInTimeRecovery.Setting((int) in.readVarint(), in.readInstant())
        : null;
    return new TableImage(tableId, created, definition, tags, protectedFromDeletion, tableClass,
        tableClassUpdated, lastOnDemand, ttl,
        viewType == null ? null : StreamViewType.fromValue(viewType), streamCreated, createdIndexes,
        recovery);
  }

  static TableDefinition readDefinition(Decoder in) {
    String name = in.readString();
    KeySchema keySchema = readKeySchema(in);
    int attributeCount = in.readCount();
    List<AttributeDefinition> attributes = new ArrayList<>(attributeCount);
    for (int i = 0; i < attributeCount; i++) {
      attributes.add(AttributeDefinition.builder()
          .attributeName(in.readString()).attributeType(in.readString()).build());
    }
    String billing = in.readNullableString();
    ProvisionedThroughput throughput = readThroughput(in);
    int indexCount = in.readCount();
    List<IndexDefinition> indexes = new ArrayList<>(indexCount);
    for (int i = 0; i < indexCount; i++) {
      String indexName = in.readString();
      boolean global = in.readBoolean();
      KeySchema indexKey = readKeySchema(in);
      ProjectionType projection = ProjectionType.fromValue(in.readString());
      int nonKeyCount = in.readCount();
      List<String> nonKey = new ArrayList<>(nonKeyCount);
      for (int j = 0; j < nonKeyCount; j++) {
        nonKey.add(in.readString());
      }
      indexes.add(new IndexDefinition(indexName, global, indexKey, projection, nonKey));
    }
    int throughputCount = in.readCount();
    Map<String, ProvisionedThroughput> indexThroughput = new LinkedHashMap<>();
    for (int i = 0; i < throughputCount; i++) {
      indexThroughput.put(in.readString(), readThroughput(in));
    }
    CapacitySettings capacity = readCapacity(in);
    int capacityCount = in.readCount();
    Map<String, CapacitySettings> indexCapacity = new LinkedHashMap<>();
    for (int i = 0; i < capacityCount; i++) {
      indexCapacity.put(in.readString(), readCapacity(in));
    }
    return new TableDefinition(
        name, keySchema, attributes, billing == null ? null : BillingMode.fromValue(billing),
        throughput, indexes, indexThroughput, capacity, indexCapacity);
  }


  byte[] toBytes() {
    Encoder out = new Encoder(256);
    write(out);
    return out.toByteArray();
  }

  static void writeKeySchema(Encoder out, KeySchema key) {
    out.writeString(key.partitionKeyName());
    out.writeString(key.partitionKeyType().name());
    out.writeNullableString(key.sortKeyName());
    out.writeNullableString(key.sortKeyType() == null ? null : key.sortKeyType().name());
  }

  static KeySchema readKeySchema(Decoder in) {
    String partition = in.readString();
    AttributeType partitionType = type(in.readString());
    String sort = in.readNullableString();
    String sortType = in.readNullableString();
    return new KeySchema(partition, partitionType, sort, sortType == null ? null : type(sortType));
  }

  private static AttributeType type(String name) {
    try {
      return AttributeType.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new CorruptDataException("unknown key attribute type " + name, e);
    }
  }

  private static void writeThroughput(Encoder out, ProvisionedThroughput throughput) {
    out.writeBoolean(throughput != null);
    if (throughput != null) {
      out.writeNullableLong(throughput.readCapacityUnits());
      out.writeNullableLong(throughput.writeCapacityUnits());
    }
  }

  private static ProvisionedThroughput readThroughput(Decoder in) {
    if (!in.readBoolean()) {
      return null;
    }
    return ProvisionedThroughput.builder()
        .readCapacityUnits(in.readNullableLong()).writeCapacityUnits(in.readNullableLong()).build();
  }

  private static void writeCapacity(Encoder out, CapacitySettings capacity) {
    out.writeBoolean(capacity != null);
    if (capacity != null) {
      out.writeNullableLong(capacity.maxReadRequestUnits());
      out.writeNullableLong(capacity.maxWriteRequestUnits());
      out.writeLong(capacity.warmReadUnitsPerSecond());
      out.writeLong(capacity.warmWriteUnitsPerSecond());
    }
  }

  private static CapacitySettings readCapacity(Decoder in) {
    if (!in.readBoolean()) {
      return null;
    }
    return new CapacitySettings(in.readNullableLong(), in.readNullableLong(), in.readLong(), in.readLong());
  }
}

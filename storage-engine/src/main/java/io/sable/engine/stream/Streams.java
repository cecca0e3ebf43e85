package io.sable.engine.stream;

import io.sable.engine.table.Table;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * The streams of one engine: each table's latest stream, and every stream still readable, by ARN.
 *
 * <p>A stream is created when a table is created with, or updated to, {@code StreamEnabled: true};
 * disabling it (or deleting the table) leaves it readable, {@code DISABLED}, for the retention
 * period, after which it is gone (Developer Guide, "Change data capture for DynamoDB Streams": "If
 * you disable a stream, any shards that are open will be closed. The data in the stream will
 * continue to be readable for 24 hours"). Enabling again creates a new stream with a new label.
 * Thread-safe.
 */
public final class Streams {
  private static final DateTimeFormatter LABEL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

  private final StreamSettings settings;
  private final ConcurrentSkipListMap<String, TableStream> byArn = new ConcurrentSkipListMap<>();
  private final Map<Table, TableStream> latest = new ConcurrentHashMap<>();

  /** The streams of an engine with these settings. */
  public Streams(StreamSettings settings) {
    this.settings = settings;
  }

  /** The settings. */
  public StreamSettings settings() {
    return settings;
  }

  /**
   * Opens a new stream on {@code table}: from now on every committed change of the table is
   * recorded in it. It is listed once {@link #register} is called (CreateTable calls it once the
   * table exists).
   */
  public TableStream open(Table table, String tableArn, StreamViewType viewType) {
    return open(table, tableArn, viewType, settings.clock().instant());
  }

  /**
   * Opens a new stream on {@code table} created at {@code now} (a durable engine's recovery opens
   * the stream a logged UpdateTable enabled, at its original time); see {@link #open(Table, String,
   * StreamViewType)}.
   */
  public TableStream open(Table table, String tableArn, StreamViewType viewType, Instant now) {
    TableStream previous = latest.get(table);
    if (previous != null && !now.isAfter(previous.createdAt())) {
      now = previous.createdAt().plusMillis(1);
    }
    TableStream stream =
        new TableStream(
            settings,
            table.name(),
            tableArn,
            now,
            LABEL.format(now),
            viewType,
            table.definition().keySchema());
    latest.put(table, stream);
    table.addChangeCapture(stream);
    return stream;
  }

  /**
   * The state of every readable stream (for a durable engine's snapshot), each marked with the id
   * of the table whose latest stream it is. Call while no write runs.
   */
  public List<StreamState> export() {
    purge();
    Map<TableStream, String> latestOf = new java.util.IdentityHashMap<>();
    latest.forEach((table, stream) -> latestOf.put(stream, table.tableId()));
    List<StreamState> states = new ArrayList<>();
    for (TableStream stream : byArn.values()) {
      states.add(stream.export(latestOf.get(stream)));
    }
    return states;
  }

  /**
   * Restores a stream from its state (a durable engine's recovery): readable by its ARN, and, if
   * {@code table} is not {@code null}, the table's latest stream, recording its changes unless it
   * is disabled.
   */
  public TableStream restore(StreamState state, Table table) {
    TableStream stream = new TableStream(settings, state);
    byArn.put(stream.arn(), stream);
    if (table != null) {
      latest.put(table, stream);
      if (stream.disabledAt() == null) {
        table.addChangeCapture(stream);
      }
    }
    return stream;
  }

  /** Lists {@code stream} in ListStreams and makes it readable by its ARN. */
  public void register(TableStream stream) {
    byArn.put(stream.arn(), stream);
  }

  /**
   * Disables the table's stream: it records nothing more and its shards close.
   *
   * @return whether the table had an enabled stream
   */
  public boolean disable(Table table) {
    TableStream stream = latest.get(table);
    if (stream == null || stream.disabledAt() != null) {
      return false;
    }
    table.removeChangeCapture(stream);
    stream.disable(settings.clock().instant());
    return true;
  }

  /** The table was deleted: its stream is disabled and stays readable for the retention period. */
  public void dropped(Table table) {
    disable(table);
    latest.remove(table);
  }

  /** The table's latest stream (enabled or not), or {@code null} if it never had one. */
  public TableStream latest(Table table) {
    return latest.get(table);
  }

  /** The table's enabled stream, or {@code null}. */
  public TableStream enabled(Table table) {
    TableStream stream = latest.get(table);
    return stream == null || stream.disabledAt() != null ? null : stream;
  }

  /** The readable stream with ARN {@code arn}, or {@code null}. */
  public TableStream stream(String arn) {
    purge();
    return arn == null ? null : byArn.get(arn);
  }

  /**
   * The readable streams in ascending ARN order (by table name, then creation), of table {@code
   * tableName} only if it is not {@code null}, after {@code exclusiveStartArn} if it is not {@code
   * null}.
   */
  public List<TableStream> list(String tableName, String exclusiveStartArn) {
    purge();
    Map<String, TableStream> after =
        exclusiveStartArn == null ? byArn : byArn.tailMap(exclusiveStartArn, false);
    List<TableStream> streams = new ArrayList<>();
    for (TableStream stream : after.values()) {
      if (tableName == null || stream.tableName().equals(tableName)) {
        streams.add(stream);
      }
    }
    return streams;
  }

  // Forgets streams disabled at least the retention period ago: all their data is gone.
  private void purge() {
    Instant horizon = settings.clock().instant().minus(settings.retention());
    byArn.values().removeIf(s -> s.disabledAt() != null && !s.disabledAt().isAfter(horizon));
  }
}

package io.sable.samples.ecommerce;

import io.sable.engine.stream.StreamSubscription;
import io.sable.runtime.schema.UnknownItem;
import io.sable.runtime.stream.ChangeEvent;
import io.sable.runtime.stream.StreamDecoder;
import io.sable.samples.Backend;
import io.sable.samples.ecommerce.model.CartItem;
import io.sable.samples.ecommerce.model.Order;
import io.sable.samples.ecommerce.model.ShopTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * The shop's stream subscribers, fed by one {@link StreamSubscription} on the table's stream (new
 * and old images), each record decoded by the table's {@link StreamDecoder}: customer
 * notifications when an order's status changes, and an audit log of every change.
 */
final class ShopStream implements AutoCloseable {
  private final StreamDecoder decoder;
  private final StreamSubscription subscription;
  private final List<String> notifications = new ArrayList<>();
  private final List<String> auditLog = new ArrayList<>();
  private final List<String> expiredCartItems = new ArrayList<>();

  /**
   * Subscribes to the table's stream from now on, enabling it first (NEW_AND_OLD_IMAGES) if the
   * table has none.
   */
  ShopStream(ShopTable table, Backend backend) {
    this.decoder = table.streamDecoder();
    String streamArn = enabledStream(table, backend);
    this.subscription = StreamSubscription.builder(backend.streams(), streamArn)
        .startingPosition(ShardIteratorType.LATEST)
        .handler(this::handle)
        .build();
    subscription.poll();
  }

  /** Delivers every record written so far to the subscribers. */
  void poll() {
    subscription.poll();
  }

  /** The notifications sent, oldest first. */
  List<String> notifications() {
    return List.copyOf(notifications);
  }

  /** The cart items Time to Live deleted, oldest first. */
  List<String> expiredCartItems() {
    return List.copyOf(expiredCartItems);
  }

  /** The audit log, one line per change, oldest first. */
  List<String> auditLog() {
    return List.copyOf(auditLog);
  }

  private void handle(List<Record> records) {
    for (ChangeEvent event : decoder.decodeAll(records)) {
      notification(event).ifPresent(notifications::add);
      auditLog.add(auditLine(event));
      expiredCartItem(event).ifPresent(expiredCartItems::add);
    }
  }

  /** The message to the customer when an order's status changed, if this change is one. */
  static Optional<String> notification(ChangeEvent event) {
    if (event instanceof ChangeEvent.Modified modified
        && modified.oldEntity() instanceof Order before
        && modified.newEntity() instanceof Order after
        && before.status() != after.status()) {
      return Optional.of(String.format(Locale.ROOT, "to %s: your order %s is now %s (was %s)", after.userId(),
          after.orderId(), after.status(), before.status()));
    }
    return Optional.empty();
  }

  /**
   * One audit line: the change, what it changed (entity class, or the unknown stored type), its key,
   * and who made it.
   */
  static String auditLine(ChangeEvent event) {
    String change = event instanceof ChangeEvent.Inserted ? "INSERT"
        : event instanceof ChangeEvent.Modified ? "MODIFY" : "REMOVE";
    Object entity = event.newEntity() != null ? event.newEntity() : event.oldEntity();
    String what = entity instanceof UnknownItem unknown ? "unknown type " + unknown.entityType()
        : entity == null ? "item" : entity.getClass().getSimpleName();
    Map<String, AttributeValue> keys = event.info().keys();
    String by = event.info().deletedByTimeToLive() ? "by Time to Live" : "by the application";
    return String.format(Locale.ROOT, "%s  %-6s  %-9s  %s / %s  %s", event.info().sequenceNumber(), change, what,
        keys.get("PK").s(), keys.get("SK").s(), by);
  }

  /** The line of a cart item that Time to Live deleted, if this change is one. */
  static Optional<String> expiredCartItem(ChangeEvent event) {
    if (event instanceof ChangeEvent.Removed removed && removed.info().deletedByTimeToLive()
        && removed.oldEntity() instanceof CartItem item) {
      return Optional.of(String.format(Locale.ROOT, "expired: %s  %s x %d  (expiry %s)", item.userId(),
          item.productId(), item.quantity(), item.expiresAt()));
    }
    return Optional.empty();
  }

  private static String enabledStream(ShopTable table, Backend backend) {
    String name = table.tableClient().tableName();
    TableDescription description = backend.dynamoDb().describeTable(b -> b.tableName(name)).table();
    StreamSpecification specification = description.streamSpecification();
    if (specification != null && Boolean.TRUE.equals(specification.streamEnabled())) {
      return description.latestStreamArn();
    }
    return backend.dynamoDb().updateTable(b -> b.tableName(name).streamSpecification(s -> s.streamEnabled(true)
        .streamViewType(StreamViewType.NEW_AND_OLD_IMAGES))).tableDescription().latestStreamArn();
  }

  @Override
  public void close() {
    subscription.close();
  }
}

package io.sable.engine.api.internal;

import io.sable.engine.capacity.CapacityMeter;
import io.sable.engine.capacity.CapacityUnits;
import io.sable.engine.expression.Path;
import io.sable.engine.expression.Projection;
import io.sable.engine.capacity.throughput.Throughput;
import io.sable.engine.table.Table;
import io.sable.engine.table.Tables;
import io.sable.engine.transaction.Cancellation;
import io.sable.engine.transaction.TransactionCanceled;
import io.sable.engine.transaction.Transactions;
import io.sable.engine.value.InvalidRequestException;
import io.sable.engine.value.Item;
import io.sable.engine.value.ItemKey;
import io.sable.engine.value.ItemSize;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.Get;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;

/**
 * TransactGetItems: reads up to 100 distinct items, each projected by its own {@code
 * ProjectionExpression}, as of one instant ({@link Transactions#read}), and reports consumed
 * capacity, twice a strongly consistent read's. An item that an in-flight write holds or writes
 * cancels the read with {@code TransactionConflict}. The items returned may not exceed 4 MB in
 * all.
 */
public final class TransactGetOperation {
  // What DynamoDB Local 3.1.0 adds to each returned item's size when it checks the 4 MB limit.
  private static final int ITEM_OVERHEAD_BYTES = 4;

  private final Tables tables;
  private final Transactions transactions;
  private final Throughput throughput;

  /** TransactGetItems on {@code tables}, throttled by {@code throughput}. */
  public TransactGetOperation(Tables tables, Transactions transactions, Throughput throughput) {
    this.tables = tables;
    this.transactions = transactions;
    this.throughput = throughput;
  }

  /** Runs one TransactGetItems request. */
  public TransactGetItemsResponse transactGetItems(TransactGetItemsRequest request) {
    List<TransactGetItem> items = request.transactItems();
    int count = items.size();
    List<String> names = new ArrayList<>(count);
    List<Table> targets = new ArrayList<>(count);
    List<ItemKey> keys = new ArrayList<>(count);
    List<Cancellation> invalid = new ArrayList<>(count);
    List<Projection> projections = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      // Its table name and key have passed the API model's constraints (required, the name's
      // pattern and length) before this runs.
      Get get = items.get(i).get();
      Table table = tables.get(get.tableName());
      List<Path> paths = ExpressionParams.readProjection(get::getValueForField);
      projections.add(paths == null ? null : new Projection(paths));
      ItemKey key = table == null ? null : TransactRequests.key(table, get.key(), false);
      boolean mismatch = table != null && key == null;
      names.add(get.tableName());
      targets.add(table);
      keys.add(key);
      invalid.add(mismatch ? Cancellation.validationError(TransactRequests.KEY_TYPE_MISMATCH) : null);
    }
    TransactRequests.checkTargets(names, targets, keys);
    List<Item> found;
    try {
      TransactThrottles.admit(throughput, targets, keys, false);
      found = transactions.read(request, targets, keys, invalid);
    } catch (TransactionCanceled e) {
      throw Errors.transactionCanceled(e);
    }
    CapacityMeter meter = CapacityMeter.of(request.returnConsumedCapacityAsString());
    List<ItemResponse> responses = new ArrayList<>(count);
    long payload = 0;
    for (int i = 0; i < count; i++) {
      Item item = found.get(i);
      double units =
          CapacityUnits.read(item == null ? 0 : item.sizeBytes(), true) * CapacityUnits.TRANSACTIONAL;
      throughput.chargeRead(targets.get(i), null, keys.get(i), units);
      meter.read(targets.get(i), units);
      Projection projection = projections.get(i);
      if (item == null) {
        responses.add(ItemResponse.builder().build());
        continue;
      }
      var attributes = projection == null ? item.attributes() : projection.apply(item.attributes());
      payload += (projection == null ? item.sizeBytes() : ItemSize.of(attributes)) + ITEM_OVERHEAD_BYTES;
      responses.add(ItemResponse.builder().item(attributes).build());
    }
    if (payload > TransactWriteOperation.MAX_PAYLOAD_BYTES) {
      throw new InvalidRequestException("Payload in response is too large." + payload);
    }
    TransactGetItemsResponse.Builder response = TransactGetItemsResponse.builder().responses(responses);
    if (meter.enabled()) {
      response.consumedCapacity(meter.byTable());
    }
    return response.build();
  }
}

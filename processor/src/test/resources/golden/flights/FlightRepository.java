package com.example.flights;

import io.sable.runtime.TableClient;
import io.sable.runtime.condition.Condition;
import io.sable.runtime.key.SegmentCodecs;
import io.sable.runtime.query.Query;
import io.sable.runtime.query.RangeQuery;
import io.sable.runtime.schema.ItemDecoder;
import io.sable.runtime.write.EntityRepository;
import io.sable.runtime.write.EntityWriter;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Flight} items: by primary key, and by each access pattern.
 */
@Generated("io.sable.processor.SableProcessor")
public final class FlightRepository implements EntityRepository<Flight> {
  private static final ItemDecoder<Flight> DECODER = ItemDecoder.of(FlightSchema.INSTANCE);

  private final TableClient table;

  private final EntityWriter<Flight> writer;

  /**
   * @param table the table the entity is stored in
   */
  public FlightRepository(TableClient table) {
    this.table = Objects.requireNonNull(table, "table");
    this.writer = new EntityWriter<>(table, FlightSchema.INSTANCE, null, List.of());
  }

  @Override
  public EntityWriter<Flight> writer() {
    return writer;
  }

  /**
   * Reads the item with this primary key (GetItem, eventually consistent).
   *
   * @return the entity, or empty if there is no such item
   */
  public Optional<Flight> get(String origin, LocalDateTime departure, int id) {
    return table.getItem(FlightKeys.primaryKey(origin, departure, id), FlightSchema.INSTANCE);
  }

  /**
   * Reads the item with this primary key (GetItem, strongly consistent: it reflects every write acknowledged before it, for twice the read capacity). Read this way before a conditional or versioned write.
   *
   * @return the entity, or empty if there is no such item
   */
  public Optional<Flight> getConsistent(String origin, LocalDateTime departure, int id) {
    return table.getItem(FlightKeys.primaryKey(origin, departure, id), FlightSchema.INSTANCE, true);
  }

  /**
   * Writes the entity, replacing any item with the same primary key (PutItem).
   *
   * @return the entity as stored
   */
  public Flight put(Flight flight) {
    return writer.put(flight, null);
  }

  /**
   * Writes the entity if the condition holds for the stored item ({@code ConditionExpression}).
   *
   * @throws software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException if it does not
   */
  public Flight put(Flight flight, Condition<? super Flight> condition) {
    return writer.put(flight, condition);
  }

  /**
   * Writes many entities with BatchWriteItem, 25 per call, retrying unprocessed items for up to 30 seconds; not atomic. {@code putAll(entities, deadline)} reports what is left instead.
   *
   * @throws io.sable.runtime.batch.UnprocessedWritesException if some entities are still unwritten then
   */
  public void putAll(Collection<Flight> entities) {
    table.putItems(entities, FlightSchema.INSTANCE);
  }

  /**
   * Deletes the item with this primary key, if there is one (DeleteItem).
   */
  public void delete(String origin, LocalDateTime departure, int id) {
    writer.delete(FlightKeys.primaryKey(origin, departure, id), null, null);
  }

  /**
   * Deletes the entity's item, if there is one (DeleteItem by its primary key).
   */
  public void delete(Flight flight) {
    writer.delete(flight, null);
  }

  /**
   * Deletes the entity's item if the condition holds for it.
   */
  public void delete(Flight flight, Condition<? super Flight> condition) {
    writer.delete(flight, condition);
  }

  /**
   * Access pattern {@code departures}: a Query on the table's primary key, partition key {@code AIRPORT#{origin}}, sort-key conditions on {@code departure} of {@code DEP#{departure}#{id}}.
   */
  public RangeQuery<Flight, LocalDateTime> departures(String origin) {
    return Query.on(table, DECODER)
        .partitionKey("PK", FlightKeys.partitionKey(origin))
        .sortKeyRange("SK", FlightKeys.SORT_KEY.prefix(), SegmentCodecs.LOCAL_DATE_TIME, "#", false);
  }

  /**
   * Access pattern {@code arrivals}: a Query on index GSI1, partition key {@code AIRPORT#{destination}}, sort-key conditions on {@code departure} of {@code ARR#{departure}#{id}}.
   */
  public RangeQuery<Flight, LocalDateTime> arrivals(String destination) {
    return Query.on(table, DECODER)
        .index("GSI1")
        .partitionKey("GSI1PK", FlightKeys.gsi1PartitionKey(destination))
        .sortKeyRange("GSI1SK", FlightKeys.GSI1_SORT_KEY.prefix(), SegmentCodecs.LOCAL_DATE_TIME, "#", false);
  }

  /**
   * Access pattern {@code delayed}: a Query on index GSI2, partition key {@code DELAYED#{origin}}, sort-key conditions on {@code delay} of {@code {delay}}.
   */
  public RangeQuery<Flight, Integer> delayed(String origin) {
    return Query.on(table, DECODER)
        .index("GSI2")
        .partitionKey("GSI2PK", FlightKeys.gsi2PartitionKey(origin))
        .sortKeyRange("GSI2SK", FlightKeys.GSI2_SORT_KEY.prefix(), SegmentCodecs.INTEGER, "", true);
  }
}

package com.example.flights;

import io.sable.runtime.TableClient;
import io.sable.runtime.condition.Condition;
import io.sable.runtime.key.SegmentCodecs;
import io.sable.runtime.query.Query;
import io.sable.runtime.query.RangeQuery;
import io.sable.runtime.schema.ItemDecoder;
import io.sable.runtime.write.EntityRepository;
import io.sable.runtime.write.EntityWriter;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Airport} items: by primary key, and by each access pattern.
 */
@Generated("io.sable.processor.SableProcessor")
public final class AirportRepository implements EntityRepository<Airport> {
  private static final ItemDecoder<Airport> DECODER = ItemDecoder.of(AirportSchema.INSTANCE);

  private final TableClient table;

  private final EntityWriter<Airport> writer;

  /**
   * @param table the table the entity is stored in
   */
  public AirportRepository(TableClient table) {
    this.table = Objects.requireNonNull(table, "table");
    this.writer = new EntityWriter<>(table, AirportSchema.INSTANCE, null, List.of());
  }

  @Override
  public EntityWriter<Airport> writer() {
    return writer;
  }

  /**
   * Reads the item with this primary key (GetItem, eventually consistent).
   *
   * @return the entity, or empty if there is no such item
   */
  public Optional<Airport> get(String iata) {
    return table.getItem(AirportKeys.primaryKey(iata), AirportSchema.INSTANCE);
  }

  /**
   * Reads the item with this primary key (GetItem, strongly consistent: it reflects every write acknowledged before it, for twice the read capacity). Read this way before a conditional or versioned write.
   *
   * @return the entity, or empty if there is no such item
   */
  public Optional<Airport> getConsistent(String iata) {
    return table.getItem(AirportKeys.primaryKey(iata), AirportSchema.INSTANCE, true);
  }

  /**
   * Writes the entity, replacing any item with the same primary key (PutItem).
   *
   * @return the entity as stored
   */
  public Airport put(Airport airport) {
    return writer.put(airport, null);
  }

  /**
   * Writes the entity if the condition holds for the stored item ({@code ConditionExpression}).
   *
   * @throws software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException if it does not
   */
  public Airport put(Airport airport, Condition<? super Airport> condition) {
    return writer.put(airport, condition);
  }

  /**
   * Writes many entities with BatchWriteItem, 25 per call, retrying unprocessed items for up to 30 seconds; not atomic. {@code putAll(entities, deadline)} reports what is left instead.
   *
   * @throws io.sable.runtime.batch.UnprocessedWritesException if some entities are still unwritten then
   */
  public void putAll(Collection<Airport> entities) {
    table.putItems(entities, AirportSchema.INSTANCE);
  }

  /**
   * Deletes the item with this primary key, if there is one (DeleteItem).
   */
  public void delete(String iata) {
    writer.delete(AirportKeys.primaryKey(iata), null, null);
  }

  /**
   * Deletes the entity's item, if there is one (DeleteItem by its primary key).
   */
  public void delete(Airport airport) {
    writer.delete(airport, null);
  }

  /**
   * Deletes the entity's item if the condition holds for it.
   */
  public void delete(Airport airport, Condition<? super Airport> condition) {
    writer.delete(airport, condition);
  }

  /**
   * Starts an update of the item with this primary key (UpdateItem), which creates the item if absent.
   */
  public AirportUpdate update(String iata) {
    return new AirportUpdate(writer, iata, null);
  }

  /**
   * Access pattern {@code airport}: a GetItem on the table's primary key.
   */
  public Optional<Airport> airport(String iata) {
    return table.getItem(AirportKeys.primaryKey(iata), AirportSchema.INSTANCE);
  }

  /**
   * Access pattern {@code airportsInState}: a Query on index GSI1, partition key {@code STATE#{state}}, sort-key conditions on {@code iata} of {@code AIRPORT#{iata}}.
   */
  public RangeQuery<Airport, String> airportsInState(String state) {
    return Query.on(table, DECODER)
        .index("GSI1")
        .partitionKey("GSI1PK", AirportKeys.gsi1PartitionKey(state))
        .sortKeyRange("GSI1SK", AirportKeys.GSI1_SORT_KEY.prefix(), SegmentCodecs.STRING, "", true);
  }
}

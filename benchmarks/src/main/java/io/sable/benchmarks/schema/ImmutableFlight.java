package io.sable.benchmarks.schema;

import io.sable.samples.flights.model.Flight;
import io.sable.samples.flights.model.FlightKeys;
import java.time.LocalDateTime;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * {@link Flight} as an immutable class with a builder for the Enhanced Client's {@code
 * ImmutableTableSchema}, storing the item that the generated {@code FlightSchema} stores (key
 * attributes computed by {@link FlightKeys}; the builder ignores them).
 */
@DynamoDbImmutable(builder = ImmutableFlight.Builder.class)
public final class ImmutableFlight {
  private final String origin;
  private final LocalDateTime departure;
  private final int id;
  private final String destination;
  private final int delay;
  private final int distance;

  private ImmutableFlight(Builder builder) {
    this.origin = builder.origin;
    this.departure = builder.departure;
    this.id = builder.id;
    this.destination = builder.destination;
    this.delay = builder.delay;
    this.distance = builder.distance;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The immutable flight of {@code flight}. */
  public static ImmutableFlight of(Flight flight) {
    return builder().setOrigin(flight.origin()).setDeparture(flight.departure()).setId(flight.id())
        .setDestination(flight.destination()).setDelay(flight.delay()).setDistance(flight.distance())
        .build();
  }

  @DynamoDbPartitionKey
  @DynamoDbAttribute("PK")
  public String getPK() {
    return FlightKeys.partitionKey(origin);
  }

  @DynamoDbSortKey
  @DynamoDbAttribute("SK")
  public String getSK() {
    return FlightKeys.sortKey(departure, id);
  }

  @DynamoDbSecondaryPartitionKey(indexNames = "GSI1")
  @DynamoDbAttribute("GSI1PK")
  public String getGSI1PK() {
    return destination == null ? null : FlightKeys.gsi1PartitionKey(destination);
  }

  @DynamoDbSecondarySortKey(indexNames = "GSI1")
  @DynamoDbAttribute("GSI1SK")
  public String getGSI1SK() {
    return destination == null ? null : FlightKeys.gsi1SortKey(departure, id);
  }

  @DynamoDbSecondaryPartitionKey(indexNames = "GSI2")
  @DynamoDbAttribute("GSI2PK")
  public String getGSI2PK() {
    return delay >= Flight.DELAYED_MINUTES ? FlightKeys.gsi2PartitionKey(origin) : null;
  }

  @DynamoDbSecondarySortKey(indexNames = "GSI2")
  @DynamoDbAttribute("GSI2SK")
  public String getGSI2SK() {
    return delay >= Flight.DELAYED_MINUTES ? FlightKeys.gsi2SortKey(delay, id) : null;
  }

  @DynamoDbAttribute("_type")
  public String getType() {
    return "Flight";
  }

  public String getOrigin() {
    return origin;
  }

  public LocalDateTime getDeparture() {
    return departure;
  }

  public int getId() {
    return id;
  }

  public String getDestination() {
    return destination;
  }

  public int getDelay() {
    return delay;
  }

  public int getDistance() {
    return distance;
  }

  /** The builder the schema fills when it reads an item; key attributes are ignored. */
  public static final class Builder {
    private String origin;
    private LocalDateTime departure;
    private int id;
    private String destination;
    private int delay;
    private int distance;

    private Builder() {}

    public Builder setPK(String ignored) {
      return this;
    }

    public Builder setSK(String ignored) {
      return this;
    }

    public Builder setGSI1PK(String ignored) {
      return this;
    }

    public Builder setGSI1SK(String ignored) {
      return this;
    }

    public Builder setGSI2PK(String ignored) {
      return this;
    }

    public Builder setGSI2SK(String ignored) {
      return this;
    }

    public Builder setType(String ignored) {
      return this;
    }

    public Builder setOrigin(String origin) {
      this.origin = origin;
      return this;
    }

    public Builder setDeparture(LocalDateTime departure) {
      this.departure = departure;
      return this;
    }

    public Builder setId(int id) {
      this.id = id;
      return this;
    }

    public Builder setDestination(String destination) {
      this.destination = destination;
      return this;
    }

    public Builder setDelay(int delay) {
      this.delay = delay;
      return this;
    }

    public Builder setDistance(int distance) {
      this.distance = distance;
      return this;
    }

    public ImmutableFlight build() {
      return new ImmutableFlight(this);
    }
  }
}

package io.sable.benchmarks.schema;

import io.sable.samples.flights.model.Flight;
import io.sable.samples.flights.model.FlightKeys;
import java.time.LocalDateTime;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * {@link Flight} as a mutable bean for the Enhanced Client's {@code BeanTableSchema}, storing the
 * item that the generated {@code FlightSchema} stores: the key attributes are computed from the
 * fields by the same {@link FlightKeys} encoders, and setting them does nothing.
 */
@DynamoDbBean
public class FlightBean {
  private String origin;
  private LocalDateTime departure;
  private int id;
  private String destination;
  private int delay;
  private int distance;

  /** An empty bean, for the schema. */
  public FlightBean() {}

  /** The bean of {@code flight}. */
  public static FlightBean of(Flight flight) {
    FlightBean bean = new FlightBean();
    bean.origin = flight.origin();
    bean.departure = flight.departure();
    bean.id = flight.id();
    bean.destination = flight.destination();
    bean.delay = flight.delay();
    bean.distance = flight.distance();
    return bean;
  }

  @DynamoDbPartitionKey
  @DynamoDbAttribute("PK")
  public String getPK() {
    return FlightKeys.partitionKey(origin);
  }

  public void setPK(String ignored) {}

  @DynamoDbSortKey
  @DynamoDbAttribute("SK")
  public String getSK() {
    return FlightKeys.sortKey(departure, id);
  }

  public void setSK(String ignored) {}

  @DynamoDbSecondaryPartitionKey(indexNames = "GSI1")
  @DynamoDbAttribute("GSI1PK")
  public String getGSI1PK() {
    return destination == null ? null : FlightKeys.gsi1PartitionKey(destination);
  }

  public void setGSI1PK(String ignored) {}

  @DynamoDbSecondarySortKey(indexNames = "GSI1")
  @DynamoDbAttribute("GSI1SK")
  public String getGSI1SK() {
    return destination == null ? null : FlightKeys.gsi1SortKey(departure, id);
  }

  public void setGSI1SK(String ignored) {}

  @DynamoDbSecondaryPartitionKey(indexNames = "GSI2")
  @DynamoDbAttribute("GSI2PK")
  public String getGSI2PK() {
    return delay >= Flight.DELAYED_MINUTES ? FlightKeys.gsi2PartitionKey(origin) : null;
  }

  public void setGSI2PK(String ignored) {}

  @DynamoDbSecondarySortKey(indexNames = "GSI2")
  @DynamoDbAttribute("GSI2SK")
  public String getGSI2SK() {
    return delay >= Flight.DELAYED_MINUTES ? FlightKeys.gsi2SortKey(delay, id) : null;
  }

  public void setGSI2SK(String ignored) {}

  @DynamoDbAttribute("_type")
  public String getType() {
    return "Flight";
  }

  public void setType(String ignored) {}

  public String getOrigin() {
    return origin;
  }

  public void setOrigin(String origin) {
    this.origin = origin;
  }

  public LocalDateTime getDeparture() {
    return departure;
  }

  public void setDeparture(LocalDateTime departure) {
    this.departure = departure;
  }

  public int getId() {
    return id;
  }

  public void setId(int id) {
    this.id = id;
  }

  public String getDestination() {
    return destination;
  }

  public void setDestination(String destination) {
    this.destination = destination;
  }

  public int getDelay() {
    return delay;
  }

  public void setDelay(int delay) {
    this.delay = delay;
  }

  public int getDistance() {
    return distance;
  }

  public void setDistance(int distance) {
    this.distance = distance;
  }
}

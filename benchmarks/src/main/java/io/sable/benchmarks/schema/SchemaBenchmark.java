package io.sable.benchmarks.schema;

import io.sable.samples.flights.model.Flight;
import io.sable.samples.flights.model.FlightSchema;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The generated {@code FlightSchema} against the Enhanced Client's {@code BeanTableSchema} and
 * {@code ImmutableTableSchema} for the same flight and the same 13-attribute item: object → item
 * ({@code itemToMap}, nulls ignored) and item → object ({@code mapToItem}); nanoseconds per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SchemaBenchmark {
  /** A delayed flight, so that every index key attribute is written. */
  public static final Flight FLIGHT =
      new Flight("SEA", LocalDateTime.parse("2001-01-13T14:56"), 4242, "LAX", 75, 954);

  /** The reflective bean schema, built once as an application would. */
  public static final TableSchema<FlightBean> BEAN_SCHEMA = TableSchema.fromBean(FlightBean.class);

  /** The reflective immutable schema, built once as an application would. */
  public static final TableSchema<ImmutableFlight> IMMUTABLE_SCHEMA =
      TableSchema.fromImmutableClass(ImmutableFlight.class);

  private final FlightBean bean = FlightBean.of(FLIGHT);
  private final ImmutableFlight immutable = ImmutableFlight.of(FLIGHT);
  private final Map<String, AttributeValue> item = FlightSchema.INSTANCE.itemToMap(FLIGHT, true);

  @Benchmark
  public Map<String, AttributeValue> objectToItemGenerated() {
    return FlightSchema.INSTANCE.itemToMap(FLIGHT, true);
  }

  @Benchmark
  public Map<String, AttributeValue> objectToItemBean() {
    return BEAN_SCHEMA.itemToMap(bean, true);
  }

  @Benchmark
  public Map<String, AttributeValue> objectToItemImmutable() {
    return IMMUTABLE_SCHEMA.itemToMap(immutable, true);
  }

  @Benchmark
  public Flight itemToObjectGenerated() {
    return FlightSchema.INSTANCE.mapToItem(item);
  }

  @Benchmark
  public FlightBean itemToObjectBean() {
    return BEAN_SCHEMA.mapToItem(item);
  }

  @Benchmark
  public ImmutableFlight itemToObjectImmutable() {
    return IMMUTABLE_SCHEMA.mapToItem(item);
  }
}

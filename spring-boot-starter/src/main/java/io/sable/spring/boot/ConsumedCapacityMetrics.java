package io.sable.spring.boot;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.sable.runtime.observe.ConsumedCapacities;
import io.sable.runtime.observe.RequestObserver;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;

/**
 * Meters every request of a {@code DynamoDbClient}, tagged by access pattern ({@link AccessPatternTags}):
 *
 * <ul>
 *   <li>{@value #REQUESTS}, a timer, with {@code outcome} {@code success} or the exception's simple
 *       name ({@code ConditionalCheckFailedException});
 *   <li>{@value #CAPACITY}, a distribution summary of the capacity units each request consumed, read
 *       or write, recorded when the backend reports {@code ConsumedCapacity} (DynamoDB, DynamoDB
 *       Local and Sable's engine do for every item operation, Query and Scan).
 * </ul>
 */
final class ConsumedCapacityMetrics implements RequestObserver {

  static final String REQUESTS = "sable.dynamodb.requests";
  static final String CAPACITY = "sable.dynamodb.consumed.capacity";

  private final Supplier<MeterRegistry> registry;

  /** @param registry the registry, looked up when a request completes; null means no metering */
  ConsumedCapacityMetrics(Supplier<MeterRegistry> registry) {
    this.registry = registry;
  }

  @Override
  public void onResponse(DynamoDbRequest request, DynamoDbResponse response, Duration elapsed) {
    MeterRegistry meters = registry.get();
    if (meters == null) {
      return;
    }
    Tags tags = AccessPatternTags.of(request);
    Timer.builder(REQUESTS).tags(tags).tag("outcome", "success").register(meters).record(elapsed);
    Optional<Double> units = ConsumedCapacities.totalUnits(ConsumedCapacities.of(response));
    units.ifPresent(u -> DistributionSummary.builder(CAPACITY).baseUnit("capacity.units").tags(tags)
        .register(meters).record(u));
  }

  @Override
  public void onError(DynamoDbRequest request, RuntimeException error, Duration elapsed) {
    MeterRegistry meters = registry.get();
    if (meters != null) {
      Timer.builder(REQUESTS).tags(AccessPatternTags.of(request)).tag("outcome", error.getClass().getSimpleName())
          .register(meters).record(elapsed);
    }
  }
}

package io.sable.engine.capacity.scaling;

import io.sable.engine.capacity.throughput.CapacityMetric;
import io.sable.engine.capacity.throughput.EngineCapacity;
import io.sable.engine.index.IndexDefinition;
import io.sable.engine.internal.PeriodicTask;
import io.sable.engine.table.Table;
import io.sable.engine.table.TableDefinition;
import io.sable.engine.table.Tables;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;

/**
 * DynamoDB auto scaling as Application Auto Scaling does it for DynamoDB: target tracking of the
 * read or write capacity of provisioned tables and global secondary indexes, on the engine clock,
 * from the per-minute consumed capacity the throughput model keeps ({@link EngineCapacity#metrics}),
 * applied through UpdateTable. Obtain it from {@code SableEngine.autoScaling()}.
 *
 * <p>What it stands for: a scalable target ({@code MinCapacity}, {@code MaxCapacity}) with a target
 * tracking policy on {@code DynamoDBReadCapacityUtilization} or {@code
 * DynamoDBWriteCapacityUtilization} ({@link AutoScalingPolicy}), registered for one capacity of a
 * table or index ({@link #register}) or, as the DynamoDB console turns auto scaling on for the
 * tables it creates, for every provisioned table and index, those created later included ({@link
 * #registerDefault}). The rules (Developer Guide, "DynamoDB Metrics and dimensions": "Auto scaling
 * triggers when your consumed capacity breaches the configured target utilization for two
 * consecutive minutes ... a scale down event can occur when 15 consecutive data points are lower
 * than the target utilization"; one data point per minute):
 *
 * <ul>
 *   <li>scale out when each of the last {@value #SCALE_OUT_MINUTES} complete minutes consumed more
 *       than the target utilization of the current capacity: to the capacity at which their average
 *       consumption is the target utilization;
 *   <li>scale in when each of the last {@value #SCALE_IN_MINUTES} complete minutes consumed less:
 *       to the capacity at which their highest consumption is the target utilization;
 *   <li>always within the policy's minimum and maximum (a capacity outside them is brought inside);
 *   <li>only minutes that began after the policy was registered (for a default policy, after the
 *       evaluation that first saw the table or index) or after its last change count (CloudWatch
 *       evaluates fresh data points); a minute without traffic consumed nothing.
 * </ul>
 *
 * <p>When: every {@code SableEngine.Builder.autoScalingInterval} (default one minute, CloudWatch's
 * one data point per minute) on one daemon thread, {@code sable-auto-scaling}, started when the first
 * policy or default policy is registered and stopped when the engine closes; and whenever {@link
 * #evaluate} is called (tests, with a {@code ManualClock} and an interval of zero for no background
 * evaluations). Evaluating more often than once a minute finds no more changes: the rules read
 * complete minutes of the engine clock.
 *
 * <p>Changes go through UpdateTable, as Application Auto Scaling's do, so its quotas apply: a
 * decrease refused with {@code LimitExceededException} is reported as a failed {@link
 * ScalingActivity} and tried again at a later evaluation. Not modelled: the delay before
 * CloudWatch has the data points and its alarm fires, cooldowns, and the minutes UpdateTable takes
 * in DynamoDB: a change applies at the first evaluation at which it is due. Thread-safe.
 *
 * <pre>{@code
 * SableEngine engine = SableEngine.builder().build();     // evaluates every minute
 * engine.autoScaling().registerDefault(new AutoScalingPolicy(5, 1000, 70));
 * engine.autoScaling().register("Orders", "ByCustomer", ScalableDimension.READ_CAPACITY_UNITS,
 *     new AutoScalingPolicy(10, 4000, 50));                // this index's reads: its own policy
 * }</pre>
 */
public final class AutoScaling implements AutoCloseable {
  /** Consecutive minutes above the target that scale out. */
  public static final int SCALE_OUT_MINUTES = 2;
  /** Consecutive minutes below the target that scale in. */
  public static final int SCALE_IN_MINUTES = 15;

  private static final Duration MINUTE = Duration.ofMinutes(1);

  private final Tables tables;
  private final EngineCapacity capacity;
  private final Consumer<UpdateTableRequest> updateTable;
  private final Clock clock;
  private final PeriodicTask evaluations;
  private final Map<Target, Tracking> targets = new LinkedHashMap<>();
  private AutoScalingPolicy defaultPolicy;
  // What the default policy tracked at the last evaluation.
  private Map<Target, Tracking> defaultTracking = new LinkedHashMap<>();

  private record Target(String tableName, String indexName, ScalableDimension dimension) {}

  private static final class Tracking {
    final AutoScalingPolicy policy;
    Instant since;

    Tracking(AutoScalingPolicy policy, Instant since) {
      this.policy = policy;
      this.since = since;
    }
  }

  /**
   * Auto scaling over {@code tables}, reading {@code capacity}'s metrics and changing throughput
   * with {@code updateTable} (the engine's UpdateTable), on {@code clock}.
   *
   * @param interval the real time between background evaluations, or zero for none
   * @throws IllegalArgumentException if {@code interval} is negative
   */
  public AutoScaling(
      Tables tables,
      EngineCapacity capacity,
      Consumer<UpdateTableRequest> updateTable,
      Clock clock,
      Duration interval) {
    this.tables = tables;
    this.capacity = capacity;
    this.updateTable = updateTable;
    this.clock = clock;
    this.evaluations = new PeriodicTask("sable-auto-scaling", interval, this::evaluate);
  }

  /**
   * Registers (or replaces) the policy for {@code dimension} of table {@code tableName}, or of its
   * global secondary index {@code indexName} if not null; it takes precedence over the default
   * policy. The table need not exist yet: the policy applies while a provisioned table of that name
   * (with that index) exists. Starts background evaluations if they are not running.
   */
  public synchronized void register(
      String tableName, String indexName, ScalableDimension dimension, AutoScalingPolicy policy) {
    Objects.requireNonNull(tableName, "tableName");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(policy, "policy");
    targets.put(new Target(tableName, indexName, dimension), new Tracking(policy, clock.instant()));
    evaluations.start();
  }

  /** Removes the policy for {@code dimension} of the table or index, if any. */
  public synchronized void deregister(String tableName, String indexName, ScalableDimension dimension) {
    targets.remove(new Target(tableName, indexName, dimension));
  }

  /**
   * Registers (or replaces) the default policy: for both the read and the write capacity of every
   * provisioned table and of each of its global secondary indexes that has no policy of its own
   * ({@link #register}), tables created later included, as the DynamoDB console enables auto
   * scaling for each table it creates. An evaluation starts tracking a table's or index's capacity
   * when it first sees it provisioned; replacing the default starts every such tracking afresh.
   * Starts background evaluations if they are not running.
   */
  public synchronized void registerDefault(AutoScalingPolicy policy) {
    defaultPolicy = Objects.requireNonNull(policy, "policy");
    defaultTracking = new LinkedHashMap<>();
    evaluations.start();
  }

  /** Removes the default policy, if any; policies registered for a table or index stay. */
  public synchronized void deregisterDefault() {
    defaultPolicy = null;
    defaultTracking = new LinkedHashMap<>();
  }

  /** The default policy ({@link #registerDefault}), if one is registered. */
  public synchronized Optional<AutoScalingPolicy> defaultPolicy() {
    return Optional.ofNullable(defaultPolicy);
  }

  /**
   * Evaluates every policy at the engine clock's current time and applies the changes due, as the
   * background evaluations do every interval.
   *
   * @return the changes made or refused: those of registered policies in registration order, then
   *     those of the default policy by table name; empty if none was due
   */
  public synchronized List<ScalingActivity> evaluate() {
    Instant now = clock.instant();
    List<ScalingActivity> activities = new ArrayList<>();
    for (Map.Entry<Target, Tracking> entry : targets.entrySet()) {
      add(activities, evaluate(entry.getKey(), entry.getValue(), now));
    }
    if (defaultPolicy != null) {
      Map<Target, Tracking> tracked = new LinkedHashMap<>();
      for (Target target : defaultTargets()) {
        Tracking tracking = defaultTracking.getOrDefault(target, new Tracking(defaultPolicy, now));
        tracked.put(target, tracking);
        add(activities, evaluate(target, tracking, now));
      }
      defaultTracking = tracked;
    }
    return activities;
  }

  /** Stops background evaluations for good. */
  @Override
  public void close() {
    evaluations.close();
  }

  private static void add(List<ScalingActivity> activities, ScalingActivity activity) {
    if (activity != null) {
      activities.add(activity);
    }
  }

  /**
   * Both capacities of every provisioned table and of each of its global secondary indexes, without
   * a registered policy: what the default policy applies to now.
   */
  private List<Target> defaultTargets() {
    List<Target> found = new ArrayList<>();
    for (Table table : tables.all()) {
      TableDefinition definition = table.definition();
      if (definition.billingMode() != BillingMode.PROVISIONED) {
        continue;
      }
      List<String> indexNames = new ArrayList<>();
      indexNames.add(null);
      for (IndexDefinition index : definition.indexes()) {
        if (definition.indexThroughput().containsKey(index.name())) {
          indexNames.add(index.name());
        }
      }
      for (String indexName : indexNames) {
        for (ScalableDimension dimension : ScalableDimension.values()) {
          Target target = new Target(table.name(), indexName, dimension);
          if (!targets.containsKey(target)) {
            found.add(target);
          }
        }
      }
    }
    return found;
  }

  private ScalingActivity evaluate(Target target, Tracking tracking, Instant now) {
    Table table = tables.get(target.tableName());
    if (table == null || table.definition().billingMode() != BillingMode.PROVISIONED) {
      return null;
    }
    ProvisionedThroughput throughput =
        target.indexName() == null
            ? table.definition().provisionedThroughput()
            : table.definition().indexThroughput().get(target.indexName());
    if (throughput == null) {
      return null;
    }
    boolean read = target.dimension() == ScalableDimension.READ_CAPACITY_UNITS;
    long current = read ? throughput.readCapacityUnits() : throughput.writeCapacityUnits();
    Long desired = desired(target, tracking, current, now);
    if (desired == null || desired == current) {
      return null;
    }
    long other = read ? throughput.writeCapacityUnits() : throughput.readCapacityUnits();
    ProvisionedThroughput changed =
        ProvisionedThroughput.builder()
            .readCapacityUnits(read ? desired : other)
            .writeCapacityUnits(read ? other : desired)
            .build();
    String failure = null;
    try {
      updateTable.accept(request(target, changed));
      tracking.since = now;
    } catch (DynamoDbException e) {
      failure = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
    }
    return new ScalingActivity(
        target.tableName(), target.indexName(), target.dimension(), now, current, desired, failure);
  }

  // The capacity the policy wants now, or null if no alarm fires.
  private Long desired(Target target, Tracking tracking, long current, Instant now) {
    AutoScalingPolicy policy = tracking.policy;
    if (current < policy.minCapacity() || current > policy.maxCapacity()) {
      return policy.bound(current);
    }
    double[] minutes = consumedPerSecond(target, tracking.since, now);
    double threshold = current * policy.targetUtilization() / 100;
    if (minutes.length >= SCALE_OUT_MINUTES) {
      double sum = 0;
      boolean above = true;
      for (int i = minutes.length - SCALE_OUT_MINUTES; i < minutes.length; i++) {
        above &= minutes[i] > threshold;
        sum += minutes[i];
      }
      if (above) {
        long out = policy.bound(policy.capacityFor(sum / SCALE_OUT_MINUTES));
        return out > current ? out : null;
      }
    }
    if (minutes.length >= SCALE_IN_MINUTES) {
      double highest = 0;
      boolean below = true;
      for (int i = minutes.length - SCALE_IN_MINUTES; i < minutes.length; i++) {
        below &= minutes[i] < threshold;
        highest = Math.max(highest, minutes[i]);
      }
      if (below) {
        long in = policy.bound(policy.capacityFor(highest));
        return in < current ? in : null;
      }
    }
    return null;
  }

  /**
   * The consumed capacity units per second of each complete minute that began at or after {@code
   * since}, oldest first (0 for a minute without traffic).
   */
  private double[] consumedPerSecond(Target target, Instant since, Instant now) {
    Instant first = since.truncatedTo(ChronoUnit.MINUTES);
    if (first.isBefore(since)) {
      first = first.plus(MINUTE);
    }
    Instant end = now.truncatedTo(ChronoUnit.MINUTES);
    int count = (int) Math.max(0, Math.min(24 * 60, Duration.between(first, end).toMinutes()));
    first = end.minus(MINUTE.multipliedBy(count));
    Map<Instant, Double> consumed = new HashMap<>();
    boolean read = target.dimension() == ScalableDimension.READ_CAPACITY_UNITS;
    for (CapacityMetric metric : capacity.metrics(target.tableName(), target.indexName())) {
      consumed.put(
          metric.minute(),
          read ? metric.consumedReadCapacityUnitsPerSecond() : metric.consumedWriteCapacityUnitsPerSecond());
    }
    double[] minutes = new double[count];
    for (int i = 0; i < count; i++) {
      minutes[i] = consumed.getOrDefault(first.plus(MINUTE.multipliedBy(i)), 0.0);
    }
    return minutes;
  }

  private static UpdateTableRequest request(Target target, ProvisionedThroughput throughput) {
    UpdateTableRequest.Builder request = UpdateTableRequest.builder().tableName(target.tableName());
    if (target.indexName() == null) {
      return request.provisionedThroughput(throughput).build();
    }
    return request
        .globalSecondaryIndexUpdates(
            GlobalSecondaryIndexUpdate.builder()
                .update(u -> u.indexName(target.indexName()).provisionedThroughput(throughput))
                .build())
        .build();
  }
}

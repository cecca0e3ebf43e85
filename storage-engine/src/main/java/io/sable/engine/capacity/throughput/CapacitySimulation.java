package io.sable.engine.capacity.throughput;

/**
 * Which tables the engine's throughput model throttles ({@code SableEngine.Builder#capacity}).
 * Partitions and metrics are kept for the tables it throttles, and for any table while its
 * Contributor Insights is enabled (metered then, not throttled).
 */
public enum CapacitySimulation {
  /**
   * None: the engine never throttles and only reports consumed capacity (and Contributor Insights,
   * where enabled); the fastest.
   */
  OFF,
  /**
   * The default: provisioned tables (and their global secondary indexes), and on-demand tables that
   * set an {@code OnDemandThroughput} maximum on the table or an index. Plain on-demand tables, the
   * common case in tests, are not throttled.
   */
  PROVISIONED,
  /**
   * Every table, on-demand ones included: double-the-previous-peak scaling and partition maximums
   * apply to all, as in DynamoDB.
   */
  ALL
}

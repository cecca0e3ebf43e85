package io.sable.engine.capacity.throughput;

/**
 * A token bucket of capacity units, refilled continuously on the engine clock: {@code rate} units
 * per second up to {@code capacity} units. A request is admitted while the bucket holds any token
 * and then takes what it actually consumed, which may leave the bucket in debt (negative) until
 * refills repay it: DynamoDB only knows what a read or a conditional write consumes after doing
 * it (Elhemali et al., "Amazon DynamoDB: A Scalable, Predictably Performant, and Fully Managed
 * NoSQL Database Service", USENIX ATC 2022, section 4: token buckets per partition and per
 * table). Not thread-safe: callers hold the owner's lock.
 */
final class TokenBucket {
  private double rate;
  private double capacity;
  private double tokens;
  private long lastNanos;

  /** A full bucket. */
  TokenBucket(double rate, double capacity, long nowNanos) {
    this.rate = rate;
    this.capacity = capacity;
    this.tokens = capacity;
    this.lastNanos = nowNanos;
  }

  /** Adds the tokens earned since the last refill, up to the capacity. */
  void refill(long nowNanos) {
    if (nowNanos > lastNanos) {
      tokens = Math.min(capacity, tokens + rate * (nowNanos - lastNanos) / 1e9);
    }
    // A clock moved backwards restarts the refill from its new time, never takes tokens away.
    lastNanos = nowNanos;
  }

  /** Whether a request may start: the bucket holds a positive number of tokens. */
  boolean admits() {
    return tokens > 0;
  }

  /** Takes {@code units}, possibly into debt. */
  void take(double units) {
    tokens -= units;
  }

  /** Changes the rate and capacity (UpdateTable, on-demand scaling); keeps the tokens held. */
  void reconfigure(double rate, double capacity) {
    this.rate = rate;
    this.capacity = capacity;
    this.tokens = Math.min(tokens, capacity);
  }

  double tokens() {
    return tokens;
  }

  double rate() {
    return rate;
  }
}

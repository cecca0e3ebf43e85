package io.sable.engine.capacity;

/**
 * DynamoDB's capacity unit rules for one item.
 *
 * <ul>
 *   <li>A write capacity unit (WCU) writes an item of up to 1 KB: writing an item of {@code n}
 *       bytes costs {@code ceil(n / 1024)} WCU, at least one.
 *   <li>A read capacity unit (RCU) is one strongly consistent read of an item of up to 4 KB:
 *       {@code ceil(n / 4096)} RCU, at least one (reading an absent item still costs one); an
 *       eventually consistent read costs half.
 *   <li>{@code TransactWriteItems} and {@code TransactGetItems} cost {@value #TRANSACTIONAL} times
 *       as much: DynamoDB reads or writes every item twice, once to prepare the transaction and
 *       once to commit it.
 * </ul>
 *
 * <p>Sources: Amazon DynamoDB Developer Guide, "Item sizes and capacity unit consumption"
 * (CapacityUnitCalculations) and "Amazon DynamoDB Transactions: How it works", section "Capacity
 * management for transactions".
 */
public final class CapacityUnits {
  /** The item size one write capacity unit writes, in bytes (1 KB). */
  public static final int WRITE_UNIT_BYTES = 1024;
  /** The item size one read capacity unit reads strongly consistently, in bytes (4 KB). */
  public static final int READ_UNIT_BYTES = 4096;
  /** How many times a transactional read or write costs a plain one. */
  public static final int TRANSACTIONAL = 2;

  private CapacityUnits() {}

  /** Write capacity units to write an item of {@code sizeBytes} (0 for an absent item): at least 1. */
  public static int write(int sizeBytes) {
    return Math.max(1, ceilDiv(sizeBytes, WRITE_UNIT_BYTES));
  }

  /**
   * Read capacity units to read an item of {@code sizeBytes} (0 for an absent item): at least 1 for
   * a strongly consistent read, half that for an eventually consistent one.
   */
  public static double read(int sizeBytes, boolean consistentRead) {
    return read((long) sizeBytes, consistentRead);
  }

  /**
   * Read capacity units to read {@code sizeBytes} in one Query or Scan page (the summed size of the
   * items read, rounded up to 4 KB once): at least 1 for a strongly consistent read, half that for
   * an eventually consistent one.
   */
  public static double read(long sizeBytes, boolean consistentRead) {
    long units = Math.max(1, (sizeBytes + READ_UNIT_BYTES - 1) / READ_UNIT_BYTES);
    return consistentRead ? units : units / 2.0;
  }

  private static int ceilDiv(int bytes, int unit) {
    return (bytes + unit - 1) / unit;
  }
}

package io.sable.engine.capacity.scaling;

/**
 * Which capacity of a table or global secondary index auto scaling adjusts, as Application Auto
 * Scaling's {@code ScalableDimension} names it ({@code dynamodb:table:ReadCapacityUnits}, {@code
 * dynamodb:index:WriteCapacityUnits}, ...).
 */
public enum ScalableDimension {
  /** {@code ReadCapacityUnits}, tracked against {@code ConsumedReadCapacityUnits}. */
  READ_CAPACITY_UNITS,
  /** {@code WriteCapacityUnits}, tracked against {@code ConsumedWriteCapacityUnits}. */
  WRITE_CAPACITY_UNITS
}

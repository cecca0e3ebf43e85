/**
 * The model stage: immutable records read from {@code @Table} and {@code @Entity} elements, with
 * the source element, annotation and annotation value of each part kept for error reporting.
 * Reading never fails: whatever is wrong is left for validation to report.
 */
package io.sable.processor.model;

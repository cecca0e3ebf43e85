/**
 * The engine at scale: the 3 million flights of vega-datasets' {@code flights-3m.parquet}, read
 * with DuckDB's JDBC driver and loaded through the flights sample's generated model, in a JVM with
 * a 3 GB heap.
 */
package io.sable.benchmarks.scale;

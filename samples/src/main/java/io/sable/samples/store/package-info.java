/**
 * Where a sample keeps its embedded engine between runs: a data directory holding the engine's
 * durable storage and a marker that names the data set loaded into it, so that a stale directory
 * (another data set, an interrupted load) is reloaded and a foreign one is left alone.
 */
package io.sable.samples.store;

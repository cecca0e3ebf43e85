/**
 * Benchmarks of Sable against the references it replaces: the engine's in-process {@code
 * DynamoDbClient} against DynamoDB Local's embedded client, {@code serve} against DynamoDB Local's
 * HTTP server, generated {@code TableSchema}s against the Enhanced Client's reflective ones, and the
 * engine at scale (3 million flights) and at growing table sizes.
 *
 * <p>Every comparison runs in one JVM run, side by side, and is reported as a ratio: absolute times
 * on a shared machine are noise. {@link io.sable.benchmarks.BenchmarksMain} runs everything and
 * writes {@code benchmarks/RESULTS.md}; {@code bin/bench} is its launcher. Nothing here asserts a
 * speed.
 */
package io.sable.benchmarks;

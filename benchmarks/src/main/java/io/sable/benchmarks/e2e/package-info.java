/**
 * The plain sequential end-to-end benchmark of issue 18: what a user's code sees, one call after
 * another through the AWS SDK's request builders, on a fresh instance of each in-process backend
 * per round, with warm-up until the rounds are stable and the dispersion of the measured rounds.
 * {@link io.sable.benchmarks.e2e.EndToEndStage} runs it in a JVM of its own ({@link
 * io.sable.benchmarks.e2e.EndToEndProbe}) and compares it with the JMH figures of the in-process
 * stage.
 */
package io.sable.benchmarks.e2e;

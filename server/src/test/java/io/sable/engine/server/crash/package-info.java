/**
 * The crash test of issue 17: {@code serve --data-dir} in a child JVM, killed with SIGKILL while
 * writers write through the AWS SDK, restarted on the same directory and checked for lost
 * acknowledged writes, half-applied transactions, a GSI out of step and stream records out of step.
 */
package io.sable.engine.server.crash;

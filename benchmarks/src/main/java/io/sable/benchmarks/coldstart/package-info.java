/**
 * Cold start (issue 18): a fresh JVM to its first in-process PutItem, with and without a class-data
 * sharing (AppCDS) archive, and a freshly started {@code serve} (with and without the archive
 * {@code bin/serve} uses) against a freshly started dynoxide: PutItem requests per second over the
 * first seconds after the process starts, the time until its port accepts included.
 */
package io.sable.benchmarks.coldstart;

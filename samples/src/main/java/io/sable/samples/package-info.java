/**
 * Sable's sample applications, run from one command line: {@code java -jar sable-samples.jar
 * flights ...}. See {@link io.sable.samples.flights}.
 */
package io.sable.samples;

/**
 * The flights sample's {@code Flight} written for the Enhanced Client's reflective schemas ({@link
 * io.sable.benchmarks.schema.FlightBean} for {@code BeanTableSchema}, {@link
 * io.sable.benchmarks.schema.ImmutableFlight} for {@code ImmutableTableSchema}), storing the same
 * items as the generated {@code FlightSchema}, and the JMH benchmark that compares the three.
 */
package io.sable.benchmarks.schema;

/**
 * Typed queries on an item collection: the partition key bound by the caller, an optional sort-key
 * condition on the next key field, a limit, the direction, and paging with opaque cursors.
 *
 * <pre>{@code
 * Page<Flight> page = flights.departures("SEA")
 *     .between(LocalDateTime.parse("2001-01-01T00:00"), LocalDateTime.parse("2001-01-07T23:59:59"))
 *     .limit(50)
 *     .page();
 * }</pre>
 */
package io.sable.runtime.query;

/**
 * Sable's test kit: a JUnit 5 extension ({@link io.sable.test.SableTest}) that runs tests against
 * generated tables on the in-process engine or any DynamoDB endpoint, injects repositories, records
 * requests and asserts access patterns on them ({@link io.sable.test.SableAssertions}), seeds JSON
 * fixtures, and hands out a controllable {@link io.sable.engine.ManualClock}.
 *
 * <pre>{@code
 * @SableTest(tables = FlightsTable.class)
 * class DelayedFlightsTest {
 *   @Test
 *   void delayedDepartures_whenAsked_queriesTheSparseIndex(FlightRepository flights) {
 *     flights.put(new Flight("SEA", LocalDateTime.parse("2001-01-13T14:56"), 1, "LAX", 75, 954));
 *     assertThatAccessPattern(() -> flights.delayedDepartures("SEA").list())
 *         .isQuery().usedIndex("GSI2").returnedItems(1);
 *   }
 * }
 * }</pre>
 *
 * <p>Run the same tests on DynamoDB Local or DynamoDB with {@code -Dsable.test.endpoint=URL} (or
 * {@code SABLE_TEST_ENDPOINT}).
 */
package io.sable.test;

package io.sable.samples.spring;

import static io.sable.test.SableAssertions.assertThatAccessPattern;

import io.sable.samples.flights.model.AirportRepository;
import io.sable.samples.flights.model.Flight;
import io.sable.samples.flights.model.FlightRepository;
import io.sable.samples.flights.model.FlightsTable;
import io.sable.samples.flights.model.RouteRepository;
import io.sable.test.SableTest;
import java.time.LocalDateTime;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/**
 * The access patterns behind the service's endpoints, checked with Sable's test kit: each is one
 * GetItem or Query on the table or index it should use, never a Scan, and what it costs. Runs on
 * the engine; with {@code -Dsable.test.endpoint=URL} the same tests run on DynamoDB Local or
 * DynamoDB.
 */
@SableTest(tables = FlightsTable.class, fixtures = "/flights-fixture.json")
class FlightsAccessPatternsTest {

  AirportRepository airports;
  FlightRepository flights;
  RouteRepository routes;

  @Test
  void airport_whenAskedByCode_isOneGetItemOnTheTable() {
    assertThatAccessPattern(() -> airports.airport("SEA"))
        .isGetItem().usedNoIndex().hasKeyCondition("PK = \"AIRPORT#SEA\" AND SK = \"PROFILE\"").returnedItems(1);
  }

  @Test
  void airportsInState_whenAskedByState_isOneQueryOnGsi1() {
    assertThatAccessPattern(() -> airports.airportsInState("WA").list())
        .isQuery().usedIndex("GSI1").neverScanned()
        .keyCondition().startsWith("GSI1PK = \"STATE#WA\"");
  }

  @Test
  void departures_whenBetweenTwoTimes_readsOnlyTheFlightsInRange() {
    assertThatAccessPattern(() -> flights.departures("SEA")
            .between(LocalDateTime.parse("2001-01-01T00:00"), LocalDateTime.parse("2001-01-31T23:59:59")).list())
        .isQuery().usedNoIndex()
        .hasKeyCondition("PK = \"AIRPORT#SEA\" AND SK BETWEEN \"DEP#2001-01-01T00:00:00\" AND \"DEP#2001-01-31T23:59:59$\"")
        .readItems(2).returnedItems(2);
  }

  @Test
  void delayedDepartures_whenAtLeastTwoHours_readsOnlyTheSparseIndex() {
    assertThatAccessPattern(() -> flights.delayedDepartures("SEA").greaterThanOrEqualTo(120).descending().list())
        .isQuery().usedIndex("GSI2").readItems(1)
        .result().asInstanceOf(InstanceOfAssertFactories.list(Flight.class)).extracting(Flight::id).containsExactly(3);
  }

  @Test
  void routes_whenAskedByOrigin_isOneQueryWithBeginsWith() {
    assertThatAccessPattern(() -> routes.routes("SEA").list())
        .isQuery().usedNoIndex().hasKeyCondition("PK = \"AIRPORT#SEA\" AND begins_with(SK, \"ROUTE#\")").returnedItems(2);
  }

  @Test
  void delayedDepartures_whenOneSmallIndexEntryMatches_readsHalfAUnit() {
    assertThatAccessPattern(() -> flights.delayedDepartures("SEA").list()).readAtMostCapacityUnits(0.5);
  }
}

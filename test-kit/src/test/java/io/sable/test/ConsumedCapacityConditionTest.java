package io.sable.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;
import org.junit.platform.testkit.engine.Events;

/** {@link EnabledIfConsumedCapacityReported} follows the probes of the backend the tests run on. */
class ConsumedCapacityConditionTest {

  @Test
  void condition_onThisBackend_runsEachCapacityTestIffItsOperationsReportCapacity() {
    Events tests = EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(CapacityAssertionsTest.class))
        .execute()
        .testEvents();

    tests.assertStatistics(stats -> stats.failed(0));
    // Two tests send a Query; the others send only GetItem or PutItem.
    long queryTestsSkipped = ConsumedCapacityCondition.reports("Query") ? 0 : 2;
    long otherTestsSkipped = ConsumedCapacityCondition.reports("GetItem") && ConsumedCapacityCondition.reports("PutItem") ? 0 : 4;
    assertThat(tests.skipped().count()).isEqualTo(queryTestsSkipped + otherTestsSkipped);
    assertThat(tests.skipped().stream().map(ConsumedCapacityConditionTest::reason))
        .allMatch(reason -> reason.contains(" reports no ConsumedCapacity for "));
  }

  private static String reason(Event event) {
    return event.getPayload(String.class).orElse("");
  }
}

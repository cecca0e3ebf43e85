package io.sable.test;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.container;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** {@link EnabledIfConsumedCapacityReported} follows the probe of the backend the tests run on. */
class ConsumedCapacityConditionTest {

  @Test
  void condition_onThisBackend_runsCapacityTestsIffItReportsCapacity() {
    Events containers = EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(CapacityAssertionsTest.class))
        .execute()
        .containerEvents();

    if (ConsumedCapacityCondition.probe()) {
      containers.assertStatistics(stats -> stats.skipped(0).failed(0));
    } else {
      containers.assertThatEvents().haveExactly(1, event(container(CapacityAssertionsTest.class),
          skippedWithReason(reason -> reason.startsWith("Sable's in-process engine reports no ConsumedCapacity"))));
    }
  }
}

package io.sable.engine.differential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.engine.differential.DynoxideDepartures.Departure;
import io.sable.engine.differential.DynoxideDepartures.Wrong;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The departure list's own checks: matching, staleness, and that every entry names a real test. */
class DynoxideDeparturesTest {
  private static final Departure PINNED =
      new Departure(
          "SomeDifferentialTest#someCase",
          DynoxideDepartures.exact("error dynoxide's answer"),
          DynoxideDepartures.exact("error DynamoDB's answer"),
          Wrong.DYNOXIDE,
          "a source");

  @Test
  void departs_whenTestAndBothOutcomesMatch_isTrue() {
    var use = new DynoxideDepartures.Use(List.of(PINNED));

    assertThat(use.departs("SomeDifferentialTest#someCase", "error dynoxide's answer", "error DynamoDB's answer"))
        .isTrue();
  }

  @Test
  void departs_whenEngineOrTestOrDynoxideDiffers_isFalse() {
    var use = new DynoxideDepartures.Use(List.of(PINNED));

    assertThat(use.departs("SomeDifferentialTest#someCase", "error dynoxide's answer", "error other")).isFalse();
    assertThat(use.departs("SomeDifferentialTest#other", "error dynoxide's answer", "error DynamoDB's answer"))
        .isFalse();
    assertThat(use.departs("SomeDifferentialTest#someCase", "ok", "error DynamoDB's answer")).isFalse();
  }

  @Test
  void assertNoneStale_whenTestComparedButEntryNeverMatched_failsNamingTheEntry() {
    var use = new DynoxideDepartures.Use(List.of(PINNED));
    use.compared("SomeDifferentialTest#someCase");

    assertThatThrownBy(use::assertNoneStale)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("dynoxide no longer departs as pinned")
        .hasMessageContaining("SomeDifferentialTest#someCase");
  }

  @Test
  void assertNoneStale_whenEntryMatchedOrItsTestDidNotRun_passes() {
    var matched = new DynoxideDepartures.Use(List.of(PINNED));
    matched.compared("SomeDifferentialTest#someCase");
    matched.departs("SomeDifferentialTest#someCase", "error dynoxide's answer", "error DynamoDB's answer");
    var notRun = new DynoxideDepartures.Use(List.of(PINNED));
    notRun.compared("SomeDifferentialTest#otherCase");

    matched.assertNoneStale();
    notRun.assertNoneStale();
  }

  @Test
  void entries_whenListed_nameAnExistingTestMethodAndCiteASource() throws ClassNotFoundException {
    for (Departure departure : DynoxideDepartures.ENTRIES) {
      String[] parts = departure.test().split("#");
      Class<?> test = Class.forName(getClass().getPackageName() + "." + parts[0]);
      assertThat(Arrays.stream(test.getDeclaredMethods()).map(Method::getName))
          .as(departure.test())
          .contains(parts[1]);
      assertThat(departure.source()).as(departure.test()).isNotBlank();
    }
  }
}

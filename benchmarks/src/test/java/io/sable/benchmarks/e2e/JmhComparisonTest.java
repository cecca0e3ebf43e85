package io.sable.benchmarks.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.benchmarks.Targets;
import org.junit.jupiter.api.Test;

class JmhComparisonTest {

  @Test
  void section_whenEndToEndMoreThanTwiceJmh_flagsAndExplains() {
    Targets targets = new Targets();
    for (String backend : new String[] {"engine", "dynamodb-local"}) {
      for (String op : new String[] {"putItem", "getItem", "query200Items"}) {
        targets.record("inProcess." + op + "." + backend + ".micros", 10);
        targets.record("e2e." + backend + "." + op + ".micros", 15);
      }
    }
    targets.record("e2e.engine.query200Items.micros", 25);

    String markdown = JmhComparison.section(targets).markdown();

    assertThat(markdown).contains("Disagreements of more than 2.00×: engine Query, 200 items (end to end 2.50×");
    assertThat(markdown).contains(JmhComparison.DIFFERENCES);
    assertThat(markdown.split("\\*\\*yes\\*\\*", -1)).hasSize(2);
  }

  @Test
  void section_whenWithinTwice_flagsNothing() {
    Targets targets = new Targets();
    targets.record("inProcess.getItem.engine.micros", 10);
    targets.record("e2e.engine.getItem.micros", 5.5);

    assertThat(JmhComparison.section(targets).markdown())
        .contains("No figure disagrees by more than 2.00×").doesNotContain("**yes**");
  }

  @Test
  void section_whenInProcessStageDidNotRun_saysSo() {
    assertThat(JmhComparison.section(new Targets()).markdown()).contains("did not run in this run");
  }
}

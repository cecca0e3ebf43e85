package io.sable.engine.differential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@link Differential} itself, against dynoxide alone: it compares and names the witness. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DifferentialTest {
  private Differential differential;

  @BeforeAll
  void start() {
    differential = Differential.start(Witness.DYNOXIDE);
  }

  @AfterAll
  void stop() {
    differential.close();
  }

  @Test
  void start_whenOneWitnessNamed_startsOnlyThatWitness() {
    assertThat(differential.witnesses()).containsExactly(Witness.DYNOXIDE);
    assertThatThrownBy(differential::local)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("DynamoDB Local was not started");
  }

  @Test
  void same_whenWitnessAgrees_returnsTheEngineResponse() {
    var response = differential.same(c -> c.listTables(r -> r.exclusiveStartTableName("zzz")), r -> r.tableNames());

    assertThat(response.tableNames()).isEmpty();
  }

  @Test
  void same_whenWitnessDisagrees_failsNamingTheWitnessAndTest() {
    Fixtures.create(differential.engine(), Fixtures.table("engine-only", 1, "pk", "S"));

    assertThatThrownBy(
            () -> differential.same(c -> c.describeTable(r -> r.tableName("engine-only")), r -> r.table().tableName()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("engine vs dynoxide in DifferentialTest#same_whenWitnessDisagrees_failsNamingTheWitnessAndTest");
  }

  @Test
  void sameText_whenTextsDiffer_failsNamingTheWitnessAndCase() {
    assertThatThrownBy(
            () -> differential.sameText(
                c -> c == differential.engine() ? "engine" : "witness", String::equals, "case 7"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("engine vs dynoxide")
        .hasMessageContaining("for case 7");
  }
}

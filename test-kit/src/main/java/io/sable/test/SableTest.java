package io.sable.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a JUnit 5 test class against Sable's generated tables: on a fresh in-process engine by
 * default, or on the DynamoDB endpoint named by the system property {@code sable.test.endpoint} or
 * the environment variable {@code SABLE_TEST_ENDPOINT} (DynamoDB Local, or DynamoDB itself), with
 * the same tests unchanged.
 *
 * <p>The tables are created before the first test and emptied before each test ({@link
 * TableLifecycle#PER_TEST}, the default) or kept for the class ({@link TableLifecycle#PER_CLASS}).
 * Fields and parameters of these types are injected: the generated table classes listed in {@link
 * #tables()} and their repositories, {@code DynamoDbClient} (recording), {@link io.sable.engine.ManualClock} (or
 * {@code Clock}), {@link AccessPatternRecorder} and {@link SableTestContext}. A field is injected when
 * it is neither static nor final and still null when the test instance is made.
 *
 * <pre>{@code
 * @SableTest(tables = ShopTable.class, fixtures = "orders.json")
 * class OrderAccessPatternsTest {
 *   OrderRepository orders;
 *
 *   @Test
 *   void ordersByStatus_whenPending_queriesGsi1() {
 *     assertThatAccessPattern(() -> orders.ordersByStatus(PENDING).list())
 *         .isQuery().usedIndex("GSI1").returnedItems(2);
 *   }
 * }
 * }</pre>
 *
 * <p>On the engine, set-up is in memory (no process, no network: creating or recreating a table is
 * a map operation); on an endpoint each class gets its own tables, named with a random prefix ({@code sable_test_1a2b3c4d_Shop}), dropped
 * after the class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SableExtension.class)
public @interface SableTest {

  /** The table classes Sable generated ({@code FlightsTable}, ...) that the tests use. */
  Class<?>[] tables();

  /** When the tables are emptied; {@link TableLifecycle#PER_TEST} unless set. */
  TableLifecycle lifecycle() default TableLifecycle.PER_TEST;

  /**
   * JSON fixtures written before each test ({@code PER_TEST}) or once ({@code PER_CLASS}); see
   * {@link SableTestContext#seed(String)} for their form and where they are looked up.
   */
  String[] fixtures() default {};
}

package io.sable.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test (or class) only if the backend the tests run on reports {@code
 * ConsumedCapacity} for each of the named operations; otherwise skips it, saying which one does
 * not. A probe finds out once per JVM and operation: one request of that operation with {@code
 * ReturnConsumedCapacity = TOTAL} on a table made for the purpose.
 *
 * <p>DynamoDB and DynamoDB Local report capacity for every operation; Sable's engine reports it for
 * single-item operations and transactions, not yet for Query, Scan and the batch operations. Tests
 * marked with this run wherever the backend can answer them, and switch themselves on for the
 * engine as it learns more operations, without a change to the tests.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(ConsumedCapacityCondition.class)
public @interface EnabledIfConsumedCapacityReported {

  /**
   * The operations the test reads capacity from, as DynamoDB names them: {@code GetItem}, {@code
   * PutItem}, {@code Query}, {@code Scan}, {@code BatchGetItem} or {@code BatchWriteItem}; {@code
   * GetItem}, {@code PutItem} and {@code Query} unless set.
   */
  String[] value() default {"GetItem", "PutItem", "Query"};
}

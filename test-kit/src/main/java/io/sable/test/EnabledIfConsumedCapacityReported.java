package io.sable.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test (or class) only if the backend the tests run on reports {@code
 * ConsumedCapacity}; otherwise skips it, saying why. Whether it does is found out once per JVM by a
 * probe: one GetItem with {@code ReturnConsumedCapacity = TOTAL} on a table made for the purpose.
 *
 * <p>DynamoDB and DynamoDB Local report capacity; Sable's in-process engine does not yet, so tests of
 * capacity marked with this run against an endpoint ({@code -Dsable.test.endpoint=URL}) and switch
 * themselves on for the engine once it computes capacity, without a change to the tests.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(ConsumedCapacityCondition.class)
public @interface EnabledIfConsumedCapacityReported {}

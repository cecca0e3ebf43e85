package io.sable.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One way the application reads an entity, served by a GetItem or a Query on the table's key or on
 * one index. The repository gets one method per access pattern, named {@link #name()}, whose
 * parameters are the {@link #bind()} fields.
 *
 * <pre>{@code
 * @AccessPattern(name = "departures", bind = "origin")
 * @AccessPattern(name = "arrivals", index = "GSI1", bind = "destination")
 * }</pre>
 *
 * <p>With {@code scan = true} the method scans instead and takes no parameters. Otherwise the bound
 * fields must be every field of the partition key template and, optionally, the first
 * fields of the sort key template in order; otherwise compilation fails, because no key condition
 * could serve the pattern. When the sort key still has unbound fields, the method returns a query
 * whose sort-key conditions ({@code =}, {@code <}, {@code <=}, {@code >}, {@code >=}, {@code
 * BETWEEN}, {@code begins_with}) apply to the first unbound field. When every key field of the
 * table's key is bound, the pattern is a GetItem and the method returns an {@code Optional}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(AccessPatterns.class)
public @interface AccessPattern {

  /** The repository method's name: a Java identifier, unique within the entity. */
  String name();

  /** The {@link Index#name()} that serves the pattern, or empty for the table's own key. */
  String index() default "";

  /** The template fields the caller supplies; empty means the partition key's fields. */
  String[] bind() default {};

  /**
   * Serve the pattern with a Scan of the table (or index) filtered on the entity type, reading every
   * item. Off unless set: without it, a pattern that no GetItem or Query serves fails compilation.
   */
  boolean scan() default false;

  /**
   * How many items the pattern typically returns, for the read capacity estimate in the generated
   * access-pattern documentation; 0 for unknown (the estimate is then given per item).
   */
  int expectedItems() default 0;
}

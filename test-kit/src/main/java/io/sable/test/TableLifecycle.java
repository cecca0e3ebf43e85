package io.sable.test;

/** When the test kit creates a test class's tables afresh. */
public enum TableLifecycle {
  /**
   * Before each test: every test starts with empty tables (then the {@link SableTest#fixtures()}),
   * whatever the tests before it wrote. On the engine a table is dropped and created again; on an
   * endpoint its items are deleted. The default.
   */
  PER_TEST,

  /**
   * Once for the class: the tests share the tables, and what one writes the next sees. Seed in a
   * {@code @BeforeAll} method, or with {@link SableTest#fixtures()}, which are written once.
   */
  PER_CLASS
}

package io.sable.benchmarks;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Start-up time to the first successful PutItem, in a fresh JVM: from {@code main} to the end of
 * the first PutItem on a new backend, through CreateTable; class loading and JIT warm-up included.
 * Prints {@code RESULT nanos=...} and {@code RESULT uptimeMillis=...} (JVM start to the same
 * point) for {@link ChildJvm}.
 *
 * <pre>
 * java -cp ... io.sable.benchmarks.StartupProbe engine|dynamodb-local
 * </pre>
 */
public final class StartupProbe {
  private StartupProbe() {}

  /** Measures once for the backend named by the first argument. */
  public static void main(String[] args) {
    long start = System.nanoTime();
    Backend.Session session = startToFirstPut(Backend.of(args[0]));
    long nanos = System.nanoTime() - start;
    long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
    ChildJvm.result("nanos", nanos);
    ChildJvm.result("uptimeMillis", uptime);
    session.close();
    System.exit(0);
  }

  /** Starts {@code backend}, creates a table and puts one item: what a test does first. */
  static Backend.Session startToFirstPut(Backend backend) {
    Backend.Session session = backend.open();
    BenchTable.create(session.client(), "startup", false);
    session.client().putItem(b -> b.tableName("startup").item(Map.of(
        "pk", AttributeValue.fromS("first"), "sk", AttributeValue.fromS("item"))));
    return session;
  }
}

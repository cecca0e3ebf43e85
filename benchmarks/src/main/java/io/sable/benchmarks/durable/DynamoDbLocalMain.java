package io.sable.benchmarks.durable;

import io.sable.dynamodblocal.DynamoDbLocal;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * DynamoDB Local with its database on disk ({@code -dbPath DIR -sharedDb}), served on {@code
 * 127.0.0.1:PORT} until the process is killed: what {@link DurableServer} starts as the
 * DynamoDB Local side of the durable benchmarks.
 *
 * <pre>
 * java -cp ... io.sable.benchmarks.durable.DynamoDbLocalMain DIR PORT
 * </pre>
 */
public final class DynamoDbLocalMain {
  private DynamoDbLocalMain() {}

  /** Serves until killed. */
  public static void main(String[] args) throws InterruptedException {
    DynamoDbLocal local = DynamoDbLocal.startPersistent(Path.of(args[0]), Integer.parseInt(args[1]));
    System.out.println("DynamoDB Local serving at " + local.endpoint() + " on " + args[0]);
    Runtime.getRuntime().addShutdownHook(new Thread(local::close, "dynamodb-local-stop"));
    new CountDownLatch(1).await();
  }
}

package io.sable.benchmarks.durable;

import io.sable.dynoxide.DynoxideBinary;
import io.sable.engine.server.ServerMain;
import io.sable.loopback.LoopbackEndpoint;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A DynamoDB server with its data on disk, in a process of its own on {@code 127.0.0.1}: {@code
 * serve --data-dir} (fsync or periodic), DynamoDB Local with {@code -dbPath}, or dynoxide with
 * {@code --db-path}. {@link #start} returns once a probe request answers, and says how long that
 * took from the process's start (the recovery time when the directory holds data).
 */
final class DurableServer implements AutoCloseable {
  private static final Duration READY = Duration.ofMinutes(10);

  /** The servers compared. */
  enum Kind {
    SABLE_FSYNC("serve --data-dir (fsync)"),
    SABLE_PERIODIC("serve --data-dir --durability periodic:10"),
    DYNAMODB_LOCAL("DynamoDB Local -dbPath"),
    DYNOXIDE("dynoxide --db-path");

    final String label;

    Kind(String label) {
      this.label = label;
    }

    boolean sable() {
      return this == SABLE_FSYNC || this == SABLE_PERIODIC;
    }

    List<String> command(Path dir, int port) {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      String classPath = System.getProperty("java.class.path");
      return switch (this) {
        case SABLE_FSYNC, SABLE_PERIODIC -> List.of(java, "-Xms1g", "-Xmx3g", "-Dlog4j2.shutdownHookEnabled=false",
            "-cp", classPath, ServerMain.class.getName(), "serve", "--port", Integer.toString(port),
            "--capacity", "off", "--data-dir", dir.toString(),
            "--durability", this == SABLE_FSYNC ? "fsync" : "periodic:10");
        case DYNAMODB_LOCAL -> List.of(java, "-Xms1g", "-Xmx3g", "-cp", classPath,
            DynamoDbLocalMain.class.getName(), dir.toString(), Integer.toString(port));
        case DYNOXIDE -> List.of(DynoxideBinary.locate().toString(), "--host", LoopbackEndpoint.HOST,
            "--port", Integer.toString(port), "--db-path", dir.resolve("dynoxide.db").toString());
      };
    }
  }

  private final Kind kind;
  private final Process process;
  private final LoopbackEndpoint endpoint;
  private final Path log;
  private final double readyMillis;

  private DurableServer(Kind kind, Process process, LoopbackEndpoint endpoint, Path log, double readyMillis) {
    this.kind = kind;
    this.process = process;
    this.endpoint = endpoint;
    this.log = log;
    this.readyMillis = readyMillis;
  }

  /**
   * Starts {@code kind} on {@code dir} (created if missing) and waits until {@code probe} returns
   * true on a client of it (exceptions count as not yet).
   *
   * @throws IllegalStateException if it exits or does not answer within 10 minutes
   */
  static DurableServer start(Kind kind, Path dir, Predicate<DynamoDbClient> probe) {
    try {
      Files.createDirectories(dir);
      LoopbackEndpoint endpoint = LoopbackEndpoint.of(LoopbackEndpoint.freePort());
      Path log = Files.createTempFile("sable-durable-" + kind.name().toLowerCase(), ".log");
      long start = System.nanoTime();
      Process process = new ProcessBuilder(kind.command(dir, endpoint.address().getPort()))
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      long deadline = start + READY.toNanos();
      try (DynamoDbClient client = Clients.probe(endpoint.uri())) {
        while (process.isAlive() && System.nanoTime() < deadline) {
          try {
            if (probe.test(client)) {
              return new DurableServer(kind, process, endpoint, log, (System.nanoTime() - start) / 1e6);
            }
          } catch (SdkException e) {
            // Not listening or not recovered yet.
          }
          // A child process starting up: real time, there is no engine clock here.
          TimeUnit.MILLISECONDS.sleep(2);
        }
      }
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new IllegalStateException(kind.label + " on " + dir + " did not answer: "
          + String.join("\n", tail(log)));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start " + kind.label + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  URI endpoint() {
    return endpoint.uri();
  }

  Kind kind() {
    return kind;
  }

  /** Milliseconds from the process's start to the probe's first true answer. */
  double readyMillis() {
    return readyMillis;
  }

  /** SIGKILL, then waits for the process to be gone. */
  void kill() {
    process.destroyForcibly();
    await();
  }

  /** SIGTERM (a clean stop), then waits for the process to be gone. */
  void stop() {
    process.destroy();
    await();
  }

  private void await() {
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try {
      Files.deleteIfExists(log);
    } catch (IOException e) {
      // A temporary file.
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      kill();
    }
  }

  private static List<String> tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return new ArrayList<>(lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return List.of("(no output: " + e + ")");
    }
  }
}

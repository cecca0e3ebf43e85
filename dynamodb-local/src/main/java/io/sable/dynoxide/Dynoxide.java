package io.sable.dynoxide;

import io.sable.loopback.LoopbackEndpoint;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * dynoxide, an open-source DynamoDB emulator, running as a child process in memory on {@code
 * 127.0.0.1} and a free port: the second witness, beside DynamoDB Local, that Sable's engine is
 * compared against in differential tests.
 *
 * <p>The executable comes from {@link DynoxideBinary#locate()}. {@link #start()} returns once the
 * server answers a {@code ListTables}; {@link #close()} kills the process (always close an
 * instance: try-with-resources, or a JUnit {@code @AfterAll}; a JVM shutdown hook kills it too if
 * the JVM exits first). Each instance holds its own in-memory database.
 *
 * <pre>{@code
 * try (Dynoxide dynoxide = Dynoxide.start();
 *      DynamoDbClient client = dynoxide.client()) {
 *   client.listTables();
 * }
 * }</pre>
 */
public final class Dynoxide implements AutoCloseable {
  private static final Duration STARTUP = Duration.ofSeconds(20);
  private static final int ATTEMPTS = 3;

  private final Process process;
  private final LoopbackEndpoint endpoint;
  private final Path log;
  private final Thread shutdownHook;

  private Dynoxide(Process process, LoopbackEndpoint endpoint, Path log) {
    this.process = process;
    this.endpoint = endpoint;
    this.log = log;
    this.shutdownHook = new Thread(process::destroyForcibly, "dynoxide-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /**
   * Starts the dynoxide that {@link DynoxideBinary#locate()} finds.
   *
   * @throws IllegalStateException if dynoxide cannot be found or installed, or does not answer
   *     within 20 seconds (three tries, each on a fresh port); the message includes its output
   */
  public static Dynoxide start() {
    return start(DynoxideBinary.locate());
  }

  /**
   * Starts the dynoxide executable {@code binary} in memory on {@code 127.0.0.1} and a free port.
   *
   * @throws IllegalStateException as {@link #start()}
   */
  public static Dynoxide start(Path binary) {
    String failure = "";
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      LoopbackEndpoint endpoint = LoopbackEndpoint.of(LoopbackEndpoint.freePort());
      Path log = null;
      Process process = null;
      try {
        log = Files.createTempFile("sable-dynoxide", ".log");
        process =
            new ProcessBuilder(
                    binary.toString(),
                    "--host", LoopbackEndpoint.HOST,
                    "--port", Integer.toString(endpoint.address().getPort()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (awaitAnswer(process, endpoint)) {
          return new Dynoxide(process, endpoint, log);
        }
        failure = output(log);
      } catch (IOException e) {
        failure = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failure = "interrupted";
        attempt = ATTEMPTS;
      }
      stop(process, log);
    }
    throw new IllegalStateException(
        "dynoxide (" + binary + ") did not answer on loopback within " + STARTUP.toSeconds()
            + " s after " + ATTEMPTS + " tries; its output: " + failure);
  }

  /** Whether the process, still alive, answers ListTables on {@code endpoint} before the deadline. */
  private static boolean awaitAnswer(Process process, LoopbackEndpoint endpoint)
      throws InterruptedException {
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      if (listening(endpoint.address())) {
        try (DynamoDbClient client = endpoint.client()) {
          client.listTables();
          return process.isAlive();
        } catch (SdkException e) {
          // Not ready yet, or another process holds the port; look again.
        }
      }
      // The child process's startup, not the engine: there is no clock to advance here.
      TimeUnit.MILLISECONDS.sleep(20);
    }
    return false;
  }

  private static boolean listening(InetSocketAddress address) {
    try (Socket socket = new Socket()) {
      socket.connect(address, 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The HTTP endpoint, such as {@code http://127.0.0.1:41234}, for any AWS SDK or the AWS CLI. */
  public URI endpoint() {
    return endpoint.uri();
  }

  /** The loopback address and port the server listens on. */
  public InetSocketAddress address() {
    return endpoint.address();
  }

  /**
   * A new synchronous client for this instance, with dummy static credentials, region {@code
   * us-east-1} and an Apache HTTP client. The caller closes it.
   */
  public DynamoDbClient client() {
    return endpoint.client();
  }

  /** Whether the dynoxide process is still running. */
  public boolean isAlive() {
    return process.isAlive();
  }

  /** Kills the dynoxide process and waits for it to exit; the in-memory data is gone. */
  @Override
  public void close() {
    stop(process, log);
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down; the hook runs anyway.
    }
  }

  private static void stop(Process process, Path log) {
    if (process != null) {
      process.destroy();
      try {
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
    if (log != null) {
      try {
        Files.deleteIfExists(log);
      } catch (IOException e) {
        // A temporary file; the OS cleans it up.
      }
    }
  }

  private static String output(Path log) {
    try {
      return Files.readString(log).strip();
    } catch (IOException e) {
      return "(unreadable: " + e + ")";
    }
  }

  @Override
  public String toString() {
    return "Dynoxide[" + endpoint + "]";
  }
}

package io.sable.engine.server.crash;

import io.sable.engine.server.ServerMain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code serve --data-dir DIR --durability D --port 0} in a child JVM on this JVM's class path (so
 * it runs inside {@code mvn verify} without the shaded jar), with its output collected.
 *
 * <p>{@link #kill()} is {@code Process.destroyForcibly()}: SIGKILL on Linux, as {@code kill -9}.
 */
public final class ServeProcess implements AutoCloseable {
  private static final Pattern STARTED = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+)");
  private static final long START_SECONDS = 60;

  /** The durability that starts {@code serve} without {@code --data-dir}: in memory, keeping nothing. */
  public static final String IN_MEMORY = "memory";

  private final Process process;
  private final URI endpoint;
  private final List<String> output;
  private final long startNanos;
  private final long readyNanos;

  private ServeProcess(Process process, URI endpoint, List<String> output, long startNanos, long readyNanos) {
    this.process = process;
    this.endpoint = endpoint;
    this.output = output;
    this.startNanos = startNanos;
    this.readyNanos = readyNanos;
  }

  /**
   * Starts {@code serve} on {@code dataDir} with {@code durability} ({@code fsync} or {@code
   * periodic:MS}; {@link #IN_MEMORY} for no data directory at all) and returns once it has printed its endpoint.
   *
   * @throws IllegalStateException if it exits first or prints nothing within 60 seconds; the
   *     message holds its output
   */
  public static ServeProcess start(Path dataDir, String durability) {
    List<String> command = command(dataDir, durability);
    List<String> output = java.util.Collections.synchronizedList(new ArrayList<>());
    long start = System.nanoTime();
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start " + command + ": " + e, e);
    }
    CompletableFuture<URI> endpoint = new CompletableFuture<>();
    Thread drain = new Thread(() -> {
      try (BufferedReader out = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          output.add(line);
          Matcher started = STARTED.matcher(line);
          if (!endpoint.isDone() && line.startsWith("Sable serving") && started.find()) {
            endpoint.complete(URI.create(started.group(1)));
          }
        }
      } catch (IOException e) {
        // The process died; its exit is seen below.
      }
      endpoint.completeExceptionally(new IllegalStateException("serve exited before serving"));
    }, "serve-output");
    drain.setDaemon(true);
    drain.start();
    try {
      URI uri = endpoint.get(START_SECONDS, TimeUnit.SECONDS);
      return new ServeProcess(process, uri, output, start, System.nanoTime());
    } catch (ExecutionException | TimeoutException e) {
      process.destroyForcibly();
      throw new IllegalStateException("serve --data-dir " + dataDir + " did not start: " + e.getMessage()
          + "; its output:\n" + String.join("\n", snapshot(output)), e);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /**
   * Starts {@code serve} as {@link #start} does and kills it with SIGKILL {@code afterMillis} later,
   * whether or not it has started serving: a crash during recovery.
   */
  public static void startAndKill(Path dataDir, String durability, long afterMillis) {
    try {
      Process process = new ProcessBuilder(command(dataDir, durability))
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      try {
        // A moment of the child's start-up, in real time: there is no engine clock across processes.
        process.waitFor(afterMillis, TimeUnit.MILLISECONDS);
      } finally {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start serve: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** The child JVM's command line. */
  static List<String> command(Path dataDir, String durability) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        // The test class path carries DynamoDB Local's Log4j (see ServerMainTest).
        "-Dlog4j2.shutdownHookEnabled=false",
        "-cp", System.getProperty("java.class.path"),
        ServerMain.class.getName(), "serve", "--port", "0", "--capacity", "off"));
    if (IN_MEMORY.equals(durability)) {
      return command;
    }
    command.add("--data-dir");
    command.add(dataDir.toString());
    if (durability != null) {
      command.add("--durability");
      command.add(durability);
    }
    return command;
  }

  /** The server's endpoint, {@code http://127.0.0.1:PORT}. */
  public URI endpoint() {
    return endpoint;
  }

  /** Milliseconds from starting the JVM to its "serving" line. */
  public double startMillis() {
    return (readyNanos - startNanos) / 1e6;
  }

  /** Everything it has printed so far. */
  public List<String> output() {
    return snapshot(output);
  }

  /** Whether it is still running. */
  public boolean isAlive() {
    return process.isAlive();
  }

  /** SIGKILL ({@code Process.destroyForcibly()}), then waits for it to be gone. */
  public void kill() {
    process.destroyForcibly();
    await();
  }

  /** SIGTERM (a clean stop), then waits for it to be gone. */
  public void stop() {
    process.toHandle().destroy();
    await();
  }

  private void await() {
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      kill();
    }
  }

  private static List<String> snapshot(List<String> output) {
    synchronized (output) {
      return List.copyOf(output);
    }
  }
}

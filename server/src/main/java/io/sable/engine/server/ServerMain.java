package io.sable.engine.server;

import io.sable.engine.SableEngine;
import io.sable.engine.capacity.scaling.AutoScaling;
import io.sable.engine.capacity.scaling.AutoScalingPolicy;
import io.sable.engine.capacity.throughput.CapacitySimulation;
import io.sable.engine.storage.CorruptDataException;
import io.sable.engine.storage.Durability;
import java.io.PrintWriter;
import java.net.BindException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The server's command line: {@code sable-server serve [--port 8000] [--host 127.0.0.1]
 * [--credentials KEY:SECRET]... [--header-timeout 10] [--body-timeout 30] [--idle-timeout 75]
 * [--max-connections-per-address 128] [--capacity off|provisioned|all] [--auto-scaling
 * MIN:MAX:TARGET] [--data-dir DIR [--durability fsync|periodic:MS]]} starts a fresh in-memory engine
 * (or, with {@code --data-dir}, the durable engine kept in DIR) behind DynamoDB's wire protocol
 * (and DynamoDB Streams', {@code DynamoDBStreams_20120810.*}), prints one line, and runs until
 * SIGTERM or Ctrl-C, when it stops cleanly.
 */
@Command(
    name = "sable-server",
    mixinStandardHelpOptions = true,
    description = "Sable's engine over HTTP, with DynamoDB's wire protocol.",
    subcommands = {ServerMain.Serve.class, HelpCommand.class})
public final class ServerMain {

  /** Runs the command line and exits with its status (the JVM stays up while serving). */
  public static void main(String[] args) {
    System.exit(new CommandLine(new ServerMain()).execute(args));
  }

  /** {@code serve}: runs a server until the process is stopped. */
  @Command(
      name = "serve",
      mixinStandardHelpOptions = true,
      description = "Serves a fresh in-memory engine at http://HOST:PORT with DynamoDB's JSON 1.0"
          + " protocol, for any AWS SDK or the AWS CLI (--endpoint-url). Stops on SIGTERM or Ctrl-C.")
  public static final class Serve implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", defaultValue = "8000", description = "Port; 0 picks a free one. Default ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
        description = "Address to listen on. Default ${DEFAULT-VALUE} (loopback only); 0.0.0.0 for every interface.")
    String host;

    @Option(names = "--credentials", paramLabel = "ACCESS_KEY:SECRET",
        description = "Verify SigV4 signatures as DynamoDB does (15-minute window on the server clock, scope for dynamodb), accepting this key (repeatable). Without it any well-formed signature is accepted.")
    List<String> credentials = List.of();

    @Option(names = "--max-request-bytes", defaultValue = "" + SableServer.DEFAULT_MAX_REQUEST_BYTES,
        description = "Largest request body; larger gets HTTP 413. Default ${DEFAULT-VALUE}.")
    int maxRequestBytes;

    @Option(names = "--max-in-flight", defaultValue = "" + SableServer.DEFAULT_MAX_IN_FLIGHT,
        description = "Most requests at once; more get ThrottlingException (HTTP 503). Default ${DEFAULT-VALUE}.")
    int maxInFlight;

    @Option(names = "--max-connections-per-address",
        defaultValue = "" + SableServer.DEFAULT_MAX_CONNECTIONS_PER_ADDRESS,
        description = "Most connections open at once from one remote address; more are closed as they open. Default ${DEFAULT-VALUE}.")
    int maxConnectionsPerAddress;

    @Option(names = "--header-timeout", paramLabel = "SECONDS", defaultValue = "10",
        description = "A connection that has not sent a whole request head in this time is closed. Default ${DEFAULT-VALUE}.")
    long headerTimeout;

    @Option(names = "--body-timeout", paramLabel = "SECONDS", defaultValue = "30",
        description = "A request body that takes longer to arrive gets HTTP 408 and the connection is closed. Default ${DEFAULT-VALUE}.")
    long bodyTimeout;

    @Option(names = "--idle-timeout", paramLabel = "SECONDS", defaultValue = "75",
        description = "A keep-alive connection idle this long is closed. Default ${DEFAULT-VALUE}.")
    long idleTimeout;

    @Option(names = "--region", defaultValue = SableEngine.DEFAULT_REGION,
        description = "Region named in table ARNs. Default ${DEFAULT-VALUE}.")
    String region;

    @Option(names = "--capacity", paramLabel = "off|provisioned|all", defaultValue = "provisioned",
        converter = CapacityConverter.class,
        description = "Which tables are throttled by their throughput (partitions, burst and adaptive"
            + " capacity, ProvisionedThroughputExceededException or ThrottlingException on the engine"
            + " clock): off (none; consumed capacity is still reported), provisioned (provisioned"
            + " tables and on-demand tables with an OnDemandThroughput maximum) or all (on-demand"
            + " tables too). Default ${DEFAULT-VALUE}.")
    CapacitySimulation capacity;

    @Option(names = "--auto-scaling", paramLabel = "MIN:MAX:TARGET", converter = AutoScalingConverter.class,
        description = "Turns on DynamoDB auto scaling for the read and write capacity of every"
            + " provisioned table and global secondary index, those created later included, as the"
            + " DynamoDB console does: Application Auto Scaling's target tracking between MIN and MAX"
            + " capacity units at TARGET percent utilization (" + AutoScalingPolicy.MIN_TARGET_UTILIZATION
            + " to " + AutoScalingPolicy.MAX_TARGET_UTILIZATION + "), out after "
            + AutoScaling.SCALE_OUT_MINUTES + " minutes above the target, in after "
            + AutoScaling.SCALE_IN_MINUTES + " below, through UpdateTable, evaluated every minute; for"
            + " example 5:1000:70. Default none: throughput stays as set.")
    AutoScalingPolicy autoScaling;

    @Option(names = "--s3-root", paramLabel = "DIR",
        description = "A directory that stands for Amazon S3 in ExportTableToPointInTime and"
            + " ImportTable: each folder directly under it is a bucket, and an object's key is its"
            + " path below the bucket's folder. Default none: exports and imports are refused.")
    Path s3Root;

    @Option(names = "--data-dir", paramLabel = "DIR",
        description = "Keeps the engine's tables, items, indexes, TTL and stream settings, tags,"
            + " stream records (24 hours) and transaction tokens in DIR (created if missing): a"
            + " write-ahead log with CRC32C-checked records plus snapshots, recovered at start and"
            + " snapshotted at SIGTERM. One server per directory (a LOCK file). Default none: in memory.")
    Path dataDir;

    @Option(names = "--durability", paramLabel = "fsync|periodic:MS", defaultValue = "fsync",
        converter = DurabilityConverter.class,
        description = "With --data-dir: fsync (every write is fsynced before it is acknowledged;"
            + " nothing acknowledged is lost) or periodic:MS (fsync every MS milliseconds; a killed"
            + " process loses nothing acknowledged, a machine or OS crash may lose the last MS"
            + " milliseconds of acknowledged writes). Default ${DEFAULT-VALUE}.")
    Durability durability;

    /** The engine these options describe (region, capacity simulation, default auto scaling policy). */
    SableEngine engine() {
      SableEngine.Builder engineBuilder = SableEngine.builder().region(region).capacity(capacity);
      if (s3Root != null) {
        if (!java.nio.file.Files.isDirectory(s3Root)) {
          throw new CommandLine.ParameterException(
              spec.commandLine(), "--s3-root " + s3Root + " is not a directory");
        }
        engineBuilder.s3Root(s3Root);
      }
      if (dataDir != null) {
        engineBuilder.dataDirectory(dataDir).durability(durability);
      }
      SableEngine engine = engineBuilder.build();
      if (autoScaling != null) {
        engine.autoScaling().registerDefault(autoScaling);
      }
      return engine;
    }

    @Override
    public Integer call() throws InterruptedException {
      PrintWriter out = spec.commandLine().getOut();
      SableEngine engine;
      try {
        engine = engine();
      } catch (IllegalStateException | UncheckedIOException | CorruptDataException e) {
        // The data directory is locked by another server, unreadable, or corrupt.
        spec.commandLine().getErr().println("sable-server: " + e.getMessage());
        spec.commandLine().getErr().flush();
        return 1;
      }
      SableServer server;
      try {
        server = start(engine);
      } catch (Exception e) { // Netty rethrows BindException, a checked exception, undeclared
        if (!(e instanceof BindException || e.getCause() instanceof BindException)) {
          throw e;
        }
        engine.close(); // a durable engine releases its data directory
        spec.commandLine().getErr().println("sable-server: port " + port + " on " + host + " is already in use (another "
            + "bin/serve, or DynamoDB Local?); stop it, or choose another port with --port (0 picks a free one)");
        spec.commandLine().getErr().flush();
        return 1;
      }
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        server.close();
        try {
          engine.close(); // a durable engine: flushes its log, snapshots and releases its directory
        } catch (RuntimeException e) {
          out.println("Sable server: closing the engine failed: " + e);
        }
        out.println("Sable server stopped");
        out.flush();
        stopped.countDown();
      }, "sable-server-shutdown"));
      out.println("Sable serving DynamoDB's API at " + server.endpoint() + " (signatures: "
          + (server.verifiesSignatures() ? "verified, " + credentials.size() + " key(s)" : "any well-formed SigV4")
          + ")" + (dataDir == null ? "" : "; data in " + dataDir + " (durability " + durability + ")"));
      out.flush();
      stopped.await();
      return 0;
    }

    /**
     * Starts a server for {@code engine} with these options.
     *
     * @throws CommandLine.ParameterException for a malformed {@code --credentials} or timeout
     * @throws IllegalStateException if it cannot listen on the host and port
     */
    SableServer start(SableEngine engine) {
      SableServer.Builder builder = SableServer.builder(engine)
          .host(host)
          .port(port)
          .maxRequestBytes(maxRequestBytes)
          .maxInFlightRequests(maxInFlight)
          .maxConnectionsPerAddress(maxConnectionsPerAddress)
          .headerTimeout(seconds(headerTimeout, "--header-timeout"))
          .bodyTimeout(seconds(bodyTimeout, "--body-timeout"))
          .idleTimeout(seconds(idleTimeout, "--idle-timeout"));
      for (String credential : credentials) {
        int colon = credential.indexOf(':');
        if (colon <= 0 || colon == credential.length() - 1) {
          throw new CommandLine.ParameterException(
              spec.commandLine(), "--credentials wants ACCESS_KEY:SECRET, got '" + credential + "'");
        }
        builder.credentials(credential.substring(0, colon), credential.substring(colon + 1));
      }
      return builder.start();
    }

    private Duration seconds(long value, String option) {
      if (value < 1) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), option + " wants a whole number of seconds, at least 1, got " + value);
      }
      return Duration.ofSeconds(value);
    }
  }

  /** Reads {@code --durability}'s value, {@code fsync} or {@code periodic:MS}. */
  static final class DurabilityConverter implements CommandLine.ITypeConverter<Durability> {
    @Override
    public Durability convert(String value) {
      try {
        return Durability.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /**
   * Reads {@code --auto-scaling}'s value, {@code MIN:MAX:TARGET}, as a default {@link
   * AutoScalingPolicy}, which checks the ranges.
   */
  static final class AutoScalingConverter implements CommandLine.ITypeConverter<AutoScalingPolicy> {
    @Override
    public AutoScalingPolicy convert(String value) {
      String[] parts = value.split(":", -1);
      try {
        if (parts.length == 3) {
          return new AutoScalingPolicy(
              Long.parseLong(parts[0].trim()), Long.parseLong(parts[1].trim()), Double.parseDouble(parts[2].trim()));
        }
      } catch (IllegalArgumentException e) {  // NumberFormatException included
        throw invalid(value, " (" + e.getMessage() + ")");
      }
      throw invalid(value, "");
    }

    private static CommandLine.TypeConversionException invalid(String value, String reason) {
      return new CommandLine.TypeConversionException("--auto-scaling wants MIN:MAX:TARGET, capacity units"
          + " 1 <= MIN <= MAX and TARGET percent from " + AutoScalingPolicy.MIN_TARGET_UTILIZATION + " to "
          + AutoScalingPolicy.MAX_TARGET_UTILIZATION + ", got '" + value + "'" + reason);
    }
  }

  /** Reads {@code --capacity}'s value, in any case, as a {@link CapacitySimulation}. */
  static final class CapacityConverter implements CommandLine.ITypeConverter<CapacitySimulation> {
    @Override
    public CapacitySimulation convert(String value) {
      for (CapacitySimulation simulation : CapacitySimulation.values()) {
        if (simulation.name().equalsIgnoreCase(value)) {
          return simulation;
        }
      }
      throw new CommandLine.TypeConversionException(
          "--capacity wants off, provisioned or all, got '" + value + "'");
    }
  }
}

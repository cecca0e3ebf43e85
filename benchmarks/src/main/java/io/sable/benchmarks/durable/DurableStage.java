package io.sable.benchmarks.durable;

import io.sable.benchmarks.ClosedLoop;
import io.sable.benchmarks.Section;
import io.sable.benchmarks.Settings;
import io.sable.benchmarks.Targets;
import io.sable.benchmarks.durable.DurableServer.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The durable benchmarks of issue 17, each server in a process of its own with its data on disk:
 * PutItem throughput over HTTP ({@code serve --data-dir} with fsync and with periodic:10, DynamoDB
 * Local with {@code -dbPath}, dynoxide with {@code --db-path}), interleaved trials, medians with
 * their range, as ratios; and recovery time (a restart on a directory holding N items, until the
 * first GetItem answers), per million items.
 */
public final class DurableStage {
  private static final int[] THREADS = {1, 16};
  private static final String TABLE = "durable";
  private static final int LOADERS = 8;
  private static final int DYNAMODB_LOCAL_RECOVERY_ITEMS = 10_000;

  private DurableStage() {}

  /** Runs both measurements; records {@code durable.*} figures in {@code targets}. */
  public static List<Section> run(Settings settings, Targets targets) {
    Path root;
    try {
      root = Files.createTempDirectory("sable-durable");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return List.of(throughput(settings, targets, root.resolve("throughput")),
          recovery(settings, targets, root.resolve("recovery")));
    } finally {
      delete(root);
    }
  }

  private static Section throughput(Settings settings, Targets targets, Path root) {
    int trials = settings.durableTrials();
    Section section = new Section("Durable PutItem over HTTP: serve --data-dir vs DynamoDB Local -dbPath vs dynoxide --db-path",
        "PutItem requests per second through one AWS SDK v2 `DynamoDbClient` (Apache HTTP client, SigV4) per"
            + " server, each server in a process of its own with its data on disk, on loopback. " + trials
            + " trials of " + settings.durableSeconds() + " s per figure, interleaved across the servers, after a"
            + " warm-up; median and range (min–max). Ratios are the medians of the per-trial ratios (trials"
            + " run back to back), with their range. Items are about 60 bytes over " + settings.keys()
            + " keys. fsync: each acknowledged write is on disk (group commit); periodic:10: written to the OS at"
            + " once, forced to disk every 10 ms. DynamoDB Local keeps SQLite's defaults; dynoxide its own.",
        "server", "client threads", "PutItem/s (median)", "range", "÷ DynamoDB Local", "÷ dynoxide");
    Map<Kind, DurableServer> servers = new EnumMap<>(Kind.class);
    Map<Kind, DynamoDbClient> clients = new EnumMap<>(Kind.class);
    try {
      for (Kind kind : Kind.values()) {
        DurableServer server = DurableServer.start(kind, root.resolve(kind.name().toLowerCase()), c -> {
          c.listTables();
          return true;
        });
        servers.put(kind, server);
        DynamoDbClient client = Clients.bench(server.endpoint(), 16);
        clients.put(kind, client);
        createTable(client);
        for (long i = 0; i < settings.keys(); i++) {
          put(client, settings.keys()).accept(i);
        }
        ClosedLoop.callsPerSecond(
            put(client, settings.keys()), 16, Math.min(2, settings.durableSeconds() * 2));
      }
      for (int threads : THREADS) {
        Map<Kind, double[]> rates = new EnumMap<>(Kind.class);
        Arrays.stream(Kind.values()).forEach(k -> rates.put(k, new double[trials]));
        for (int trial = 0; trial < trials; trial++) {
          for (Kind kind : Kind.values()) {
            rates.get(kind)[trial] = ClosedLoop.callsPerSecond(
                put(clients.get(kind), settings.keys()), threads, settings.durableSeconds());
          }
        }
        for (Kind kind : Kind.values()) {
          double[] own = rates.get(kind);
          String local = ratio(own, rates.get(Kind.DYNAMODB_LOCAL));
          String dynoxide = ratio(own, rates.get(Kind.DYNOXIDE));
          targets.record("durable.put." + kind.name().toLowerCase() + "." + threads, median(own));
          section.row(kind.label, Integer.toString(threads), Section.number(median(own)),
              Section.number(min(own)) + "–" + Section.number(max(own)), local, dynoxide);
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException("Durable throughput failed: " + e.getMessage(), e);
    } finally {
      clients.values().forEach(DynamoDbClient::close);
      servers.values().forEach(DurableServer::close);
    }
    return section;
  }

  private static Section recovery(Settings settings, Targets targets, Path root) {
    int items = settings.recoveryItems();
    int localItems = Math.min(items, DYNAMODB_LOCAL_RECOVERY_ITEMS);
    Section section = new Section("Recovery time: restart on a directory of " + Section.number(items) + " items",
        "Each server in a process of its own, on loopback. A table is created on an empty directory and the"
            + " server killed (SIGKILL); \"empty restart\" is the time from a new process's start until a GetItem"
            + " answers. Then the items (about 50 bytes each) are written with BatchWriteItem from " + LOADERS
            + " client threads, the server is killed with SIGKILL and restarted on the same directory: \"restart"
            + " after SIGKILL\" is the time until a GetItem of the last item written returns it; then it is stopped"
            + " with SIGTERM and restarted again. Recovery per million items = (restart after SIGKILL − empty"
            + " restart) ÷ items × 1,000,000. JVM start-up is in every figure of serve and DynamoDB Local (dynoxide"
            + " is a native binary). serve is loaded with --durability periodic:10 (faster to load; the files are"
            + " the same) and restarted with the default fsync. DynamoDB Local gets at most "
            + Section.number(DYNAMODB_LOCAL_RECOVERY_ITEMS) + " items: with -dbPath it writes a few hundred items"
            + " a second here.",
        "server", "items", "load (items/s)", "on disk (bytes/item)", "empty restart (ms)",
        "restart after SIGKILL (ms)", "restart after SIGTERM (ms)", "recovery per million items (s)");
    for (Kind kind : new Kind[] {Kind.SABLE_FSYNC, Kind.DYNAMODB_LOCAL, Kind.DYNOXIDE}) {
      Path dir = root.resolve(kind.name().toLowerCase());
      int count = kind == Kind.DYNAMODB_LOCAL ? localItems : items;
      Kind loader = kind == Kind.SABLE_FSYNC ? Kind.SABLE_PERIODIC : kind;
      Map<String, AttributeValue> last = Map.of("pk", AttributeValue.fromS("item-" + (count - 1)));
      try (DurableServer server = DurableServer.start(loader, dir, c -> {
        c.listTables();
        return true;
      })) {
        try (DynamoDbClient client = Clients.bench(server.endpoint(), LOADERS)) {
          createTable(client);
        }
        server.kill();
      }
      double empty;
      double loadRate;
      try (DurableServer server = DurableServer.start(loader, dir, c -> {
        c.getItem(b -> b.tableName(TABLE).key(last));
        return true;
      })) {
        empty = server.readyMillis();
        try (DynamoDbClient client = Clients.bench(server.endpoint(), LOADERS)) {
          long start = System.nanoTime();
          try {
            load(client, count);
          } catch (Exception e) {
            throw new IllegalStateException("Loading " + kind.label + " failed: " + e.getMessage(), e);
          }
          loadRate = count / ((System.nanoTime() - start) / 1e9);
        }
        server.kill();
      }
      long bytes = size(dir);
      double afterKill;
      double afterStop;
      try (DurableServer server = DurableServer.start(kind, dir,
          c -> !c.getItem(b -> b.tableName(TABLE).key(last)).item().isEmpty())) {
        afterKill = server.readyMillis();
        server.stop();
      }
      try (DurableServer server = DurableServer.start(kind, dir,
          c -> !c.getItem(b -> b.tableName(TABLE).key(last)).item().isEmpty())) {
        afterStop = server.readyMillis();
      }
      double perMillion = (afterKill - empty) / count * 1_000_000 / 1000;
      targets.record("durable.recovery." + kind.name().toLowerCase() + ".secondsPerMillion", perMillion);
      section.row(kind.label.replace(" (fsync)", ""), Section.number(count), Section.number(loadRate),
          Section.number((double) bytes / count), Section.number(empty), Section.number(afterKill),
          Section.number(afterStop), Section.number(perMillion));
    }
    return section;
  }

  private static void createTable(DynamoDbClient client) {
    client.createTable(b -> b.tableName(TABLE)
        .billingMode("PAY_PER_REQUEST")
        .keySchema(k -> k.attributeName("pk").keyType("HASH"))
        .attributeDefinitions(a -> a.attributeName("pk").attributeType("S")));
  }

  private static LongConsumer put(DynamoDbClient client, int keys) {
    return i -> client.putItem(b -> b.tableName(TABLE).item(Map.of(
        "pk", AttributeValue.fromS("item-" + (i % keys)),
        "name", AttributeValue.fromS("flight " + i),
        "delay", AttributeValue.fromN(Long.toString(i % 300)),
        "tags", AttributeValue.fromSs(List.of("a", "b")))));
  }

  /** Writes items 0..count-1 with BatchWriteItem from {@link #LOADERS} threads, unprocessed items retried. */
  private static void load(DynamoDbClient client, int count) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(LOADERS);
    try {
      List<Future<?>> done = new ArrayList<>();
      int batches = (count + 24) / 25;
      for (int t = 0; t < LOADERS; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          for (int batch = thread; batch < batches; batch += LOADERS) {
            List<WriteRequest> writes = new ArrayList<>();
            for (int i = batch * 25; i < Math.min(count, batch * 25 + 25); i++) {
              writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(Map.of(
                  "pk", AttributeValue.fromS("item-" + i),
                  "n", AttributeValue.fromN(Integer.toString(i)),
                  "s", AttributeValue.fromS("payload-" + (i % 1000) + "-abcdefghij"))).build()).build());
            }
            Map<String, List<WriteRequest>> pending = Map.of(TABLE, writes);
            while (!pending.isEmpty()) {
              Map<String, List<WriteRequest>> request = pending;
              BatchWriteItemResponse response = client.batchWriteItem(b -> b.requestItems(request));
              pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
            }
          }
          return null;
        }));
      }
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdown();
      pool.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  private static String ratio(double[] own, double[] other) {
    double[] ratios = new double[own.length];
    for (int i = 0; i < own.length; i++) {
      ratios[i] = own[i] / other[i];
    }
    return Section.ratio(median(ratios)) + " (" + Section.number(min(ratios)) + "–" + Section.number(max(ratios)) + ")";
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double min(double[] values) {
    return Arrays.stream(values).min().orElse(Double.NaN);
  }

  private static double max(double[] values) {
    return Arrays.stream(values).max().orElse(Double.NaN);
  }

  private static long size(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> {
        try {
          return Files.size(f);
        } catch (IOException e) {
          return 0;
        }
      }).sum();
    } catch (IOException e) {
      return 0;
    }
  }

  private static void delete(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // A temporary directory.
    }
  }
}
